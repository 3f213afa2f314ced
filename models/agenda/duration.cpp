// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include <QRegularExpression>

namespace Quorum {

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

int Duration::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    static const QRegularExpression parts(
        QStringLiteral("^(?:(\\d+)\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:(\\d+)\\s*(?:m|min|mins|minute|minutes)?)?$"));
    if (t.isEmpty())
        return -1;
    QRegularExpressionMatch m = clock.match(t);
    if (m.hasMatch()) {
        const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        return m.captured(2).toInt() < 60 && minutes <= MaxMinutes ? minutes : -1;
    }
    m = parts.match(t);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return -1;
    // Long digit runs ("99999999999 h") would overflow: a day has at most 1440 minutes anyway.
    if (m.captured(1).size() > 4 || m.captured(2).size() > 5)
        return -1;
    const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return minutes <= MaxMinutes ? minutes : -1;
}

QTime Duration::parseTime(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"H:mm", "HH:mm", "Hmm", "HHmm", "H.mm", "H"}) {
        const QTime time = QTime::fromString(t, QLatin1String(format));
        if (time.isValid())
            return time;
    }
    return {};
}

} // namespace Quorum
