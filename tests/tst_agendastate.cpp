// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendastate.h"

#include <QTest>

using namespace Quorum;

namespace {

// Day 1 (09:00–10:30): block 100 holds A 30', B 15', a break pinned at 10:00 for 15', C 30'.
// Day 2 (13:00–14:00): D 20' directly on the day.
AgendaState fixture()
{
    AgendaState s;
    s.startDate = QDate(2020, 9, 15);
    s.endDate = QDate(2020, 9, 16);
    s.days = {{1, 7, QDate(2020, 9, 15), QTime(9, 0), QTime(10, 30), {}, {}, {}},
              {2, 7, QDate(2020, 9, 16), QTime(13, 0), QTime(14, 0), {}, {}, {}}};
    auto make = [](Id id, Id day, Id parent, int pos, AgendaEntry::Kind kind, const char *title, int minutes,
                   QTime start = {}, bool pinned = false) {
        AgendaEntry e;
        e.id = id;
        e.dayId = day;
        e.parentId = parent;
        e.position = pos;
        e.kind = kind;
        e.title = QString::fromLatin1(title);
        e.durationMinutes = minutes;
        e.startTime = start;
        e.pinned = pinned;
        return e;
    };
    s.entries = {make(100, 1, 0, 0, AgendaEntry::Kind::Block, "", -1),
                 make(11, 1, 100, 0, AgendaEntry::Kind::Topic, "A", 30),
                 make(12, 1, 100, 1, AgendaEntry::Kind::Topic, "B", 15),
                 make(13, 1, 100, 2, AgendaEntry::Kind::Break, "Break", 15, QTime(10, 0), true),
                 make(14, 1, 100, 3, AgendaEntry::Kind::Topic, "C", 30),
                 make(21, 2, 0, 0, AgendaEntry::Kind::Topic, "D", 20)};
    s.retime();
    return s;
}

/** "A 09:00, B 09:30 | D 13:00": each day's timeline with start times. */
QString describe(const AgendaState &s)
{
    QStringList days;
    for (const MeetingDay &d : s.days) {
        QStringList items;
        for (Id id : s.timeline(d.id))
            items << s.entry(id)->title + QLatin1Char(' ') + s.entry(id)->startTime.toString(QStringLiteral("HH:mm"));
        days << items.join(QStringLiteral(", "));
    }
    return days.join(QStringLiteral(" | "));
}

} // namespace

class TestAgendaState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRetimeLaterEntries_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("slackOfBreak");
        QTest::addColumn<int>("overrunOfDay1");

        QTest::newRow("as planned") << "none"
                                    << "A 09:00, B 09:30, Break 10:00, C 10:15 | D 13:00" << 15 << 15;
        QTest::newRow("duration grows") << "grow A"
                                        << "A 09:00, B 10:00, Break 10:00, C 10:15 | D 13:00" << -15 << 15;
        QTest::newRow("duration shrinks") << "shrink A"
                                          << "A 09:00, B 09:15, Break 10:00, C 10:15 | D 13:00" << 30 << 15;
        QTest::newRow("insert") << "insert E after A"
                                << "A 09:00, E 09:30, B 09:50, Break 10:00, C 10:15 | D 13:00" << -5 << 15;
        QTest::newRow("remove") << "remove A"
                                << "B 09:00, Break 10:00, C 10:15 | D 13:00" << 45 << 15;
        QTest::newRow("move within the day") << "move C first"
                                             << "C 09:00, A 09:30, B 10:00, Break 10:00 | D 13:00" << -15 << 0;
        QTest::newRow("move across days") << "move A to day 2"
                                          << "B 09:00, Break 10:00, C 10:15 | D 13:00, A 13:20" << 45 << 15;
        QTest::newRow("pinned entry unpinned") << "unpin break"
                                               << "A 09:00, B 09:30, Break 09:45, C 10:00 | D 13:00" << 0 << 0;
        QTest::newRow("day starts later") << "day 1 at 09:30"
                                          << "A 09:30, B 10:00, Break 10:00, C 10:15 | D 13:00" << -15 << 15;
        QTest::newRow("remove the block") << "remove block"
                                          << " | D 13:00" << 0 << 0;
    }

    void shouldRetimeLaterEntries()
    {
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        QFETCH(int, slackOfBreak);
        QFETCH(int, overrunOfDay1);
        // GIVEN the fixture agenda
        AgendaState s = fixture();
        // WHEN the operation is applied and the agenda re-timed
        if (operation == QLatin1String("grow A"))
            s.entry(11)->durationMinutes = 60;
        else if (operation == QLatin1String("shrink A"))
            s.entry(11)->durationMinutes = 15;
        else if (operation == QLatin1String("insert E after A")) {
            AgendaEntry e;
            e.id = 15;
            e.dayId = 1;
            e.parentId = 100;
            e.title = QStringLiteral("E");
            e.durationMinutes = 20;
            QVERIFY(s.insert(e, 1));
        } else if (operation == QLatin1String("remove A"))
            QVERIFY(s.remove(11));
        else if (operation == QLatin1String("move C first"))
            QVERIFY(s.move(14, 1, 100, 0));
        else if (operation == QLatin1String("move A to day 2"))
            QVERIFY(s.move(11, 2, 0, 1));
        else if (operation == QLatin1String("unpin break"))
            s.entry(13)->pinned = false;
        else if (operation == QLatin1String("day 1 at 09:30"))
            s.days[0].plannedStart = QTime(9, 30);
        else if (operation == QLatin1String("remove block"))
            QVERIFY(s.remove(100));
        s.retime();
        // THEN later entries follow, pinned ones stay, and gaps, overlaps and overruns show
        QCOMPARE(describe(s), expected);
        QCOMPARE(s.slackBefore(13), slackOfBreak);
        QCOMPARE(s.overrun(1), overrunOfDay1);
        // Positions stay 0..n-1 among siblings.
        for (const MeetingDay &d : s.days) {
            for (Id parent : QList<Id>{0, 100}) {
                const QList<Id> kids = s.children(d.id, parent);
                for (int i = 0; i < kids.size(); ++i)
                    QCOMPARE(s.entry(kids.at(i))->position, i);
            }
        }
    }

    void shouldStepThroughBlocksAndDays_data()
    {
        QTest::addColumn<Id>("entry");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("expected");
        QTest::newRow("down within the block") << Id(11) << 1 << "B 09:00, A 09:15, Break 10:00, C 10:15 | D 13:00";
        QTest::newRow("up out of the block") << Id(11) << -1 << "A 09:00, B 09:30, Break 10:00, C 10:15 | D 13:00";
        QTest::newRow("down out of the block and to the next day")
            << Id(14) << 1 << "A 09:00, B 09:30, Break 10:00, C 10:15 | D 13:00";
        QTest::newRow("up to the previous day") << Id(21) << -1 << "A 09:00, B 09:30, Break 10:00, C 10:15, D 10:45 | ";
    }

    void shouldStepThroughBlocksAndDays()
    {
        QFETCH(Id, entry);
        QFETCH(int, direction);
        QFETCH(QString, expected);
        AgendaState s = fixture();
        QVERIFY(s.step(entry, direction));
        s.retime();
        QCOMPARE(describe(s), expected);
    }

    void shouldStepOutOfTheBlockBeforeLeavingTheDay()
    {
        AgendaState s = fixture();
        QVERIFY(s.step(14, 1)); // C leaves the block, still on day 1
        QCOMPARE(s.entry(14)->parentId, Id(0));
        QCOMPARE(s.entry(14)->dayId, Id(1));
        QVERIFY(s.step(14, 1)); // then goes to the top of day 2
        QCOMPARE(s.entry(14)->dayId, Id(2));
        QCOMPARE(s.children(2, 0), (QList<Id>{14, 21}));
        QVERIFY(!s.step(21, 1)); // nothing after the last day
    }

    /** Issue 17, class 10: what would wrap the clock past midnight is found, never shown as "23:30–15:34". */
    void shouldFindTheEntryThatRunsPastMidnight_data()
    {
        QTest::addColumn<Id>("entry");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<Id>("late");
        QTest::newRow("as planned") << Id(11) << 30 << Id(0);
        // Day 1 starts at 09:00: A, B, the break pinned at 10:00, C.
        QTest::newRow("C until midnight exactly") << Id(14) << (24 - 10) * 60 - 15 << Id(0);
        QTest::newRow("C a minute longer") << Id(14) << (24 - 10) * 60 - 14 << Id(14);
        QTest::newRow("A past the break and midnight") << Id(11) << 24 * 60 << Id(11);
        QTest::newRow("D on day 2 from 13:00") << Id(21) << 11 * 60 + 1 << Id(21);
    }

    void shouldFindTheEntryThatRunsPastMidnight()
    {
        QFETCH(Id, entry);
        QFETCH(int, minutes);
        QFETCH(Id, late);
        AgendaState s = fixture();
        s.entry(entry)->durationMinutes = minutes;
        const Id dayId = s.entry(entry)->dayId;
        QCOMPARE(s.pastMidnight(dayId), late);
        s.retime();
        QCOMPARE(s.pastMidnight(dayId), late);
    }

    void shouldRefuseImpossiblePlaces()
    {
        AgendaState s = fixture();
        QVERIFY(!s.move(100, 1, 100, 0)); // a block into itself
        QVERIFY(!s.move(11, 1, 12, 0)); // into a topic
        QVERIFY(!s.move(11, 99, 0, 0)); // to a day that does not exist
        AgendaEntry block;
        block.id = 101;
        block.kind = AgendaEntry::Kind::Block;
        block.dayId = 1;
        block.parentId = 100;
        QVERIFY(!s.insert(block, 0)); // blocks do not nest
        QCOMPARE(describe(s), describe(fixture()));
    }
};

QTEST_GUILESS_MAIN(TestAgendaState)
#include "tst_agendastate.moc"
