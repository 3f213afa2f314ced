// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestyle.h"

#include <QSettings>

namespace Quorum {

namespace {

const char *const warningKey = "live/warningMinutes";

} // namespace

int LiveStyle::warningMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QLatin1String(warningKey), 2).toInt(&ok);
    return ok ? qBound(0, minutes, 60) : 2;
}

void LiveStyle::setWarningMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(warningKey), qBound(0, minutes, 60));
}

LiveStyle::Phase LiveStyle::phase(qint64 remainingSeconds, int warningMinutes)
{
    if (remainingSeconds < 0)
        return Phase::Overrun;
    if (remainingSeconds <= qint64(warningMinutes) * 60)
        return Phase::Warning;
    return Phase::Normal;
}

QColor LiveStyle::background(Phase phase)
{
    switch (phase) {
    case Phase::Normal: return QColor(0x1b, 0x5e, 0x20); // dark green
    case Phase::Warning: return QColor(0xff, 0xc1, 0x07); // amber
    case Phase::Overrun: return QColor(0xb7, 0x1c, 0x1c); // dark red
    }
    return {};
}

QColor LiveStyle::foreground(Phase phase)
{
    return phase == Phase::Warning ? QColor(Qt::black) : QColor(Qt::white);
}

QString LiveStyle::countdown(qint64 remainingSeconds)
{
    const bool over = remainingSeconds < 0;
    const qint64 s = over ? -remainingSeconds : remainingSeconds;
    const qint64 hours = s / 3600, minutes = (s % 3600) / 60, seconds = s % 60;
    const QString text = hours > 0 ? QStringLiteral("%1:%2:%3")
                                         .arg(hours)
                                         .arg(minutes, 2, 10, QLatin1Char('0'))
                                         .arg(seconds, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    return over ? QLatin1Char('+') + text : text;
}

QString LiveStyle::variance(int minutes)
{
    if (minutes == 0)
        return tr("on time");
    if (minutes > 0)
        return tr("%n min behind", nullptr, minutes);
    return tr("%n min ahead", nullptr, -minutes);
}

} // namespace Quorum
