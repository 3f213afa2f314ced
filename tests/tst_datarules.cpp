// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/actionitem.h"
#include "data/meeting.h"
#include "data/meetingtitle.h"
#include "data/namelookup.h"
#include "data/participant.h"
#include "data/person.h"

#include <QTest>
#include <QTimeZone>

using namespace Quorum;

/** The rules the plain value types of models/data carry, which every list, filter and export shares. */
class TestDataRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShortenMeetingTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("shortened");
        QTest::newRow("date range") << "DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17"
                                    << "DMLT Face-to-Face"
                                    << "DM Leadership Team Virtual Face-to-Face Meeting";
        QTest::newRow("series and date") << "DMLT Meeting - 2024-04-22"
                                         << "DMLT Meeting"
                                         << "DMLT Meeting";
        QTest::newRow("series prefix") << "DMLT Meeting: budget review 2024-04-22"
                                       << "DMLT Meeting"
                                       << "budget review";
        QTest::newRow("not a whole name") << "DMLT Meetings review"
                                          << "DMLT Meeting"
                                          << "DMLT Meetings review";
        QTest::newRow("month in letters") << "DM Leadership Team Virtual Face-to-Face Meeting - 2023-Oct-24"
                                          << "DMLT Face-to-Face"
                                          << "DM Leadership Team Virtual Face-to-Face Meeting";
        QTest::newRow("dates in words") << "Face to face 15 Sep 2020 – 17 Sep 2020"
                                        << ""
                                        << "Face to face";
        QTest::newRow("american date") << "Weekly call, Sep 15, 2020"
                                       << ""
                                       << "Weekly call";
        QTest::newRow("range in words") << "Planning (2022-02-15 to 17)"
                                        << ""
                                        << "Planning";
        QTest::newRow("only a date") << "2022-02-15"
                                     << ""
                                     << "2022-02-15";
        QTest::newRow("date inside") << "Review of 2022-02-15 decisions"
                                     << ""
                                     << "Review of 2022-02-15 decisions";
        QTest::newRow("empty") << ""
                               << "x"
                               << "";
    }

    void shouldShortenMeetingTitles()
    {
        QFETCH(QString, title);
        QFETCH(QString, series);
        QFETCH(QString, shortened);
        QCOMPARE(MeetingTitle::shorten(title, series), shortened);
        QCOMPARE(MeetingTitle::label(QDate(2020, 9, 15), title, series), "2020-09-15  " + shortened);
    }

    void shouldCallOnlyAnOpenItemPastItsDueDateOverdue_data()
    {
        QTest::addColumn<bool>("done");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("overdue");
        // Today is 2021-01-01 in every row.
        QTest::newRow("open, due yesterday") << false << QDate(2020, 12, 31) << true;
        QTest::newRow("open, due today") << false << QDate(2021, 1, 1) << false;
        QTest::newRow("open, due tomorrow") << false << QDate(2021, 1, 2) << false;
        QTest::newRow("open, no due date") << false << QDate() << false;
        QTest::newRow("done, due long ago") << true << QDate(2019, 6, 1) << false;
    }

    void shouldCallOnlyAnOpenItemPastItsDueDateOverdue()
    {
        QFETCH(bool, done);
        QFETCH(QDate, due);
        QFETCH(bool, overdue);
        ActionItem item;
        item.done = done;
        item.dueDate = due;
        QCOMPARE(item.isOverdue(QDate(2021, 1, 1)), overdue);
    }

    void shouldTakeOnlyAnEmailThatLooksLikeOne_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("none") << "" << true;
        QTest::newRow("plain") << "tjenness@example.org" << true;
        QTest::newRow("dotted, plus, subdomain") << "tim.jenness+dm@lsst.example.org" << true;
        QTest::newRow("no @") << "tjenness.example.org" << false;
        QTest::newRow("two @") << "tim@jenness@example.org" << false;
        QTest::newRow("nothing before @") << "@example.org" << false;
        QTest::newRow("no domain") << "tjenness@" << false;
        QTest::newRow("undotted domain") << "tjenness@localhost" << false;
        QTest::newRow("empty label") << "tjenness@example..org" << false;
        QTest::newRow("space") << "tim jenness@example.org" << false;
        QTest::newRow("words") << "tim at example" << false;
    }

    void shouldTakeOnlyAnEmailThatLooksLikeOne()
    {
        QFETCH(QString, email);
        QFETCH(bool, plausible);
        QCOMPARE(Person::isPlausibleEmail(email), plausible);
    }

    void shouldNameAssigneesInTheirOrder_data()
    {
        QTest::addColumn<QList<Assignee>>("assignees");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("line");
        QTest::newRow("none") << QList<Assignee>{} << QStringList{} << QString();
        QTest::newRow("one person") << QList<Assignee>{{2, 0}} << QStringList{"Tim Jenness"} << "Tim Jenness";
        QTest::newRow("a group between people")
            << QList<Assignee>{{1, 0}, {0, 1}, {2, 0}} << QStringList{"Leanne Guy", "DM Leadership", "Tim Jenness"}
            << "Leanne Guy, DM Leadership, Tim Jenness";
        // A group and a person may share an id: the kind of assignee decides which name it is.
        QTest::newRow("same id, group first")
            << QList<Assignee>{{0, 2}, {2, 0}} << QStringList{"Middleware", "Tim Jenness"} << "Middleware, Tim Jenness";
    }

    void shouldNameAssigneesInTheirOrder()
    {
        QFETCH(QList<Assignee>, assignees);
        QFETCH(QStringList, names);
        QFETCH(QString, line);
        NameLookup lookup;
        lookup.people = {{1, "Leanne Guy"}, {2, "Tim Jenness"}};
        lookup.groups = {{1, "DM Leadership"}, {2, "Middleware"}};
        QCOMPARE(lookup.assigneeNames(assignees), names);
        QCOMPARE(lookup.joinAssignees(assignees), line);
    }

    void shouldNameRolesAndAttendances_data()
    {
        QTest::addColumn<bool>("role");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("moderator") << true << "moderator"
                                   << "Moderator";
        QTest::newRow("coordinator") << true << "coordinator"
                                     << "Coordinator";
        QTest::newRow("attendee") << true << "attendee"
                                  << "Attendee";
        QTest::newRow("notetaker") << true << "notetaker"
                                   << "Note-taker";
        QTest::newRow("guest") << true << "guest"
                               << "Guest";
        QTest::newRow("unknown role") << true << "juggler"
                                      << "juggler";
        QTest::newRow("invited") << false << "invited"
                                 << "Invited";
        QTest::newRow("present") << false << "present"
                                 << "Present";
        QTest::newRow("absent") << false << "absent"
                                << "Absent";
        QTest::newRow("excused") << false << "excused"
                                 << "Excused";
        QTest::newRow("attendance is not a role") << false << "guest"
                                                  << "guest";
    }

    void shouldNameRolesAndAttendances()
    {
        QFETCH(bool, role);
        QFETCH(QString, key);
        QFETCH(QString, name);
        QCOMPARE(role ? Participant::roleName(key) : Participant::attendanceName(key), name);
    }

    void shouldKeepOnlyATimeZoneQtAccepts()
    {
        // Whatever this computer calls its zone ("Etc/UTC" on a Debian container), a new or imported
        // meeting gets an id that the JSON import and QTimeZone take back.
        const QString zone = Meeting::localTimeZone();
        QVERIFY(!zone.isEmpty());
        QVERIFY2(QTimeZone::isTimeZoneIdAvailable(zone.toLatin1()), qPrintable(zone));
    }

    void shouldNameEveryKeyItOffers()
    {
        for (const QString &key : Participant::roles())
            QVERIFY2(Participant::roleName(key) != key, qPrintable(key));
        for (const QString &key : Participant::attendances())
            QVERIFY2(Participant::attendanceName(key) != key, qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestDataRules)
#include "tst_datarules.moc"
