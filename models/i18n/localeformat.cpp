// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

#include <QStringList>

#include <algorithm>

namespace Quorum {

namespace {

/** format without its quoted literal text ("HH'h'mm" → "HHmm"), so that a letter in a word is not taken for a field. */
QString fieldsOf(const QString &format)
{
    QString fields;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted)
            fields += c;
    }
    return fields;
}

} // namespace

bool LocaleFormat::usesTwelveHourClock(const QLocale &locale)
{
    return fieldsOf(locale.timeFormat(QLocale::ShortFormat)).contains(QLatin1Char('a'), Qt::CaseInsensitive);
}

QString LocaleFormat::timeFormat(const QLocale &locale)
{
    // The C locale's short format has seconds ("HH:mm:ss"); a 24-hour clock is always shown as "HH:mm".
    if (!usesTwelveHourClock(locale))
        return QStringLiteral("HH:mm");
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // A 12-hour format is trusted for its order and AM/PM; seconds are left out should a locale have them.
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return format;
}

QString LocaleFormat::time(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString LocaleFormat::time(const QDateTime &dateTime, const QLocale &locale)
{
    return dateTime.isValid() ? time(dateTime.time(), locale) : QString();
}

QString LocaleFormat::dayWithoutYear(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // "dddd, d. MMMM yyyy" → "ddd d. MMM": the year's word goes, names are abbreviated, commas dropped.
    QStringList kept;
    const QStringList words = locale.dateFormat(QLocale::LongFormat).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!fieldsOf(word).contains(QLatin1Char('y')))
            kept << word;
    }
    // A literal left at the end belonged to the year ("d 'de' MMMM 'de' yyyy", "d MMMM yyyy 'г'.").
    const auto hasField = [](const QString &word) {
        const QString fields = fieldsOf(word);
        return std::any_of(fields.begin(), fields.end(), [](QChar c) { return c.isLetter(); });
    };
    while (!kept.isEmpty() && !hasField(kept.constLast()))
        kept.removeLast();
    QString format = kept.join(QLatin1Char(' '));
    format.replace(QLatin1String("dddd"), QLatin1String("ddd")).replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    format.remove(QLatin1Char(','));
    if (format.isEmpty())
        return locale.toString(date, QLocale::ShortFormat);
    return locale.toString(date, format.simplified());
}

} // namespace Quorum
