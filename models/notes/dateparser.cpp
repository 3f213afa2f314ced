// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include <QRegularExpression>
#include <QStringList>

namespace Quorum {

namespace {

int monthOf(const QString &word)
{
    static const QStringList months
        = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
           QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
           QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return word.size() >= 3 ? int(months.indexOf(word.left(3))) + 1 : 0;
}

int weekdayOf(const QString &word)
{
    static const QStringList days
        = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
           QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return word.size() >= 3 ? int(days.indexOf(word.left(3))) + 1 : 0;
}

/** day.month without a year: this year's, or next year's once this year's has passed. */
QDate upcoming(int day, int month, const QDate &today)
{
    QDate d(today.year(), month, day);
    if (d.isValid() && d < today)
        d = QDate(today.year() + 1, month, day);
    return d;
}

QDate withYear(int day, int month, const QString &year, const QDate &today)
{
    if (year.isEmpty())
        return upcoming(day, month, today);
    int y = year.toInt();
    if (year.size() == 2)
        y += 2000;
    return QDate(y, month, day);
}

} // namespace

QDate DateParser::parse(const QString &input, const QDate &today)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return {};
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid() && text.size() == 10)
        return iso;
    if (text == QLatin1String("today"))
        return today;
    if (text == QLatin1String("tomorrow"))
        return today.addDays(1);

    QRegularExpressionMatch m;
    static const QRegularExpression inN(QStringLiteral("^in\\s+(\\d{1,3})\\s+(day|days|week|weeks|month|months)$"));
    if ((m = inN.match(text)).hasMatch()) {
        const int n = m.captured(1).toInt();
        const QString unit = m.captured(2);
        if (unit.startsWith(QLatin1String("day")))
            return today.addDays(n);
        if (unit.startsWith(QLatin1String("week")))
            return today.addDays(7 * n);
        return today.addMonths(n);
    }
    static const QRegularExpression weekday(QStringLiteral("^(next\\s+|this\\s+)?([a-z]+)$"));
    if ((m = weekday.match(text)).hasMatch()) {
        const int wanted = weekdayOf(m.captured(2));
        if (wanted > 0) {
            // "friday": the coming one (not today); "next friday": the one of next week.
            int ahead = (wanted - today.dayOfWeek() + 7) % 7;
            if (ahead == 0)
                ahead = 7;
            if (m.captured(1).startsWith(QLatin1String("next")) && ahead < 7 && wanted > today.dayOfWeek())
                ahead += 7;
            return today.addDays(ahead);
        }
    }
    // "28 sep", "28 september 2020", "28-sep-20"
    static const QRegularExpression dayMonth(
        QStringLiteral("^(\\d{1,2})[\\s\\-./]*([a-z]+)\\.?(?:[\\s\\-,./]+(\\d{2}|\\d{4}))?$"));
    if ((m = dayMonth.match(text)).hasMatch() && monthOf(m.captured(2)))
        return withYear(m.captured(1).toInt(), monthOf(m.captured(2)), m.captured(3), today);
    // "sep 28", "september 28, 2020"
    static const QRegularExpression monthDay(QStringLiteral("^([a-z]+)\\.?\\s+(\\d{1,2})(?:[\\s,]+(\\d{2}|\\d{4}))?$"));
    if ((m = monthDay.match(text)).hasMatch() && monthOf(m.captured(1)))
        return withYear(m.captured(2).toInt(), monthOf(m.captured(1)), m.captured(3), today);
    // "28/9", "28/9/2020" (day first, as the seed page writes dates)
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?$"));
    if ((m = numeric.match(text)).hasMatch())
        return withYear(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), today);
    return {};
}

} // namespace Quorum
