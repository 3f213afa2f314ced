// SPDX-License-Identifier: GPL-3.0-or-later
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
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private Q_SLOTS:
    void init()
    {
        // Each test gets its own library, with every model watched before anything is loaded.
        m_testers.clear();
        m_doc.reset();
        const QString path
            = writeSample(m_dir, QStringLiteral("sample-%1.quorum").arg(QTest::currentTestFunction()), &m_seed);
        QString error;
        m_doc = MeetingDocument::open(path, &error);
        QVERIFY2(m_doc, qPrintable(error));
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 m_doc->meetingList(), m_doc->agenda(), m_doc->participants(), m_doc->actionItems(),
                 m_doc->actionSummary(), m_doc->attachments(), m_doc->topicRequests(), m_doc->dialIns()})
            m_testers.push_back(watchModel(m));
        m_doc->setToday(QDate(2026, 11, 29));
        QVERIFY(m_doc->setCurrentMeeting(m_seed));
    }

    void cleanup()
    {
        m_testers.clear();
        m_doc.reset();
    }

    void shouldGroupMeetingsBySeriesNewestFirst()
    {
        const MeetingListModel *list = m_doc->meetingList();
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("DMLT Meeting"));
        const QModelIndex f2f = list->index(1, 0);
        QCOMPARE(f2f.data().toString(), QStringLiteral("DMLT Face-to-Face"));
        QCOMPARE(list->rowCount(f2f), 3);
        QCOMPARE(list->index(0, 0, f2f).data(MeetingListModel::StartDateRole).toDate(), QDate(2023, 10, 24));
        QCOMPARE(list->index(2, 0, f2f).data(MeetingListModel::MeetingIdRole).toLongLong(), m_seed);
        QCOMPARE(list->indexOfMeeting(m_seed), list->index(2, 0, f2f));
    }

    void shouldShowDaysBlocksAndEntriesWithTimes()
    {
        const AgendaModel *agenda = m_doc->agenda();
        QCOMPARE(agenda->rowCount(), 3);
        const QModelIndex day1 = agenda->index(0, AgendaModel::TopicColumn);
        QVERIFY(day1.data().toString().startsWith(QStringLiteral("Day 1: ")));
        QCOMPARE(agenda->index(0, AgendaModel::StartColumn).data().toString(), QStringLiteral("09:00"));
        QCOMPARE(agenda->index(0, AgendaModel::EndColumn).data().toString(), QStringLiteral("14:30"));
        QCOMPARE(agenda->rowCount(agenda->index(0, 0)), 3);
        QCOMPARE(agenda->rowCount(agenda->index(1, 0)), 0);
        QCOMPARE(agenda->rowCount(agenda->index(2, 0)), 2);

        const QModelIndex block1 = agenda->index(0, 0, agenda->index(0, 0));
        QCOMPARE(block1.siblingAtColumn(AgendaModel::TopicColumn).data().toString(),
                 QStringLiteral("Moderator: John Swinbank"));
        QCOMPARE(agenda->rowCount(block1), 5);
        const QModelIndex welcome = agenda->index(0, AgendaModel::TopicColumn, block1);
        QCOMPARE(welcome.data().toString(), QStringLiteral("Welcome"));
        QCOMPARE(welcome.siblingAtColumn(AgendaModel::StartColumn).data().toString(), QStringLiteral("09:00"));
        QCOMPARE(welcome.siblingAtColumn(AgendaModel::EndColumn).data().toString(), QStringLiteral("09:15"));
        QCOMPARE(welcome.siblingAtColumn(AgendaModel::DurationColumn).data().toString(), QStringLiteral("15 min"));
        QCOMPARE(welcome.siblingAtColumn(AgendaModel::CoordinatorsColumn).data().toString(),
                 QStringLiteral("Wil O'Mullane"));
        QCOMPARE(agenda->index(4, 0, block1).data(AgendaModel::KindRole).toString(), QStringLiteral("break"));

        const QModelIndex block3 = agenda->index(2, 0, agenda->index(0, 0));
        const QModelIndex gen3 = agenda->index(1, AgendaModel::CoordinatorsColumn, block3);
        QCOMPARE(gen3.data().toString(), QStringLiteral("Tim Jenness, Robert Gruendl"));
        QCOMPARE(gen3.siblingAtColumn(AgendaModel::DurationColumn).data().toString(), QStringLiteral("1 h 15 min"));
        QCOMPARE(agenda->indexOfEntry(gen3.data(AgendaModel::EntryIdRole).toLongLong()).row(), 1);
    }

    void shouldListParticipantsWithRoles()
    {
        const ParticipantModel *p = m_doc->participants();
        QCOMPARE(p->rowCount(), 21);
        QCOMPARE(p->columnCount(), 9); // and Days, Arrived, Left for the attendance per day
        QCOMPARE(p->index(1, ParticipantModel::NameColumn).data().toString(), QStringLiteral("John Swinbank"));
        QCOMPARE(p->index(1, ParticipantModel::RoleColumn).data().toString(), QStringLiteral("Moderator"));
        QCOMPARE(p->index(3, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Unknown User (npease)"));
        QCOMPARE(p->index(3, ParticipantModel::UsernameColumn).data().toString(), QStringLiteral("npease"));
    }

    void shouldAssignTypedNamesByTheDirectorysRuleAndChangeNothingWhenCancelled()
    {
        ActionItemModel *mine = m_doc->actionItems();
        const QModelIndex who = mine->index(4, ActionItemModel::AssigneesColumn);
        const int people = int(m_doc->directory()->people().size());
        const int steps = m_doc->undoStack()->count();
        int asked = 0;
        m_doc->directory()->setAsker([&asked](const QList<NameQuestion> &) {
            ++asked;
            return std::optional<QList<Id>>();
        });
        // A first name and a group: no question
        QVERIFY(mine->setData(who, QStringLiteral("tim, t/cams")));
        QCOMPARE(who.data().toString(), QStringLiteral("Tim Jenness, T/CAMs"));
        QCOMPARE(asked, 0);
        // The same people typed otherwise: no new undo step
        QVERIFY(!mine->setData(who, QStringLiteral("Tim J, T/CAMs")));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // A name nobody has, not confirmed: nothing changes
        QVERIFY(!mine->setData(who, QStringLiteral("Tim, Melissa Graham")));
        QCOMPARE(asked, 1);
        QCOMPARE(who.data().toString(), QStringLiteral("Tim Jenness, T/CAMs"));
        QCOMPARE(int(m_doc->directory()->people().size()), people);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    }

    void shouldListActionItemsAndTheLibrarySummary()
    {
        const ActionItemModel *mine = m_doc->actionItems();
        QCOMPARE(mine->rowCount(), 14);
        QCOMPARE(mine->index(0, ActionItemModel::OriginColumn).data().toString(), QStringLiteral("Welcome"));
        QCOMPARE(mine->index(0, ActionItemModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(mine->index(4, ActionItemModel::AssigneesColumn).data().toString(),
                 QStringLiteral("Christopher Waters, Kian-Tat Lim"));
        QCOMPARE(mine->index(10, ActionItemModel::AssigneesColumn).data().toString(), QStringLiteral("T/CAMs"));

        const ActionItemModel *all = m_doc->actionSummary();
        QCOMPARE(all->rowCount(), 25);
        int open = 0, overdue = 0, unassigned = 0;
        for (int r = 0; r < all->rowCount(); ++r) {
            open += all->index(r, 0).data(ActionItemModel::OpenRole).toBool();
            overdue += all->index(r, 0).data(ActionItemModel::OverdueRole).toBool();
            unassigned
                += all->index(r, ActionItemModel::AssigneesColumn).data().toString() == QLatin1String("(unassigned)");
        }
        QCOMPARE(open, 11);
        QCOMPARE(overdue, 11); // every open item of the sample was due before 2026-11-29
        QCOMPARE(unassigned, 1);
        m_doc->setToday(QDate(2022, 3, 16));
        overdue = 0;
        for (int r = 0; r < all->rowCount(); ++r)
            overdue += all->index(r, 0).data(ActionItemModel::OverdueRole).toBool();
        QCOMPARE(overdue, 1); // only the 15 Mar 2022 one
    }

    void shouldFollowTheClockOvernight()
    {
        // A window left open overnight: "today" moves with the clock, without a restart.
        QDateTime now(QDate(2022, 3, 15), QTime(23, 59, 50));
        m_doc->models()->setClock([&now] { return now; });
        const ActionItemModel *all = m_doc->actionSummary();
        const auto overdue = [all] {
            int n = 0;
            for (int r = 0; r < all->rowCount(); ++r)
                n += all->index(r, 0).data(ActionItemModel::OverdueRole).toBool();
            return n;
        };
        QCOMPARE(m_doc->today(), QDate(2022, 3, 15));
        QCOMPARE(overdue(), 0); // the 15 Mar 2022 item is due today, not overdue
        QSignalSpy changed(all, &QAbstractItemModel::dataChanged);
        m_doc->models()->setTickInterval(20);
        now = now.addSecs(20);
        QTRY_COMPARE(m_doc->today(), QDate(2022, 3, 16));
        QCOMPARE(overdue(), 1);
        QVERIFY(!changed.isEmpty());
        // A tick on the same day announces nothing.
        changed.clear();
        now = now.addSecs(60);
        m_doc->models()->tick();
        QVERIFY(changed.isEmpty());
        m_doc->models()->setClock(&QDateTime::currentDateTime);
        QCOMPARE(m_doc->today(), QDate::currentDate());
    }

    void shouldListAttachmentsAndTopicRequests()
    {
        const AttachmentModel *files = m_doc->attachments();
        QCOMPARE(files->rowCount(), 13);
        QCOMPARE(files->index(1, AttachmentModel::NameColumn).data().toString(),
                 QStringLiteral("DMTN-148 Calibration Diagram Hand-Edited.pdf"));
        QCOMPARE(files->index(1, AttachmentModel::UploaderColumn).data().toString(), QStringLiteral("Kian-Tat Lim"));
        QCOMPARE(files->index(1, AttachmentModel::EntryColumn).data().toString(), QStringLiteral("DMTN-148"));

        const TopicRequestModel *requests = m_doc->topicRequests();
        QCOMPARE(requests->rowCount(), 6);
        QCOMPARE(requests->index(3, TopicRequestModel::RequestedByColumn).data().toString(),
                 QStringLiteral("Robert Gruendl, Yusra AlSayyad"));
        QCOMPARE(requests->index(3, TopicRequestModel::TimeColumn).data().toString(), QStringLiteral("1 h"));
        QCOMPARE(requests->index(0, TopicRequestModel::ScheduledColumn).data().toString(),
                 QStringLiteral("Day 1, 11:00 Improvements to the build and release system"));
    }

    void shouldEditDialInsThroughTheUndoStack()
    {
        DialInModel *dialIns = m_doc->dialIns();
        QCOMPARE(dialIns->rowCount(), 1);
        QVERIFY(dialIns->setData(dialIns->index(0, DialInModel::NumberColumn), QStringLiteral("+1 646-876-9923")));
        QCOMPARE(dialIns->index(0, DialInModel::NumberColumn).data().toString(), QStringLiteral("+1 646-876-9923"));
        QVERIFY(!dialIns->setData(dialIns->index(0, DialInModel::NumberColumn), QString()));
        dialIns->appendDialIn(QStringLiteral("NL"), QStringLiteral("+31 20 794 7345"));
        QCOMPARE(dialIns->rowCount(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(dialIns->rowCount(), 1);
        QCOMPARE(dialIns->index(0, DialInModel::NumberColumn).data().toString(), QStringLiteral("+1 786-635-1003"));
    }

    void shouldFollowTheCurrentMeeting()
    {
        const Id newest = m_doc->newestMeetingId();
        QVERIFY(newest != m_seed);
        QVERIFY(m_doc->setCurrentMeeting(newest));
        QCOMPARE(m_doc->agenda()->rowCount(), 1);
        QCOMPARE(m_doc->participants()->rowCount(), 10); // the weekly call's plan
        QCOMPARE(m_doc->actionItems()->rowCount(), 6);
        QCOMPARE(m_doc->attachments()->rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
