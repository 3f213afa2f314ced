// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility (issue 23): every interactive element of the window and of every dialog has an
// accessible name, every table and tree names its columns, Tab visits every control once in
// reading order without being caught, and nothing hides the focus.
#include "actionform.h"
#include "busywaitdialog.h"
#include "calendar/invitationimport.h"
#include "calendar/invitationwriter.h"
#include "columnchooser.h"
#include "confluenceimportdialog.h"
#include "data/backupinfo.h"
#include "decisionregisterdialog.h"
#include "directorydialog.h"
#include "documentdialog.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "historydialog.h"
#include "invitationexportdialog.h"
#include "invitationimportdialog.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/decisionmodel.h"
#include "itemmodels/dialinmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/parkinglotmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "livecontroller.h"
#include "livepanel.h"
#include "mail/minutesmail.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "namequestiondialog.h"
#include "newmeetingdialog.h"
#include "newmeetinginseriesdialog.h"
#include "notesmergedialog.h"
#include "restoredialog.h"
#include "retimedialog.h"
#include "scheduledialog.h"
#include "sendminutesdialog.h"
#include "seriesdialog.h"
#include "startmeetingdialog.h"
#include "storage/database.h"
#include "teamlibrarydialog.h"
#include "templatedialog.h"
#include "ticketlinksdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>

#include <functional>
#include <map>
#include <memory>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QString ConfluenceSeed = QStringLiteral(QUORUM_CONFLUENCE_DATA "/seed-markdown.txt");
const QString ZoomInvitation = QStringLiteral(QUORUM_INVITATION_DATA "/zoom.ics");

QDateTime at(const QString &time)
{
    return QDateTime(QDate(2020, 9, 15), QTime::fromString(time, QStringLiteral("HH:mm")),
                     QTimeZone("America/Los_Angeles"));
}

/** Roles a user operates, rather than reads: each must say what it is. */
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::MenuItem:
    case QAccessible::Link: return true;
    default: return false;
    }
}

QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

/** How a failure names a widget: its objectName, or its class where it has none. */
QString nameOf(const QObject *object)
{
    if (!object)
        return QStringLiteral("?");
    if (!object->objectName().isEmpty())
        return object->objectName();
    const QString type = QString::fromLatin1(object->metaObject()->className());
    if (const auto *button = qobject_cast<const QAbstractButton *>(object))
        return type + QStringLiteral(" “") + button->text() + QStringLiteral("”");
    return type;
}

QString step(QAccessibleInterface *iface, int index)
{
    QString s = roleName(iface->role());
    if (QObject *object = iface->object())
        s = nameOf(object) + QLatin1Char(':') + s;
    else
        s += QStringLiteral("[%1]").arg(index);
    return s;
}

/** Walks the accessibility tree below iface; every visible interactive element without a name goes to *missing. */
void walk(QAccessibleInterface *iface, const QString &path, int index, QStringList *missing, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60 || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    const QString here = path.isEmpty() ? step(iface, index) : path + QLatin1String(" / ") + step(iface, index);
    // A name of punctuation only ("…", "+") says nothing either.
    const QString name = iface->text(QAccessible::Name);
    if (isInteractive(role) && std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        missing->append(here);
    // Cells, rows and items are the data; the view's name and its headers are checked instead.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), here, i, missing, depth + 1);
}

/** The entries of a menu (shown or not) without a name. */
void walkMenu(QMenu *menu, QStringList *missing)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
    if (!iface)
        return;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *item = iface->child(i);
        if (!item || item->state().invisible || item->role() != QAccessible::MenuItem)
            continue;
        if (item->text(QAccessible::Name).trimmed().isEmpty())
            missing->append(nameOf(menu) + QStringLiteral(" / MenuItem[%1]").arg(i));
    }
}

/** Columns of the tables and trees under root whose header says nothing ("" or the bare number Qt makes up). */
QStringList columnsWithoutHeaders(QWidget *root)
{
    QStringList missing;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        auto *table = qobject_cast<QTableView *>(view);
        auto *tree = qobject_cast<QTreeView *>(view);
        if ((!table && !tree) || !view->isVisible() || !view->model())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QAccessibleTableInterface *cells = iface ? iface->tableInterface() : nullptr;
        if (!cells) {
            missing << nameOf(view) + QStringLiteral(": no table interface");
            continue;
        }
        const QHeaderView *header = table ? table->horizontalHeader() : tree->header();
        for (int column = 0; column < view->model()->columnCount(view->rootIndex()); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString said = cells->columnDescription(column).trimmed();
            if (said.isEmpty() || said == QString::number(column + 1))
                missing << QStringLiteral("%1: column %2").arg(nameOf(view)).arg(column);
        }
    }
    return missing;
}

/** Whether w takes focus from Tab where it stands now (shown, enabled, not handing focus on). */
bool takesTabFocus(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

bool inside(const QWidget *w, const QWidget *root)
{
    return w && (w == root || root->isAncestorOf(w));
}

/**
 * Presses Tab through the controls under root, from the first in the focus chain, and reports:
 * a control neither Tab nor Ctrl+Tab leaves (an editor taking Tab as text, a table moving between its cells), a focusable control Tab never reaches, one reached
 * twice before the round is done, and a step that goes back up the same column (not reading order).
 */
QStringList tabOrderProblems(QWidget *root)
{
    QStringList problems;
    QWidget *window = root->window();
    QList<QWidget *> focusable;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (inside(w, root) && takesTabFocus(w))
            focusable << w;
    }
    if (focusable.isEmpty())
        return problems;
    focusable.constFirst()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{window->focusWidget()};
    for (int press = 0; press < focusable.size() + 2; ++press) {
        QWidget *from = window->focusWidget();
        if (!from)
            break;
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = window->focusWidget();
        // A date field steps through its sections (day, month, year), a text with links through its
        // links, before Tab leaves it.
        const bool steps = qobject_cast<QDateTimeEdit *>(from) || qobject_cast<QDateTimeEdit *>(from->parentWidget())
                           || qobject_cast<QTextBrowser *>(from);
        for (int inner = 0; steps && to == from && inner < 40; ++inner) {
            QTest::keyClick(from, Qt::Key_Tab);
            to = window->focusWidget();
        }
        if (to == from) {
            // An editor that takes Tab (to indent) is left with Ctrl+Tab, to the next control in the chain.
            QWidget *next = from->nextInFocusChain();
            while (next != from && !takesTabFocus(next))
                next = next->nextInFocusChain();
            QTest::keyClick(from, Qt::Key_Tab, Qt::ControlModifier);
            if (window->focusWidget() == next && next != from)
                to = next;
        }
        if (to == from) {
            problems << QStringLiteral("Tab cannot leave %1").arg(nameOf(from));
            break;
        }
        if (!inside(to, root) || to == visited.constFirst())
            break;
        if (visited.contains(to)) {
            problems << QStringLiteral("Tab comes back to %1 before the round is done").arg(nameOf(to));
            break;
        }
        // Reading order: never back up to a control above in the same column.
        const QRect a(from->mapTo(window, QPoint(0, 0)), from->size());
        const QRect b(to->mapTo(window, QPoint(0, 0)), to->size());
        const bool sameColumn = b.left() < a.right() && a.left() < b.right();
        if (sameColumn && b.bottom() < a.top())
            problems << QStringLiteral("Tab goes up from %1 to %2").arg(nameOf(from), nameOf(to));
        visited << to;
    }
    for (QWidget *w : std::as_const(focusable)) {
        if (!visited.contains(w))
            problems << QStringLiteral("Tab never reaches %1").arg(nameOf(w));
    }
    return problems;
}

/** Controls a keyboard user needs that refuse focus, and style sheets that hide the focus. */
QStringList hiddenFocus(QWidget *root)
{
    QStringList problems;
    const auto hidesFocus = [](const QString &sheet) {
        const QString s = sheet.simplified().remove(QLatin1Char(' ')).toLower();
        return s.contains(QLatin1String("outline:none")) || s.contains(QLatin1String("outline:0"))
               || s.contains(QLatin1String(":focus"));
    };
    if (hidesFocus(qApp->styleSheet()))
        problems << QStringLiteral("the application's style sheet hides the focus");
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all)) {
        if (hidesFocus(w->styleSheet()))
            problems << QStringLiteral("%1: its style sheet hides the focus").arg(nameOf(w));
        if (!w->isVisible() || !w->isEnabled() || w->focusPolicy() != Qt::NoFocus || w->focusProxy())
            continue;
        // A toolbar's buttons are reached through their actions' menus and shortcuts, as everywhere.
        if (qobject_cast<QToolBar *>(w->parentWidget()))
            continue;
        // Headers are reached through their view; a dock's title buttons and a field's clear button
        // are Qt's own, with the window's menus and the keyboard (Ctrl+A, Delete) doing the same.
        if (qobject_cast<QHeaderView *>(w) || w->objectName().startsWith(QLatin1String("qt_dockwidget_"))
            || w->inherits("QLineEditIconButton"))
            continue;
        const bool needed = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                            || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                            || qobject_cast<QAbstractItemView *>(w)
                            || (qobject_cast<QTextEdit *>(w) && !static_cast<QTextEdit *>(w)->isReadOnly())
                            || (qobject_cast<QPlainTextEdit *>(w) && !static_cast<QPlainTextEdit *>(w)->isReadOnly());
        if (needed)
            problems << QStringLiteral("%1 cannot take the keyboard focus").arg(nameOf(w));
    }
    return problems;
}

/** The failure message; every problem is also printed whole (QtTest cuts a long message short). */
QString report(const QString &what, const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning().noquote() << what + QStringLiteral(": ") + p;
    return QStringLiteral("%1: %2 problem(s), first: %3").arg(what).arg(problems.size()).arg(problems.value(0));
}

/** What the dialogs are made of: the sample library, its reference meeting, a run started on its first day. */
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<MeetingDocument> doc;
    Id seed = 0;
    QString path;
};

using DialogFactory = std::function<std::unique_ptr<QDialog>(Fixture &)>;

std::map<QString, DialogFactory> dialogFactories()
{
    std::map<QString, DialogFactory> f;
    f[QStringLiteral("newMeeting")] = [](Fixture &) {
        return std::make_unique<NewMeetingDialog>(QStringList{QStringLiteral("DMLT"), QStringLiteral("Sprint")},
                                                  QStringLiteral("DMLT"), QDate(2020, 9, 1));
    };
    f[QStringLiteral("newMeetingInSeries")] = [](Fixture &x) {
        return std::make_unique<NewMeetingInSeriesDialog>(x.doc.get(), x.doc->currentMeeting().seriesId);
    };
    f[QStringLiteral("series")]
        = [](Fixture &x) { return std::make_unique<SeriesDialog>(x.doc.get(), x.doc->currentMeeting().seriesId); };
    f[QStringLiteral("template")]
        = [](Fixture &x) { return std::make_unique<TemplateDialog>(x.doc.get(), x.doc->currentMeeting().seriesId); };
    f[QStringLiteral("schedule")] = [](Fixture &x) {
        QHash<Id, QString> moderators;
        for (const AgendaEntry &e : x.doc->agendaState().entries) {
            if (e.kind == AgendaEntry::Kind::Block)
                moderators.insert(e.moderatorId, x.doc->agenda()->personName(e.moderatorId));
        }
        return std::make_unique<ScheduleDialog>(QStringLiteral("Ops rehearsal"), x.doc->agendaState(), moderators);
    };
    f[QStringLiteral("startMeeting")] = [](Fixture &x) {
        return std::make_unique<StartMeetingDialog>(x.doc->agendaState(), QTimeZone("America/Los_Angeles"),
                                                    at(QStringLiteral("08:50")));
    };
    f[QStringLiteral("retime")] = [](Fixture &x) -> std::unique_ptr<QDialog> {
        x.doc->setNow(at(QStringLiteral("09:00")));
        if (!x.doc->startRun(x.doc->agendaState().days.constFirst().id, at(QStringLiteral("09:00"))))
            return nullptr;
        x.doc->setNow(at(QStringLiteral("09:25")));
        if (!x.doc->stepRun(MeetingDocument::RunStep::Next))
            return nullptr;
        return std::make_unique<RetimeDialog>(x.doc->liveRun(), at(QStringLiteral("09:25")));
    };
    f[QStringLiteral("documentPrint")] = [](Fixture &) {
        return std::make_unique<DocumentDialog>(DocumentDialog::Purpose::Print, ReportOptions(),
                                                DocumentDialog::Format::Pdf, true);
    };
    f[QStringLiteral("documentExport")] = [](Fixture &) {
        return std::make_unique<DocumentDialog>(DocumentDialog::Purpose::Export, ReportOptions(),
                                                DocumentDialog::Format::Pdf, true);
    };
    f[QStringLiteral("documentPreview")] = [](Fixture &) {
        return std::make_unique<DocumentDialog>(DocumentDialog::Purpose::Preview, ReportOptions(),
                                                DocumentDialog::Format::Pdf, false);
    };
    f[QStringLiteral("history")] = [](Fixture &x) { return std::make_unique<HistoryDialog>(x.doc.get(), x.seed); };
    f[QStringLiteral("restore")] = [](Fixture &x) {
        const QList<BackupInfo> backups{
            {x.dir.filePath(QStringLiteral("a.quorum")), QDateTime(QDate(2020, 9, 16), QTime(18, 0)), 524288},
            {x.dir.filePath(QStringLiteral("b.quorum")), QDateTime(QDate(2020, 9, 15), QTime(18, 0)), 512000}};
        return std::make_unique<RestoreDialog>(backups, x.dir.path());
    };
    f[QStringLiteral("decisionRegister")]
        = [](Fixture &x) { return std::make_unique<DecisionRegisterDialog>(x.doc.get()); };
    f[QStringLiteral("directory")] = [](Fixture &x) { return std::make_unique<DirectoryDialog>(x.doc.get()); };
    f[QStringLiteral("nameQuestion")] = [](Fixture &) {
        Person robert;
        robert.id = 3;
        robert.displayName = QStringLiteral("Robert Gruendl");
        NameMatch match;
        match.kind = NameMatch::Kind::Ambiguous;
        match.candidates = {robert};
        return std::make_unique<NameQuestionDialog>(
            QList<NameQuestion>{{QStringLiteral("Robert"), match}, {QStringLiteral("Melissa Graham"), NameMatch()}});
    };
    f[QStringLiteral("notesMerge")] = [](Fixture &) {
        return std::make_unique<NotesMergeDialog>(QStringLiteral("Rubin Data Preview 1"),
                                                  QStringLiteral("Frossie Economou at 11:20"),
                                                  QStringLiteral("Their notes"), QStringLiteral("My notes"));
    };
    f[QStringLiteral("ticketLinks")] = [](Fixture &) {
        return std::make_unique<TicketLinksDialog>(
            QList<LinkPattern>{{QStringLiteral("DM-"), QStringLiteral("https://jira.example.org/browse/DM-{n}")}});
    };
    f[QStringLiteral("sendMinutes")] = [](Fixture &x) {
        MinutesMail::Options options;
        options.today = QDate(2020, 10, 1);
        return std::make_unique<SendMinutesDialog>(MinutesMail::make(x.doc->database(), x.seed, options),
                                                   FileDialogs());
    };
    f[QStringLiteral("invitationImport")] = [](Fixture &x) -> std::unique_ptr<QDialog> {
        Invitation invitation;
        QString error;
        if (!x.doc->readInvitation(ZoomInvitation, &invitation, &error))
            return nullptr;
        return std::make_unique<InvitationImportDialog>(ZoomInvitation, invitation, x.doc->currentMeeting().title);
    };
    f[QStringLiteral("invitationExport")] = [](Fixture &) {
        const auto preview = [](InvitationOptions::Events) {
            InvitationEvent e;
            e.summary = QStringLiteral("Planning — day 1 of 2");
            e.date = QDate(2026, 10, 30);
            return QList<InvitationEvent>{e};
        };
        return std::make_unique<InvitationExportDialog>(
            QStringLiteral("Planning"), preview,
            QList<InvitationOrganizer>{{QStringLiteral("Ann Example"), QStringLiteral("ann@example.org")}},
            InvitationOrganizer(), 4);
    };
    f[QStringLiteral("confluenceImport")] = [](Fixture &x) -> std::unique_ptr<QDialog> {
        ConfluenceImport::Reading reading;
        QString error;
        if (!x.doc->readConfluencePages(ConfluenceSeed, {}, &reading, &error))
            return nullptr;
        return std::make_unique<ConfluenceImportDialog>(ConfluenceSeed, reading, ConfluenceImportDialog::Reread());
    };
    f[QStringLiteral("teamLibrary")] = [](Fixture &) {
        return std::make_unique<TeamLibraryDialog>([](const QString &, QString *) { return true; });
    };
    // A library that is not busy: the dialog would close itself once events run; it is checked before.
    f[QStringLiteral("busyWait")] = [](Fixture &x) { return std::make_unique<BusyWaitDialog>(x.path); };
    return f;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_windows = 0;

    /**
     * The window on a fresh copy of the sample (name) at its reference meeting, shown, the tab with
     * that objectName current, its clock clock when one is given; null on failure.
     */
    std::unique_ptr<MainWindow> showSample(const QString &name, const QString &tab = QString(),
                                           std::function<QDateTime()> clock = {})
    {
        qint64 seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("%1-%2.quorum").arg(name).arg(++m_windows), &seed);
        auto w = std::make_unique<MainWindow>();
        if (clock)
            w->setClock(std::move(clock));
        if (!w->openLibrary(path, seed))
            return nullptr;
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        if (!tab.isEmpty()) {
            auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
            if (!tabs)
                return nullptr;
            tabs->setCurrentWidget(tabs->findChild<QWidget *>(tab));
            QCoreApplication::processEvents();
        }
        return w;
    }

    /** Every check on root, a window or a part of one; failures name what and where. */
    static QStringList check(QWidget *root)
    {
        QStringList problems;
        QStringList unnamed;
        walk(QAccessible::queryAccessibleInterface(root), QString(), 0, &unnamed);
        for (QMenu *menu : root->findChildren<QMenu *>())
            walkMenu(menu, &unnamed);
        for (const QString &path : std::as_const(unnamed))
            problems << QStringLiteral("no accessible name: ") + path;
        for (const QString &column : columnsWithoutHeaders(root))
            problems << QStringLiteral("no header text: ") + column;
        problems << tabOrderProblems(root);
        problems << hiddenFocus(root);
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void shouldDescribeEveryControlOfEveryTab_data()
    {
        QTest::addColumn<QString>("tab");
        for (const char *tab : {"overviewTab", "agendaTab", "runningNotesTab", "participantsTab", "actionItemsTab",
                                "attachmentsTab", "planningTab"})
            QTest::newRow(tab) << QString::fromLatin1(tab);
    }

    void shouldDescribeEveryControlOfEveryTab()
    {
        // GIVEN the window on the sample library's reference meeting, the tab shown
        QFETCH(QString, tab);
        const std::unique_ptr<MainWindow> shown = showSample(tab, tab);
        QVERIFY(shown);
        MainWindow &w = *shown;
        QWidget *page = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))->currentWidget();
        QCOMPARE(page->objectName(), tab);

        // THEN the whole window has names and headers, and the page's tab order is right
        QStringList problems;
        QStringList unnamed;
        walk(QAccessible::queryAccessibleInterface(&w), QString(), 0, &unnamed);
        for (QMenu *menu : w.findChildren<QMenu *>())
            walkMenu(menu, &unnamed);
        for (const QString &where : std::as_const(unnamed))
            problems << QStringLiteral("no accessible name: ") + where;
        for (const QString &column : columnsWithoutHeaders(&w))
            problems << QStringLiteral("no header text: ") + column;
        problems << tabOrderProblems(page);
        problems << hiddenFocus(&w);
        // A table's header menu chooses its columns: its entries are named too.
        for (ColumnChooser *chooser : page->findChildren<ColumnChooser *>()) {
            QMenu menu;
            chooser->fillMenu(&menu);
            QStringList entries;
            walkMenu(&menu, &entries);
            for (const QString &where : std::as_const(entries))
                problems << QStringLiteral("no accessible name: column chooser / ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(tab, problems)));
    }

    void shouldNameEveryColumnOfEveryModel()
    {
        // GIVEN the document's item models over the sample
        qint64 seed = 0;
        const std::unique_ptr<MeetingDocument> doc = openSampleDocument(m_dir, QStringLiteral("models.quorum"), &seed);
        QVERIFY(doc);
        const QList<std::pair<QString, QAbstractItemModel *>> models{
            {QStringLiteral("meetingList"), doc->meetingList()},
            {QStringLiteral("agenda"), doc->agenda()},
            {QStringLiteral("participants"), doc->participants()},
            {QStringLiteral("actionItems"), doc->actionItems()},
            {QStringLiteral("actionSummary"), doc->actionSummary()},
            {QStringLiteral("attachments"), doc->attachments()},
            {QStringLiteral("topicRequests"), doc->topicRequests()},
            {QStringLiteral("dialIns"), doc->dialIns()},
            {QStringLiteral("decisions"), doc->decisions()},
            {QStringLiteral("parkingLot"), doc->parkingLot()}};
        // THEN every column has a header text, hidden ones too (a table's header menu shows them)
        QStringList missing;
        for (const auto &[name, model] : models) {
            QVERIFY2(model->columnCount() > 0, qPrintable(name));
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().trimmed();
                if (text.isEmpty() || text == QString::number(column + 1))
                    missing << QStringLiteral("%1: column %2").arg(name).arg(column);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void shouldDescribeWhatTheNameDoesNotSay_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("widget");
        QTest::newRow("meeting list") << "overviewTab"
                                      << "meetingTree";
        QTest::newRow("library state") << "overviewTab"
                                       << "libraryStatus";
        QTest::newRow("agenda tree") << "agendaTab"
                                     << "agendaTree";
        QTest::newRow("pre-meeting notes") << "agendaTab"
                                           << "preNotesEditor/markdownTextEdit";
        QTest::newRow("running notes") << "runningNotesTab"
                                       << "runningNotesEditor/markdownTextEdit";
        QTest::newRow("presence") << "runningNotesTab"
                                  << "notesPresence";
        QTest::newRow("action table") << "actionItemsTab"
                                      << "meetingActionTable";
        QTest::newRow("action summary") << "actionItemsTab"
                                        << "actionSummaryTable";
    }

    void shouldDescribeWhatTheNameDoesNotSay()
    {
        // GIVEN the window on the sample, the tab shown that holds the control
        QFETCH(QString, tab);
        QFETCH(QString, widget);
        const std::unique_ptr<MainWindow> w = showSample(QStringLiteral("described"), tab);
        QVERIFY(w);
        QWidget *found = w.get();
        for (const QString &name : widget.split(QLatin1Char('/')))
            found = found ? found->findChild<QWidget *>(name) : nullptr;
        QVERIFY2(found, qPrintable(widget));
        // THEN a screen reader has a description to read (the names are checked above)
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(found);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Description).isEmpty(), qPrintable(widget));
    }

    void shouldGoToTheNextCellWithTabWhileEditing()
    {
        // GIVEN a table that gives Tab up (setTabKeyNavigation(false)), a cell being edited
        const std::unique_ptr<MainWindow> w = showSample(QStringLiteral("cells"), QStringLiteral("overviewTab"));
        QVERIFY(w);
        auto *table = w->findChild<QTableView *>(QStringLiteral("dialInTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        QVERIFY(!table->tabKeyNavigation());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = w->focusWidget();
        QVERIFY(editor && table->isAncestorOf(editor));
        // WHEN Tab is pressed in the editor THEN the next cell is edited, and the focus stays in the table
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(table->currentIndex().column(), 1);
        QVERIFY(table->isAncestorOf(w->focusWidget()) || w->focusWidget() == table);
    }

    void shouldDescribeTheSidebarAndItsTabOrder()
    {
        const std::unique_ptr<MainWindow> w = showSample(QStringLiteral("sidebar"));
        QVERIFY(w);
        QWidget *sidebar = w->findChild<QWidget *>(QStringLiteral("meetingTree"))->parentWidget();
        const QStringList problems = check(sidebar);
        QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("sidebar"), problems)));
    }

    void shouldDescribeTheSearchPanel()
    {
        // GIVEN the library search shown, with results
        const std::unique_ptr<MainWindow> w = showSample(QStringLiteral("search"));
        QVERIFY(w);
        auto *search = w->findChild<QAction *>(QStringLiteral("searchLibraryAction"));
        QVERIFY(search);
        search->trigger();
        auto *dock = w->findChild<QDockWidget *>(QStringLiteral("searchDock"));
        QVERIFY(dock);
        dock->show();
        QCoreApplication::processEvents();
        auto *query = dock->findChild<QLineEdit *>();
        QVERIFY(query);
        QTest::keyClicks(query, QStringLiteral("Gen3"));
        QTest::keyClick(query, Qt::Key_Return);
        QCoreApplication::processEvents();
        // THEN its controls are named, its results have headers and Tab goes through it
        const QStringList problems = check(dock->widget());
        QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("search panel"), problems)));
    }

    void shouldDescribeTheActionAndDecisionForms_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("action item") << "newActionItemAction";
        QTest::newRow("decision") << "recordDecisionAction";
    }

    void shouldDescribeTheActionAndDecisionForms()
    {
        // GIVEN the running notes of the first entry, the form opened from its button
        QFETCH(QString, action);
        const std::unique_ptr<MainWindow> w = showSample(QStringLiteral("forms"), QStringLiteral("runningNotesTab"));
        QVERIFY(w);
        auto *open = w->findChild<QAction *>(action);
        QVERIFY(open);
        open->trigger();
        ActionForm *form = nullptr;
        for (ActionForm *f : w->findChildren<ActionForm *>()) {
            if (f->isVisible())
                form = f;
        }
        QVERIFY2(form, "no form opened");
        // THEN its fields and buttons are named, and Tab goes through them in order
        const QStringList problems = check(form);
        QVERIFY2(problems.isEmpty(), qPrintable(report(action, problems)));
    }

    void shouldDescribeTheLivePanel()
    {
        // GIVEN a run started on the first day, the live panel shown
        const std::unique_ptr<MainWindow> shown
            = showSample(QStringLiteral("live"), QString(), [] { return at(QStringLiteral("09:10")); });
        QVERIFY(shown);
        MainWindow &w = *shown;
        QVERIFY(w.document()->startRun(w.document()->agendaState().days.constFirst().id, at(QStringLiteral("09:00"))));
        LivePanel *panel = w.liveController()->panel();
        panel->show();
        QCoreApplication::processEvents();
        QVERIFY(panel->isVisible());
        // THEN its controls are named, and the countdown says what it counts
        const QStringList problems = check(panel);
        QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("live panel"), problems)));
        auto *countdown = panel->findChild<QWidget *>(QStringLiteral("liveCountdown"));
        QVERIFY(countdown);
        QVERIFY(!countdown->accessibleDescription().isEmpty());
    }

    void shouldFindAProblemWhereThereIsOne()
    {
        // The checks themselves: a nameless button, a headerless table, a trap and a skipped control.
        QDialog dialog;
        auto *named = new QPushButton(QStringLiteral("Named"), &dialog);
        auto *nameless = new QPushButton(&dialog);
        nameless->setObjectName(QStringLiteral("nameless"));
        auto *trap = new QPlainTextEdit(&dialog);
        trap->setObjectName(QStringLiteral("trap"));
        auto *silent = new QLineEdit(&dialog);
        silent->setObjectName(QStringLiteral("silent"));
        silent->setFocusPolicy(Qt::NoFocus);
        named->move(0, 0);
        nameless->move(0, 40);
        trap->setGeometry(0, 80, 100, 40);
        silent->move(0, 140);
        dialog.show();
        const QString problems = check(&dialog).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("no accessible name: QDialog:Dialog / nameless:Button")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("Tab cannot leave trap")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("silent cannot take the keyboard focus")), qPrintable(problems));
        // WHEN each is mended THEN nothing is found
        nameless->setAccessibleName(QStringLiteral("Nameless"));
        trap->setTabChangesFocus(true);
        trap->setAccessibleName(QStringLiteral("Notes"));
        silent->setFocusPolicy(Qt::StrongFocus);
        silent->setAccessibleName(QStringLiteral("Silent"));
        const QStringList none = check(&dialog);
        QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));
    }

    void shouldDescribeEveryControlOfEveryDialog_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const auto &[name, factory] : dialogFactories())
            QTest::newRow(qPrintable(name)) << name;
    }

    void shouldDescribeEveryControlOfEveryDialog()
    {
        // GIVEN the dialog over the sample library, shown
        QFETCH(QString, dialog);
        Fixture fixture;
        fixture.path = writeSample(fixture.dir, QStringLiteral("dialog.quorum"), &fixture.seed);
        fixture.doc = openSampleDocument(fixture.dir, QStringLiteral("dialogdoc.quorum"), &fixture.seed);
        QVERIFY(fixture.doc);
        std::unique_ptr<QDialog> shown = dialogFactories().at(dialog)(fixture);
        QVERIFY2(shown, "the dialog could not be made over the sample");
        shown->show();
        // THEN every check passes
        const QStringList problems = check(shown.get());
        QVERIFY2(problems.isEmpty(), qPrintable(report(dialog, problems)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
