// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemstab.h"
#include "decisionregisterdialog.h"
#include "fixtures.h"
#include "itemmodels/actionfilterproxy.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/decisionmodel.h"
#include "itemmodels/decisionregistermodel.h"
#include "librarygenerator.h"
#include "meetingdocument.h"
#include "runningnotestab.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

#include <tuple>

using namespace Quorum;
using namespace Quorum::Testing;

/**
 * The Action Items tab: adding and removing, what is shown after a change, the columns; carried
 * forward on a generated library (years of open actions).
 */
class TestActionItemsTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SampleDocuments m_samples;
    Id m_seed = 0;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ActionItemsTab> m_tab;
    QString m_generated;

    QTableView *table() const { return m_tab->findChild<QTableView *>(QStringLiteral("meetingActionTable")); }
    QAction *action(const QString &name) const { return m_tab->findChild<QAction *>(name); }
    template<typename T>
    T *child(const QString &name) const
    {
        return m_tab->findChild<T *>(name);
    }
    int storedActions(Id meetingId) const
    {
        return queryValue(m_doc->database().connection(),
                          QStringLiteral("SELECT count(*) FROM action_item WHERE meeting_id = ?"), {meetingId})
            .toInt();
    }
    Id currentId() const { return table()->currentIndex().data(ActionItemModel::ActionIdRole).toLongLong(); }
    bool inSight(QTableView *view) const
    {
        return view->viewport()->rect().contains(view->visualRect(view->currentIndex()).center());
    }
    QTableView *carried() const { return m_tab->findChild<QTableView *>(QStringLiteral("carriedActionTable")); }
    /** The open actions of earlier meetings of the shown meeting's series, newest meeting first. */
    QList<Id> expected() const
    {
        const Meeting &m = m_doc->currentMeeting();
        QList<ActionItemRow> rows;
        for (const ActionItemRow &r : m_doc->actionSummary()->rows()) {
            if (!r.item.done && r.seriesId == m.seriesId && r.meetingDate < m.startDate)
                rows << r;
        }
        // Latest meeting first, each meeting's actions in their order.
        std::sort(rows.begin(), rows.end(), [](const ActionItemRow &a, const ActionItemRow &b) {
            return std::tuple(b.meetingDate, b.item.meetingId, a.item.position)
                   < std::tuple(a.meetingDate, a.item.meetingId, b.item.position);
        });
        QList<Id> ids;
        for (const ActionItemRow &r : rows)
            ids << r.item.id;
        return ids;
    }
    QList<Id> shown() const
    {
        QList<Id> ids;
        for (int row = 0; row < carried()->model()->rowCount(); ++row)
            ids << carried()->model()->index(row, 0).data(ActionItemModel::ActionIdRole).toLongLong();
        return ids;
    }
    /** Shows the newest meeting of the generated library instead of the sample. */
    void openGenerated()
    {
        m_tab.reset();
        m_tester.reset();
        QString error;
        m_doc = MeetingDocument::open(m_generated, &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_tab = std::make_unique<ActionItemsTab>(m_doc.get());
        m_tab->resize(1080, 700);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }
    void selectRows(const QList<int> &rows)
    {
        table()->setFocus();
        table()->clearSelection();
        for (int row : rows)
            table()->selectionModel()->select(table()->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table()->selectionModel()->setCurrentIndex(table()->model()->index(rows.constFirst(), 1),
                                                   QItemSelectionModel::NoUpdate);
    }
    void fillForm(const QString &who, const QString &what, const QString &due)
    {
        child<QLineEdit>(QStringLiteral("actionAssigneesEdit"))->setText(who);
        child<QLineEdit>(QStringLiteral("actionDescriptionEdit"))->setText(what);
        auto *when = child<QLineEdit>(QStringLiteral("actionDueEdit"));
        when->setText(due);
        when->setFocus();
        QTest::keyClick(when, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_generated = m_dir.filePath(QStringLiteral("years.quorum"));
        QString error;
        QVERIFY2(LibraryGenerator::write(m_generated, {120, 7}, &error), qPrintable(error));
    }

    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_doc->setToday(QDate(2020, 9, 15));
        m_tester = watchModel(m_doc->actionItems());
        m_tab = std::make_unique<ActionItemsTab>(m_doc.get());
        m_tab->resize(1080, 700);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_tester.reset();
        m_doc.reset();
    }

    void shouldListEditAndRemoveThisMeetingsDecisionsBeneathItsActions()
    {
        // GIVEN a decision recorded from the decisions section's form
        auto *decisions = child<QTableView>(QStringLiteral("meetingDecisionTable"));
        QVERIFY(decisions && decisions->isVisible());
        decisions->setFocus();
        action(QStringLiteral("addDecisionAction"))->trigger();
        auto *what = child<QLineEdit>(QStringLiteral("decisionTextEdit"));
        QVERIFY(what && what->isVisible());
        what->setText(QStringLiteral("Hold the review in person"));
        QTest::keyClick(what, Qt::Key_Return);
        QCOMPARE(m_doc->decisions()->rowCount(), 1);
        QCOMPARE(decisions->model()->rowCount(), 1);
        QCOMPARE(m_doc->decisions()->rows().constFirst().decision.date, QDate(2020, 9, 15));
        QVERIFY(decisions->selectionModel()->isRowSelected(0, {}));
        QVERIFY(child<QLabel>(QStringLiteral("meetingDecisionCount"))->text().contains(QStringLiteral("(1)")));
        // WHEN it is removed with Delete THEN it goes, and undo brings it back
        decisions->setFocus();
        QTest::keyClick(decisions, Qt::Key_Delete);
        QCOMPARE(m_doc->decisions()->rowCount(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->decisions()->rowCount(), 1);
        // AND a search hit's selectDecision shows it
        m_tab->selectDecision(m_doc->decisions()->rows().constFirst().decision.id);
        QCOMPARE(decisions->currentIndex().row(), 0);
    }

    void shouldFilterTheDecisionRegisterAndAskForTheMeetingAndTheExport()
    {
        // GIVEN two decisions of the seed meeting
        const Id first
            = m_doc->recordDecision(0, {}, QStringLiteral("Adopt the new release cadence"), QDate(2020, 9, 15));
        QVERIFY(m_doc->recordDecision(0, {}, QStringLiteral("Retire the old pipeline"), QDate(2020, 9, 16)));
        DecisionRegisterDialog dialog(m_doc.get());
        const auto tester = watchModel(dialog.model());
        auto *registerTable = dialog.findChild<QTableView *>(QStringLiteral("decisionRegisterTable"));
        QCOMPARE(registerTable->model()->rowCount(), 2);
        // WHEN words are typed THEN only the matching decision stays, and the count says so
        dialog.findChild<QLineEdit *>(QStringLiteral("decisionTextFilter"))->setText(QStringLiteral("CADENCE"));
        QCOMPARE(registerTable->model()->rowCount(), 1);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("decisionRegisterCount"))->text(),
                 QStringLiteral("1 decision"));
        // AND Enter on it asks for its meeting; an export button for what is shown
        QSignalSpy requested(&dialog, &DecisionRegisterDialog::decisionRequested);
        Q_EMIT registerTable->activated(registerTable->model()->index(0, 0));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_seed);
        QCOMPARE(requested.at(0).at(1).toLongLong(), first);
        ExportRequest request;
        int exports = 0;
        connect(&dialog, &DecisionRegisterDialog::exportRequested, this, [&](const ExportRequest &r) {
            request = r;
            ++exports;
        });
        dialog.findChild<QPushButton *>(QStringLiteral("exportDecisionsCsvButton"))->click();
        QCOMPARE(exports, 1);
        QCOMPARE(request.format, ExportRequest::Format::Csv);
        QCOMPARE(request.report.kind, ReportOptions::Kind::Decisions);
        QCOMPARE(request.decisionFilter.text, QStringLiteral("CADENCE"));
    }

    void shouldAddAnActionItemFromTheTabAsOneUndoStep()
    {
        // GIVEN the seed meeting's 14 actions, the table having the focus
        QCOMPARE(m_doc->actionItems()->rowCount(), 14);
        const int steps = m_doc->undoStack()->count();
        table()->setFocus();
        QVERIFY(table()->actions().contains(action(QStringLiteral("addActionItemAction")))); // in the context menu
        // WHEN Insert opens the form and it is filled in
        QTest::keyClick(table(), Qt::Key_Insert);
        auto *who = child<QLineEdit>(QStringLiteral("actionAssigneesEdit"));
        QVERIFY(who->isVisible());
        QCOMPARE(QApplication::focusWidget(), who);
        QSignalSpy said(m_tab.get(), &ActionItemsTab::statusMessage);
        fillForm(QStringLiteral("Wil O'Mullane"), QStringLiteral("Write the tab tests"), QStringLiteral("next friday"));
        // THEN it is stored for this meeting (no agenda entry), selected and in sight, as one step
        QVERIFY(!who->isVisible());
        QCOMPARE(m_doc->actionItems()->rowCount(), 15);
        QCOMPARE(storedActions(m_seed), 15);
        const ActionItemRow row = m_doc->actionItems()->rows().constLast();
        QCOMPARE(row.item.description, QStringLiteral("Write the tab tests"));
        QCOMPARE(row.item.dueDate, QDate(2020, 9, 25));
        QCOMPARE(row.item.entryId, Id(0));
        QCOMPARE(row.assignees, QStringLiteral("Wil O'Mullane"));
        QCOMPARE(currentId(), row.item.id);
        QVERIFY(table()->selectionModel()->isRowSelected(table()->currentIndex().row()));
        QVERIFY(inSight(table()));
        QCOMPARE(said.count(), 1);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Record the action item “Write the tab tests”"));
        QCOMPARE(m_tab->findChild<QTabBar *>(QStringLiteral("actionPages"))->tabText(0),
                 QStringLiteral("This Meeting (15)"));
        // WHEN it is undone THEN it is gone again
        m_doc->undoStack()->undo();
        QCOMPARE(storedActions(m_seed), 14);
        QCOMPARE(m_doc->actionItems()->rowCount(), 14);
    }

    void shouldRecordNothingFromAnIncompleteForm()
    {
        const int steps = m_doc->undoStack()->count();
        action(QStringLiteral("addActionItemAction"))->trigger();
        auto *what = child<QLineEdit>(QStringLiteral("actionDescriptionEdit"));
        // No description: the form stays, waiting for one.
        fillForm(QStringLiteral("Wil O'Mullane"), QString(), QString());
        QVERIFY(what->isVisible());
        QCOMPARE(QApplication::focusWidget(), what);
        // A due date that is not a date: the form stays, with the date to correct selected.
        fillForm(QStringLiteral("Wil O'Mullane"), QStringLiteral("Something"), QStringLiteral("someday soon"));
        QVERIFY(what->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("actionDueEdit")));
        // Pressing Insert again keeps what is typed.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert);
        QCOMPARE(what->text(), QStringLiteral("Something"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!what->isVisible());
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(storedActions(m_seed), 14);
    }

    void shouldRemoveTheSelectedRowsWithDeleteAsOneUndoStep()
    {
        // GIVEN two rows selected
        const ActionItem first = m_doc->actionItems()->rows().at(0).item;
        const ActionItem third = m_doc->actionItems()->rows().at(2).item;
        QVERIFY(!first.assignees.isEmpty());
        selectRows({0, 2});
        QVERIFY(action(QStringLiteral("removeActionItemAction"))->isEnabled());
        QVERIFY(table()->actions().contains(action(QStringLiteral("removeActionItemAction"))));
        const int steps = m_doc->undoStack()->count();
        QSignalSpy said(m_tab.get(), &ActionItemsTab::statusMessage);
        // WHEN Delete is pressed in the table
        QTest::keyClick(table(), Qt::Key_Delete);
        // THEN both are gone from the table and the file, in one step that says so; nothing was asked
        QCOMPARE(m_doc->actionItems()->rowCount(), 12);
        QCOMPARE(storedActions(m_seed), 12);
        QCOMPARE(m_doc->actionItems()->rowOf(first.id), -1);
        QCOMPARE(m_doc->actionItems()->rowOf(third.id), -1);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove 2 action items"));
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.at(0).at(0).toString().contains(QStringLiteral("Undo")), qPrintable(said.at(0).at(0).toString()));
        // AND the row that took the first one's place is selected, so Delete can go on
        QCOMPARE(table()->currentIndex().row(), 0);
        // WHEN undone THEN both are back as they were, assignees and all, and selected
        m_doc->undoStack()->undo();
        QCOMPARE(storedActions(m_seed), 14);
        QCOMPARE(m_doc->actionItems()->rows().at(0).item, first);
        QCOMPARE(m_doc->actionItems()->rows().at(2).item, third);
        QVERIFY(table()->selectionModel()->isRowSelected(0));
        QVERIFY(table()->selectionModel()->isRowSelected(2));
    }

    void shouldRemoveOneRowFromTheContextMenuAndNameItInTheUndoStep()
    {
        const ActionItem second = m_doc->actionItems()->rows().at(1).item;
        selectRows({1});
        action(QStringLiteral("removeActionItemAction"))->trigger();
        QCOMPARE(m_doc->actionItems()->rowOf(second.id), -1);
        QCOMPARE(m_doc->undoStack()->undoText(),
                 QStringLiteral("Remove the action item “%1”").arg(second.description.left(40)));
    }

    void shouldRemoveNothingWithoutASelectionOrWhileEditing()
    {
        const int steps = m_doc->undoStack()->count();
        // Nothing selected: Remove is off and Delete does nothing.
        table()->setFocus();
        table()->clearSelection();
        QVERIFY(!action(QStringLiteral("removeActionItemAction"))->isEnabled());
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        // Editing a description: Delete deletes a character, not the row.
        const QModelIndex description = table()->model()->index(0, ActionItemModel::DescriptionColumn);
        selectRows({0});
        table()->edit(description);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->setCursorPosition(0);
        const QString text = editor->text();
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->text(), text.mid(1));
        QCOMPARE(m_doc->actionItems()->rowCount(), 14);
        QCOMPARE(storedActions(m_seed), 14);
    }

    void shouldShowAnActionRecordedInRunningNotes()
    {
        // GIVEN the window's two tabs, Running Notes in front, and a short Action Items table
        m_tab.reset();
        QTabWidget tabs;
        auto *notes = new RunningNotesTab(m_doc.get());
        auto *actions = new ActionItemsTab(m_doc.get());
        tabs.addTab(notes, QStringLiteral("Running Notes"));
        tabs.addTab(actions, QStringLiteral("Action Items"));
        tabs.resize(1080, 420);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowActive(&tabs));
        auto *table = actions->findChild<QTableView *>(QStringLiteral("meetingActionTable"));
        // The state filter shows done items only: a new open one would be hidden.
        auto *state = actions->findChild<QComboBox *>(QStringLiteral("meetingStateCombo"));
        state->setCurrentIndex(state->findData(int(ActionFilterProxy::State::Done)));
        QCOMPARE(table->model()->rowCount(), 14);
        auto *editor = notes->findChild<QTextEdit *>();
        editor->setFocus();
        // WHEN Ctrl+Shift+A records one there
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        notes->findChild<QLineEdit *>(QStringLiteral("actionDescriptionEdit"))->setText(QStringLiteral("Share slides"));
        QTest::keyClick(notes->findChild<QLineEdit *>(QStringLiteral("actionDescriptionEdit")), Qt::Key_Return);
        QCOMPARE(m_doc->actionItems()->rowCount(), 15);
        const Id recorded = m_doc->actionItems()->rows().constLast().item.id;
        // THEN the Action Items tab shows it, selected and in sight, the filter having given way
        tabs.setCurrentWidget(actions);
        QCOMPARE(state->currentData().toInt(), int(ActionFilterProxy::State::All));
        QCOMPARE(table->currentIndex().data(ActionItemModel::ActionIdRole).toLongLong(), recorded);
        QTRY_VERIFY(inSight(table));
        QVERIFY(table->verticalScrollBar()->value() > 0);
    }

    void shouldSelectAnActionAsked()
    {
        auto *pages = child<QTabBar>(QStringLiteral("actionPages"));
        pages->setCurrentIndex(1);
        const Id last = m_doc->actionItems()->rows().constLast().item.id;
        m_tab->resize(1080, 300);
        m_tab->selectAction(last);
        QCOMPARE(pages->currentIndex(), 0);
        QCOMPARE(currentId(), last);
        QTRY_VERIFY(inSight(table()));
    }

    void shouldFitTheDateColumnsToTheLocalesDates()
    {
        // GIVEN an item done on the widest date of the year
        QList<ActionItem> items = m_doc->actionItemsOf(m_seed);
        items[0].done = true;
        items[0].doneDate = QDate(2020, 9, 28);
        items[0].dueDate = QDate(2020, 9, 28);
        m_doc->editActionItems(m_seed, items, QStringLiteral("Tick"));
        for (const char *name : {"meetingActionTable", "carriedActionTable", "actionSummaryTable"}) {
            auto *view = m_tab->findChild<QTableView *>(QLatin1String(name));
            // THEN the Done column holds the box and the date, the Due column the date, without much to spare
            const int done = view->columnWidth(ActionItemModel::DoneColumn);
            const int widest
                = view->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2020, 9, 28), QLocale::ShortFormat));
            const int box = view->style()->pixelMetric(QStyle::PM_IndicatorWidth);
            QVERIFY2(done >= widest + box, qPrintable(QStringLiteral("%1 < %2").arg(done).arg(widest + box)));
            QVERIFY2(done <= 2 * (widest + box), qPrintable(QString::number(done)));
            QVERIFY(view->columnWidth(ActionItemModel::DueColumn) >= widest);
            QVERIFY(view->columnWidth(ActionItemModel::DueColumn) <= 2 * widest);
            QVERIFY(view->columnWidth(ActionItemModel::DoneColumn)
                    >= view->horizontalHeader()->sectionSizeHint(ActionItemModel::DoneColumn));
        }
        // AND this meeting's columns all fit across the tab, each wide enough to read
        QVERIFY(!table()->horizontalScrollBar()->isVisible());
        for (int column = 0; column < table()->model()->columnCount(); ++column)
            QVERIFY2(table()->columnWidth(column) >= 80, qPrintable(QString::number(column)));
        const QModelIndex doneCell = table()->model()->index(0, ActionItemModel::DoneColumn);
        QCOMPARE(doneCell.data().toString(), QLocale().toString(QDate(2020, 9, 28), QLocale::ShortFormat));
    }

    void shouldGiveThisMeetingTheRoomAndTheSummaryItsOwnPage()
    {
        auto *pages = child<QTabBar>(QStringLiteral("actionPages"));
        auto *summary = child<QTableView>(QStringLiteral("actionSummaryTable"));
        QCOMPARE(pages->count(), 2);
        QCOMPARE(pages->currentIndex(), 0);
        QVERIFY(table()->isVisible());
        QVERIFY(!summary->isVisible());
        // This meeting's table takes the page's height (no carried forward for the first meeting).
        QVERIFY2(table()->height() > m_tab->height() / 2, qPrintable(QString::number(table()->height())));
        pages->setCurrentIndex(1);
        QVERIFY(summary->isVisible());
        QVERIFY(!table()->isVisible());
        QVERIFY(summary->height() > m_tab->height() / 2);
    }
    void shouldShowTheTwentyNewestFirstAndAllWhenAsked()
    {
        openGenerated();
        // GIVEN the newest meeting, with many more open actions left from before than are shown
        const QList<Id> all = expected();
        QVERIFY2(all.size() > 2 * ActionItemsTab::CarriedLimit, qPrintable(QString::number(all.size())));
        auto *label = m_tab->findChild<QLabel *>(QStringLiteral("carriedActionLabel"));
        auto *button = m_tab->findChild<QPushButton *>(QStringLiteral("showAllCarriedButton"));
        // THEN the newest twenty are shown, newest first, and the label and button say how many there are
        QCOMPARE(shown(), all.mid(0, ActionItemsTab::CarriedLimit));
        QVERIFY2(label->text().contains(QStringLiteral("the 20 newest of %1").arg(all.size())),
                 qPrintable(label->text()));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Show All %1").arg(all.size()));
        QDate previous = QDate(9999, 1, 1);
        for (int row = 0; row < carried()->model()->rowCount(); ++row) {
            const QDate date = carried()
                                   ->model()
                                   ->index(row, ActionItemModel::OriginColumn)
                                   .data(ActionItemModel::SortRole)
                                   .toDate();
            QVERIFY(date <= previous);
            previous = date;
        }
        // AND long series names and meeting titles do not make the tab wider than fits beside the sidebar
        QVERIFY2(m_tab->minimumSizeHint().width() <= 600,
                 qPrintable(QString::number(m_tab->minimumSizeHint().width())));
        // WHEN "Show All" is clicked THEN every one is listed, newest first
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(shown(), all);
        QCOMPARE(button->text(), QStringLiteral("Show the 20 Newest"));
        // AND back
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(carried()->model()->rowCount(), ActionItemsTab::CarriedLimit);
    }

    void shouldStayCappedWhenOneIsTicked()
    {
        openGenerated();
        const QList<Id> before = expected();
        // WHEN the newest carried action is ticked (where it was recorded)
        const QModelIndex box = carried()->model()->index(0, ActionItemModel::DoneColumn);
        QVERIFY(carried()->model()->setData(box, Qt::Checked, Qt::CheckStateRole));
        // THEN it leaves, and the next one comes in: still twenty, still the newest
        QCOMPARE(expected(), before.mid(1));
        QCOMPARE(shown(), before.mid(1, ActionItemsTab::CarriedLimit));
        m_doc->undoStack()->undo();
        QCOMPARE(shown(), before.mid(0, ActionItemsTab::CarriedLimit));
    }
};

QTEST_MAIN(TestActionItemsTab)
#include "tst_actionitemstab.moc"
