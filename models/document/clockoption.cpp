// SPDX-License-Identifier: GPL-3.0-or-later
#include "clockoption.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimeZone>

namespace Quorum {

QDateTime ClockOption::parse(const QString &value, QString *error)
{
    static const QRegularExpression withZone(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:\\s+|\\[)([A-Za-z_]+(?:/[A-Za-z0-9_+\\-]+)*)\\]?$"));
    static const QRegularExpression plain(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?(Z|[+\\-]\\d{2}:?\\d{2})?$"));
    const QString text = value.trimmed();
    const QString expected = tr("expected an ISO 8601 date and time with a UTC offset or a time zone, such as "
                                "2020-09-15T09:00:00-07:00 or \"2020-09-15T09:00 America/Los_Angeles\"");
    const QRegularExpressionMatch zoned = withZone.match(text);
    QDateTime time;
    if (zoned.hasMatch()) {
        const QTimeZone zone(zoned.captured(2).toUtf8());
        if (!zone.isValid()) {
            *error = tr("“%1” is not a time zone this machine knows.").arg(zoned.captured(2));
            return {};
        }
        const QDateTime local = QDateTime::fromString(zoned.captured(1), Qt::ISODate);
        if (local.isValid())
            time = QDateTime(local.date(), local.time(), zone);
    } else if (plain.match(text).hasMatch()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!time.isValid()) {
        *error = tr("“%1” is not a date and time: %2.").arg(value, expected);
        return {};
    }
    return time;
}

LibraryModels::Clock ClockOption::runningFrom(const QDateTime &start)
{
    QElapsedTimer since;
    since.start();
    return [start, since] { return start.addMSecs(since.elapsed()); };
}

} // namespace Quorum
