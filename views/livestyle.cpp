// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestyle.h"

#include "itemmodels/tones.h"

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
    return Tones::background(tone(phase));
}

QColor LiveStyle::foreground(Phase phase)
{
    return Tones::foreground(tone(phase));
}

Tones::Tone LiveStyle::tone(Phase phase)
{
    switch (phase) {
    case Phase::Normal: return Tones::Tone::TimerNormal;
    case Phase::Warning: return Tones::Tone::TimerWarning;
    case Phase::Overrun: return Tones::Tone::TimerOverrun;
    }
    return Tones::Tone::TimerNormal;
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
