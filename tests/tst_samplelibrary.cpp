// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/topicrequestrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

/** The sample holds everything the reference meeting page holds (see issue 2, point 5). */
class TestSampleLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_seed = 0;
    QHash<Id, QString> m_names;

    QSqlDatabase db() const { return m_db->connection(); }
    Id person(const QString &name) const { return PersonRepository(db()).findByName(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = writeSample(m_dir, QStringLiteral("sample.quorum"), &m_seed);
        QString error;
        m_db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(m_seed);
        m_names = PersonRepository(db()).shownNames();
    }

    void shouldHoldTheSeedMeetingLogistics()
    {
        const Meeting m = MeetingRepository(db()).load(m_seed);
        QCOMPARE(m.title, QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17"));
        QCOMPARE(m.startDate, QDate(2020, 9, 15));
        QCOMPARE(m.endDate, QDate(2020, 9, 17));
        QCOMPARE(m.joinUrl, QStringLiteral("https://washington.zoom.us/j/91337592385"));
        QCOMPARE(m.meetingCode, QStringLiteral("91337592385"));
        QCOMPARE(m.dialIns.size(), 1);
        QCOMPARE(m.dialIns.at(0).number, QStringLiteral("+1 786-635-1003"));
        QCOMPARE(m.sipAddress, QStringLiteral("91337592385@zoomcrc.com"));
        QVERIFY(m.passcodeHint.contains(QStringLiteral("#dm-camelot")));
        QVERIFY(!m.timeZone.isEmpty());
    }

    void shouldHoldTwentyOneParticipants()
    {
        const QList<Participant> parts = ParticipantRepository(db()).forMeeting(m_seed);
        QCOMPARE(parts.size(), 21);
        QStringList names;
        for (const Participant &p : parts)
            names << m_names.value(p.personId);
        QCOMPARE(names.first(), QStringLiteral("Robert Lupton"));
        QCOMPARE(names.last(), QStringLiteral("Gregory Dubois-Felsmann"));
        QVERIFY(names.contains(QStringLiteral("Unknown User (npease)")));
        QVERIFY(names.contains(QStringLiteral("Unknown User (gcomoretto)")));
        QVERIFY(names.contains(QStringLiteral("Unknown User (mbutler)")));
    }

    void shouldResolveEveryNameOfOnePersonToThatPerson()
    {
        const Id ktl = person(QStringLiteral("Kian-Tat Lim"));
        QVERIFY(ktl);
        QCOMPARE(person(QStringLiteral("K-T Lim")), ktl);
        QCOMPARE(person(QStringLiteral("KT")), ktl);
        QCOMPARE(person(QStringLiteral("npease")), person(QStringLiteral("NPEASE")));
        QVERIFY(PersonRepository(db()).findGroupByName(QStringLiteral("T/CAMs")));
    }

    void shouldHoldThreeDaysFiveBlocksAndEveryEntry()
    {
        const QList<MeetingDay> days = MeetingRepository(db()).days(m_seed);
        QCOMPARE(days.size(), 3);
        const QList<AgendaEntry> entries = AgendaRepository(db()).forMeeting(m_seed);
        QHash<Id, int> perDay;
        int blocks = 0;
        for (const AgendaEntry &e : entries) {
            ++perDay[e.dayId];
            if (e.kind == AgendaEntry::Kind::Block) {
                ++blocks;
                QVERIFY(e.moderatorId);
            } else {
                QVERIFY2(e.startTime.isValid(), qPrintable(e.title));
                QVERIFY(e.parentId);
            }
        }
        QCOMPARE(blocks, 5);
        QCOMPARE(perDay.value(days.at(1).id), 0); // day 2 is empty, as on the page
        QCOMPARE(perDay.value(days.at(0).id), 3 + 11);
        QCOMPARE(perDay.value(days.at(2).id), 2 + 6);

        const auto find = [&](const QString &title) { return entryTitled(entries, title); };
        const AgendaEntry gen3 = find(QStringLiteral("Generation 3 middleware plans and acceptance criteria"));
        QCOMPARE(gen3.startTime, QTime(13, 15));
        QCOMPARE(gen3.coordinatorIds,
                 (QList<Id>{person(QStringLiteral("Tim Jenness")), person(QStringLiteral("Robert Gruendl"))}));
        QVERIFY(!gen3.preNotes.isEmpty());
        QVERIFY(gen3.runningNotes.contains(QStringLiteral("November 1st")));
        QCOMPARE(find(QStringLiteral("Close")).kind, AgendaEntry::Kind::Closing);
        QCOMPARE(find(QStringLiteral("Welcome")).startTime, QTime(9, 0));
        QVERIFY(find(QStringLiteral("DMTN-148")).runningNotes.contains(QStringLiteral("9:17 p.m.")));
    }

    void shouldHoldFourteenActionItemsOfTheMeeting()
    {
        const QList<ActionItem> actions = ActionItemRepository(db()).list(m_seed);
        QCOMPARE(actions.size(), 14);
        int toGroup = 0, twoAssignees = 0, withEntry = 0;
        for (const ActionItem &a : actions) {
            QVERIFY(a.done);
            if (a.entryId)
                ++withEntry;
            if (a.assignees.size() == 2)
                ++twoAssignees;
            for (const Assignee &who : a.assignees) {
                if (who.groupId)
                    ++toGroup;
            }
        }
        QCOMPARE(toGroup, 1);
        QCOMPARE(twoAssignees, 1);
        QCOMPARE(withEntry, 14);
        const auto gen3 = std::find_if(actions.begin(), actions.end(),
                                       [](const ActionItem &a) { return a.externalRef == QLatin1String("DM-26798"); });
        QVERIFY(gen3 != actions.end());
        QCOMPARE(gen3->dueDate, QDate(2020, 9, 28));
        QCOMPARE(gen3->assignees.at(0).personId, person(QStringLiteral("Leanne Guy")));
    }

    void shouldHoldElevenOpenActionsOfThreeOtherMeetings()
    {
        const QList<ActionItem> all = ActionItemRepository(db()).list();
        int open = 0, unassigned = 0;
        QSet<Id> meetings;
        for (const ActionItem &a : all) {
            if (a.meetingId == m_seed)
                continue;
            QVERIFY(!a.done);
            QVERIFY(a.dueDate.isValid());
            ++open;
            meetings.insert(a.meetingId);
            if (a.assignees.isEmpty())
                ++unassigned;
        }
        QCOMPARE(open, 11);
        QCOMPARE(meetings.size(), 3);
        QCOMPARE(unassigned, 1);
        QCOMPARE(MeetingRepository(db()).summaries().size(), 4);
    }

    void shouldHoldThirteenAttachmentsWithIntactContent()
    {
        const QList<Attachment> files = AttachmentRepository(db()).forMeeting(m_seed);
        QCOMPARE(files.size(), 13);
        int pdfs = 0;
        for (const Attachment &a : files) {
            const QByteArray content = AttachmentRepository(db()).content(a.sha256);
            QCOMPARE(AttachmentRepository::sha256Of(content), a.sha256);
            QCOMPARE(qint64(content.size()), a.size);
            QVERIFY(a.uploadedBy);
            QVERIFY(a.modifiedAt.isValid());
            if (a.mimeType == QLatin1String("application/pdf")) {
                ++pdfs;
                QVERIFY(content.startsWith("%PDF-"));
                QVERIFY(content.contains("Quorum sample content"));
            }
        }
        QCOMPARE(pdfs, 10);
        QCOMPARE(files.last().fileName, QStringLiteral("2020-09-17 — AP F20B.pdf"));
        QCOMPARE(files.last().modifiedAt.date(), QDate(2020, 10, 12));
        QCOMPARE(m_names.value(files.at(6).uploadedBy), QStringLiteral("Unknown User (mbutler)"));
    }

    void shouldLinkTheSeedsTicketKeys()
    {
        const QList<LinkPattern> patterns = LinkPatternRepository(db()).all();
        QCOMPARE(patterns.size(), 3);
        QCOMPARE(TicketLinker(patterns).linkify(QStringLiteral("DM-26798")),
                 QStringLiteral("[DM-26798](https://jira.lsstcorp.org/browse/DM-26798)"));
    }

    void shouldHoldSixTopicRequests()
    {
        const QList<TopicRequest> requests = TopicRequestRepository(db()).forMeeting(m_seed);
        QCOMPARE(requests.size(), 6);
        QCOMPARE(requests.at(0).topic, QStringLiteral("Build system status"));
        QCOMPARE(requests.at(2).minutesRequired, 45);
        QCOMPARE(requests.at(3).minutesRequired, 60);
        QCOMPARE(requests.at(3).requestedBy.size(), 2);
        QCOMPARE(requests.at(5).requestedBy.size(), 2);
        for (const TopicRequest &t : requests)
            QVERIFY(t.scheduledEntryId);
    }
};

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
