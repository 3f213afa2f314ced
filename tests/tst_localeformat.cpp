// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionform.h"
#include "agenda/duration.h"
#include "agendatab.h"
#include "export/exporter.h"
#include "export/exportrequest.h"
#include "export/reportbuilder.h"
#include "export/reportwriter.h"
#include "fixtures.h"
#include "i18n/localeformat.h"
#include "i18n/translations.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/participantmodel.h"
#include "mail/minutesmail.h"
#include "meetingdocument.h"
#include "newmeetingdialog.h"
#include "storage/database.h"

#include <QBuffer>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QMenu>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QWidgetAction>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QLocale German(QLocale::German, QLocale::Germany);
const QLocale American(QLocale::English, QLocale::UnitedStates);
const QLocale British(QLocale::English, QLocale::UnitedKingdom);

/** QLocale::setDefault for one scope: the tests' own locale (C) comes back after it. */
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

} // namespace

/**
 * Times and dates shown by the user's locale (issue 23): LocaleFormat, and where it is used and
 * where it must not be (storage, JSON, Confluence stay "HH:mm"); the paper size of printed
 * documents; the first day of the week in calendars.
 */
class TestLocaleFormat : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    qint64 m_meeting = 0;

    QModelIndex entry(const QString &title, int column) const
    {
        AgendaModel *model = m_doc->agenda();
        const QModelIndexList found = model->match(model->index(0, AgendaModel::TopicColumn), Qt::DisplayRole, title, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
    }
    QString agendaText() const
    {
        ReportOptions o;
        o.kind = ReportOptions::Kind::Agenda;
        o.generated = QDate(2026, 11, 29);
        o.today = QDate(2021, 1, 1);
        return ReportWriter::toMarkdown(ReportBuilder(m_doc->database()).agenda(m_meeting, o));
    }
    QByteArray exported(ExportRequest::Format format) const
    {
        ExportRequest request;
        request.format = format;
        request.meetingId = m_meeting;
        request.report.kind = ReportOptions::Kind::Agenda;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Exporter::write(m_doc->database(), request, &out);
        return out.data();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_doc = m_samples.open(&m_meeting);
        QVERIFY(m_doc);
    }
    void cleanup() { m_doc.reset(); }

    void shouldKnowEachLocalesClock_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("twelveHours");
        QTest::addColumn<QString>("afternoon");
        QTest::addColumn<QString>("morning");
        QTest::newRow("C") << QLocale::c() << false << "14:05"
                           << "09:00";
        QTest::newRow("de") << German << false << "14:05"
                            << "09:00";
        QTest::newRow("en_GB") << British << false << "14:05"
                               << "09:00";
        QTest::newRow("en_US") << American << true << "2:05 PM"
                               << "9:00 AM";
        QTest::newRow("en_CA") << QLocale(QLocale::English, QLocale::Canada) << true << "2:05 P.M."
                               << "9:00 A.M.";
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << false << "14:05"
                            << "09:00";
    }

    void shouldKnowEachLocalesClock()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, twelveHours);
        QFETCH(QString, afternoon);
        QFETCH(QString, morning);
        QCOMPARE(LocaleFormat::usesTwelveHourClock(locale), twelveHours);
        QCOMPARE(LocaleFormat::time(QTime(14, 5), locale), afternoon);
        QCOMPARE(LocaleFormat::time(QTime(9, 0, 59), locale), morning); // to the minute: no seconds
        QCOMPARE(LocaleFormat::time(QDateTime(QDate(2020, 9, 15), QTime(14, 5), Qt::UTC), locale), afternoon);
        QCOMPARE(LocaleFormat::time(QTime(), locale), QString());
        QCOMPARE(LocaleFormat::time(QDateTime(), locale), QString());
        // What is shown reads back in the same locale.
        QCOMPARE(Duration::parseTime(afternoon, locale), QTime(14, 5));
    }

    void shouldShowADayWithoutItsYearByTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C: as before") << QLocale::c() << "Tue 15 Sep";
        QTest::newRow("de") << German << "Di. 15. Sept.";
        QTest::newRow("en_US") << American << "Tue Sep 15";
        QTest::newRow("es: the year's 'de' goes too") << QLocale(QLocale::Spanish, QLocale::Spain) << "mar 15 de sept";
        QTest::newRow("ru: the year's letter goes too")
            << QLocale(QLocale::Russian, QLocale::Russia) << QStringLiteral("вт 15 сент.");
    }

    void shouldShowADayWithoutItsYearByTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(LocaleFormat::dayWithoutYear(QDate(2020, 9, 15), locale), expected);
        QCOMPARE(LocaleFormat::dayWithoutYear(QDate(), locale), QString());
    }

    void shouldShowTheAgendaTreesDaysAndTimesByTheLocale()
    {
        AgendaModel *model = m_doc->agenda();
        const QModelIndex day = model->index(0, AgendaModel::TopicColumn);
        {
            // GIVEN a German user WHEN the tree shows the first day THEN it reads in German.
            const DefaultLocale de(German);
            QVERIFY2(day.data().toString().endsWith(QStringLiteral("Dienstag, 15. September 2020")),
                     qPrintable(day.data().toString()));
            QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::StartColumn).data().toString(),
                     QStringLiteral("09:00"));
        }
        {
            const DefaultLocale us(American);
            QVERIFY2(day.data().toString().endsWith(QStringLiteral("Tuesday, September 15, 2020")),
                     qPrintable(day.data().toString()));
            QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::StartColumn).data().toString(),
                     QStringLiteral("9:00 AM"));
            QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::EndColumn).data().toString(),
                     QStringLiteral("9:15 AM"));
        }
        // The tests' own locale: exactly as before.
        QCOMPARE(entry(QStringLiteral("Welcome"), AgendaModel::StartColumn).data().toString(), QStringLiteral("09:00"));
        QVERIFY(day.data().toString().endsWith(QStringLiteral("Tuesday, 15 September 2020")));
    }

    /** The tree's time and duration columns are as wide as the locale's text, not "00:00" and "10 h 45 min". */
    void shouldFitTheAgendaTreesColumnsToTheLocalesText()
    {
        QTranslator german;
        Translations::languages();
        QVERIFY(german.load(German, QStringLiteral("quorum"), QStringLiteral("_"), QStringLiteral(":/quorum/i18n")));
        for (const QLocale &locale : {American, German}) {
            const DefaultLocale scope(locale);
            if (locale == German)
                QCoreApplication::installTranslator(&german);
            AgendaTab tab(m_doc.get());
            tab.resize(1200, 700);
            tab.show();
            QVERIFY(QTest::qWaitForWindowExposed(&tab));
            auto *tree = tab.findChild<QTreeView *>(QStringLiteral("agendaTree"));
            QVERIFY(tree);
            tree->expandAll();
            QFont bold = tree->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            const QString time = LocaleFormat::time(QTime(10, 45));
            const QString duration = Duration::format(10 * 60 + 45);
            QVERIFY2(tree->columnWidth(AgendaModel::StartColumn) > metrics.horizontalAdvance(time), qPrintable(time));
            QVERIFY2(tree->columnWidth(AgendaModel::DurationColumn) > metrics.horizontalAdvance(duration),
                     qPrintable(duration));
            if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty())
                tab.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/agenda-%1.png").arg(locale.name()));
            QCoreApplication::removeTranslator(&german);
        }
    }

    void shouldTranslateTheDayRowsWords()
    {
        QTranslator german;
        Translations::languages(); // registers the translations' resources
        QVERIFY(german.load(German, QStringLiteral("quorum"), QStringLiteral("_"), QStringLiteral(":/quorum/i18n")));
        QCoreApplication::installTranslator(&german);
        const DefaultLocale de(German);
        const QString text = m_doc->agenda()->index(0, AgendaModel::TopicColumn).data().toString();
        const QString duration = entry(QStringLiteral("Welcome"), AgendaModel::DurationColumn).data().toString();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(text, QStringLiteral("Tag 1: Dienstag, 15. September 2020"));
        QCOMPARE(duration, QStringLiteral("15 Min."));
    }

    void shouldPrintTheAgendaOnTheLocalesClock()
    {
        QString us;
        QString de;
        QString gb;
        {
            const DefaultLocale locale(American);
            us = agendaText();
        }
        {
            const DefaultLocale locale(German);
            de = agendaText();
        }
        {
            const DefaultLocale locale(British);
            gb = agendaText();
        }
        const QString c = agendaText();
        QVERIFY2(us.contains(QStringLiteral("9:00 AM")), qPrintable(us.left(2000)));
        QVERIFY(!us.contains(QStringLiteral("09:00")));
        for (const QString &text : {de, gb, c}) {
            QVERIFY2(text.contains(QStringLiteral("09:00")), qPrintable(text.left(2000)));
            QVERIFY(!text.contains(QStringLiteral(" AM")) && !text.contains(QStringLiteral(" PM")));
        }
        QVERIFY(de.contains(QStringLiteral("Dienstag, 15. September 2020")));
    }

    /** Stored and exchanged times are data, not display: "HH:mm" whatever the user's clock. */
    void shouldKeepStoredAndExchangedTimesOnThe24HourClock()
    {
        const DefaultLocale us(American);
        // GIVEN an American user WHEN they type a start on their clock
        const QModelIndex start = entry(QStringLiteral("Welcome"), AgendaModel::StartColumn);
        QVERIFY(start.isValid());
        QVERIFY(m_doc->agenda()->setData(start, QStringLiteral("9:05 AM")));
        QCOMPARE(start.data().toString(), QStringLiteral("9:05 AM"));
        // THEN the library holds "09:05"
        const qlonglong id = start.data(AgendaModel::EntryIdRole).toLongLong();
        QCOMPARE(queryValue(m_doc->database().connection(),
                            QStringLiteral("SELECT start_time FROM agenda_entry WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("09:05"));
        // AND the JSON and the Confluence page say "09:05", never "AM"
        const QByteArray json = exported(ExportRequest::Format::Json);
        QVERIFY(json.contains("\"09:05\""));
        QVERIFY(!json.contains(" AM\"") && !json.contains(" PM\""));
        const QByteArray confluence = exported(ExportRequest::Format::Confluence);
        QVERIFY2(confluence.contains("09:05"), confluence.left(2000).constData());
        QVERIFY(!confluence.contains(" AM") && !confluence.contains(" PM"));
        // AND the printed agenda shows it on the user's clock
        QVERIFY(agendaText().contains(QStringLiteral("9:05 AM")));
    }

    void shouldTakeAndShowArrivalsOnTheLocalesClock()
    {
        const DefaultLocale us(American);
        ParticipantModel *model = m_doc->participants();
        const Id day = m_doc->agendaState().days.at(0).id;
        QVERIFY(model->setDay(day));
        QVERIFY(model->dayLabel(day).endsWith(QStringLiteral("Tue Sep 15")));
        // GIVEN an American user WHEN they type a late arrival on their clock
        const int row = rowWithText(model, QStringLiteral("Leanne Guy"), ParticipantModel::NameColumn);
        QVERIFY(row >= 0);
        const QModelIndex arrived = model->index(row, ParticipantModel::ArrivedColumn);
        QVERIFY(model->setData(arrived, QStringLiteral("10:20 am")));
        // THEN it shows on that clock, and is stored as HH:mm
        QCOMPARE(arrived.data().toString(), QStringLiteral("10:20 AM"));
        QCOMPARE(
            queryValue(m_doc->database().connection(),
                       QStringLiteral("SELECT arrived FROM day_attendance WHERE day_id = ? AND arrived IS NOT NULL"),
                       {day})
                .toString(),
            QStringLiteral("10:20"));
        // AND a time typed as it is shown reads
        QVERIFY(model->setData(arrived, QStringLiteral("10:25 AM")));
        QCOMPARE(arrived.data().toString(), QStringLiteral("10:25 AM"));
    }

    void shouldPrintOnTheLocalesPaper()
    {
        {
            const DefaultLocale us(American);
            QCOMPARE(ReportOptions().pageSize, QPageSize::Letter);
            QCOMPARE(ExportRequest().report.pageSize, QPageSize::Letter);
            QCOMPARE(MinutesMail::Options().pageSize, QPageSize::Letter);
        }
        {
            const DefaultLocale de(German);
            QCOMPARE(ReportOptions().pageSize, QPageSize::A4);
            QCOMPARE(ExportRequest().report.pageSize, QPageSize::A4);
            QCOMPARE(MinutesMail::Options().pageSize, QPageSize::A4);
        }
        QCOMPARE(ReportOptions().pageSize, QPageSize::A4); // C
    }

    void shouldExportAPdfOnTheLocalesPaperFromTheCommandLine_data()
    {
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QString>("paper");
        QTest::newRow("en_US") << QByteArray("en_US.UTF-8") << "letter";
        QTest::newRow("de_DE") << QByteArray("de_DE.UTF-8") << "A4";
    }

    void shouldExportAPdfOnTheLocalesPaperFromTheCommandLine()
    {
        QFETCH(QByteArray, lang);
        QFETCH(QString, paper);
        QTemporaryDir dir;
        const QString library = writeSample(dir);
        const QString pdf = dir.filePath(QStringLiteral("agenda.pdf"));
        const QByteArray before = qgetenv("LC_ALL");
        qputenv("LC_ALL", lang);
        const ProgramRun run
            = runHeadless(QStringLiteral(QUORUM_EXECUTABLE),
                          {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--kind"), QStringLiteral("agenda"), library, QStringLiteral("-o"), pdf});
        qputenv("LC_ALL", before);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString info = poppler(QStringLiteral("pdfinfo"), {}, readFile(pdf));
        QVERIFY2(info.contains(QStringLiteral("(%1)").arg(paper)), qPrintable(info));
        const QString text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, readFile(pdf));
        QVERIFY2(text.contains(lang.startsWith("en_US") ? QStringLiteral("9:00 AM") : QStringLiteral("09:00")),
                 qPrintable(text.left(1500)));
        // A time range stays on one line of its column, however long the locale writes it.
        QVERIFY2(text.contains(lang.startsWith("en_US") ? QStringLiteral("12:45 PM–1:15 PM")
                                                        : QStringLiteral("12:45–13:15")),
                 qPrintable(text.left(3000)));
    }

    void shouldStartCalendarWeeksOnTheLocalesFirstDay_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("firstDay");
        QTest::newRow("de") << German << int(Qt::Monday);
        QTest::newRow("en_US") << American << int(Qt::Sunday);
        QTest::newRow("en_GB") << British << int(Qt::Monday);
    }

    void shouldStartCalendarWeeksOnTheLocalesFirstDay()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, firstDay);
        const DefaultLocale scope(locale);
        // A date edit's popup (the new-meeting dialog's dates)...
        NewMeetingDialog dialog({}, QString(), QDate(2020, 9, 15));
        auto *start = dialog.findChild<QDateEdit *>(QStringLiteral("newMeetingStart"));
        QVERIFY(start && start->calendarPopup());
        QCOMPARE(int(start->calendarWidget()->firstDayOfWeek()), firstDay);
        // ... and the action form's calendar button.
        ActionForm form;
        QCalendarWidget *calendar = nullptr;
        for (QToolButton *button : form.findChildren<QToolButton *>()) {
            if (button->menu() && !button->menu()->actions().isEmpty())
                if (auto *holder = qobject_cast<QWidgetAction *>(button->menu()->actions().constFirst()))
                    calendar = qobject_cast<QCalendarWidget *>(holder->defaultWidget());
        }
        QVERIFY(calendar);
        QCOMPARE(int(calendar->firstDayOfWeek()), firstDay);
    }
};

QTEST_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
