// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/duration.h"
#include "i18n/translations.h"

#include <QTest>

using namespace Quorum;

/** Durations and times of day as typed in the user's language (issue 23); English always reads. */
class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Duration::tr("%1 min"), QStringLiteral("%1 Min."));
    }

    void shouldShowDurationsInGerman_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("minutes") << 45 << "45 Min.";
        QTest::newRow("hours") << 120 << "2 Std.";
        QTest::newRow("both") << 75 << "1 Std. 15 Min.";
        QTest::newRow("none") << 0 << "0 Min.";
        QTest::newRow("no duration") << -1 << "";
    }

    void shouldShowDurationsInGerman()
    {
        QFETCH(int, minutes);
        QFETCH(QString, expected);
        QCOMPARE(Duration::format(minutes), expected);
        if (minutes >= 0) // what is shown reads back
            QCOMPARE(Duration::parse(expected, QLocale(QLocale::German)), minutes);
    }

    void shouldParseDurationsInTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        const QString de = QStringLiteral("de_DE");
        QTest::newRow("de: Std and Min") << de << "1 Std 30 Min" << 90;
        QTest::newRow("de: Std.") << de << "1 Std." << 60;
        QTest::newRow("de: Min.") << de << "90 Min." << 90;
        QTest::newRow("de: decimal comma") << de << "1,5 Std" << 90;
        QTest::newRow("de: decimal comma, h") << de << "1,25 h" << 75;
        QTest::newRow("de: decimal point reads too") << de << "1.5 h" << 90;
        QTest::newRow("de: Stunden") << de << "2 Stunden" << 120;
        QTest::newRow("de: Stunde und Minuten") << de << "1 Stunde 5 Minuten" << 65;
        QTest::newRow("de: no spaces") << de << "1Std30Min" << 90;
        QTest::newRow("de: capitals") << de << "1 STD 30 MIN" << 90;
        QTest::newRow("de: English") << de << "1h 30m" << 90;
        QTest::newRow("de: plain") << de << "45" << 45;
        QTest::newRow("de: clock") << de << "1:30" << 90;
        QTest::newRow("de: hours then a bare number") << de << "1 Std 30" << 90;
        QTest::newRow("de: a fraction of a minute") << de << "0,5 Min" << -1;
        QTest::newRow("de: bare decimal") << de << "1,5" << -1;
        QTest::newRow("de: unit alone") << de << "Std" << -1;
        QTest::newRow("de: unknown unit") << de << "1 Blub" << -1;
        QTest::newRow("de: hours twice") << de << "1 Std 2 Std" << -1;
        QTest::newRow("de: minutes before hours") << de << "30 Min 1 Std" << -1;
        QTest::newRow("de: two commas") << de << "1,5,5 Std" << -1;
        QTest::newRow("de: more than a day") << de << "25 Std" << -1;
        QTest::newRow("de: a day and a half") << de << "1,5 Tage" << -1;
        QTest::newRow("de: huge") << de << "99999999999 Std" << -1;
        QTest::newRow("de: huge decimals") << de << "1,00000000000001 Std" << -1;
        QTest::newRow("de: mixed scripts") << de << QStringLiteral("1 \u0421td") << -1;
        QTest::newRow("de: empty") << de << "" << -1;
        QTest::newRow("de: negative") << de << "-5 Min" << -1;

        const QString us = QStringLiteral("en_US");
        QTest::newRow("en_US: decimal point") << us << "1.5 h" << 90;
        QTest::newRow("en_US: hours spelled") << us << "1.5 hours" << 90;
        QTest::newRow("en_US: mins") << us << "90 mins" << 90;
        QTest::newRow("en_US: a comma is no decimal point") << us << "1,5 h" << -1;
        QTest::newRow("en_US: the translation's words read") << us << "1 Std 30 Min" << 90;
        const QString gb = QStringLiteral("en_GB");
        QTest::newRow("en_GB: hr and min") << gb << "1 hr 15 min" << 75;
        QTest::newRow("en_GB: quarter hours") << gb << "0.25 h" << 15;
        QTest::newRow("en_GB: 24 h") << gb << "24 h" << 1440;
        QTest::newRow("en_GB: 24.5 h") << gb << "24.5 h" << -1;
    }

    void shouldParseDurationsInTheUsersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(Duration::parse(text, QLocale(locale)), minutes);
    }

    void shouldParseTimesOfDayOnEitherClock_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("expected");
        const QString us = QStringLiteral("en_US");
        QTest::newRow("24-hour") << us << "14:05" << QTime(14, 5);
        QTest::newRow("compact") << us << "930" << QTime(9, 30);
        QTest::newRow("pm") << us << "2:05 pm" << QTime(14, 5);
        QTest::newRow("PM") << us << "2:05 PM" << QTime(14, 5);
        QTest::newRow("2pm") << us << "2pm" << QTime(14, 0);
        QTest::newRow("p.m.") << us << "2:05 p.m." << QTime(14, 5);
        QTest::newRow("am") << us << "9:30 am" << QTime(9, 30);
        QTest::newRow("a") << us << "9a" << QTime(9, 0);
        QTest::newRow("midnight") << us << "12 am" << QTime(0, 0);
        QTest::newRow("noon") << us << "12:30 pm" << QTime(12, 30);
        QTest::newRow("as shown in en_US")
            << us << QLocale(us).toString(QTime(14, 5), QLocale::ShortFormat) << QTime(14, 5);
        QTest::newRow("13 pm") << us << "13 pm" << QTime();
        QTest::newRow("0 am") << us << "0 am" << QTime();
        QTest::newRow("2:60 pm") << us << "2:60 pm" << QTime();
        QTest::newRow("pm alone") << us << "pm" << QTime();
        QTest::newRow("2 xm") << us << "2 xm" << QTime();
        QTest::newRow("huge") << us << "99999999999 pm" << QTime();
        QTest::newRow("empty") << us << "" << QTime();
        const QString de = QStringLiteral("de_DE");
        QTest::newRow("de: Uhr with minutes") << de << "14.05 Uhr" << QTime(14, 5);
        QTest::newRow("de: Uhr") << de << "14 Uhr" << QTime(14, 0);
        QTest::newRow("de: uhr, no space") << de << "9uhr" << QTime(9, 0);
        QTest::newRow("de: 24-hour") << de << "14:05" << QTime(14, 5);
        QTest::newRow("de: English pm reads too") << de << "2pm" << QTime(14, 0);
        QTest::newRow("de: Uhr alone") << de << "Uhr" << QTime();
        QTest::newRow("de: a longer word") << de << "14 Uhrzeit" << QTime();
        QTest::newRow("de: 25 Uhr") << de << "25 Uhr" << QTime();
        const QString gb = QStringLiteral("en_GB");
        QTest::newRow("en_GB: o'clock") << gb << "9 o'clock" << QTime(9, 0);
        QTest::newRow("en_GB: 24-hour") << gb << "09:00" << QTime(9, 0);
    }

    void shouldParseTimesOfDayOnEitherClock()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QTime, expected);
        QCOMPARE(Duration::parseTime(text, QLocale(locale)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
