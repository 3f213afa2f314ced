// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourscheme.h"
#include "document/librarymodels.h"
#include "documentdialog.h"
#include "export/report.h"
#include "export/reportprinter.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/tones.h"
#include "livestyle.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "peopledatedelegate.h"
#include "presenterview.h"
#include "runfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QToolBar>
#include <QTreeView>

#include <functional>

using namespace Quorum;
using namespace Quorum::Testing;

Q_DECLARE_METATYPE(Quorum::Tones::Tone)

namespace {

using Tone = Tones::Tone;

/** What a delegate shows in a cell: its text after initStyleOption (signs included). */
struct DelegateText : QStyledItemDelegate
{
    static QString of(QAbstractItemDelegate *delegate, const QModelIndex &index)
    {
        auto *styled = qobject_cast<QStyledItemDelegate *>(delegate);
        if (!styled)
            return {};
        QStyleOptionViewItem option;
        (styled->*(&DelegateText::initStyleOption))(&option, index);
        return option.text;
    }
};

/** A dark palette as a desktop's dark theme gives one (KDE Breeze Dark's colours), not ours. */
QPalette desktopDarkPalette()
{
    QPalette p(QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

QPalette fusionLightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

/** Every index of model, depth first. */
void forEachIndex(const QAbstractItemModel *model, const std::function<void(const QModelIndex &)> &visit,
                  const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex idx = model->index(r, c, parent);
            visit(idx);
            if (c == 0 && model->hasChildren(idx))
                forEachIndex(model, visit, idx);
        }
    }
}

QColor colourOf(const QVariant &value)
{
    if (value.canConvert<QBrush>() && value.userType() == QMetaType::QBrush)
        return value.value<QBrush>().color();
    return value.value<QColor>();
}

QString describe(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3").arg(a.name(), b.name()).arg(Tones::contrast(a, b), 0, 'f', 2);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QPalette m_light;

    QString shots() const { return QString::fromLocal8Bit(qgetenv("QUORUM_SCREENSHOTS")); }

    void save(QWidget *widget, const QString &name) const
    {
        if (shots().isEmpty())
            return;
        const qreal dpr = widget->devicePixelRatioF();
        const QString file
            = QStringLiteral("%1/theme-%2%3.png").arg(shots(), name, dpr > 1 ? QStringLiteral("@2x") : QString());
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

    /** Every visible button and unwrapped label of top is as wide as its text needs: nothing is clipped. */
    static QStringList clipped(QWidget *top)
    {
        QStringList out;
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
            // A tool button that shows only its icon (a field's clear button) has a name but shows no words.
            const auto *tool = qobject_cast<QToolButton *>(b);
            const bool words = !b->text().isEmpty() && !(tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly);
            if (b->isVisibleTo(top) && words && b->width() < b->minimumSizeHint().width())
                out << QStringLiteral("button %1 “%2”: %3 < %4")
                           .arg(b->objectName(), b->text())
                           .arg(b->width())
                           .arg(b->minimumSizeHint().width());
        }
        for (QLabel *l : top->findChildren<QLabel *>()) {
            if (l->isVisibleTo(top) && !l->wordWrap() && !l->text().isEmpty() && l->textFormat() == Qt::PlainText
                && l->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored && l->width() < l->sizeHint().width())
                out << QStringLiteral("label %1 “%2”: %3 < %4")
                           .arg(l->objectName(), l->text())
                           .arg(l->width())
                           .arg(l->sizeHint().width());
        }
        return out;
    }

    static void whenShown(const std::function<bool(QWidget *)> &answer)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, answer] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && answer(modal)) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_light = fusionLightPalette();
    }

    void cleanup()
    {
        ColourScheme::apply(ColourScheme::Scheme::System);
        QSettings().clear();
    }

    void shouldMeasureContrastAsWcagDoes()
    {
        QCOMPARE(Tones::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Tones::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(Tones::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the well-known smallest grey that passes AA (4.54:1).
        QVERIFY(qAbs(Tones::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QVERIFY(Tones::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        // An invalid colour is black, as QColor has it, not a crash.
        QCOMPARE(Tones::contrast(QColor(), Qt::white), 21.0);
    }

    void shouldTellDarkPalettesFromLightOnes()
    {
        QVERIFY(!Tones::isDark(m_light));
        QVERIFY(Tones::isDark(Tones::darkPalette()));
        QVERIFY(Tones::isDark(desktopDarkPalette()));
        // The standard dark Fusion palette.
        const QPalette dark = Tones::darkPalette();
        QCOMPARE(dark.color(QPalette::Window), QColor(0x35, 0x35, 0x35));
        QCOMPARE(dark.color(QPalette::Base), QColor(0x2a, 0x2a, 0x2a));
        QCOMPARE(dark.color(QPalette::Text), QColor(Qt::white));
        // Its own text, selection and links are readable too.
        QVERIFY(Tones::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 4.5);
        QVERIFY(Tones::contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(Tones::contrast(dark.color(QPalette::Link), dark.color(QPalette::Base)) >= 4.5);
        QVERIFY(Tones::contrast(dark.color(QPalette::ToolTipText), dark.color(QPalette::ToolTipBase)) >= 4.5);
        QVERIFY(Tones::contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= 4.5);
    }

    void shouldMeetWcagAaInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<Tone>("tone");
        const QList<std::pair<const char *, QPalette>> palettes
            = {{"light", m_light}, {"dark", Tones::darkPalette()}, {"desktop dark", desktopDarkPalette()}};
        for (const auto &[name, palette] : palettes)
            for (const Tone tone : Tones::all())
                QTest::addRow("%s %s", name, qPrintable(Tones::key(tone))) << palette << tone;
    }

    void shouldMeetWcagAaInEveryPalette()
    {
        QFETCH(QPalette, palette);
        QFETCH(Tone, tone);
        const QColor fg = Tones::foreground(tone, palette), bg = Tones::background(tone, palette);
        QVERIFY(fg.isValid() && bg.isValid());
        switch (Tones::kind(tone)) {
        case Tones::Kind::Text: {
            // Wherever such text is drawn: the palette's backgrounds and every row background.
            QList<QColor> grounds = {palette.color(QPalette::Base), palette.color(QPalette::Window),
                                     palette.color(QPalette::AlternateBase)};
            for (const Tone row : Tones::ofKind(Tones::Kind::Row))
                grounds << Tones::background(row, palette);
            for (const QColor &ground : grounds)
                QVERIFY2(Tones::contrast(fg, ground) >= 4.5, qPrintable(describe(fg, ground)));
            break;
        }
        case Tones::Kind::Row:
            QVERIFY2(Tones::contrast(palette.color(QPalette::Text), bg) >= 4.5,
                     qPrintable(describe(palette.color(QPalette::Text), bg)));
            QCOMPARE(fg, palette.color(QPalette::Text));
            break;
        case Tones::Kind::Pair: QVERIFY2(Tones::contrast(fg, bg) >= 4.5, qPrintable(describe(fg, bg))); break;
        case Tones::Kind::Marker:
            // A mark (non-text): its fill against the view, its sign against the fill.
            for (const QColor &ground : {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)})
                QVERIFY2(Tones::contrast(bg, ground) >= 3.0, qPrintable(describe(bg, ground)));
            QVERIFY2(Tones::contrast(fg, bg) >= 3.0, qPrintable(describe(fg, bg)));
            break;
        }
    }

    void shouldFollowThePaletteItIsAskedWith()
    {
        // GIVEN the application's palette light, then dark
        QApplication::setPalette(m_light);
        const QColor light = Tones::foreground(Tone::Overdue);
        QApplication::setPalette(Tones::darkPalette());
        const QColor dark = Tones::foreground(Tone::Overdue);
        // THEN a tone has another colour in each, that of its palette
        QVERIFY(light != dark);
        QCOMPARE(light, Tones::foreground(Tone::Overdue, m_light));
        QCOMPARE(dark, Tones::foreground(Tone::Overdue, Tones::darkPalette()));
        QCOMPARE(Tones::background(Tone::Overdue), Tones::darkPalette().color(QPalette::Base));
        QCOMPARE(Tones::key(Tone::Excused), QStringLiteral("Excused"));
        QCOMPARE(Tones::all().size(), int(Tone::Excused) + 1);
    }

    void shouldKeepEveryModelReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << m_light;
        QTest::newRow("dark") << Tones::darkPalette();
        QTest::newRow("desktop dark") << desktopDarkPalette();
    }

    void shouldKeepEveryModelReadable()
    {
        QFETCH(QPalette, palette);
        // GIVEN the sample with day 1 running (the current entry, an overrun, a skipped entry) and overdue actions
        qint64 seed = 0;
        std::unique_ptr<MeetingDocument> doc
            = openRunSample(m_dir, QStringLiteral("models%1.quorum").arg(++m_count), QStringLiteral("running"), &seed);
        QVERIFY(doc);
        doc->models()->setNow(QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()));
        QApplication::setPalette(palette);
        // WHEN every cell of every model is asked for its colours
        using Named = std::pair<const char *, QAbstractItemModel *>;
        const QList<Named> models
            = {Named("agenda", doc->agenda()),           Named("actions", doc->actionItems()),
               Named("summary", doc->actionSummary()),   Named("participants", doc->participants()),
               Named("attachments", doc->attachments()), Named("meetings", doc->meetingList())};
        int coloured = 0;
        for (const auto &[name, model] : models) {
            forEachIndex(model, [&, name = name](const QModelIndex &idx) {
                const QColor fg = colourOf(idx.data(Qt::ForegroundRole));
                const QColor bg = colourOf(idx.data(Qt::BackgroundRole));
                coloured += fg.isValid() || bg.isValid();
                const QColor text = fg.isValid() ? fg : palette.color(QPalette::Text);
                // THEN each is readable on what the view draws it on (alternating rows included)
                QList<QColor> grounds{bg};
                if (!bg.isValid())
                    grounds = {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)};
                for (const QColor &ground : grounds)
                    QVERIFY2(Tones::contrast(text, ground) >= 4.5,
                             qPrintable(QStringLiteral("%1 row %2 column %3 “%4”: %5")
                                            .arg(QLatin1String(name))
                                            .arg(idx.row())
                                            .arg(idx.column())
                                            .arg(idx.data().toString(), describe(text, ground))));
            });
        }
        // (and there were colours to check: the current entry, breaks, blocks, the overrun, overdue and done items)
        QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
    }

    void shouldNeverSayItWithColourAlone()
    {
        // GIVEN the sample with day 1 running, today after every due date
        qint64 seed = 0;
        std::unique_ptr<MeetingDocument> doc
            = openRunSample(m_dir, QStringLiteral("alone%1.quorum").arg(++m_count), QStringLiteral("running"), &seed);
        QVERIFY(doc);
        doc->models()->setNow(QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()));

        // THEN an overdue date says so in words for a screen reader, and with a sign in the view
        ActionItemModel *actions = doc->actionSummary();
        QTableView view;
        auto *delegate = new PeopleDateDelegate(doc.get(), ActionItemModel::AssigneesColumn, ActionItemModel::DueColumn,
                                                QString(), &view);
        delegate->setOverdueRole(ActionItemModel::OverdueRole);
        view.setModel(actions);
        view.setItemDelegate(delegate);
        int overdue = 0;
        for (int r = 0; r < actions->rowCount(); ++r) {
            const QModelIndex due = actions->index(r, ActionItemModel::DueColumn);
            const QString shown = DelegateText::of(view.itemDelegate(), due);
            if (due.data(ActionItemModel::OverdueRole).toBool()) {
                ++overdue;
                QVERIFY2(shown.startsWith(PeopleDateDelegate::overdueSign()), qPrintable(shown));
                QVERIFY2(due.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", overdue")),
                         qPrintable(due.data(Qt::AccessibleTextRole).toString()));
                QCOMPARE(colourOf(due.data(Qt::ForegroundRole)), Tones::foreground(Tone::Overdue));
            } else {
                QVERIFY2(!shown.startsWith(PeopleDateDelegate::overdueSign()), qPrintable(shown));
                QVERIFY(due.data(Qt::AccessibleTextRole).isNull());
            }
        }
        QVERIFY(overdue > 0);

        // AND in the window, a time that runs late has a sign and words, the entry running now a sign
        const QString path = doc->path();
        view.setModel(nullptr);
        doc.reset();
        MainWindow w;
        w.setClock([] { return sampleDayOneAt(QStringLiteral("10:25")); });
        QVERIFY(w.openLibrary(path, seed));
        w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))
            ->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("agendaTab")));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        QVERIFY(tree);
        int late = 0, now = 0;
        forEachIndex(tree->model(), [&](const QModelIndex &idx) {
            const QString shown = DelegateText::of(tree->itemDelegate(), idx);
            if (idx.data(AgendaModel::TimingAlertRole).toBool()) {
                ++late;
                QVERIFY2(shown.startsWith(QStringLiteral("\u26a0")), qPrintable(shown));
                QVERIFY(idx.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", runs late")));
            } else {
                QVERIFY2(!shown.startsWith(QStringLiteral("\u26a0")), qPrintable(shown));
            }
            if (idx.column() == AgendaModel::TopicColumn && idx.data(AgendaModel::IsNowRole).toBool()) {
                ++now;
                QVERIFY2(shown.startsWith(QStringLiteral("\u25b6")), qPrintable(shown));
            }
        });
        QVERIFY(late > 0);
        QCOMPARE(now, 1);

        // AND an absent participant's attendance is a word and a shape, not a red disc alone
        ParticipantModel *people = w.document()->participants();
        QVERIFY(people->rowCount() > 0);
        QVERIFY(people->setData(people->index(0, ParticipantModel::AttendanceColumn), QStringLiteral("absent")));
        QCOMPARE(people->index(0, ParticipantModel::AttendanceColumn).data().toString(), QStringLiteral("Absent"));
    }

    void shouldPrintDarkTextOnWhitePaperInADarkPalette()
    {
        // GIVEN a dark palette (the window's, when printing from it)
        QApplication::setPalette(Tones::darkPalette());
        ReportDocument doc;
        doc.title = QStringLiteral("Agenda");
        doc.heading(QStringLiteral("Plain heading"), 1);
        doc.paragraph(QStringLiteral("Plain body text, long enough to leave a good many dark pixels on the page."));
        // WHEN the document is printed to PDF
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("paper.pdf"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(ReportPrinter::toPdf(doc, QPageSize::A4));
        }
        QPdfDocument pdf;
        QCOMPARE(pdf.load(file), QPdfDocument::Error::None);
        const QImage page = pdf.render(0, QSize(600, 848));
        // THEN its text is dark on the white page, not the screen's white
        int dark = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 100 && qAlpha(page.pixel(x, y)) > 0;
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
        QCOMPARE(ReportPrinter::paperPalette().color(QPalette::Text), QColor(0x11, 0x11, 0x11));
    }

    void shouldOfferSystemLightAndDarkColours()
    {
        // GIVEN the window with its View › Colours menu
        MainWindow w;
        auto *dark = w.findChild<QAction *>(QStringLiteral("coloursDarkAction"));
        auto *light = w.findChild<QAction *>(QStringLiteral("coloursLightAction"));
        auto *system = w.findChild<QAction *>(QStringLiteral("coloursSystemAction"));
        QVERIFY(dark && light && system);
        QVERIFY(system->isChecked());
        const QColor systemBase = QApplication::palette().color(QPalette::Base);
        // WHEN Dark is chosen
        dark->trigger();
        // THEN the palette is the dark one, in Fusion, remembered
        QVERIFY(Tones::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(0x2a, 0x2a, 0x2a));
        QCOMPARE(QApplication::style()->objectName(), QStringLiteral("quorumFusion"));
        QCOMPARE(QSettings().value(QStringLiteral("view/colours")).toString(), QStringLiteral("dark"));
        QCOMPARE(ColourScheme::saved(), ColourScheme::Scheme::Dark);
        QVERIFY(dark->isChecked() && !system->isChecked());
        // and a widget made now is dark, and a bar's colours follow without being made again
        auto *banner = w.findChild<QLabel *>(QStringLiteral("problemBanner"));
        QVERIFY(banner);
        QVERIFY2(banner->styleSheet().contains(Tones::background(Tone::WarningBar, Tones::darkPalette()).name()),
                 qPrintable(banner->styleSheet()));
        // WHEN Light is chosen
        light->trigger();
        QVERIFY(!Tones::isDark(QApplication::palette()));
        QVERIFY2(banner->styleSheet().contains(Tones::background(Tone::WarningBar, m_light).name()),
                 qPrintable(banner->styleSheet()));
        QCOMPARE(ColourScheme::saved(), ColourScheme::Scheme::Light);
        // WHEN System is chosen again: the platform's palette is back
        system->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
        QCOMPARE(ColourScheme::saved(), ColourScheme::Scheme::System);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    }

    void shouldOutlineCheckBoxesOnADarkBase()
    {
        // GIVEN the dark scheme and an unticked box in a table row
        ColourScheme::apply(ColourScheme::Scheme::Dark);
        QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
        const QColor base = QApplication::palette().color(QPalette::Base);
        image.fill(base);
        QStyleOptionViewItem option;
        option.palette = QApplication::palette();
        option.rect = QRect(10, 10, 16, 16);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        {
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        }
        // THEN its frame stands out from the base (3:1, a mark), as Fusion alone does not
        qreal best = 1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                best = qMax(best, Tones::contrast(image.pixelColor(x, y), base));
        QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
    }

    void shouldReadTheSchemeAtStart_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<int>("expected");
        QTest::newRow("saved dark") << QString() << "dark" << int(ColourScheme::Scheme::Dark);
        QTest::newRow("nothing saved") << QString() << QString() << int(ColourScheme::Scheme::System);
        QTest::newRow("environment wins") << "light"
                                          << "dark" << int(ColourScheme::Scheme::Light);
        QTest::newRow("environment in capitals") << " DARK " << QString() << int(ColourScheme::Scheme::Dark);
        QTest::newRow("unknown word") << "purple"
                                      << "dark" << int(ColourScheme::Scheme::System);
        QTest::newRow("unknown saved") << QString() << "purple" << int(ColourScheme::Scheme::System);
    }

    void shouldReadTheSchemeAtStart()
    {
        QFETCH(QString, environment);
        QFETCH(QString, saved);
        QFETCH(int, expected);
        QSettings().setValue(QStringLiteral("view/colours"), saved);
        if (environment.isEmpty())
            qunsetenv("QUORUM_COLOURS");
        else
            qputenv("QUORUM_COLOURS", environment.toLocal8Bit());
        if (environment == QLatin1String("purple"))
            QTest::ignoreMessage(QtWarningMsg, "quorum: QUORUM_COLOURS=purple is none of system, light, dark");
        ColourScheme::applyAtStart();
        qunsetenv("QUORUM_COLOURS");
        QCOMPARE(int(ColourScheme::current()), expected);
        QCOMPARE(Tones::isDark(QApplication::palette()), expected == int(ColourScheme::Scheme::Dark));
    }

    void shouldMakeSharpMarksAtEveryScale()
    {
        // The thumbnails are made for twice the size; a window at scale 2 shows them sharp.
        qint64 seed = 0;
        std::unique_ptr<MeetingDocument> doc
            = openSampleDocument(m_dir, QStringLiteral("sharp%1.quorum").arg(++m_count), &seed);
        QVERIFY(doc);
        QImage thumb(192, 192, QImage::Format_ARGB32_Premultiplied);
        thumb.fill(Qt::white);
        thumb.setDevicePixelRatio(2);
        const QString sha = doc->attachments()->index(0, 0).data(AttachmentModel::Sha256Role).toString();
        doc->attachments()->setThumbnail(sha, thumb);
        const QIcon icon = doc->attachments()->index(0, 0).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(icon.availableSizes().constFirst(), QSize(96, 96));
        QCOMPARE(icon.pixmap(QSize(96, 96), 2.0).size(), QSize(192, 192));
        QCOMPARE(icon.pixmap(QSize(96, 96), 1.0).size(), QSize(96, 96));
        // The toolbar's bundled icons are SVG: as sharp as the screen.
        MainWindow w;
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        int icons = 0;
        for (QAction *a : bar->actions()) {
            if (a->icon().isNull())
                continue;
            ++icons;
            QCOMPARE(a->icon().pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48));
        }
        QVERIFY(icons >= 5);
    }

    void shouldShowEveryViewReadably_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("dark") << int(ColourScheme::Scheme::Dark);
        QTest::newRow("light") << int(ColourScheme::Scheme::Light);
    }

    void shouldShowEveryViewReadably()
    {
        QFETCH(int, scheme);
        const QString suffix
            = scheme == int(ColourScheme::Scheme::Dark) ? QStringLiteral("dark") : QStringLiteral("light");
        ColourScheme::apply(ColourScheme::Scheme(scheme));
        // GIVEN the window on the sample with day 1 running, at 10:25 (past the run's last step)
        qint64 seed = 0;
        std::unique_ptr<MeetingDocument> run
            = openRunSample(m_dir, QStringLiteral("shots%1.quorum").arg(++m_count), QStringLiteral("running"), &seed);
        QVERIFY(run);
        const QString path = run->path();
        run.reset();
        MainWindow w;
        w.setClock([] { return sampleDayOneAt(QStringLiteral("10:25")); });
        w.resize(1800, 960);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLibrary(path, seed));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        const QStringList pages
            = {QStringLiteral("overviewTab"),     QStringLiteral("agendaTab"),      QStringLiteral("runningNotesTab"),
               QStringLiteral("participantsTab"), QStringLiteral("actionItemsTab"), QStringLiteral("attachmentsTab"),
               QStringLiteral("planningTab")};
        // Someone absent and someone excused, for their marks.
        ParticipantModel *people = w.document()->participants();
        QVERIFY(people->setData(people->index(1, ParticipantModel::AttendanceColumn), QStringLiteral("absent")));
        QVERIFY(people->setData(people->index(2, ParticipantModel::AttendanceColumn), QStringLiteral("excused")));
        for (const QString &page : pages) {
            tabs->setCurrentWidget(w.findChild<QWidget *>(page));
            // The summary across meetings holds the overdue items (a day later than the run's).
            const bool actions = page == QLatin1String("actionItemsTab");
            QAction *livePanel = w.findChild<QAction *>(QStringLiteral("livePanelAction"));
            if (actions) {
                // (the live panel, years after the run, would count thousands of hours over)
                if (livePanel->isChecked())
                    livePanel->trigger();
                w.document()->setNow(QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()));
                w.findChild<QTabBar *>(QStringLiteral("actionPages"))->setCurrentIndex(1);
            }
            QTest::qWait(50);
            // THEN the window's colours are those of the scheme, and nothing is cut off
            QCOMPARE(Tones::isDark(tabs->currentWidget()->palette()), scheme == int(ColourScheme::Scheme::Dark));
            const QStringList cut = clipped(&w);
            QVERIFY2(cut.isEmpty(), qPrintable(page + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
            save(&w, QStringLiteral("%1-%2").arg(page, suffix));
            if (actions) {
                w.document()->setNow(sampleDayOneAt(QStringLiteral("10:25")));
                livePanel->trigger();
            }
        }

        // The presenter view: its own projector colours whatever the palette, readable.
        PresenterView *presenter = PresenterView::toggle(w.document(), &w);
        QVERIFY(presenter);
        presenter->resize(1280, 720);
        QTest::qWait(50);
        for (QLabel *l : presenter->findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            const QColor fg = l->palette().color(QPalette::WindowText);
            const QColor bg = l->autoFillBackground() ? l->palette().color(QPalette::Window)
                                                      : presenter->palette().color(QPalette::Window);
            QVERIFY2(Tones::contrast(fg, bg) >= 4.5, qPrintable(l->objectName() + QLatin1Char(' ') + describe(fg, bg)));
        }
        save(presenter, QStringLiteral("presenter-%1").arg(suffix));
        presenter->close();

        // The document dialog and the print preview: the page stays white paper with dark text.
        bool previewed = false;
        whenShown([&](QWidget *modal) {
            if (auto *dialog = qobject_cast<DocumentDialog *>(modal)) {
                const QStringList cut = clipped(dialog);
                if (!cut.isEmpty())
                    qWarning("clipped in the document dialog: %s", qPrintable(cut.join(QStringLiteral("; "))));
                save(dialog, QStringLiteral("documentdialog-%1").arg(suffix));
                dialog->accept();
                return false; // the preview comes next
            }
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                preview->resize(1000, 760);
                QTest::qWait(100);
                save(preview, QStringLiteral("printpreview-%1").arg(suffix));
                previewed = true;
                preview->reject();
                return true;
            }
            return false;
        });
        w.findChild<QAction *>(QStringLiteral("printPreviewAction"))->trigger();
        QVERIFY(previewed);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
