// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/actionitem.h"
#include "data/participant.h"

#include <QTest>

using namespace Quorum;

/** The rules the plain value types of models/data carry, which every list, filter and export shares. */
class TestDataRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
