// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendatab.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include "itemmodels/attachmentmodel.h"
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestAgendaTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SampleDocuments m_samples;

    static QString startOf(AgendaModel *model, const QString &title)
    {
        return model->indexOfEntry(entryTitled(model->state().entries, title).id)
            .siblingAtColumn(AgendaModel::StartColumn)
            .data()
            .toString();
    }

    /** The fix buttons the details show. */
    static QList<QPushButton *> shownFixButtons(const QWidget &tab)
    {
        QList<QPushButton *> shown;
        for (QPushButton *b : tab.findChildren<QPushButton *>(QStringLiteral("agendaFixButton"))) {
            if (b->isVisible())
                shown << b;
        }
        return shown;
    }

    static void typeInto(QWidget *editor, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        // The view commits an editor's data from the event loop.
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void shouldRetimeLaterEntriesWhenADurationIsEditedInTheTree()
    {
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        auto *tree = tab.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        QVERIFY(tree);
        // WHEN the duration of Welcome is edited in the tree
        const QModelIndex welcome = doc->agenda()->firstEntry().siblingAtColumn(AgendaModel::DurationColumn);
        QCOMPARE(welcome.siblingAtColumn(AgendaModel::TopicColumn).data().toString(), QStringLiteral("Welcome"));
        tree->setCurrentIndex(welcome);
        tree->edit(welcome);
        QWidget *editor = tree->findChild<QLineEdit *>(QStringLiteral("durationEditor"));
        QVERIFY(editor);
        typeInto(editor, QStringLiteral("1h"));
        // THEN the later entries move and it is stored
        QCOMPARE(startOf(doc->agenda(), QStringLiteral("Project news and updates")), QStringLiteral("10:00"));
        QCOMPARE(startOf(doc->agenda(), QStringLiteral("Community support")), QStringLiteral("10:30"));
        QCOMPARE(entryTitled(AgendaRepository(doc->database().connection()).forMeeting(seed),
                             QStringLiteral("Project news and updates"))
                     .startTime,
                 QTime(10, 0));
    }

    void shouldSayWhatRunsLateAndOfferTheFixes()
    {
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1000, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        AgendaModel *model = doc->agenda();
        // GIVEN "Community support" lengthened by 15 min, into the break pinned at 10:30
        const Id support = entryTitled(model->state().entries, QStringLiteral("Community support")).id;
        QVERIFY(model->setData(model->indexOfEntry(support).siblingAtColumn(AgendaModel::DurationColumn),
                               QStringLiteral("1h")));
        const QModelIndex day = model->indexOfDay(model->state().days.constFirst().id);
        const QStringList dayProblems = day.data(AgendaModel::TimingProblemsRole).toStringList();
        QCOMPARE(
            dayProblems,
            (QStringList{QStringLiteral("Its entries take 5 h 45 min in a day planned for 5 h 30 min: 15 min too "
                                        "much."),
                         QStringLiteral("“Community support” ends 10:45, 15 min into “Break”, pinned at 10:30.")}));
        // THEN the day and the block say so in red, in the tree
        const QModelIndex block = model->indexOfEntry(support).parent();
        const QColor red(0xb0, 0x1c, 0x1c);
        QCOMPARE(block.data(Qt::ForegroundRole).value<QBrush>().color(), red);
        QCOMPARE(block.siblingAtColumn(AgendaModel::EndColumn).data(Qt::ForegroundRole).value<QBrush>().color(), red);
        QCOMPARE(day.siblingAtColumn(AgendaModel::DurationColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 red);
        QVERIFY(block.data(Qt::ToolTipRole).toString().contains(QStringLiteral("15 min into “Break”")));
        // AND the entry's details offer to shorten it or to move the break
        tab.selectEntry(support);
        auto *timing = tab.findChild<QLabel *>(QStringLiteral("agendaTiming"));
        QCOMPARE(timing->text(), dayProblems.last());
        const auto fixes = [&tab] {
            QStringList labels;
            for (QPushButton *b : tab.findChildren<QPushButton *>(QStringLiteral("agendaFixButton"))) {
                if (b->isVisible())
                    labels << b->text();
            }
            return labels;
        };
        QTRY_COMPARE(fixes(), (QStringList{QStringLiteral("Shorten “Community support” to 45 min"),
                                           QStringLiteral("Move “Break” to 10:45")}));
        const int steps = doc->undoStack()->count();
        const auto click = [&tab](const QString &label) {
            for (QPushButton *b : tab.findChildren<QPushButton *>(QStringLiteral("agendaFixButton"))) {
                if (b->isVisible() && b->text() == label)
                    b->click();
            }
        };
        click(QStringLiteral("Move “Break” to 10:45"));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(startOf(model, QStringLiteral("Break")), QStringLiteral("10:45"));
        // The next block now starts 15 min later and runs into its own pinned break: said in turn.
        const QList<AgendaState::Overlap> moved = model->state().overlaps(model->state().days.constFirst().id);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model->state().entry(moved.constFirst().earlier)->title, QStringLiteral("DMTN-148"));
        QTRY_VERIFY(fixes().isEmpty()); // nothing left about "Community support"
        QVERIFY(block.data(Qt::ForegroundRole).value<QBrush>().color() != red);
        doc->undoStack()->undo();
        QTRY_COMPARE(fixes().size(), 2);
        click(QStringLiteral("Shorten “Community support” to 45 min"));
        QCOMPARE(model->state().entry(support)->durationMinutes, 45);
        QVERIFY(model->state().overlaps(model->state().days.constFirst().id).isEmpty());
        QVERIFY(day.data(AgendaModel::TimingProblemsRole).toStringList().isEmpty());
    }

    void shouldFixTheDayOrEntryShownWhenTheFixesReadTheSame()
    {
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1000, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        AgendaModel *model = doc->agenda();
        auto *tree = tab.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        const auto fixButtons = [&tab] { return shownFixButtons(tab); };
        // GIVEN two days that both run until 14:30, past their planned ends
        const Id first = model->state().days.at(0).id;
        const Id last = model->state().days.at(2).id;
        QVERIFY(
            model->setData(model->indexOfDay(first).siblingAtColumn(AgendaModel::EndColumn), QStringLiteral("14:00")));
        const Id wrapUp = entryTitled(model->state().entries, QStringLiteral("Wrap up")).id;
        QVERIFY(model->setData(model->indexOfEntry(wrapUp).siblingAtColumn(AgendaModel::DurationColumn),
                               QStringLiteral("2h 30min")));
        tree->setCurrentIndex(model->indexOfDay(first));
        QTRY_COMPARE(fixButtons().size(), 1);
        QCOMPARE(fixButtons().constFirst()->text(), QStringLiteral("Extend the Day to 14:30"));
        // WHEN the other day's fix, which reads the same, is clicked
        tree->setCurrentIndex(model->indexOfDay(last));
        QTRY_COMPARE(fixButtons().size(), 1);
        QCOMPARE(fixButtons().constFirst()->text(), QStringLiteral("Extend the Day to 14:30"));
        fixButtons().constFirst()->click();
        // THEN that day is extended, not the one shown before
        QCOMPARE(model->state().day(last)->plannedEnd, QTime(14, 30));
        QCOMPARE(model->state().day(first)->plannedEnd, QTime(14, 0));
    }

    void shouldFixTheCopyOfAMeetingShownInPlaceOfTheOriginal()
    {
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1000, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        AgendaModel *model = doc->agenda();
        const auto fixButtons = [&tab] { return shownFixButtons(tab); };
        // GIVEN the first entry, Welcome, running into the next one, pinned at 09:10
        const Id news = entryTitled(model->state().entries, QStringLiteral("Project news and updates")).id;
        QVERIFY(model->setEntryField(news, AgendaModel::PinnedRole, true));
        QVERIFY(model->setData(model->indexOfEntry(news).siblingAtColumn(AgendaModel::StartColumn),
                               QStringLiteral("09:10")));
        tab.selectEntry(model->firstEntry().data(AgendaModel::EntryIdRole).toLongLong());
        QTRY_COMPARE(fixButtons().size(), 2);
        // WHEN the meeting is duplicated (the copy shows its own first entry, with the same fixes)
        const Id copy = doc->duplicateMeeting(seed);
        QVERIFY(copy);
        QTRY_COMPARE(fixButtons().size(), 2);
        QCOMPARE(fixButtons().constFirst()->text(), QStringLiteral("Shorten “Welcome” to 10 min"));
        fixButtons().constFirst()->click();
        // THEN the copy's Welcome is shortened
        QCOMPARE(doc->currentMeetingId(), copy);
        QCOMPARE(model->state().entry(model->firstEntry().data(AgendaModel::EntryIdRole).toLongLong())->durationMinutes,
                 10);
    }

    void shouldAttachFilesDroppedOntoAnEntry()
    {
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *tree = tab.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        const QString file = m_dir.filePath(QStringLiteral("welcome slides.txt"));
        QVERIFY(writeFile(file, "slides"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        const QModelIndex welcome = doc->agenda()->firstEntry();
        const QPoint at = tree->visualRect(welcome).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &drop);
        const AttachmentRow &added = doc->attachments()->rows().constLast();
        QCOMPARE(added.attachment.fileName, QStringLiteral("welcome slides.txt"));
        QCOMPARE(added.attachment.entryId, welcome.data(AgendaModel::EntryIdRole).toLongLong());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("entryAttachments"))
                    ->text()
                    .contains(QStringLiteral("welcome slides.txt")));
    }

    void shouldBuildADayWithTheKeyboardAloneAndUndoIt()
    {
        // GIVEN a new, empty one-day meeting in the sample library
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        Meeting m;
        m.title = QStringLiteral("Rebuilt");
        m.startDate = m.endDate = QDate(2026, 12, 1);
        doc->addMeeting(m, QString());
        const int stepsBefore = doc->undoStack()->index();
        const int peopleBefore = PersonRepository(doc->database().connection()).all().size();
        AgendaTab tab(doc.get());
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        auto *tree = tab.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        tree->setFocus();
        QCOMPARE(tree->currentIndex().data(AgendaModel::KindRole).toString(), QStringLiteral("day"));

        // WHEN a block, three entries and their details are added from the keyboard
        QTest::keyClick(tree, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        typeInto(QApplication::focusWidget(), QStringLiteral("John Swinbank"));
        QTest::keyClick(tree, Qt::Key_Insert);
        typeInto(QApplication::focusWidget(), QStringLiteral("Welcome"));
        QTest::keyClick(tree, Qt::Key_Insert);
        typeInto(QApplication::focusWidget(), QStringLiteral("Project news and updates"));
        QTest::keyClick(tree, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
        QTest::keyClick(tree, Qt::Key_Up);
        QTest::keyClick(tree, Qt::Key_Up);
        auto *duration = tab.findChild<QLineEdit *>(QStringLiteral("entryDurationEdit"));
        duration->setFocus();
        typeInto(duration, QStringLiteral("15"));
        auto *people = tab.findChild<QLineEdit *>(QStringLiteral("entryPeopleEdit"));
        people->setFocus();
        typeInto(people, QStringLiteral("Wil O'Mullane"));

        // THEN the day holds them, timed one after the other
        AgendaModel *model = doc->agenda();
        const QModelIndex day = model->index(0, 0);
        QCOMPARE(model->rowCount(day), 1);
        const QModelIndex block = model->index(0, 0, day);
        QCOMPARE(block.data().toString(), QStringLiteral("Moderator: John Swinbank"));
        QCOMPARE(model->rowCount(block), 3);
        QCOMPARE(model->index(0, AgendaModel::CoordinatorsColumn, block).data().toString(),
                 QStringLiteral("Wil O'Mullane"));
        QCOMPARE(startOf(model, QStringLiteral("Welcome")), QStringLiteral("09:00"));
        QCOMPARE(startOf(model, QStringLiteral("Project news and updates")), QStringLiteral("09:15"));
        QCOMPARE(model->index(2, AgendaModel::StartColumn, block).data().toString(), QStringLiteral("09:45"));
        QCOMPARE(model->index(2, 0, block).data(AgendaModel::KindRole).toString(), QStringLiteral("break"));

        // AND undoing every step leaves the library as it was
        while (doc->undoStack()->index() > stepsBefore)
            doc->undoStack()->undo();
        QCOMPARE(model->rowCount(model->index(0, 0)), 0);
        QCOMPARE(PersonRepository(doc->database().connection()).all().size(), peopleBefore);
    }
    void shouldShowPlannedVersusActualOnceADayHasRun()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("agenda/runColumns"));
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1140, 700);
        tab.show();
        auto *tree = tab.findChild<QTreeView *>(QStringLiteral("agendaTree"));
        // Before a run the plan alone shows.
        QVERIFY(!tab.showsRunColumns());
        QVERIFY(tree->isColumnHidden(AgendaModel::ActualColumn));
        // WHILE day 1 runs, the plan has the room (the live panel has the running entry's times)
        const QTimeZone pacific("America/Los_Angeles");
        doc->setNow(QDateTime(QDate(2020, 9, 15), QTime(9, 0), pacific));
        QVERIFY(doc->startRun(doc->agendaState().days.constFirst().id, doc->now()));
        QVERIFY(!tab.showsRunColumns());
        // WHEN the day ends, planned vs actual show beside the plan, all within the tab's width
        doc->setNow(QDateTime(QDate(2020, 9, 15), QTime(9, 20), pacific));
        QVERIFY(doc->stepRun(MeetingDocument::RunStep::Next));
        QVERIFY(doc->stepRun(MeetingDocument::RunStep::EndDay));
        QVERIFY(tab.showsRunColumns());
        for (int c : {AgendaModel::PlannedColumn, AgendaModel::ActualColumn, AgendaModel::DifferenceColumn})
            QVERIFY(!tree->isColumnHidden(c));
        const auto rightEdge = [tree] {
            return tree->header()->sectionViewportPosition(AgendaModel::DifferenceColumn)
                   + tree->header()->sectionSize(AgendaModel::DifferenceColumn);
        };
        const int readable = tab.fontMetrics().averageCharWidth() * 28;
        QVERIFY(rightEdge() <= tree->viewport()->width());
        QVERIFY(tree->columnWidth(AgendaModel::TopicColumn) >= readable);
        // AND in a narrow tab (beside the live panel) the topic stays readable and the tree scrolls
        tab.setMinimumWidth(0);
        tab.resize(600, 700);
        QTRY_VERIFY2(tree->viewport()->width() < rightEdge(), qPrintable(QString::number(tree->viewport()->width())));
        QVERIFY(tree->columnWidth(AgendaModel::TopicColumn) >= readable);
        // AND wide again, everything fits again
        tab.resize(1140, 700);
        QTRY_VERIFY(rightEdge() <= tree->viewport()->width());
        // AND the header's menu hides them (the choice is kept)
        QSettings().setValue(QStringLiteral("agenda/runColumns"), false);
        doc->undoStack()->undo();
        QVERIFY(!tab.showsRunColumns());
        QSettings().remove(QStringLiteral("agenda/runColumns"));
    }

    void shouldShowTheStartMeetingButton()
    {
        Id seed = 0;
        auto doc = m_samples.open(&seed);
        QVERIFY(doc);
        AgendaTab tab(doc.get());
        tab.resize(1140, 700);
        tab.show();
        QAction start(QStringLiteral("&Start Meeting"));
        start.setShortcut(QKeySequence(QStringLiteral("Ctrl+F5")));
        int started = 0;
        connect(&start, &QAction::triggered, this, [&started] { ++started; });
        tab.setStartAction(&start);
        auto *button = tab.findChild<QToolButton *>(QStringLiteral("startMeetingButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(),
                 QStringLiteral("Start Meeting (%1)").arg(start.shortcut().toString(QKeySequence::NativeText)));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(started, 1);
    }
};

QTEST_MAIN(TestAgendaTab)
#include "tst_agendatab.moc"
