// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemstab.h"
#include "agendatab.h"
#include "directorydialog.h"
#include "documentdialog.h"
#include "export/jsoninterchange.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "librarygenerator.h"
#include "librarystatus.h"
#include "document/desktoprecent.h"
#include "document/libraryfile.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "overviewtab.h"
#include "planningtab.h"
#include "restoredialog.h"
#include "storage/actionitemrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include "document/librarymodels.h"
#include "itemmodels/agendamodel.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** Shows the tab named name, as a click on it would: each tab is built the first time it is shown. */
    static void showTab(MainWindow &w, const QString &name)
    {
        w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))->setCurrentWidget(w.findChild<QWidget *>(name));
    }

    QAction *menuAction(MainWindow &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(text))
                return a;
        }
        return nullptr;
    }

    /** Runs answer on the next modal dialog of type T once it is shown (polling; no timing is asserted). */
    template<typename T>
    static void whenShown(std::function<void(T *)> answer)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, answer] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start();
    }

    /** File dialogs whose save dialog answers *target and notes the name it was offered in *suggested. */
    static FileDialogs savingTo(const QString *target, QString *suggested)
    {
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.saveFile = [=](QWidget *, const QString &, const QString &, const QString &offered) {
            *suggested = offered;
            return *target;
        };
        return dialogs;
    }

    /** Answers the document dialog: document kind, format (for exports) and copy, then OK. */
    static void chooseDocument(ReportOptions::Kind kind, DocumentDialog::Format format,
                               ReportOptions::Variant variant = ReportOptions::Variant::Participant)
    {
        whenShown<DocumentDialog>([=](DocumentDialog *d) {
            const auto select = [d](const QString &name, int value) {
                if (auto *box = d->findChild<QComboBox *>(name))
                    box->setCurrentIndex(box->findData(value));
            };
            select(QStringLiteral("documentKind"), int(kind));
            select(QStringLiteral("documentFormat"), int(format));
            select(QStringLiteral("documentVariant"), int(variant));
            d->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void shouldShowTheSeedMeetingInSevenTabs()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w1.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QVERIFY(tabs);
        QStringList names;
        for (int i = 0; i < tabs->count(); ++i)
            names << tabs->tabText(i);
        QCOMPARE(names, (QStringList{"Overview", "Agenda", "Running Notes", "Participants", "Action Items",
                                     "Attachments", "Planning"}));
        QVERIFY(w.windowTitle().startsWith(
            QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17 — w1.quorum")));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("meetingCodeEdit"))->text(), QStringLiteral("91337592385"));
        showTab(w, QStringLiteral("participantsTab"));
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("participantTable"))->model()->rowCount(), 21);
        showTab(w, QStringLiteral("attachmentsTab"));
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("attachmentTable"))->model()->rowCount(), 13);
        // The summary shows open items only until "Show done" is ticked.
        showTab(w, QStringLiteral("actionItemsTab"));
        auto *summary = w.findChild<QTableView *>(QStringLiteral("actionSummaryTable"));
        QCOMPARE(summary->model()->rowCount(), 11);
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));
        QCOMPARE(tree->currentIndex().data(MeetingListModel::TitleRole).toString(),
                 w.document()->currentMeeting().title);
    }

    void shouldSaveTypingAtOnceAndUndoIt()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w2.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *location = w.findChild<QLineEdit *>(QStringLiteral("locationEdit"));
        QVERIFY(location);
        // WHEN the user types into the Location field
        location->setFocus();
        location->selectAll();
        QTest::keyClicks(location, QStringLiteral("Room 101"));
        // THEN it is stored without any Save, as one undo step
        QCOMPARE(MeetingRepository(w.document()->database().connection()).load(seed).location,
                 QStringLiteral("Room 101"));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QAction *undo = menuAction(w, QStringLiteral("Undo"));
        QVERIFY(undo && undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QCOMPARE(location->text(), QStringLiteral("Zoom (virtual)"));
        QCOMPARE(MeetingRepository(w.document()->database().connection()).load(seed).location,
                 QStringLiteral("Zoom (virtual)"));
    }

    void shouldRenameTheMeetingEverywhere()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w3.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        auto *title = w.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("DMLT September"));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("DMLT September — ")));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));
        QCOMPARE(tree->currentIndex().data(MeetingListModel::TitleRole).toString(), QStringLiteral("DMLT September"));
    }

    void shouldShowTheEntryDetailsAfterSwitchingMeetingsElsewhere()
    {
        // Open the file directly (the newest meeting, empty), pick the seed meeting while on
        // Overview, then open Agenda: the selected entry shows its Title and Kind rows.
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("details.quorum"), &seed);
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(w.openLibrary(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("overviewTab")));
        QVERIFY(w.document()->currentMeetingId() != seed);
        auto *meetings = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));
        auto *sidebar = qobject_cast<QSortFilterProxyModel *>(meetings->model());
        QVERIFY(sidebar);
        meetings->setCurrentIndex(sidebar->mapFromSource(w.document()->meetingList()->indexOfMeeting(seed)));
        QCOMPARE(w.document()->currentMeetingId(), seed);
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("agendaTab")));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        const QModelIndex entry = w.document()->agenda()->firstEntry();
        QVERIFY(entry.isValid());
        tree->setCurrentIndex(entry);
        auto *title = w.findChild<QLineEdit *>(QStringLiteral("entryTitleEdit"));
        auto *kind = w.findChild<QComboBox *>(QStringLiteral("entryKindCombo"));
        QTRY_VERIFY(title->isVisible());
        QVERIFY(kind->isVisible());
        QCOMPARE(title->text(), entry.data(Qt::EditRole).toString());
        for (QWidget *field : std::initializer_list<QWidget *>{title, kind}) {
            QVERIFY2(field->height() >= field->sizeHint().height() / 2, qPrintable(field->objectName()));
            const QPoint inTab = field->mapTo(tabs, QPoint(0, 0));
            QVERIFY2(tabs->rect().contains(inTab), qPrintable(field->objectName()));
        }
    }

    void shouldDuplicateMoveAndDeleteTheShownMeeting()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("meetings.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        auto *duplicate = w.findChild<QAction *>(QStringLiteral("duplicateMeetingAction"));
        auto *move = w.findChild<QAction *>(QStringLiteral("moveMeetingAction"));
        auto *remove = w.findChild<QAction *>(QStringLiteral("deleteMeetingAction"));
        QVERIFY(duplicate && move && remove);
        QVERIFY(duplicate->isEnabled() && move->isEnabled() && remove->isEnabled());
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));

        duplicate->trigger();
        const Id copy = w.document()->currentMeetingId();
        QVERIFY(copy != seed);
        QVERIFY(w.document()->currentMeeting().title.endsWith(QStringLiteral("(copy)")));
        QCOMPARE(tree->currentIndex().data(MeetingListModel::MeetingIdRole).toLongLong(), copy);

        whenShown<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QStringLiteral("Copies"));
            d->accept();
        });
        move->trigger();
        QCOMPARE(w.document()->models()->meetingSummary(copy).seriesName, QStringLiteral("Copies"));
        QCOMPARE(tree->currentIndex().parent().data().toString(), QStringLiteral("Copies"));

        // Notes typed a moment ago (not saved yet) are saved before the meeting goes, so undo brings them back.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("runningNotesTab")));
        QTextEdit *notes = w.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral("Typed just before"));
        QVERIFY(notes->toPlainText().contains(QStringLiteral("Typed just before")));

        // Deleting asks first, naming what goes with the meeting; Cancel keeps it.
        QString asked;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        remove->trigger();
        QVERIFY2(asked.contains(QStringLiteral("22 agenda entries")), qPrintable(asked));
        QVERIFY(w.document()->meetingList()->indexOfMeeting(copy).isValid());
        whenShown<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
        remove->trigger();
        QVERIFY(!w.document()->meetingList()->indexOfMeeting(copy).isValid());
        QVERIFY(w.document()->currentMeetingId() != copy);
        QVERIFY(tree->currentIndex().isValid());

        // Each was one step: three undos bring the library back as it was.
        auto *undo = w.findChild<QAction *>(QStringLiteral("undoAction"));
        undo->trigger();
        QCOMPARE(w.document()->currentMeetingId(), copy);
        const auto typedKept = [&w] {
            for (const AgendaEntry &e : w.document()->agenda()->state().entries) {
                if (e.runningNotes.contains(QStringLiteral("Typed just before")))
                    return true;
            }
            return false;
        };
        QVERIFY(typedKept());
        undo->trigger(); // the notes
        undo->trigger();
        undo->trigger();
        QVERIFY(!w.document()->meetingList()->indexOfMeeting(copy).isValid());
        QCOMPARE(w.document()->undoStack()->index(), 0);
    }

    void shouldKeepNotesTypedJustBeforeTheMeetingIsDuplicated()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("typing.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        // GIVEN notes typed a moment ago (not yet saved by the pause)
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("runningNotesTab")));
        QTextEdit *notes = w.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral(" Typed just now."));
        // WHEN the meeting is duplicated with its shortcut (the cursor stays in the notes)
        w.findChild<QAction *>(QStringLiteral("duplicateMeetingAction"))->trigger();
        QVERIFY(w.document()->currentMeetingId() != seed);
        // THEN the notes are stored in the meeting they were typed for
        const QString stored
            = queryValue(w.document()->database().connection(),
                         QStringLiteral("SELECT running_notes FROM agenda_entry e JOIN meeting_day d ON "
                                        "d.id = e.day_id WHERE d.meeting_id = ? AND e.title = 'Welcome'"),
                         {seed})
                  .toString();
        QVERIFY2(stored.simplified().endsWith(QStringLiteral(" Typed just now.")), qPrintable(stored));
    }

    void shouldKeepATitleTypedJustBeforeTheMeetingIsDuplicated()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("typing-title.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // GIVEN a new title typed for the first entry, the cursor still in the field
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("agendaTab")));
        const Id welcome = w.document()->agenda()->firstEntry().data(AgendaModel::EntryIdRole).toLongLong();
        w.findChild<QTreeView *>(QStringLiteral("agendaTree"))->setCurrentIndex(w.document()->agenda()->firstEntry());
        auto *title = w.findChild<QLineEdit *>(QStringLiteral("entryTitleEdit"));
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Welcome and news"));
        // WHEN the meeting is duplicated with its shortcut
        QTest::keySequence(&w, QKeySequence(QStringLiteral("Ctrl+Alt+D")));
        QVERIFY(w.document()->currentMeetingId() != seed);
        // THEN the title is stored in the meeting it was typed for (the copy took the title as stored)
        QCOMPARE(queryValue(w.document()->database().connection(),
                            QStringLiteral("SELECT title FROM agenda_entry WHERE id = ?"), {welcome})
                     .toString(),
                 QStringLiteral("Welcome and news"));
    }

    void shouldSayWhatToDoNextInEmptyPlaces()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // No library: how to start one, with the shortcut.
        auto *noLibrary = w.findChild<QWidget *>(QStringLiteral("noLibraryState"));
        QVERIFY(noLibrary && noLibrary->isVisible());
        QStringList buttons;
        for (QPushButton *b : noLibrary->findChildren<QPushButton *>())
            buttons << b->text().remove(QLatin1Char('&'));
        QCOMPARE(buttons.size(), 3); // new, open, and open a team library (issue 22)
        QVERIFY2(buttons.first().startsWith(QStringLiteral("New Library (")), qPrintable(buttons.join(", ")));
        QVERIFY2(buttons.last().startsWith(QStringLiteral("Open Team Library")), qPrintable(buttons.join(", ")));

        // A library without meetings: the tabs give way to "add the first meeting".
        const QString path = m_dir.filePath(QStringLiteral("empty.quorum"));
        {
            QString error;
            QVERIFY2(MeetingDocument::create(path, &error), qPrintable(error));
        }
        QVERIFY(w.openLibrary(path));
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("noLibraryState")));
        auto *noMeetings = w.findChild<QWidget *>(QStringLiteral("noMeetingsState"));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QVERIFY(noMeetings->isVisible());
        QVERIFY(!tabs->isVisible());

        // An empty meeting: its Overview says what to do next, and the buttons do it.
        Meeting m;
        m.title = QStringLiteral("Kick-off");
        m.startDate = m.endDate = QDate(2026, 12, 7);
        w.document()->addMeeting(m, QStringLiteral("Weekly"));
        QVERIFY(!noMeetings->isVisible());
        QVERIFY(tabs->isVisible());
        auto *emptyMeeting = w.findChild<QWidget *>(QStringLiteral("emptyMeetingState"));
        QVERIFY(emptyMeeting->isVisible());
        QPushButton *toAgenda = nullptr;
        for (QPushButton *b : emptyMeeting->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Agenda (")))
                toAgenda = b;
        }
        QVERIFY(toAgenda);
        toAgenda->click();
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("agendaTab"));
        QVERIFY(!emptyMeeting->isVisible()); // the Overview's only
        // The empty agenda says how to start it; its first button adds a topic.
        auto *emptyAgenda = w.findChild<QWidget *>(QStringLiteral("emptyAgendaState"));
        QVERIFY(emptyAgenda->isVisible());
        emptyAgenda->findChildren<QPushButton *>().constFirst()->click();
        QCOMPARE(w.document()->agenda()->state().entries.size(), 1);
        QTRY_VERIFY(!emptyAgenda->isVisible());
        tabs->setCurrentIndex(0);
        QVERIFY(!emptyMeeting->isVisible());
    }

    void shouldGoFromTheSummaryToWhereAnActionWasRecorded()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w7.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        QVERIFY(w.document()->currentMeetingId() != seed); // the newest meeting is shown first
        showTab(w, QStringLiteral("actionItemsTab"));
        auto *state = w.findChild<QComboBox *>(QStringLiteral("summaryStateCombo"));
        state->setCurrentIndex(state->findText(QStringLiteral("All")));
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("summaryActionFilter"));
        filter->setText(QStringLiteral("DM-26798"));
        auto *summary = w.findChild<QTableView *>(QStringLiteral("actionSummaryTable"));
        QCOMPARE(summary->model()->rowCount(), 1);
        Q_EMIT summary->activated(summary->model()->index(0, 1));
        QCOMPARE(w.document()->currentMeetingId(), seed);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("agendaTab"));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        QCOMPARE(tree->currentIndex().siblingAtColumn(0).data().toString(),
                 QStringLiteral("Generation 3 middleware plans and acceptance criteria"));
    }

    void shouldExportTheActionsTheSummaryShows()
    {
        const QString path = writeSample(m_dir, QStringLiteral("w8.quorum"));
        const QString target = m_dir.filePath(QStringLiteral("open.csv"));
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &) { return target; };
        w.setFileDialogs(dialogs);
        QVERIFY(w.openLibrary(path));
        showTab(w, QStringLiteral("actionItemsTab"));
        w.findChild<QLineEdit *>(QStringLiteral("summaryActionFilter"))->setText(QStringLiteral("PSTN-017"));
        menuAction(w, QStringLiteral("Export Action Items as CSV"))->trigger();
        const QByteArray csv = readFile(target);
        QCOMPARE(csv.count("\r\n"), 7); // the header and the six open PSTN-017 actions shown
        QVERIFY(csv.contains("Cristián Silva"));
    }

    void shouldBuildATabWhenFirstShownOrNeeded()
    {
        // GIVEN a library opened in a window that shows its first tab
        const QString path = writeSample(m_dir, QStringLiteral("lazy.quorum"));
        const QString target = m_dir.filePath(QStringLiteral("lazy.csv"));
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &) { return target; };
        w.setFileDialogs(dialogs);
        w.show();
        QVERIFY(w.openLibrary(path));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // THEN only the tab shown is built, and the summary of every action item is not read yet
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QCOMPARE(tabs->count(), 7);
        QVERIFY(w.findChild<OverviewTab *>());
        QVERIFY(!w.findChild<AgendaTab *>());
        QVERIFY(!w.findChild<ActionItemsTab *>());
        QVERIFY(!w.findChild<PlanningTab *>());
        QVERIFY(!w.document()->models()->isSummaryRead());
        QVERIFY(!w.findChild<QTableView *>(QStringLiteral("actionSummaryTable")));
        // WHEN an action that needs the Action Items tab runs before it was ever shown
        menuAction(w, QStringLiteral("Export Action Items as CSV"))->trigger();
        // THEN the tab is built for it, with the whole summary read, and the export holds every action item
        QVERIFY(w.findChild<ActionItemsTab *>());
        QVERIFY(w.document()->models()->isSummaryRead());
        const qsizetype shown = w.findChild<ActionItemsTab *>()->shownSummaryIds().size();
        QVERIFY(shown > 0);
        QCOMPARE(readFile(target).count("\r\n"), 1 + shown); // the header, then what the summary shows
        QCOMPARE(tabs->currentIndex(), 0); // nothing else on screen changed
        // AND the Agenda, never shown, is built when a search hit opens an entry on it
        w.findChild<QAction *>(QStringLiteral("searchLibraryAction"))->trigger();
        auto *box = w.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QTest::keyClicks(box, QStringLiteral("quarantine"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("agendaTab"));
        QVERIFY(w.findChild<AgendaTab *>());
        QCOMPARE(
            w.findChild<QTreeView *>(QStringLiteral("agendaTree"))->currentIndex().siblingAtColumn(0).data().toString(),
            QStringLiteral("John Swinbank transition"));
        // AND a tab switched to from the keyboard is built, shown and given the focus
        QVERIFY(!w.findChild<PlanningTab *>());
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        auto *planning = w.findChild<PlanningTab *>();
        QVERIFY(planning);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("planningTab"));
        QTRY_VERIFY(planning->isVisible());
    }

    void shouldReadTheSummaryWhenItsTabIsFirstShown()
    {
        const QString path = writeSample(m_dir, QStringLiteral("lazy2.quorum"));
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        QVERIFY(!w.document()->models()->isSummaryRead());
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("actionItemsTab")));
        QVERIFY(w.document()->models()->isSummaryRead());
        auto *summary = w.findChild<QTableView *>(QStringLiteral("actionSummaryTable"));
        QVERIFY(summary);
        const qsizetype inFile = ActionItemRepository(w.document()->file()->connection()).list().size();
        QVERIFY(inFile > 0);
        QCOMPARE(w.document()->actionSummary()->rowCount(), inFile);
        QVERIFY(summary->model()->rowCount() > 0);
    }

    void shouldExportTheMeetingOrTheLibraryAsJson_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("wholeLibrary");
        QTest::newRow("meeting") << "Export Meeting as JSON" << false;
        QTest::newRow("library") << "Export Library as JSON" << true;
    }

    void shouldExportTheMeetingOrTheLibraryAsJson()
    {
        QFETCH(QString, action);
        QFETCH(bool, wholeLibrary);
        Id seed = 0;
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("export-me.quorum"), &seed);
        const QString target = dir.filePath(QStringLiteral("exported.json"));
        QString suggestedName;
        MainWindow w;
        w.setFileDialogs(savingTo(&target, &suggestedName));
        QVERIFY(w.openLibrary(path, seed));
        menuAction(w, action)->trigger();
        QCOMPARE(suggestedName,
                 wholeLibrary ? QStringLiteral("export-me.json") : QStringLiteral("meeting-%1.json").arg(seed));
        QCOMPARE(readFile(target), JsonInterchange::exportLibrary(w.document()->database(), wholeLibrary ? 0 : seed));
        QVERIFY(w.lastError().isEmpty());
    }

    void shouldExportTheDocumentChosenInTheDialog()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w11.quorum"), &seed);
        QString target;
        QString suggestedName;
        MainWindow w;
        w.setFileDialogs(savingTo(&target, &suggestedName));
        QVERIFY(w.openLibrary(path, seed));

        // Notes typed a moment ago (not yet saved by the pause) are in the minutes.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("runningNotesTab")));
        QTextEdit *notes = w.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral(" Typed just now."));
        target = m_dir.filePath(QStringLiteral("minutes.html"));
        chooseDocument(ReportOptions::Kind::Minutes, DocumentDialog::Format::Html);
        w.findChild<QAction *>(QStringLiteral("exportDocumentAction"))->trigger();
        QCOMPARE(suggestedName,
                 QStringLiteral("Minutes_ DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15_17.html"));
        const QByteArray html = readFile(target);
        QVERIFY(
            html.contains("<title>Minutes: DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17</title>"));
        QVERIFY(html.contains("Content-Security-Policy"));
        QVERIFY(html.contains("Typed just now."));

        target = m_dir.filePath(QStringLiteral("agenda.pdf"));
        chooseDocument(ReportOptions::Kind::Agenda, DocumentDialog::Format::Pdf, ReportOptions::Variant::Moderator);
        w.findChild<QAction *>(QStringLiteral("exportDocumentAction"))->trigger();
        const QString text = poppler(QStringLiteral("pdftotext"), {}, readFile(target));
        QVERIFY(text.contains(QStringLiteral("Agenda (moderator copy)")));
        QVERIFY(w.lastError().isEmpty());
    }

    void shouldPreviewThePrintedAgenda()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w12.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        int pages = -1;
        chooseDocument(ReportOptions::Kind::Agenda, DocumentDialog::Format::Pdf);
        whenShown<QPrintPreviewDialog>([&pages](QPrintPreviewDialog *preview) {
            pages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
            preview->reject();
        });
        w.findChild<QAction *>(QStringLiteral("printPreviewAction"))->trigger();
        QCOMPARE(pages, 2);
    }

    void shouldPrintTheActionReportWithTheSummaryFilters()
    {
        const QString path = writeSample(m_dir, QStringLiteral("w13.quorum"));
        const QString target = m_dir.filePath(QStringLiteral("printed.pdf"));
        MainWindow w;
        w.setPrinterChooser([&](QPrinter *printer, QWidget *) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(target);
            return true;
        });
        QVERIFY(w.openLibrary(path));
        showTab(w, QStringLiteral("actionItemsTab"));
        w.findChild<QLineEdit *>(QStringLiteral("summaryActionFilter"))->setText(QStringLiteral("PSTN-017"));
        chooseDocument(ReportOptions::Kind::Actions, DocumentDialog::Format::Pdf);
        w.findChild<QAction *>(QStringLiteral("printAction"))->trigger();
        const QString text = poppler(QStringLiteral("pdftotext"), {}, readFile(target)).simplified();
        QVERIFY2(text.contains(QStringLiteral("Filters Open; containing “PSTN-017”")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("6 action items: 6 open")));
        QVERIFY(text.contains(QStringLiteral("Cristián Silva")));
    }

    void shouldOfferOnlyWhatADocumentUses()
    {
        DocumentDialog dialog(DocumentDialog::Purpose::Preview, ReportOptions(), DocumentDialog::Format::Pdf, false);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("documentKind"));
        // Without a meeting only the action report can be made.
        QCOMPARE(dialog.options().kind, ReportOptions::Kind::Actions);
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("documentVariant"))->isEnabled());
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("documentGrouping"))->isEnabled());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("documentFormat"))); // previews are not files
        DocumentDialog withMeeting(DocumentDialog::Purpose::Export, ReportOptions(), DocumentDialog::Format::Html,
                                   true);
        kind = withMeeting.findChild<QComboBox *>(QStringLiteral("documentKind"));
        kind->setCurrentIndex(kind->findData(int(ReportOptions::Kind::Minutes)));
        QVERIFY(withMeeting.findChild<QCheckBox *>(QStringLiteral("includeAttachments"))->isEnabled());
        QVERIFY(!withMeeting.findChild<QComboBox *>(QStringLiteral("documentVariant"))->isEnabled());
        QVERIFY(!withMeeting.findChild<QComboBox *>(QStringLiteral("documentPaper"))->isEnabled()); // HTML has no paper
        withMeeting.findChild<QCheckBox *>(QStringLiteral("includeAttachments"))->setChecked(false);
        QVERIFY(!withMeeting.options().includeAttachments);
        QCOMPARE(withMeeting.format(), DocumentDialog::Format::Html);
        QCOMPARE(withMeeting.request().format, DocumentDialog::Format::Html);
        QVERIFY(!withMeeting.request().report.includeAttachments);
        // Printing asks for no format: the one an export chose last is kept for the next export.
        DocumentDialog print(DocumentDialog::Purpose::Print, ReportOptions(), DocumentDialog::Format::Markdown, true);
        QCOMPARE(print.request().format, DocumentDialog::Format::Markdown);
    }

    void shouldOfferTheFrequentActionsOnTheToolbar()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w-toolbar.quorum"), &seed);
        MainWindow w;
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList names;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            names << a->objectName();
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            QVERIFY(!a->icon().pixmap(QSize(24, 24)).isNull());
            QVERIFY2(!bar->widgetForAction(a)->accessibleName().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
        }
        QCOMPARE(names, (QStringList{"newMeetingAction", "startMeetingAction", "recordActionItemAction",
                                     "searchLibraryAction", "printAction"}));
        // Without a library nothing on it can be done.
        for (QAction *a : bar->actions())
            QVERIFY2(!a->isEnabled() || a->isSeparator(), qPrintable(a->objectName()));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("libraryStatus"))->isHidden());

        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *record = w.findChild<QAction *>(QStringLiteral("recordActionItemAction"));
        QVERIFY(record->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("printAction"))->isEnabled());
        // Record Action Item: the Action Items tab with its form open.
        record->trigger();
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("actionItemsTab"));
        auto *form = w.findChild<QWidget *>(QStringLiteral("actionTabForm"));
        QVERIFY(form);
        QVERIFY(tabs->currentWidget()->isAncestorOf(form));
        QTRY_VERIFY(form->isVisible());
        if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty())
            w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/toolbar.png"));
    }

    void shouldSayWhatTheLibraryIsDoingInTheStatusBar()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w-status.quorum"), &seed);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Opened in a painted window: the check after opening starts when the event loop next runs.
        QVERIFY(w.openLibrary(path, seed));
        auto *status = w.findChild<LibraryStatus *>(QStringLiteral("libraryStatus"));
        QVERIFY(status);
        const QString whileOpening = status->text();
        QVERIFY(!status->isHidden());
        QVERIFY(!status->accessibleName().isEmpty());
        // The check after opening, then the first snapshot, are said while they run.
        QStringList seen;
        connect(w.document()->file(), &LibraryFile::activityChanged, status, [&] { seen << status->text(); });
        w.document()->file()->waitForBackups();
        QTRY_VERIFY(w.document()->file()->activity() == LibraryFile::Activity::Idle);
        QCOMPARE(whileOpening, QStringLiteral("Checking the library…"));
        QVERIFY2(seen.contains(QStringLiteral("Backing up…")), qPrintable(seen.join(QLatin1Char('|'))));
        QCOMPARE(status->text(), QStringLiteral("All changes saved"));
        // An edit: saved just now.
        auto *location = w.findChild<QLineEdit *>(QStringLiteral("locationEdit"));
        location->setFocus();
        location->selectAll();
        QTest::keyClicks(location, QStringLiteral("Room 7"));
        QCOMPARE(status->text(), QStringLiteral("Saved just now"));
        // Saving fails: said in words (not by colour alone), and recovered.
        Q_EMIT w.document()->file()->saveFailed(QStringLiteral("Not saved: the disk is full."));
        QCOMPARE(status->text(), QStringLiteral("Not saved"));
        QVERIFY(status->toolTip().contains(QStringLiteral("kept")));
        Q_EMIT w.document()->file()->saveRecovered();
        QCOMPARE(status->text(), QStringLiteral("Saved just now"));
    }

    void shouldSayOnceInABannerThatEditsAreNotSaved()
    {
        const QString path = writeSample(m_dir, QStringLiteral("w14.quorum"));
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        auto *banner = w.findChild<QLabel *>(QStringLiteral("problemBanner"));
        QVERIFY(banner->isHidden());
        Q_EMIT w.document()->file()->saveFailed(QStringLiteral("Not saved: the disk is full."));
        Q_EMIT w.document()->file()->saveFailed(QStringLiteral("Not saved: the disk is full."));
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->text(), QStringLiteral("Not saved: the disk is full."));
        QVERIFY(w.findChildren<QMessageBox *>().isEmpty()); // no dialogs to pile up
        Q_EMIT w.document()->file()->saveRecovered();
        QVERIFY(banner->isHidden());
    }

    void shouldShowADamagedLibraryReadOnlyOnceItsCheckFails()
    {
        // GIVEN a library whose search index is damaged (the first screen does not read it)
        const QString path = writeSample(m_dir, QStringLiteral("w-damaged.quorum"));
        QVERIFY(damageTable(path, QStringLiteral("search_index_data")));
        const QString before = fileSha256(path);
        // WHEN it is opened
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // THEN the check that runs meanwhile turns it read-only, with a banner and no dialog
        auto *banner = w.findChild<QLabel *>(QStringLiteral("problemBanner"));
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QStringLiteral("“w-damaged.quorum” is damaged")), qPrintable(banner->text()));
        QVERIFY(w.findChildren<QMessageBox *>().isEmpty());
        auto *title = w.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title->isReadOnly());
        // AND nothing typed reaches the file
        QTest::keyClicks(title, QStringLiteral("Changed"));
        w.document()->file()->waitForBackups();
        QCOMPARE(fileSha256(path), before);
        // AND no backup of it was tried (it would only copy the damage)
        QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("w-damaged backups"))));
    }

    void shouldSearchTheLibraryAndOpenWhatItFinds()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w17.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path)); // opens the newest meeting, not the one searched for
        QVERIFY(w.document()->currentMeetingId() != seed);
        w.findChild<QAction *>(QStringLiteral("searchLibraryAction"))->trigger();
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isHidden());
        auto *box = w.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QTest::keyClicks(box, QStringLiteral("quarantine"));
        QTest::keyClick(box, Qt::Key_Return); // searches at once (no waiting for the pause) and opens the best hit
        auto *results = w.findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("John Swinbank transition"));
        QCOMPARE(w.document()->currentMeetingId(), seed);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("agendaTab"));
        QCOMPARE(
            w.findChild<QTreeView *>(QStringLiteral("agendaTree"))->currentIndex().siblingAtColumn(0).data().toString(),
            QStringLiteral("John Swinbank transition"));
        box->clear();
        QTest::keyClicks(box, QStringLiteral("Doodle"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("actionItemsTab"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("searchStatus"))->text(),
                 QStringLiteral("1 place found; Enter opens it."));

        // A person found opens the directory on them.
        QString shown;
        whenShown<DirectoryDialog>([&shown](DirectoryDialog *d) {
            shown = d->findChild<QLineEdit *>(QStringLiteral("personUsernameEdit"))->text();
            d->reject();
        });
        box->clear();
        QTest::keyClicks(box, QStringLiteral("npease"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(shown, QStringLiteral("npease"));
        QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("Person directory"));
        QCOMPARE(results->topLevelItem(1)->text(2), QStringLiteral("Meeting"));
        QCOMPARE(w.document()->currentMeetingId(), seed); // the meeting shown stays
    }

    void shouldCheckTheOpenLibrary()
    {
        const QString path = writeSample(m_dir, QStringLiteral("w16.quorum"));
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        QString said;
        QString details;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            said = box->text();
            details = box->detailedText();
            box->close();
        });
        w.findChild<QAction *>(QStringLiteral("checkLibraryAction"))->trigger();
        QTRY_COMPARE(said, QStringLiteral("No problems found in this library."));
        QVERIFY(details.contains(QStringLiteral("attachment contents against their checksums (13)")));
    }

    void shouldRestoreABackupIntoANewFile()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w15.quorum"), &seed);
        const QString target = m_dir.filePath(QStringLiteral("w15 restored.quorum"));
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &) { return target; };
        w.setFileDialogs(dialogs);
        QVERIFY(w.openLibrary(path, seed));
        w.document()->file()->waitForBackups(); // the snapshot taken on opening
        w.document()->editMeetingField(Meeting::Location, QStringLiteral("Room changed after the backup"));
        int listed = 0;
        whenShown<RestoreDialog>([&listed](RestoreDialog *d) {
            listed = d->findChild<QTreeWidget *>(QStringLiteral("backupList"))->topLevelItemCount();
            d->accept();
        });
        w.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QCOMPARE(listed, 1);
        QCOMPARE(QFileInfo(w.document()->path()).fileName(), QStringLiteral("w15 restored.quorum"));
        w.document()->setCurrentMeeting(seed);
        QCOMPARE(w.document()->currentMeeting().location, QStringLiteral("Zoom (virtual)"));
        QVERIFY(w.lastError().isEmpty());
    }

    void shouldOfferTheSeriesOpenActionsInANewMeeting()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w9.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        showTab(w, QStringLiteral("actionItemsTab"));
        auto *box = w.findChild<QWidget *>(QStringLiteral("carriedActionBox"));
        QVERIFY(box->isHidden()); // nothing came before the seed meeting
        Meeting m;
        m.title = QStringLiteral("DMLT vF2F, December 2026");
        m.startDate = QDate(2026, 12, 1);
        m.endDate = QDate(2026, 12, 3);
        w.document()->addMeeting(m, QStringLiteral("DMLT Face-to-Face"));
        QVERIFY(!box->isHidden());
        auto *carried = w.findChild<QTableView *>(QStringLiteral("carriedActionTable"));
        QCOMPARE(carried->model()->rowCount(), 5); // the 2022 and 2023 meetings' open actions, not copied
        QCOMPARE(w.document()->actionItems()->rowCount(), 0);
        w.document()->setCurrentMeeting(seed);
        QVERIFY(box->isHidden());
    }

    void shouldSaveAllAttachmentsIntoAFolderAndAsAZip()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("w10.quorum"), &seed);
        QTemporaryDir out;
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.openFolder = [&](QWidget *, const QString &) { return out.path(); };
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &) {
            return out.filePath(QStringLiteral("all.zip"));
        };
        w.setFileDialogs(dialogs);
        QVERIFY(w.openLibrary(path, seed));
        showTab(w, QStringLiteral("attachmentsTab"));
        w.findChild<QAction *>(QStringLiteral("saveAllAttachmentsAction"))->trigger();
        QStringList pdfs = QDir(out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 10);
        QVERIFY(readFile(out.filePath(QStringLiteral("QuietDays.pdf"))).startsWith("%PDF-"));
        w.findChild<QAction *>(QStringLiteral("saveZipAction"))->trigger();
        QVERIFY(readFile(out.filePath(QStringLiteral("all.zip"))).startsWith("PK"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 14); // 13 files and the ZIP
        QVERIFY(w.lastError().isEmpty());
    }

    void shouldSwitchTabsFromTheKeyboard()
    {
        const QString path = writeSample(m_dir, QStringLiteral("w6.quorum"));
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("planningTab"));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w.findChild<QLineEdit *>(QStringLiteral("meetingSearch")));
    }

    void shouldFilterTheSidebar()
    {
        const QString path = writeSample(m_dir, QStringLiteral("w4.quorum"));
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("meetingSearch"));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));
        QCOMPARE(tree->model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("2024"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        search->clear();
        QCOMPARE(tree->model()->rowCount(), 2);
    }

    void shouldFilterTheSidebarWithoutOpeningAnotherMeeting()
    {
        // GIVEN a library longer than the sidebar, showing its oldest meeting
        const QString path = m_dir.filePath(QStringLiteral("w-long.quorum"));
        QString error;
        QVERIFY2(LibraryGenerator::write(path, {80, 5}, &error), qPrintable(error));
        MainWindow w;
        QVERIFY(w.openLibrary(path));
        w.resize(1000, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MeetingDocument *doc = w.document();
        const Id oldest = MeetingRepository(doc->database().connection()).summaries().constLast().id;
        QVERIFY(doc->setCurrentMeeting(oldest));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("meetingSearch"));
        const auto inSight = [&] { return tree->viewport()->rect().contains(tree->visualRect(tree->currentIndex())); };
        QCOMPARE(tree->currentIndex().data(MeetingListModel::MeetingIdRole).toLongLong(), oldest);
        QVERIFY(inSight());
        // WHEN the sidebar is filtered for meetings the oldest is not one of
        QTest::keyClicks(search, QStringLiteral("Face"));
        // THEN the oldest meeting is still the one shown; no row is selected
        QCOMPARE(doc->currentMeetingId(), oldest);
        QVERIFY(!tree->currentIndex().isValid());
        // WHEN the filter is cleared
        search->clear();
        // THEN the oldest meeting is still selected, and in sight
        QCOMPARE(tree->currentIndex().data(MeetingListModel::MeetingIdRole).toLongLong(), oldest);
        QVERIFY(inSight());
    }

    void shouldRefuseABadFileAndKeepTheOpenLibrary()
    {
        const QString good = writeSample(m_dir, QStringLiteral("w5.quorum"));
        const QString bad = m_dir.filePath(QStringLiteral("notes.quorum"));
        QVERIFY(writeFile(bad, "not a library at all, just some text that is long enough"));
        const QString before = fileSha256(bad);
        MainWindow w;
        QVERIFY(w.openLibrary(good));
        MeetingDocument *doc = w.document();
        QVERIFY(!w.openLibrary(bad));
        QVERIFY2(w.lastError().contains(QStringLiteral("notes.quorum")), qPrintable(w.lastError()));
        QCOMPARE(w.document(), doc);
        QCOMPARE(fileSha256(bad), before);
    }

    void shouldCreateALibraryThroughTheInjectedDialog()
    {
        const QString target = m_dir.filePath(QStringLiteral("fresh"));
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.openFile = [](QWidget *, const QString &, const QString &) { return QString(); };
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &) { return target; };
        w.setFileDialogs(dialogs);
        QAction *newLibrary = menuAction(w, QStringLiteral("New Library"));
        QVERIFY(newLibrary);
        newLibrary->trigger();
        QVERIFY(w.document());
        QCOMPARE(w.document()->path(), target + QStringLiteral(".quorum"));
        QCOMPARE(w.document()->currentMeetingId(), Id(0));
        QVERIFY(!w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))->isEnabled());
        QVERIFY(QSettings()
                    .value(QStringLiteral("recentFiles"))
                    .toStringList()
                    .contains(target + QStringLiteral(".quorum")));
        // The desktop's recent documents list it too (the test run's own data folder).
        QList<DesktopRecent::Entry> entries;
        QFile list(DesktopRecent::defaultListFile());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(DesktopRecent::read(list.readAll(), &entries, &error), qPrintable(error));
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&](const DesktopRecent::Entry &e) {
            return e.href == QUrl::fromLocalFile(target + QStringLiteral(".quorum")).toString(QUrl::FullyEncoded)
                   && e.mimeType == QStringLiteral("application/x-quorum-library");
        }));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
