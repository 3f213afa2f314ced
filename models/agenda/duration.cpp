// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace Quorum {

namespace {

/** "Std." → "std": what a typed unit word is compared as. */
QString unitKey(QString word)
{
    word = word.toLower();
    while (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    return word;
}

/** English's words, which always read, and the translation's ("|"-separated). */
QStringList unitWords(const char *english, const QString &translated)
{
    QStringList words;
    for (const QString &w : QString::fromLatin1(english).split(QLatin1Char('|')) + translated.split(QLatin1Char('|')))
        if (!unitKey(w.trimmed()).isEmpty())
            words << unitKey(w.trimmed());
    return words;
}

const char *const EnglishHours = "h|hr|hrs|hour|hours";
const char *const EnglishMinutes = "m|min|mins|minute|minutes";
const char *const EnglishOClock = "o'clock|oclock";

/** "1.5", "1,5" where locale writes a decimal comma, "90": minutes times unit; -1 when it is not a number. */
int minutesOf(QString number, int unit, const QLocale &locale)
{
    if (locale.decimalPoint() == QLatin1String(","))
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    // Long digit runs ("99999999999 h") would overflow: a day has at most 1440 minutes anyway.
    if ((point < 0 ? number.size() : point) > 5 || (point >= 0 && number.size() - point - 1 > 3)
        || number.count(QLatin1Char('.')) > 1 || number.contains(QLatin1Char(',')))
        return -1;
    bool ok = false;
    const double value = number.toDouble(&ok) * unit;
    if (!ok || std::abs(value - std::round(value)) > 1e-6)
        return -1; // a fraction of a minute is not a duration anyone plans
    return int(std::lround(value));
}

} // namespace

QString Duration::format(int minutes)
{
    if (minutes < 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

int Duration::parse(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    if (t.isEmpty())
        return -1;
    QRegularExpressionMatch m = clock.match(t);
    if (m.hasMatch()) {
        const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        return m.captured(2).toInt() < 60 && minutes <= MaxMinutes ? minutes : -1;
    }
    const QStringList hours = unitWords(
        EnglishHours,
        tr("h|hr|hrs|hour|hours",
           "Words for hours that may be typed in a duration, as in '1 h 30 min' or '1.5 hours'; "
           "alternatives separated by |, compared ignoring case and a trailing dot. English always reads too."));
    const QStringList minutesWords = unitWords(
        EnglishMinutes,
        tr("m|min|mins|minute|minutes",
           "Words for minutes that may be typed in a duration, as in '1 h 30 min' or '90 minutes'; "
           "alternatives separated by |, compared ignoring case and a trailing dot. English always reads too."));

    // A number and its unit, any number of times: "1 std 30 min", "1h30m", "1,5 std", "90".
    static const QRegularExpression part(QStringLiteral("\\G\\s*(\\d+(?:[.,]\\d+)?)\\s*([^\\d\\s]*)\\s*"));
    int total = 0;
    bool hadHours = false;
    bool hadMinutes = false;
    qsizetype at = 0;
    while (at < t.size()) {
        m = part.match(t, at);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return -1;
        at = m.capturedEnd();
        const QString unit = unitKey(m.captured(2));
        int minutes = -1;
        if (unit.isEmpty() || minutesWords.contains(unit)) {
            if (hadMinutes)
                return -1;
            hadMinutes = true;
            minutes = minutesOf(m.captured(1), 1, locale);
        } else if (hours.contains(unit)) {
            if (hadHours || hadMinutes)
                return -1;
            hadHours = true;
            minutes = minutesOf(m.captured(1), 60, locale);
        }
        if (minutes < 0)
            return -1;
        total += minutes;
        if (total > MaxMinutes)
            return -1;
    }
    return total;
}

QTime Duration::parseTime(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed().toLower();
    // "14 Uhr", "2 o'clock": the word adds nothing to the number.
    const QStringList oClock = unitWords(
        EnglishOClock, tr("o'clock", "Words that may follow a typed time of day and are ignored, as the German "
                                     "'14 Uhr'; alternatives separated by |. English always reads too."));
    for (const QString &word : oClock) {
        if (t.endsWith(word) && t.size() > word.size() && !t.at(t.size() - word.size() - 1).isLetter()) {
            t = t.left(t.size() - word.size()).trimmed();
            break;
        }
    }
    for (const char *format : {"H:mm", "HH:mm", "Hmm", "HHmm", "H.mm", "H"}) {
        const QTime time = QTime::fromString(t, QLatin1String(format));
        if (time.isValid())
            return time;
    }
    // The 12-hour clock: "2pm", "2:05 pm", "2.05 p.m.", "12 am" (midnight), or the locale's own words.
    static const QRegularExpression twelve(QStringLiteral("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(\\S.*)$"));
    const QRegularExpressionMatch m = twelve.match(t);
    if (!m.hasMatch())
        return {};
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (hour < 1 || hour > 12 || minute > 59)
        return {};
    const auto key = [](QString word) { return word.remove(QLatin1Char('.')).remove(QLatin1Char(' ')).toLower(); };
    const QString suffix = key(m.captured(3));
    const QStringList am{QStringLiteral("am"), QStringLiteral("a"), key(locale.amText())};
    const QStringList pm{QStringLiteral("pm"), QStringLiteral("p"), key(locale.pmText())};
    if (!suffix.isEmpty() && am.contains(suffix))
        return QTime(hour % 12, minute);
    if (!suffix.isEmpty() && pm.contains(suffix))
        return QTime(hour % 12 + 12, minute);
    return {};
}

} // namespace Quorum
