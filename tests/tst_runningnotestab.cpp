// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentopener.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/decisionmodel.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "notesview.h"
#include "runningnotestab.h"
#include "storage/agendarepository.h"
#include "storage/database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestRunningNotesTab : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    Id m_seed = 0;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<RunningNotesTab> m_tab;

    QString storedNotes(const QString &title) const
    {
        return entryTitled(AgendaRepository(m_doc->database().connection()).forMeeting(m_seed), title).runningNotes;
    }
    QModelIndex shownEntry(const QString &title) const
    {
        return m_doc->agenda()->indexOfEntry(entryTitled(m_doc->agenda()->state().entries, title).id);
    }
    QTextEdit *editor() const
    {
        return m_tab->findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
    }
    QTreeView *tree() const { return m_tab->findChild<QTreeView *>(QStringLiteral("notesEntryTree")); }

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_tab = std::make_unique<RunningNotesTab>(m_doc.get());
        m_tab->resize(1100, 700);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Welcome"));
    }

    void cleanup()
    {
        m_tab.reset();
        m_doc.reset();
    }

    void shouldSaveTypingAfterAPauseAsOneStep()
    {
        const int steps = m_doc->undoStack()->count();
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), QStringLiteral("Agreed"));
        QTest::keyClicks(editor(), QStringLiteral(" to meet again."));
        // Saved after the pause, without any Save (how fast is not a test's business: the save
        // timer is RunningNotesTab::SaveDelayMs).
        QTRY_VERIFY_WITH_TIMEOUT(
            storedNotes(QStringLiteral("Welcome")).endsWith(QStringLiteral("Agreed to meet again.")), 10000);
        // One burst of typing, one undo step; undo brings the notes back as they were.
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QVERIFY(
            storedNotes(QStringLiteral("Welcome")).endsWith(QStringLiteral("DMTN-139 with Gregory Dubois-Felsmann.")));
        QVERIFY(!editor()->toPlainText().contains(QStringLiteral("Agreed")));
    }

    void shouldKeepTheCursorWhenATypedKeyCouldBecomeALink()
    {
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor(), QStringLiteral(" See DM-4242"));
        QTRY_VERIFY_WITH_TIMEOUT(storedNotes(QStringLiteral("Welcome")).contains(QStringLiteral("DM-4242")), 10000);
        QVERIFY(editor()->textCursor().atEnd()); // not reloaded under the typist's hands
        QTest::keyClicks(editor(), QStringLiteral(" now"));
        QVERIFY(editor()->toPlainText().endsWith(QStringLiteral("DM-4242 now")));
    }

    void shouldSaveWhenFocusLeaves()
    {
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("Quick note "));
        tree()->setFocus();
        QVERIFY(storedNotes(QStringLiteral("Welcome")).contains(QStringLiteral("Quick note")));
    }

    void shouldSaveToTheEntryItWasTypedFor()
    {
        const QString newsBefore = storedNotes(QStringLiteral("Project news and updates"));
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("For welcome "));
        // Straight to the next entry with the keyboard, before the pause is over.
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Project news and updates"));
        QVERIFY(storedNotes(QStringLiteral("Welcome")).contains(QStringLiteral("For welcome")));
        QCOMPARE(storedNotes(QStringLiteral("Project news and updates")), newsBefore);
        QVERIFY(editor()->toPlainText().startsWith(QStringLiteral("See slides.")));
    }

    void shouldRecordADecisionFromTheKeyboardUnderTheShownEntry()
    {
        m_doc->setToday(QDate(2020, 9, 16));
        const int steps = m_doc->undoStack()->count();
        editor()->setFocus();
        // WHEN Ctrl+Shift+D opens the decision form and it is filled in
        QTest::keyClick(editor(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto *who = m_tab->findChild<QLineEdit *>(QStringLiteral("decisionMakersEdit"));
        QVERIFY(who && who->isVisible());
        QCOMPARE(QApplication::focusWidget(), who);
        QVERIFY(!m_tab->findChild<QLineEdit *>(QStringLiteral("actionAssigneesEdit"))->isVisible());
        who->setText(QStringLiteral("Wil O'Mullane"));
        auto *what = m_tab->findChild<QLineEdit *>(QStringLiteral("decisionTextEdit"));
        // An empty text records nothing.
        QTest::keyClick(what, Qt::Key_Return);
        QVERIFY(who->isVisible());
        QCOMPARE(m_doc->decisions()->rowCount(), 0);
        what->setText(QStringLiteral("Move the face-to-face to October"));
        m_tab->findChild<QLineEdit *>(QStringLiteral("decisionTicketEdit"))->setText(QStringLiteral("DM-77"));
        QTest::keyClick(what, Qt::Key_Return);
        // THEN a decision of the shown entry, dated today, as one undo step
        QVERIFY(!who->isVisible());
        QCOMPARE(m_doc->decisions()->rowCount(), 1);
        const DecisionRow row = m_doc->decisions()->rows().constFirst();
        QCOMPARE(row.decision.text, QStringLiteral("Move the face-to-face to October"));
        QCOMPARE(row.decision.date, QDate(2020, 9, 16));
        QCOMPARE(row.decision.externalRef, QStringLiteral("DM-77"));
        QCOMPARE(row.decidedBy, QStringLiteral("Wil O'Mullane"));
        QCOMPARE(row.decision.entryId, tree()->currentIndex().data(AgendaModel::EntryIdRole).toLongLong());
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->decisions()->rowCount(), 0);
    }

    void shouldRecordAnActionItemFromTheKeyboardAndTickItInBothPlaces()
    {
        m_doc->setToday(QDate(2020, 9, 15));
        const int before = m_doc->actionItems()->rowCount();
        const int steps = m_doc->undoStack()->count();
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("Photo "));
        // WHEN Ctrl+Shift+A opens the form and it is filled in
        QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *who = m_tab->findChild<QLineEdit *>(QStringLiteral("actionAssigneesEdit"));
        QVERIFY(who && who->isVisible());
        QCOMPARE(QApplication::focusWidget(), who);
        who->setText(QStringLiteral("Frossie Economou, T/CAMs"));
        auto *what = m_tab->findChild<QLineEdit *>(QStringLiteral("actionDescriptionEdit"));
        what->setText(QStringLiteral("Share the DMLT photo"));
        auto *due = m_tab->findChild<QLineEdit *>(QStringLiteral("actionDueEdit"));
        due->setFocus();
        QTest::keyClicks(due, QStringLiteral("next friday"));
        QTest::keyClick(due, Qt::Key_Return);
        // THEN a structured action item of this entry exists, and the notes were saved first
        QVERIFY(!who->isVisible());
        QCOMPARE(m_doc->actionItems()->rowCount(), before + 1);
        const ActionItemRow row = m_doc->actionItems()->rows().constLast(); // a copy: the model reloads
        QCOMPARE(row.item.description, QStringLiteral("Share the DMLT photo"));
        QCOMPARE(row.item.dueDate, QDate(2020, 9, 25));
        QCOMPARE(row.assignees, QStringLiteral("Frossie Economou, T/CAMs"));
        QCOMPARE(row.item.entryId, tree()->currentIndex().data(AgendaModel::EntryIdRole).toLongLong());
        QVERIFY(storedNotes(QStringLiteral("Welcome")).contains(QStringLiteral("Photo")));
        auto *extras = m_tab->findChild<NotesView *>(QStringLiteral("entryExtras"));
        QVERIFY(extras->toPlainText().contains(QStringLiteral("☐ Frossie Economou, T/CAMs — Share the DMLT photo")));
        // AND ticking it under the notes ticks it in the action table, and the other way round
        Q_EMIT extras->quorumLinkClicked(QUrl(QStringLiteral("quorum:action/%1").arg(row.item.id)));
        const int r = m_doc->actionItems()->rowOf(row.item.id);
        QCOMPARE(m_doc->actionItems()->index(r, ActionItemModel::DoneColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QVERIFY(extras->toPlainText().contains(QStringLiteral("☑ Frossie Economou")));
        m_doc->actionItems()->setData(m_doc->actionItems()->index(r, ActionItemModel::DoneColumn), Qt::Unchecked,
                                      Qt::CheckStateRole);
        QVERIFY(extras->toPlainText().contains(QStringLiteral("☐ Frossie Economou")));
        // The notes, the action, the tick and the untick: four steps, each undoable.
        QCOMPARE(m_doc->undoStack()->count(), steps + 4);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->actionItems()->rowCount(), before);
    }

    void shouldTakeTimForTimJennessWhenTabLeavesTheField()
    {
        bool asked = false;
        m_doc->directory()->setAsker([&asked](const QList<NameQuestion> &) {
            asked = true;
            return std::optional<QList<Id>>();
        });
        const int people = int(m_doc->directory()->people().size());
        const int steps = m_doc->undoStack()->count();
        // WHEN "Tim" is typed into the form's Who and Tab pressed
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *who = m_tab->findChild<QLineEdit *>(QStringLiteral("actionAssigneesEdit"));
        QTest::keyClicks(who, QStringLiteral("Tim"));
        // The completer offers "Tim J" and "Tim Jenness"; Tab goes where the keyboard is, the popup if it shows.
        QAbstractItemView *popup = who->completer()->popup();
        QTest::keyClick(popup->isVisible() ? static_cast<QWidget *>(popup) : who, Qt::Key_Tab);
        // THEN the field names Tim Jenness, and the next field has the cursor
        QCOMPARE(who->text(), QStringLiteral("Tim Jenness"));
        auto *what = m_tab->findChild<QLineEdit *>(QStringLiteral("actionDescriptionEdit"));
        QCOMPARE(QApplication::focusWidget(), what);
        QTest::keyClicks(what, QStringLiteral("Write up the calibration plan"));
        QTest::keyClick(what, Qt::Key_Return);
        // AND the action is Tim Jenness's, and nobody new joined the directory
        QVERIFY(!asked);
        QCOMPARE(m_doc->actionItems()->rows().constLast().assignees, QStringLiteral("Tim Jenness"));
        QCOMPARE(int(m_doc->directory()->people().size()), people);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    }

    void shouldKeepTheFormWhenAnUnknownNameIsNotConfirmed()
    {
        // GIVEN a user who answers no question
        QList<NameQuestion> questions;
        m_doc->directory()->setAsker([&questions](const QList<NameQuestion> &q) {
            questions = q;
            return std::optional<QList<Id>>();
        });
        const int people = int(m_doc->directory()->people().size());
        const int actions = m_doc->actionItems()->rowCount();
        const int steps = m_doc->undoStack()->count();
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *who = m_tab->findChild<QLineEdit *>(QStringLiteral("actionAssigneesEdit"));
        QTest::keyClicks(who, QStringLiteral("Robert, Melissa Graham"));
        auto *what = m_tab->findChild<QLineEdit *>(QStringLiteral("actionDescriptionEdit"));
        what->setText(QStringLiteral("Review the camera geometry"));
        QTest::keyClick(what, Qt::Key_Return);
        // THEN both names were asked about at once, and cancelling changed nothing
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(0).typed, QStringLiteral("Robert"));
        QCOMPARE(questions.at(0).match.candidates.size(), 2);
        QCOMPARE(questions.at(1).match.kind, NameMatch::Kind::Unknown);
        QVERIFY(who->isVisible());
        QCOMPARE(QApplication::focusWidget(), who);
        QCOMPARE(what->text(), QStringLiteral("Review the camera geometry"));
        QCOMPARE(m_doc->actionItems()->rowCount(), actions);
        QCOMPARE(int(m_doc->directory()->people().size()), people);
        QCOMPARE(m_doc->undoStack()->count(), steps);

        // WHEN the questions are answered: Robert Gruendl, and Melissa Graham as a new person
        const Id gruendl = m_doc->directory()->findPerson(QStringLiteral("Robert Gruendl"));
        m_doc->directory()->setAsker([gruendl](const QList<NameQuestion> &) {
            return std::optional<QList<Id>>(QList<Id>{gruendl, 0});
        });
        QTest::keyClick(what, Qt::Key_Return);
        // THEN the action is theirs, with the new person, in one undo step
        QCOMPARE(m_doc->actionItems()->rows().constLast().assignees, QStringLiteral("Robert Gruendl, Melissa Graham"));
        QCOMPARE(int(m_doc->directory()->people().size()), people + 1);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(int(m_doc->directory()->people().size()), people);
        QCOMPARE(m_doc->actionItems()->rowCount(), actions);
    }

    void shouldShowTicketKeysAsLinksWithTheLibrarysPatterns()
    {
        // The sample links DM- keys to the tracker: Welcome's notes mention DM-15198.
        QVERIFY(editor()->toHtml().contains(QStringLiteral("https://jira.lsstcorp.org/browse/DM-15198")));
        const QList<LinkPattern> patterns = m_doc->linkPatterns();
        m_doc->editLinkPatterns({});
        QVERIFY(!editor()->toHtml().contains(QStringLiteral("https://jira.lsstcorp.org/browse/DM-15198")));
        QVERIFY(editor()->toPlainText().contains(QStringLiteral("DM-15198")));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->linkPatterns(), patterns);
        QVERIFY(editor()->toHtml().contains(QStringLiteral("https://jira.lsstcorp.org/browse/DM-15198")));
    }

    void shouldOpenTheEntrysAttachments()
    {
        AttachmentOpener opener;
        RunningNotesTab tab(m_doc.get(), &opener);
        // DMTN-148 carries the calibration diagrams.
        auto *entries = tab.findChild<QTreeView *>(QStringLiteral("notesEntryTree"));
        entries->setCurrentIndex(shownEntry(QStringLiteral("DMTN-148")));
        auto *extras = tab.findChild<NotesView *>(QStringLiteral("entryExtras"));
        QVERIFY(extras->toPlainText().contains(QStringLiteral("DMTN-148 Calibration Diagram Standard.pdf")));
        QUrl launched;
        const auto previous = AttachmentOpener::launcher();
        AttachmentOpener::launcher() = [&](const QUrl &url) {
            launched = url;
            return true;
        };
        Id standard = 0;
        for (const AttachmentRow &r : m_doc->attachments()->rows()) {
            if (r.attachment.fileName == QLatin1String("DMTN-148 Calibration Diagram Standard.pdf"))
                standard = r.attachment.id;
        }
        Q_EMIT extras->quorumLinkClicked(QUrl(QStringLiteral("quorum:attachment/%1").arg(standard)));
        AttachmentOpener::launcher() = previous;
        QCOMPARE(QFileInfo(launched.toLocalFile()).fileName(),
                 QStringLiteral("DMTN-148 Calibration Diagram Standard.pdf"));
    }

    void shouldShowAndHideThePreMeetingNotes()
    {
        auto *toggle = m_tab->findChild<QToolButton *>(QStringLiteral("preNotesToggle"));
        auto *pre = m_tab->findChild<NotesView *>(QStringLiteral("preNotesView"));
        QVERIFY(pre->isVisible());
        QVERIFY(pre->toPlainText().contains(QStringLiteral("Introductory remarks")));
        toggle->click();
        QVERIFY(!pre->isVisible());
    }

    void shouldHighlightTheEntryRunningNow()
    {
        const QDateTime now(QDate(2020, 9, 15), QTime(9, 20), QTimeZone("America/Los_Angeles"));
        m_doc->setNow(now);
        const QModelIndex news = shownEntry(QStringLiteral("Project news and updates"));
        QVERIFY(news.data(AgendaModel::IsNowRole).toBool());
        QVERIFY(news.data(Qt::BackgroundRole).isValid());
        m_doc->setNow(now.addDays(1));
        QVERIFY(!news.data(AgendaModel::IsNowRole).toBool());
    }
    // ------------------------------------------------------------------ following the live run

    /** Day 1 of the sample at hh:mm, Pacific time. */
    static QDateTime pacificAt(int hour, int minute)
    {
        return QDateTime(QDate(2020, 9, 15), QTime(hour, minute), QTimeZone("America/Los_Angeles"));
    }
    /** A step of the run at hh:mm. */
    bool step(int hour, int minute, MeetingDocument::RunStep runStep)
    {
        m_doc->setNow(pacificAt(hour, minute));
        return m_doc->stepRun(runStep);
    }
    bool startDay1()
    {
        m_doc->setNow(pacificAt(9, 0));
        return m_doc->startRun(m_doc->agendaState().days.constFirst().id, m_doc->now());
    }
    QString shownTitle() const { return tree()->currentIndex().siblingAtColumn(0).data().toString(); }
    QToolButton *pin() const { return m_tab->findChild<QToolButton *>(QStringLiteral("pinNotesButton")); }

    void shouldFollowTheRunningEntryWithEachStep()
    {
        // GIVEN the run of day 1 started with the notes on another entry
        tree()->setCurrentIndex(shownEntry(QStringLiteral("Community support")));
        QVERIFY(startDay1());
        QTRY_COMPARE(shownTitle(), QStringLiteral("Welcome"));
        QVERIFY(m_tab->isFollowing());
        // WHEN the note-taker types and the moderator moves on
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("Opened on time"));
        QVERIFY(step(9, 14, MeetingDocument::RunStep::Next));
        // THEN the notes show the new running entry, and what was typed is Welcome's
        QTRY_COMPARE(shownTitle(), QStringLiteral("Project news and updates"));
        QVERIFY(storedNotes(QStringLiteral("Welcome")).contains(QStringLiteral("Opened on time")));
        QVERIFY(editor()->toPlainText().isEmpty() || !editor()->toPlainText().contains(QStringLiteral("Opened")));
        // AND Skip and Previous move the notes too
        QVERIFY(step(9, 40, MeetingDocument::RunStep::Next));
        QTRY_COMPARE(shownTitle(), QStringLiteral("John Swinbank transition"));
        QVERIFY(step(9, 41, MeetingDocument::RunStep::Skip));
        QTRY_COMPARE(shownTitle(), QStringLiteral("Community support"));
        QVERIFY(step(9, 42, MeetingDocument::RunStep::Previous));
        QTRY_COMPARE(shownTitle(), QStringLiteral("Project news and updates"));
        auto *follow = m_tab->findChild<QLabel *>(QStringLiteral("notesFollowLabel"));
        QVERIFY(follow->isVisible());
        QCOMPARE(follow->text(), QStringLiteral("Following the running entry"));
    }

    void shouldStayOnAPinnedEntry()
    {
        QVERIFY(startDay1());
        QTRY_COMPARE(shownTitle(), QStringLiteral("Welcome"));
        // WHEN the note-taker pins Welcome and the meeting moves on
        pin()->click();
        QVERIFY(pin()->isChecked());
        QVERIFY(!m_tab->isFollowing());
        QVERIFY(step(9, 14, MeetingDocument::RunStep::Next));
        QTest::qWait(20);
        QCOMPARE(shownTitle(), QStringLiteral("Welcome"));
        auto *follow = m_tab->findChild<QLabel *>(QStringLiteral("notesFollowLabel"));
        QVERIFY(follow->text().contains(QStringLiteral("not following")));
        // THEN one click follows the run again
        Q_EMIT follow->linkActivated(QStringLiteral("follow"));
        QCOMPARE(shownTitle(), QStringLiteral("Project news and updates"));
        QVERIFY(!pin()->isChecked());
        // AND choosing another entry by hand while the meeting runs pins it
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(shownTitle(), QStringLiteral("John Swinbank transition"));
        QVERIFY(pin()->isChecked());
        QVERIFY(step(9, 40, MeetingDocument::RunStep::Next));
        QTest::qWait(20);
        QCOMPARE(shownTitle(), QStringLiteral("John Swinbank transition"));
    }

    void shouldRecordActionsOnTheRunningEntry()
    {
        QVERIFY(startDay1());
        QVERIFY(step(9, 14, MeetingDocument::RunStep::Next));
        // GIVEN the notes of Welcome shown while Project news runs
        QTRY_COMPARE(shownTitle(), QStringLiteral("Project news and updates"));
        tree()->setCurrentIndex(shownEntry(QStringLiteral("Welcome")));
        QCOMPARE(shownTitle(), QStringLiteral("Welcome"));
        // WHEN an action item is recorded with Ctrl+Shift+A
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *what = m_tab->findChild<QLineEdit *>(QStringLiteral("actionDescriptionEdit"));
        QVERIFY(what->isVisible());
        QTest::keyClicks(what, QStringLiteral("Send the news round"));
        QTest::keyClick(what, Qt::Key_Return);
        // THEN it belongs to the running entry
        const ActionItemRow &recorded = m_doc->actionItems()->rows().constLast();
        QCOMPARE(recorded.item.description, QStringLiteral("Send the news round"));
        QCOMPARE(recorded.item.entryId,
                 entryTitled(m_doc->agenda()->state().entries, QStringLiteral("Project news and updates")).id);
    }

    void shouldShowTheStartMeetingButton()
    {
        QAction start(QStringLiteral("&Start Meeting"));
        start.setShortcut(QKeySequence(QStringLiteral("Ctrl+F5")));
        int started = 0;
        connect(&start, &QAction::triggered, this, [&started] { ++started; });
        m_tab->setStartAction(&start);
        auto *button = m_tab->findChild<QToolButton *>(QStringLiteral("startMeetingButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(),
                 QStringLiteral("Start Meeting (%1)").arg(start.shortcut().toString(QKeySequence::NativeText)));
        button->click();
        QCOMPARE(started, 1);
        start.setEnabled(false);
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(TestRunningNotesTab)
#include "tst_runningnotestab.moc"
