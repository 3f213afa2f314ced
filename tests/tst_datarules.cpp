// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/actionitem.h"

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
};

QTEST_GUILESS_MAIN(TestDataRules)
#include "tst_datarules.moc"
