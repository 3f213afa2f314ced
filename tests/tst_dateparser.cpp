// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"
#include "notes/dateparser.h"

#include <QTest>

using namespace Quorum;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // German throughout: the relative words come from the translation, and English must still read.
        Translations::install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DateParser::tr("today"), QStringLiteral("heute|heut"));
    }

    void shouldReadDatesAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        // Today is Tuesday 15 September 2020, day 1 of the seed meeting.
        QTest::newRow("iso") << "2020-09-28" << QDate(2020, 9, 28);
        QTest::newRow("year first") << "2020/9/28" << QDate(2020, 9, 28);
        QTest::newRow("year first, no such day") << "2020/2/30" << QDate();
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
        QTest::newRow("yesterday (a decision's date)") << "yesterday" << QDate(2020, 9, 14);
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

    void shouldReadDatesInTheUsersLanguageAndOrder_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        // Today is Tuesday 15 September 2020.
        const QString de = QStringLiteral("de_DE");
        QTest::newRow("de: day. short month") << de << "28. Sep" << QDate(2020, 9, 28);
        QTest::newRow("de: day. long month year") << de << "28. September 2026" << QDate(2026, 9, 28);
        QTest::newRow("de: März") << de << "3. März" << QDate(2021, 3, 3);
        QTest::newRow("de: Mär (standalone short)") << de << "3. Mär" << QDate(2021, 3, 3);
        QTest::newRow("de: Maerz without umlaut") << de << "3 maerz" << QDate(2021, 3, 3);
        QTest::newRow("de: Marz without dots") << de << "3 MARZ" << QDate(2021, 3, 3);
        QTest::newRow("de: Dez.") << de << "24. Dez." << QDate(2020, 12, 24);
        QTest::newRow("de: numeric with trailing dot") << de << "28.9." << QDate(2020, 9, 28);
        QTest::newRow("de: numeric with year") << de << "28.9.2026" << QDate(2026, 9, 28);
        QTest::newRow("de: numeric, two-digit year") << de << "1.10.20" << QDate(2020, 10, 1);
        QTest::newRow("de: as the agenda shows a day") << de << "Dienstag, 15. September 2020" << QDate(2020, 9, 15);
        QTest::newRow("de: Fr") << de << "Fr" << QDate(2020, 9, 18);
        QTest::newRow("de: Fr.") << de << "Fr." << QDate(2020, 9, 18);
        QTest::newRow("de: Freitag") << de << "Freitag" << QDate(2020, 9, 18);
        QTest::newRow("de: Donnerstag, started") << de << "Don" << QDate(2020, 9, 17);
        QTest::newRow("de: heute") << de << "heute" << QDate(2020, 9, 15);
        QTest::newRow("de: Morgen") << de << "Morgen" << QDate(2020, 9, 16);
        QTest::newRow("de: gestern") << de << "gestern" << QDate(2020, 9, 14);
        QTest::newRow("de: vorgestern") << de << "vorgestern" << QDate(2020, 9, 13);
        QTest::newRow("de: übermorgen") << de << "übermorgen" << QDate(2020, 9, 17);
        QTest::newRow("de: uebermorgen") << de << "uebermorgen" << QDate(2020, 9, 17);
        QTest::newRow("de: nächsten Freitag") << de << "nächsten Freitag" << QDate(2020, 9, 25);
        QTest::newRow("de: naechsten freitag") << de << "naechsten freitag" << QDate(2020, 9, 25);
        QTest::newRow("de: nächster Montag") << de << "nächster Montag" << QDate(2020, 9, 21);
        QTest::newRow("de: diesen Freitag") << de << "diesen Freitag" << QDate(2020, 9, 18);
        QTest::newRow("de: am Freitag") << de << "am Freitag" << QDate(2020, 9, 18);
        QTest::newRow("de: in 2 Wochen") << de << "in 2 Wochen" << QDate(2020, 9, 29);
        QTest::newRow("de: in 3 Tagen") << de << "in 3 Tagen" << QDate(2020, 9, 18);
        QTest::newRow("de: in 1 Monat") << de << "in 1 Monat" << QDate(2020, 10, 15);
        QTest::newRow("de: English reads too") << de << "next friday" << QDate(2020, 9, 25);
        QTest::newRow("de: English month") << de << "28 Sep" << QDate(2020, 9, 28);
        QTest::newRow("de: 31. Feb") << de << "31. Feb" << QDate();
        QTest::newRow("de: 31.2.") << de << "31.2." << QDate();
        QTest::newRow("de: nächsten Blub") << de << "nächsten Blub" << QDate();
        QTest::newRow("de: diesen alone") << de << "diesen" << QDate();
        QTest::newRow("de: in 2 Blub") << de << "in 2 Blub" << QDate();
        QTest::newRow("de: huge count") << de << "in 99999999999 Tagen" << QDate();
        QTest::newRow("de: huge day") << de << "99999999999. Sep" << QDate();
        QTest::newRow("de: huge year") << de << "28.9.99999" << QDate();
        QTest::newRow("de: mixed scripts (Cyrillic e)") << de << QStringLiteral("28. S\u0435p") << QDate();
        QTest::newRow("de: Greek") << de << QStringLiteral("28. \u03a3\u03b5\u03c0") << QDate();
        QTest::newRow("de: empty") << de << "" << QDate();
        QTest::newRow("de: blanks") << de << "   " << QDate();
        QTest::newRow("de: dots") << de << "..." << QDate();
        QTest::newRow("de: two letters that start two months") << de << "Ma 3" << QDate();

        const QString us = QStringLiteral("en_US");
        QTest::newRow("en_US: month first") << us << "9/28" << QDate(2020, 9, 28);
        QTest::newRow("en_US: month first with year") << us << "9/28/2021" << QDate(2021, 9, 28);
        QTest::newRow("en_US: 10/1 is October") << us << "10/1" << QDate(2020, 10, 1);
        QTest::newRow("en_US: day first when month first is no date") << us << "28/9" << QDate(2020, 9, 28);
        QTest::newRow("en_US: Sep 28") << us << "Sep 28" << QDate(2020, 9, 28);
        QTest::newRow("en_US: weeks start on Sunday") << us << "next sunday" << QDate(2020, 9, 20);
        QTest::newRow("en_US: German words from the translation") << us << "morgen" << QDate(2020, 9, 16);
        QTest::newRow("en_US: 13/13") << us << "13/13" << QDate();

        const QString gb = QStringLiteral("en_GB");
        QTest::newRow("en_GB: 10/1 is January") << gb << "10/1" << QDate(2021, 1, 10);
        QTest::newRow("en_GB: 1/10 is October") << gb << "1/10" << QDate(2020, 10, 1);
        QTest::newRow("en_GB: with year") << gb << "28/9/2020" << QDate(2020, 9, 28);
        QTest::newRow("en_GB: weeks start on Monday") << gb << "next sunday" << QDate(2020, 9, 27);
        QTest::newRow("en_GB: 28 September") << gb << "28 September" << QDate(2020, 9, 28);
        QTest::newRow("en_GB: 0/0") << gb << "0/0" << QDate();
    }

    void shouldReadDatesInTheUsersLanguageAndOrder()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(DateParser::parse(text, QDate(2020, 9, 15), QLocale(locale)), expected);
    }

    /** Without a locale given, the user's (QLocale()) decides the order. */
    void shouldFollowTheDefaultLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDate us = DateParser::parse(QStringLiteral("10/1"), QDate(2020, 9, 15));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDate de = DateParser::parse(QStringLiteral("10/1"), QDate(2020, 9, 15));
        QLocale::setDefault(before);
        QCOMPARE(us, QDate(2020, 10, 1));
        QCOMPARE(de, QDate(2021, 1, 10));
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
