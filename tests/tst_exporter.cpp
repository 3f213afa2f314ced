// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporter.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** A device that takes the first few bytes and then refuses, like a full disk. */
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_room == 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 taken = qMin(size, m_room);
        m_room -= taken;
        return taken;
    }

private:
    qint64 m_room = 100;
};

} // namespace

/** The one export entry point: every format from one request, over the sample library. */
class TestExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_seed = 0;

    ExportRequest request(ExportRequest::Format format, ReportOptions::Kind kind = ReportOptions::Kind::Actions) const
    {
        ExportRequest r;
        r.format = format;
        r.report.kind = kind;
        r.report.today = QDate(2023, 12, 1);
        r.report.generated = QDate(2026, 11, 29);
        r.stamp = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
        return r;
    }

    QByteArray written(const ExportRequest &r) const
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Exporter::write(*m_db, r, &out);
        return out.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = writeSample(m_dir, QStringLiteral("export.quorum"), &m_seed);
        QString error;
        m_db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanupTestCase() { m_db.reset(); }

    void shouldNameEveryFormatAndStateByItsKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("document");
        QTest::newRow("json") << "json" << false;
        QTest::newRow("csv") << "csv" << false;
        QTest::newRow("ics") << "ics" << false;
        QTest::newRow("pdf") << "pdf" << true;
        QTest::newRow("html") << "html" << true;
        QTest::newRow("md") << "md" << true;
    }

    void shouldNameEveryFormatAndStateByItsKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, document);
        ExportRequest r;
        QVERIFY(ExportRequest::formatFromKey(key, &r.format));
        QCOMPARE(ExportRequest::formatKey(r.format), key);
        QCOMPARE(r.isDocument(), document);
        QVERIFY(ExportRequest::formatKeys().contains(key));
        QVERIFY(!ExportRequest::formatFromKey(key.toUpper(), &r.format));
        for (const QString &state : ExportRequest::stateKeys()) {
            QVERIFY(ExportRequest::stateFromKey(state, &r.state));
            QCOMPARE(ExportRequest::stateKey(r.state), state);
        }
        QVERIFY(!ExportRequest::stateFromKey(QStringLiteral("late"), &r.state));
    }

    void shouldWriteEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("holds");
        using F = ExportRequest::Format;
        using K = ReportOptions::Kind;
        QTest::newRow("json") << int(F::Json) << int(K::Actions) << QByteArray("{\n    \"format\": \"quorum-library\"")
                              << QByteArray("\"topicRequests\"");
        QTest::newRow("csv") << int(F::Csv) << int(K::Actions) << QByteArray("Done,Description,Assignees")
                             << QByteArray("yes,Agree Gen3 acceptance tests for November 1.,Leanne Guy,2020-09-28");
        QTest::newRow("ics") << int(F::ICalendar) << int(K::Actions) << QByteArray("BEGIN:VCALENDAR\r\n")
                             << QByteArray("DTSTAMP:20261129T080000Z");
        QTest::newRow("pdf agenda") << int(F::Pdf) << int(K::Agenda) << QByteArray("%PDF-") << QByteArray("%%EOF");
        QTest::newRow("html minutes") << int(F::Html) << int(K::Minutes) << QByteArray("<!DOCTYPE html>")
                                      << QByteArray("<title>Minutes: DM Leadership Team");
        QTest::newRow("md actions") << int(F::Markdown) << int(K::Actions) << QByteArray("# Action items")
                                    << QByteArray("25 action items: 11 open");
    }

    void shouldWriteEachFormat()
    {
        QFETCH(int, format);
        QFETCH(int, kind);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, holds);
        const QByteArray bytes = written(request(ExportRequest::Format(format), ReportOptions::Kind(kind)));
        QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
        QVERIFY2(bytes.contains(holds), bytes.left(400).constData());
    }

    void shouldWriteTheSameJsonAsTheInterchange()
    {
        ExportRequest r = request(ExportRequest::Format::Json);
        QCOMPARE(written(r), JsonInterchange::exportLibrary(*m_db));
        r.meetingId = m_seed;
        QCOMPARE(written(r), JsonInterchange::exportLibrary(*m_db, m_seed));
    }

    void shouldChooseActionItemsByState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("oneMeeting");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("showing");
        const QString open = QStringLiteral("open action items (done ones are left out)");
        const QString all = QStringLiteral("every action item, open and done");
        QTest::newRow("all") << "all" << false << 25 << "Action items" << all;
        QTest::newRow("open") << "open" << false << 11 << "Open action items" << open;
        QTest::newRow("done") << "done" << false << 14 << "Done action items"
                              << "done action items";
        // Due 2022-03-15, 2022-03-18, 2023-11-17 and 2023-11-30; not 2023-12-11 nor any done item.
        QTest::newRow("overdue on 2023-12-01") << "overdue" << false << 4 << "Overdue action items"
                                               << "open action items due before 1 Dec 2023";
        QTest::newRow("the seed meeting's") << "all" << true << 14 << "Action items" << all;
        QTest::newRow("the seed meeting's open") << "open" << true << 0 << "Open action items" << open;
    }

    void shouldChooseActionItemsByState()
    {
        QFETCH(QString, state);
        QFETCH(bool, oneMeeting);
        QFETCH(int, rows);
        QFETCH(QString, title);
        QFETCH(QString, showing);
        ExportRequest r = request(ExportRequest::Format::Markdown);
        QVERIFY(ExportRequest::stateFromKey(state, &r.state));
        r.meetingId = oneMeeting ? m_seed : 0;
        const QList<ActionExportRow> chosen = Exporter::actionRows(*m_db, r);
        QCOMPARE(chosen.size(), rows);
        for (const ActionExportRow &row : chosen) {
            QVERIFY(r.keeps(row.item));
            QVERIFY(!oneMeeting || row.item.meetingId == m_seed);
        }
        const QString markdown = QString::fromUtf8(written(r));
        QVERIFY2(markdown.contains(QStringLiteral("%1 action items:").arg(rows)), qPrintable(markdown.left(300)));
        // The header says which items these are: state, assignee, series and meetings.
        const QString meetings
            = oneMeeting ? QStringLiteral("- **Meeting:** 15 Sep 2020 DM Leadership Team Virtual Face-to-Face "
                                          "Meeting, 2020-09-15/17")
                         : QStringLiteral("- **Meetings:** every meeting, any date");
        const QString header = QStringLiteral("# %1\n\n- **Showing:** %2\n- **Assigned to:** anyone\n"
                                              "- **Series:** every series\n%3\n")
                                   .arg(title, showing, meetings);
        QVERIFY2(markdown.startsWith(header), qPrintable(markdown.left(400)));
    }

    void shouldExportExactlyTheChosenActionItemsInTheirOrder()
    {
        const QList<ActionExportRow> all = Exporter::actionRows(*m_db, request(ExportRequest::Format::Csv));
        QVERIFY(all.size() > 3);
        ExportRequest r = request(ExportRequest::Format::Markdown);
        r.state = ExportRequest::State::Done; // ignored: the ids are chosen already
        r.actionIds = QList<Id>{all.at(3).item.id, 987654, all.at(0).item.id};
        r.filters = QStringLiteral("Open; containing “x”");
        const QList<ActionExportRow> chosen = Exporter::actionRows(*m_db, r);
        QCOMPARE(chosen.size(), 2); // an id the library does not hold is left out
        QCOMPARE(chosen.at(0).item, all.at(3).item);
        QCOMPARE(chosen.at(1).item, all.at(0).item);
        QVERIFY(written(r).contains("- **Filters:** Open; containing “x”"));
    }

    void shouldRefuseAMeetingTheLibraryDoesNotHold_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("kind");
        using F = ExportRequest::Format;
        using K = ReportOptions::Kind;
        QTest::newRow("json") << int(F::Json) << int(K::Actions);
        QTest::newRow("csv") << int(F::Csv) << int(K::Actions);
        QTest::newRow("ics") << int(F::ICalendar) << int(K::Actions);
        QTest::newRow("agenda") << int(F::Markdown) << int(K::Agenda);
        QTest::newRow("minutes") << int(F::Html) << int(K::Minutes);
        QTest::newRow("action report") << int(F::Pdf) << int(K::Actions);
    }

    void shouldRefuseAMeetingTheLibraryDoesNotHold()
    {
        QFETCH(int, format);
        QFETCH(int, kind);
        ExportRequest r = request(ExportRequest::Format(format), ReportOptions::Kind(kind));
        r.meetingId = 99;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        try {
            Exporter::write(*m_db, r, &out);
            QFAIL("a missing meeting was exported");
        } catch (const StorageError &e) {
            QCOMPARE(e.message(), QStringLiteral("The library has no meeting with ID 99."));
        }
        QVERIFY(out.data().isEmpty());
    }

    void shouldSayWhenTheDeviceRefusesTheBytes_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json (streamed)") << int(ExportRequest::Format::Json);
        QTest::newRow("csv") << int(ExportRequest::Format::Csv);
        QTest::newRow("pdf") << int(ExportRequest::Format::Pdf);
    }

    void shouldSayWhenTheDeviceRefusesTheBytes()
    {
        QFETCH(int, format);
        FullDevice full;
        QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*m_db, request(ExportRequest::Format(format)), &full));
    }

    void shouldSuggestAFileName_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("oneMeeting");
        QTest::addColumn<QString>("name");
        using F = ExportRequest::Format;
        using K = ReportOptions::Kind;
        QTest::newRow("library") << int(F::Json) << int(K::Actions) << false << "export.json";
        QTest::newRow("meeting") << int(F::Json) << int(K::Actions) << true << "meeting-%1.json";
        QTest::newRow("csv") << int(F::Csv) << int(K::Actions) << false << "action-items.csv";
        QTest::newRow("ics") << int(F::ICalendar) << int(K::Actions) << true << "action-items.ics";
        QTest::newRow("agenda") << int(F::Pdf) << int(K::Agenda) << true
                                << "DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15_17.pdf";
        QTest::newRow("default minutes")
            << int(F::Html) << int(K::Minutes) << false
            << "Minutes_ DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15_17.html";
        QTest::newRow("action report") << int(F::Markdown) << int(K::Actions) << true << "Action items.md";
    }

    void shouldSuggestAFileName()
    {
        QFETCH(int, format);
        QFETCH(int, kind);
        QFETCH(bool, oneMeeting);
        QFETCH(QString, name);
        ExportRequest r = request(ExportRequest::Format(format), ReportOptions::Kind(kind));
        r.meetingId = oneMeeting ? m_seed : 0;
        QCOMPARE(Exporter::suggestedFileName(*m_db, r), name.contains(QLatin1String("%1")) ? name.arg(m_seed) : name);
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
