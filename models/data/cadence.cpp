// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"

#include <QCoreApplication>
#include <QLocale>

namespace Quorum {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cadence", text);
}
} // namespace

QString Cadence::key() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Weekly: return QStringLiteral("weekly:%1").arg(weeks);
    case Kind::MonthlyByWeekday: return QStringLiteral("monthly");
    }
    return {};
}

bool Cadence::fromKey(const QString &key, Cadence *cadence)
{
    if (key.isEmpty()) {
        *cadence = {};
        return true;
    }
    if (key == QLatin1String("monthly")) {
        *cadence = monthlyByWeekday();
        return true;
    }
    if (!key.startsWith(QLatin1String("weekly:")))
        return false;
    const QString number = key.mid(7);
    bool ok = false;
    const int weeks = number.toInt(&ok);
    // Digits only, as the schema's check allows: no sign, no spaces, no leading zero.
    if (!ok || weeks < 1 || weeks > 99 || number != QString::number(weeks))
        return false;
    *cadence = weekly(weeks);
    return true;
}

int Cadence::weekdayOrdinal(const QDate &date)
{
    return (date.day() - 1) / 7 + 1;
}

bool Cadence::isLastWeekdayOfMonth(const QDate &date)
{
    return date.day() + 7 > date.daysInMonth();
}

QDate Cadence::weekdayOfMonth(int year, int month, int weekday, int ordinal)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || weekday < 1 || weekday > 7)
        return {};
    if (ordinal == -1) {
        const QDate last(year, month, first.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    if (ordinal < 1 || ordinal > 5)
        return {};
    const QDate day = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (ordinal - 1));
    return day.month() == month ? day : QDate();
}

QDate Cadence::nextAfter(const QDate &last) const
{
    if (!last.isValid())
        return {};
    switch (kind) {
    case Kind::None: return {};
    case Kind::Weekly: return last.addDays(7 * qBound(1, weeks, 99));
    case Kind::MonthlyByWeekday: {
        // A fifth weekday is always the month's last one, so it never has to be skipped.
        const int ordinal = isLastWeekdayOfMonth(last) ? -1 : weekdayOrdinal(last);
        const QDate month = last.addMonths(1);
        return weekdayOfMonth(month.year(), month.month(), last.dayOfWeek(), ordinal);
    }
    }
    return {};
}

QList<QDate> Cadence::nextDates(const QDate &last, int count) const
{
    QList<QDate> result;
    QDate d = last;
    for (int i = 0; i < count; ++i) {
        d = nextAfter(d);
        if (!d.isValid())
            break;
        result << d;
    }
    return result;
}

QString Cadence::describe(const QDate &last) const
{
    switch (kind) {
    case Kind::None: return tr("Not set");
    case Kind::Weekly: return weeks == 1 ? tr("Every week") : tr("Every %1 weeks").arg(weeks);
    case Kind::MonthlyByWeekday: {
        if (!last.isValid())
            return tr("Monthly on the same weekday");
        const QString day = QLocale().dayName(last.dayOfWeek());
        if (isLastWeekdayOfMonth(last))
            return tr("Monthly on the last %1").arg(day);
        static const char *const ordinals[]
            = {QT_TRANSLATE_NOOP("Quorum::Cadence", "first"), QT_TRANSLATE_NOOP("Quorum::Cadence", "second"),
               QT_TRANSLATE_NOOP("Quorum::Cadence", "third"), QT_TRANSLATE_NOOP("Quorum::Cadence", "fourth")};
        return tr("Monthly on the %1 %2").arg(tr(ordinals[weekdayOrdinal(last) - 1]), day);
    }
    }
    return {};
}

} // namespace Quorum
