// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of edit tells the models exactly what changed: the rows that went, came, moved or
// changed, never a reset; undo tells the exact reverse; and a view keeps its place without help.
#include "backend.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/dialinmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "meetingdocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestPreciseSignals : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::vector<std::unique_ptr<ModelSignals>> m_signals;

    QList<QAbstractItemModel *> allModels() const
    {
        return {m_doc->meetingList(),   m_doc->agenda(),      m_doc->participants(),  m_doc->actionItems(),
                m_doc->actionSummary(), m_doc->attachments(), m_doc->topicRequests(), m_doc->dialIns()};
    }
    ModelSignals &signalsOf(const QAbstractItemModel *model)
    {
        for (const auto &s : m_signals) {
            if (s->model == model)
                return *s;
        }
        qFatal("no signals recorded for this model");
    }
    void clearSignals()
    {
        for (const auto &s : m_signals)
            s->clear();
    }
    /** None of the models but those named said anything. */
    void checkOthersQuiet(const QList<const QAbstractItemModel *> &speaking)
    {
        for (const auto &s : m_signals) {
            if (!speaking.contains(s->model))
                QVERIFY2(s->isQuiet(), s->model->metaObject()->className());
        }
    }
    /** The agenda's first block with three entries or more. */
    QModelIndex bigBlock() const
    {
        const AgendaModel *agenda = m_doc->agenda();
        for (int d = 0; d < agenda->rowCount(); ++d) {
            const QModelIndex day = agenda->index(d, 0);
            for (int r = 0; r < agenda->rowCount(day); ++r) {
                const QModelIndex item = agenda->index(r, 0, day);
                if (item.data(AgendaModel::KindRole).toString() == QLatin1String("block")
                    && agenda->rowCount(item) >= 3)
                    return item;
            }
        }
        return {};
    }
    /** Each entry's start and the gap or overlap before it, as the agenda shows them. */
    QHash<Id, QString> timing() const
    {
        QHash<Id, QString> shown;
        const AgendaState &state = m_doc->agenda()->state();
        for (const AgendaEntry &e : state.entries)
            shown.insert(e.id,
                         e.startTime.toString(QStringLiteral("HH:mm ")) + QString::number(state.slackBefore(e.id)));
        return shown;
    }

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_signals.clear();
        m_testers.clear();
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_doc->setToday(QDate(2026, 11, 29));
        for (QAbstractItemModel *m : allModels()) {
            m_testers.push_back(watchModel(m));
            m_signals.push_back(std::make_unique<ModelSignals>(m));
        }
    }

    void cleanup()
    {
        m_signals.clear();
        m_testers.clear();
        m_doc.reset();
    }

    void shouldAnnounceAnOverviewFieldAndTheSidebarRowOnly()
    {
        // GIVEN the seed meeting shown
        const QString title = m_doc->currentMeeting().title;
        QSignalSpy fields(m_doc->models(), &LibraryModels::meetingFieldChanged);
        // WHEN its location changes
        m_doc->editMeetingField(Meeting::Location, QStringLiteral("Tucson"));
        // THEN that field is announced, and no model says anything
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).at(1).value<Meeting::Field>(), Meeting::Location);
        checkOthersQuiet({});
        // WHEN its title changes
        fields.clear();
        m_doc->editMeetingField(Meeting::Title, QStringLiteral("DMLT vF2F, renamed"));
        // THEN the sidebar's row of the meeting changes, and the summary's rows that name it
        ModelSignals &sidebar = signalsOf(m_doc->meetingList());
        QCOMPARE(sidebar.structural(), 0);
        QCOMPARE(sidebar.changedRows(MeetingListModel::MeetingIdRole), QList<QVariant>{m_seed});
        ModelSignals &summary = signalsOf(m_doc->actionSummary());
        QCOMPARE(summary.structural(), 0);
        const QList<QVariant> renamed = summary.changedRows(ActionItemModel::MeetingIdRole);
        QVERIFY(!renamed.isEmpty());
        QVERIFY(
            std::all_of(renamed.begin(), renamed.end(), [&](const QVariant &id) { return id.toLongLong() == m_seed; }));
        checkOthersQuiet({m_doc->meetingList(), m_doc->actionSummary()});
        // AND undo announces the same rows again, nothing more
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(sidebar.structural(), 0);
        QCOMPARE(sidebar.changedRows(MeetingListModel::MeetingIdRole), QList<QVariant>{m_seed});
        QCOMPARE(summary.structural(), 0);
        QCOMPARE(summary.changedRows(ActionItemModel::MeetingIdRole).size(), renamed.size());
        QCOMPARE(m_doc->currentMeeting().title, title);
    }

    void shouldInsertAnAgendaEntryAtItsPlaceAndRetimeOnlyTheRowsAfterIt()
    {
        // GIVEN a block of three entries or more
        AgendaModel *agenda = m_doc->agenda();
        const QModelIndex block = bigBlock();
        QVERIFY(block.isValid());
        const int rows = agenda->rowCount(block);
        const Id firstId = agenda->index(0, 0, block).data(AgendaModel::EntryIdRole).toLongLong();
        const QHash<Id, QString> before = timing();
        // WHEN a topic is added after its first entry
        const Id added = agenda->addEntry(agenda->index(0, 0, block), AgendaEntry::Kind::Topic);
        QVERIFY(added);
        // THEN one row is inserted, second in the block, and nothing is reset, moved or removed
        ModelSignals &s = signalsOf(agenda);
        QCOMPARE(s.reset.size(), 0);
        QCOMPARE(s.moved.size() + s.removed.size() + s.layout.size(), 0);
        QCOMPARE(s.inserted.size(), 1);
        QCOMPARE(s.inserted.at(0).at(0).value<QModelIndex>(), block);
        QCOMPARE(s.inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(s.inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(agenda->rowCount(block), rows + 1);
        QCOMPARE(agenda->index(1, 0, block).data(AgendaModel::EntryIdRole).toLongLong(), added);
        // AND the rows announced as changed are the entries whose times (or gaps) moved, their block and day
        const QHash<Id, QString> after = timing();
        QSet<Id> retimed;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                retimed.insert(it.key());
        }
        QVERIFY(!retimed.isEmpty());
        QSet<Id> changedEntries;
        int changedDays = 0;
        for (const QVariant &id : s.changedRows(AgendaModel::EntryIdRole)) {
            if (id.toLongLong())
                changedEntries.insert(id.toLongLong());
            else
                ++changedDays;
        }
        changedEntries.remove(block.data(AgendaModel::EntryIdRole).toLongLong());
        QCOMPARE(changedEntries, retimed);
        QVERIFY(!changedEntries.contains(firstId));
        QCOMPARE(changedDays, 1);
        QCOMPARE(signalsOf(m_doc->topicRequests()).structural(), 0);
        checkOthersQuiet({agenda, m_doc->topicRequests()});
        // AND undo removes just that row, and retimes the same rows back
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(s.reset.size() + s.inserted.size() + s.moved.size(), 0);
        QCOMPARE(s.removed.size(), 1);
        QCOMPARE(s.removed.at(0).at(0).value<QModelIndex>(), block);
        QCOMPARE(s.removed.at(0).at(1).toInt(), 1);
        QCOMPARE(timing(), before);
        checkOthersQuiet({agenda, m_doc->topicRequests()});
    }

    void shouldMoveAnAgendaEntryAsAMove()
    {
        // GIVEN a block's second entry
        AgendaModel *agenda = m_doc->agenda();
        const QModelIndex block = bigBlock();
        const Id second = agenda->index(1, 0, block).data(AgendaModel::EntryIdRole).toLongLong();
        // WHEN it moves up
        QVERIFY(agenda->stepEntry(agenda->index(1, 0, block), -1));
        // THEN the model moves that row to the top of the block: nothing is inserted, removed or reset
        ModelSignals &s = signalsOf(agenda);
        QCOMPARE(s.reset.size() + s.inserted.size() + s.removed.size() + s.layout.size(), 0);
        QCOMPARE(s.moved.size(), 1);
        QCOMPARE(agenda->index(0, 0, block).data(AgendaModel::EntryIdRole).toLongLong(), second);
        // AND undo moves it back
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(s.reset.size() + s.inserted.size() + s.removed.size(), 0);
        QCOMPARE(s.moved.size(), 1);
        QCOMPARE(agenda->index(1, 0, block).data(AgendaModel::EntryIdRole).toLongLong(), second);
    }

    void shouldChangeADurationAndTheTimesAfterItOnly()
    {
        // GIVEN the block's first entry
        AgendaModel *agenda = m_doc->agenda();
        const QModelIndex block = bigBlock();
        const QModelIndex first = agenda->index(0, AgendaModel::DurationColumn, block);
        const QModelIndex later = agenda->index(2, 0, block);
        const QString laterStart = later.siblingAtColumn(AgendaModel::StartColumn).data().toString();
        const Id earlier = [&] {
            // The entry just before the block, on the same day, keeps its time.
            const QModelIndex day = block.parent();
            return block.row() > 0 ? agenda->index(block.row() - 1, 0, day).data(AgendaModel::EntryIdRole).toLongLong()
                                   : Id(0);
        }();
        // WHEN its duration grows by ten minutes
        const int minutes
            = m_doc->agenda()->state().entry(first.data(AgendaModel::EntryIdRole).toLongLong())->durationMinutes;
        QVERIFY(agenda->setData(first, minutes + 10));
        // THEN nothing is inserted, removed, moved or reset; the entry and the later ones change
        ModelSignals &s = signalsOf(agenda);
        QCOMPARE(s.structural(), 0);
        const QList<QVariant> changed = s.changedRows(AgendaModel::EntryIdRole);
        QVERIFY(changed.contains(first.data(AgendaModel::EntryIdRole)));
        QVERIFY(changed.contains(later.data(AgendaModel::EntryIdRole)));
        QVERIFY(!earlier || !changed.contains(QVariant(earlier)));
        QVERIFY(later.siblingAtColumn(AgendaModel::StartColumn).data().toString() != laterStart);
        // (topic requests scheduled there show their new time: changed rows, nothing more)
        QCOMPARE(signalsOf(m_doc->topicRequests()).structural(), 0);
        checkOthersQuiet({agenda, m_doc->topicRequests()});
        // AND undo changes the same rows back
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(s.structural(), 0);
        QList<QVariant> back = s.changedRows(AgendaModel::EntryIdRole);
        QList<QVariant> forth = changed;
        const auto byId = [](const QVariant &a, const QVariant &b) { return a.toLongLong() < b.toLongLong(); };
        std::sort(back.begin(), back.end(), byId);
        std::sort(forth.begin(), forth.end(), byId);
        QCOMPARE(back, forth);
        QCOMPARE(later.siblingAtColumn(AgendaModel::StartColumn).data().toString(), laterStart);
    }

    void shouldTickAnActionInItsRowOfBothTables()
    {
        // GIVEN the meeting's third action item
        ActionItemModel *actions = m_doc->actionItems();
        QVERIFY(actions->rowCount() >= 3);
        const int row = 2;
        const QVariant id = actions->index(row, 0).data(ActionItemModel::ActionIdRole);
        const bool open = actions->index(row, 0).data(ActionItemModel::OpenRole).toBool();
        // WHEN it is ticked (or unticked)
        QVERIFY(actions->setData(actions->index(row, ActionItemModel::DoneColumn), open ? Qt::Checked : Qt::Unchecked,
                                 Qt::CheckStateRole));
        QCOMPARE(actions->index(row, 0).data(ActionItemModel::OpenRole).toBool(), !open);
        // THEN that row changes, in the meeting's table and in the summary, and nothing else
        ModelSignals &meeting = signalsOf(actions);
        ModelSignals &summary = signalsOf(m_doc->actionSummary());
        QCOMPARE(meeting.structural(), 0);
        QCOMPARE(meeting.changedRows(ActionItemModel::ActionIdRole), QList<QVariant>{id});
        QCOMPARE(summary.structural(), 0);
        QCOMPARE(summary.changedRows(ActionItemModel::ActionIdRole), QList<QVariant>{id});
        checkOthersQuiet({actions, m_doc->actionSummary()});
        // AND undo changes the same row back
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(meeting.structural() + summary.structural(), 0);
        QCOMPARE(meeting.changedRows(ActionItemModel::ActionIdRole), QList<QVariant>{id});
        QCOMPARE(summary.changedRows(ActionItemModel::ActionIdRole), QList<QVariant>{id});
        QCOMPARE(actions->index(row, 0).data(ActionItemModel::OpenRole).toBool(), open);
    }

    void shouldMarkAttendanceInOneRow()
    {
        // GIVEN the meeting's fifth participant
        ParticipantModel *participants = m_doc->participants();
        const int row = 4;
        const QVariant person = participants->index(row, 0).data(ParticipantModel::PersonIdRole);
        const QString before = participants->index(row, ParticipantModel::AttendanceColumn).data().toString();
        // WHEN roll call marks them
        QVERIFY(participants->toggleAttendance(row));
        // THEN that row changes and nothing else anywhere
        ModelSignals &s = signalsOf(participants);
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(ParticipantModel::PersonIdRole), QList<QVariant>{person});
        QVERIFY(participants->index(row, ParticipantModel::AttendanceColumn).data().toString() != before);
        checkOthersQuiet({participants});
        // AND undo changes the same row back
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(ParticipantModel::PersonIdRole), QList<QVariant>{person});
        QCOMPARE(participants->index(row, ParticipantModel::AttendanceColumn).data().toString(), before);
    }

    void shouldRenameAnAttachmentInOneRow()
    {
        // GIVEN the meeting's second attachment
        AttachmentModel *attachments = m_doc->attachments();
        const QModelIndex name = attachments->index(1, AttachmentModel::NameColumn);
        const QVariant id = name.data(AttachmentModel::AttachmentIdRole);
        const QString before = name.data().toString();
        // WHEN it is renamed
        QVERIFY(attachments->setData(name, QStringLiteral("renamed.pdf")));
        // THEN that row changes and nothing else anywhere
        ModelSignals &s = signalsOf(attachments);
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(AttachmentModel::AttachmentIdRole), QList<QVariant>{id});
        QCOMPARE(attachments->index(1, AttachmentModel::NameColumn).data().toString(), QStringLiteral("renamed.pdf"));
        checkOthersQuiet({attachments});
        // AND undo changes the same row back
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(AttachmentModel::AttachmentIdRole), QList<QVariant>{id});
        QCOMPARE(attachments->index(1, AttachmentModel::NameColumn).data().toString(), before);
    }

    void shouldAddAMeetingAsOneSidebarRow()
    {
        // GIVEN the sidebar's series of the seed meeting
        MeetingListModel *sidebar = m_doc->meetingList();
        const QModelIndex series = sidebar->indexOfMeeting(m_seed).parent();
        const int meetings = sidebar->rowCount(series);
        Meeting m;
        m.title = QStringLiteral("DMLT vF2F 2026-12");
        m.startDate = QDate(2026, 12, 8);
        m.endDate = QDate(2026, 12, 10);
        // WHEN a meeting is added to that series
        m_doc->addMeeting(m, series.data().toString());
        // THEN the series moves to the top (it holds the newest meeting now), one row is inserted
        // at the top of the series, and the new meeting is shown
        ModelSignals &s = signalsOf(sidebar);
        QCOMPARE(s.reset.size() + s.removed.size() + s.layout.size(), 0);
        QCOMPARE(s.moved.size(), 1);
        QCOMPARE(s.moved.at(0).at(0).value<QModelIndex>(), QModelIndex());
        QCOMPARE(s.moved.at(0).at(4).toInt(), 0);
        const QModelIndex moved = sidebar->indexOfMeeting(m_seed).parent();
        QCOMPARE(moved.row(), 0);
        QCOMPARE(s.inserted.size(), 1);
        QCOMPARE(s.inserted.at(0).at(0).value<QModelIndex>(), moved);
        QCOMPARE(s.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(sidebar->rowCount(moved), meetings + 1);
        QVERIFY(m_doc->currentMeetingId() != m_seed);
        QCOMPARE(sidebar->index(0, 0, moved).data(MeetingListModel::MeetingIdRole).toLongLong(),
                 m_doc->currentMeetingId());
        // AND undo removes just that row, moves the series back, and shows the seed meeting again
        clearSignals();
        m_doc->undoStack()->undo();
        QCOMPARE(s.reset.size() + s.inserted.size(), 0);
        QCOMPARE(s.moved.size(), 1);
        QCOMPARE(s.removed.size(), 1);
        QCOMPARE(s.removed.at(0).at(1).toInt(), 0);
        QCOMPARE(sidebar->indexOfMeeting(m_seed).parent().row(), series.row());
        QCOMPARE(sidebar->rowCount(sidebar->indexOfMeeting(m_seed).parent()), meetings);
        QCOMPARE(m_doc->currentMeetingId(), m_seed);
    }

    void shouldKeepAViewsSelectionAndExpansionAcrossEditsWithoutHelp()
    {
        // GIVEN a plain tree view of the agenda, one block collapsed, an entry of another current
        AgendaModel *agenda = m_doc->agenda();
        QTreeView tree;
        tree.setModel(agenda);
        tree.expandAll();
        const QModelIndex block = bigBlock();
        const QModelIndex day = block.parent();
        QModelIndex otherBlock;
        for (int r = 0; r < agenda->rowCount(day) && !otherBlock.isValid(); ++r) {
            const QModelIndex item = agenda->index(r, 0, day);
            if (item != block && agenda->rowCount(item) > 0)
                otherBlock = item;
        }
        QVERIFY(otherBlock.isValid());
        tree.collapse(otherBlock);
        const QModelIndex current = agenda->index(2, 0, block);
        const QVariant currentId = current.data(AgendaModel::EntryIdRole);
        tree.setCurrentIndex(current);
        const QPersistentModelIndex collapsed(otherBlock);
        // WHEN a topic is added before it, a duration changes, an entry moves and all is undone
        QVERIFY(agenda->addEntry(agenda->index(0, 0, block), AgendaEntry::Kind::Topic));
        QVERIFY(agenda->setData(agenda->index(0, AgendaModel::DurationColumn, block), 50));
        QVERIFY(agenda->stepEntry(agenda->index(1, 0, block), -1));
        // THEN the same entry stays current and selected, and the blocks keep their state
        QCOMPARE(tree.currentIndex().data(AgendaModel::EntryIdRole), currentId);
        QVERIFY(tree.selectionModel()->isSelected(tree.currentIndex()));
        QVERIFY(tree.isExpanded(agenda->indexOfEntry(block.data(AgendaModel::EntryIdRole).toLongLong())));
        QVERIFY(!tree.isExpanded(collapsed));
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(tree.currentIndex().data(AgendaModel::EntryIdRole), currentId);
        QVERIFY(!tree.isExpanded(collapsed));

        // GIVEN a table of the summary with a row current
        QTableView table;
        table.setModel(m_doc->actionSummary());
        const int row = 5;
        table.setCurrentIndex(m_doc->actionSummary()->index(row, ActionItemModel::DescriptionColumn));
        const QVariant action = table.currentIndex().data(ActionItemModel::ActionIdRole);
        // WHEN an action of this meeting is recorded and another one ticked
        QVERIFY(m_doc->recordActionItem(0, {}, QStringLiteral("Write the minutes"), QDate()));
        QVERIFY(m_doc->actionItems()->setData(m_doc->actionItems()->index(0, ActionItemModel::DoneColumn),
                                              Qt::Unchecked, Qt::CheckStateRole));
        // THEN the same action is still current in the summary
        QCOMPARE(table.currentIndex().data(ActionItemModel::ActionIdRole), action);
    }
};

QTEST_MAIN(TestPreciseSignals)
#include "tst_precisesignals.moc"
