// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/dateparser.h"

#include <QTest>

using namespace Quorum;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadDatesAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        // Today is Tuesday 15 September 2020, day 1 of the seed meeting.
        QTest::newRow("iso") << "2020-09-28" << QDate(2020, 9, 28);
        QTest::newRow("seed style") << "28 Sep 2020" << QDate(2020, 9, 28);
        QTest::newRow("day and month") << "28 Sep" << QDate(2020, 9, 28);
        QTest::newRow("full month") << "5 October" << QDate(2020, 10, 5);
        QTest::newRow("passed this year: next year") << "15 Mar" << QDate(2021, 3, 15);
        QTest::newRow("month first") << "Sep 30" << QDate(2020, 9, 30);
        QTest::newRow("month first with year") << "September 30, 2021" << QDate(2021, 9, 30);
        QTest::newRow("two-digit year") << "2-May-24" << QDate(2024, 5, 2);
        QTest::newRow("numeric, day first") << "28/9" << QDate(2020, 9, 28);
        QTest::newRow("numeric with year") << "1.10.2020" << QDate(2020, 10, 1);
        QTest::newRow("today") << "today" << QDate(2020, 9, 15);
        QTest::newRow("tomorrow") << "Tomorrow" << QDate(2020, 9, 16);
        QTest::newRow("weekday") << "friday" << QDate(2020, 9, 18);
        QTest::newRow("next weekday") << "next friday" << QDate(2020, 9, 25);
        QTest::newRow("same weekday") << "tuesday" << QDate(2020, 9, 22);
        QTest::newRow("next monday") << "next monday" << QDate(2020, 9, 21);
        QTest::newRow("in days") << "in 3 days" << QDate(2020, 9, 18);
        QTest::newRow("in weeks") << "in 2 weeks" << QDate(2020, 9, 29);
        QTest::newRow("no such day") << "31 Feb" << QDate();
        QTest::newRow("words") << "soonish" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void shouldReadDatesAsPeopleTypeThem()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(DateParser::parse(text, QDate(2020, 9, 15)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
