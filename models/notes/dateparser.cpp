// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>

namespace Quorum {

namespace {

/** "März" → "marz", "Fr." → "fr": how names and words are compared. */
QString fold(const QString &word)
{
    QString out;
    for (const QChar c : word.toLower().normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) // ß
            out += QLatin1String("ss");
        else
            out += c;
    }
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out.simplified();
}

/** "naechsten" → "nächsten": umlauts typed without the key, tried after the word as it stands. */
QString umlauts(QString word)
{
    return word.replace(QLatin1String("ae"), QStringLiteral("\u00e4"))
        .replace(QLatin1String("oe"), QStringLiteral("\u00f6"))
        .replace(QLatin1String("ue"), QStringLiteral("\u00fc"));
}

/** English's words, which always read, and the translation's ("|"-separated), folded. */
QStringList words(const char *english, const QString &translated)
{
    QStringList list;
    for (const QString &w : QString::fromUtf8(english).split(QLatin1Char('|')) + translated.split(QLatin1Char('|'))) {
        const QString key = fold(w);
        if (!key.isEmpty() && !list.contains(key))
            list << key;
    }
    return list;
}

bool isOneOf(const QString &typed, const QStringList &list)
{
    return list.contains(fold(typed)) || list.contains(fold(umlauts(typed)));
}

using Names = QList<QPair<QString, int>>; ///< a folded name and its number (month 1-12, weekday 1-7)

using NameOf = QString (QLocale::*)(int, QLocale::FormatType) const;

/** English's and locale's names, long and short, in context and standalone ("März", "Mär"), numbered 1 to count. */
Names namesOf(const QLocale &locale, int count, NameOf name, NameOf standalone)
{
    Names names;
    for (const QLocale &l : {QLocale(QLocale::English), locale}) {
        for (int i = 1; i <= count; ++i) {
            for (QLocale::FormatType f : {QLocale::LongFormat, QLocale::ShortFormat}) {
                names.append({fold((l.*name)(i, f)), i});
                names.append({fold((l.*standalone)(i, f)), i});
            }
        }
    }
    return names;
}

/**
 * The number of the name typed: a name or abbreviation of it ("Sep", "Sept", "September", "Fr"),
 * or the start of a single one, at least three letters long ("Don" for Donnerstag); 0 when none.
 */
int numberOf(const QString &typed, const Names &names)
{
    for (const QString &word : {fold(typed), fold(umlauts(typed))}) {
        if (word.isEmpty())
            continue;
        for (const auto &[name, number] : names) {
            if (name == word)
                return number;
        }
        if (word.size() < 3)
            continue;
        int found = 0;
        for (const auto &[name, number] : names) {
            if (!name.startsWith(word))
                continue;
            if (found && found != number)
                return 0; // "ma" could be March or May: no guess
            found = number;
        }
        if (found)
            return found;
    }
    return 0;
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

/** Whether locale writes the month before the day in its numeric dates (en_US "9/28/20"). */
bool monthFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    return month >= 0 && day >= 0 && month < day;
}

} // namespace

QDate DateParser::parse(const QString &input, const QDate &today, const QLocale &locale)
{
    const QString text = input.simplified().toLower();
    if (text.isEmpty())
        return {};
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid() && text.size() == 10)
        return iso;

    // The relative words, each with its alternatives, as translators write them.
    const QStringList todayWords
        = words("today", tr("today", "Typed as a due date: today's date. Alternatives separated by |, compared "
                                     "ignoring case and accents; English always reads too."));
    const QStringList tomorrowWords
        = words("tomorrow", tr("tomorrow", "Typed as a due date: tomorrow. Alternatives separated by |."));
    const QStringList afterTomorrowWords
        = words("day after tomorrow|the day after tomorrow",
                tr("day after tomorrow|the day after tomorrow",
                   "Typed as a due date: the day after tomorrow (German 'übermorgen'). Alternatives separated by |."));
    const QStringList yesterdayWords
        = words("yesterday", tr("yesterday", "Typed as a date: yesterday. Alternatives separated by |."));
    const QStringList beforeYesterdayWords
        = words("day before yesterday|the day before yesterday",
                tr("day before yesterday|the day before yesterday",
                   "Typed as a date: the day before yesterday (German 'vorgestern'). Alternatives separated by |."));
    if (isOneOf(text, todayWords))
        return today;
    if (isOneOf(text, yesterdayWords))
        return today.addDays(-1);
    if (isOneOf(text, beforeYesterdayWords))
        return today.addDays(-2);
    if (isOneOf(text, tomorrowWords))
        return today.addDays(1);
    if (isOneOf(text, afterTomorrowWords))
        return today.addDays(2);

    const Names months = namesOf(locale, 12, &QLocale::monthName, &QLocale::standaloneMonthName);
    const Names days = namesOf(locale, 7, &QLocale::dayName, &QLocale::standaloneDayName);
    QRegularExpressionMatch m;

    // "in 2 weeks", "in 3 Tagen"
    static const QRegularExpression inN(QStringLiteral("^(\\p{L}+)\\s+(\\d{1,3})\\s+(\\p{L}+\\.?)$"));
    if ((m = inN.match(text)).hasMatch()
        && isOneOf(m.captured(1), words("in", tr("in", "Typed before a count of days, weeks or months from today, as "
                                                       "in 'in 2 weeks'. Alternatives separated by |.")))) {
        const int n = m.captured(2).toInt();
        const QString unit = m.captured(3);
        if (isOneOf(unit, words("day|days", tr("day|days", "Typed after a count, as in 'in 3 days': every form "
                                                           "of the word, separated by |."))))
            return today.addDays(n);
        if (isOneOf(unit, words("week|weeks", tr("week|weeks", "Typed after a count, as in 'in 2 weeks': every "
                                                               "form of the word, separated by |."))))
            return today.addDays(7 * n);
        if (isOneOf(unit, words("month|months", tr("month|months", "Typed after a count, as in 'in 2 months': "
                                                                   "every form of the word, separated by |."))))
            return today.addMonths(n);
        return {};
    }

    // "friday", "this friday", "next friday", "nächsten Freitag"
    static const QRegularExpression weekday(QStringLiteral("^(?:(.+)\\s+)?(\\p{L}+\\.?)$"));
    if ((m = weekday.match(text)).hasMatch()) {
        const int wanted = numberOf(m.captured(2), days);
        const QString before = m.captured(1);
        const bool next = !before.isEmpty()
                          && isOneOf(before, words("next", tr("next", "Typed before a weekday for the one of next "
                                                                      "week, as in 'next friday' (German "
                                                                      "'nächsten|nächster|kommenden'). Alternatives "
                                                                      "separated by |.")));
        const bool coming = before.isEmpty()
                            || isOneOf(before, words("this|on", tr("this|on", "Typed before a weekday for the "
                                                                              "coming one, as in 'this friday' "
                                                                              "(German 'diesen|am'). Alternatives "
                                                                              "separated by |.")));
        if (wanted > 0 && (next || coming)) {
            // "friday": the coming one (not today); "next friday": the one of next week, whose first
            // day is the locale's (Monday in de, Sunday in en_US).
            int ahead = (wanted - today.dayOfWeek() + 7) % 7;
            if (ahead == 0)
                ahead = 7;
            const auto inWeek = [&](int day) { return (day - int(locale.firstDayOfWeek()) + 7) % 7; };
            if (next && ahead < 7 && inWeek(wanted) > inWeek(today.dayOfWeek()))
                ahead += 7;
            return today.addDays(ahead);
        }
        if (!before.isEmpty() && (next || coming))
            return {}; // "nächsten Blub"
    }

    // A weekday before a date adds nothing: "Fr, 28. Sep", "Tuesday, 15 September 2020".
    QString date = text;
    static const QRegularExpression leadingDay(QStringLiteral("^(\\p{L}+)\\.?,?\\s+(?=\\d)"));
    if ((m = leadingDay.match(date)).hasMatch() && numberOf(m.captured(1), days))
        date = date.mid(m.capturedEnd());

    // "28 sep", "28. September 2026", "28-sep-20", "28. März"
    static const QRegularExpression dayMonth(
        QStringLiteral("^(\\d{1,2})[\\s\\-./]*(\\p{L}+)\\.?(?:[\\s\\-,./]+(\\d{2}|\\d{4}))?$"));
    if ((m = dayMonth.match(date)).hasMatch()) {
        const int month = numberOf(m.captured(2), months);
        return month ? withYear(m.captured(1).toInt(), month, m.captured(3), today) : QDate();
    }
    // "sep 28", "september 28, 2020"
    static const QRegularExpression monthDay(
        QStringLiteral("^(\\p{L}+)\\.?\\s+(\\d{1,2})\\.?(?:[\\s,]+(\\d{2}|\\d{4}))?$"));
    if ((m = monthDay.match(date)).hasMatch()) {
        const int month = numberOf(m.captured(1), months);
        return month ? withYear(m.captured(2).toInt(), month, m.captured(3), today) : QDate();
    }
    // "2020/9/28"
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\.?$"));
    if ((m = yearFirst.match(date)).hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // "28/9", "28.9.", "28.9.2026" day first, "9/28" month first where the locale writes so (en_US);
    // the other order when the locale's gives no date ("28/9" in en_US).
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})(?:\\s*[/.]\\s*(\\d{4}|\\d{2})?)?$"));
    if ((m = numeric.match(date)).hasMatch()) {
        int day = m.captured(1).toInt();
        int month = m.captured(2).toInt();
        if (monthFirst(locale))
            std::swap(day, month);
        const QDate d = withYear(day, month, m.captured(3), today);
        return d.isValid() ? d : withYear(month, day, m.captured(3), today);
    }
    return {};
}

} // namespace Quorum
