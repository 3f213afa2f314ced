// SPDX-License-Identifier: GPL-3.0-or-later
#include "participant.h"

#include <algorithm>

#include <QCoreApplication>

namespace Quorum {

namespace {

/** A stored key and what a person reads for it. */
struct KeyName
{
    const char *key;
    const char *name; ///< to translate in the Quorum::Participant context
};

// In the order a list offers them.
const KeyName Roles[] = {
    {"moderator", QT_TRANSLATE_NOOP("Quorum::Participant", "Moderator")},
    {"coordinator", QT_TRANSLATE_NOOP("Quorum::Participant", "Coordinator")},
    {"attendee", QT_TRANSLATE_NOOP("Quorum::Participant", "Attendee")},
    {"notetaker", QT_TRANSLATE_NOOP("Quorum::Participant", "Note-taker")},
    {"guest", QT_TRANSLATE_NOOP("Quorum::Participant", "Guest")},
};
const KeyName Attendances[] = {
    {"invited", QT_TRANSLATE_NOOP("Quorum::Participant", "Invited")},
    {"present", QT_TRANSLATE_NOOP("Quorum::Participant", "Present")},
    {"absent", QT_TRANSLATE_NOOP("Quorum::Participant", "Absent")},
    {"excused", QT_TRANSLATE_NOOP("Quorum::Participant", "Excused")},
};

template<std::size_t N>
QStringList keysOf(const KeyName (&table)[N])
{
    QStringList keys;
    for (const KeyName &k : table)
        keys << QLatin1String(k.key);
    return keys;
}

template<std::size_t N>
QString nameOf(const KeyName (&table)[N], const QString &key)
{
    for (const KeyName &k : table) {
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("Quorum::Participant", k.name);
    }
    return key;
}

} // namespace

QStringList Participant::roles()
{
    return keysOf(Roles);
}

QStringList Participant::attendances()
{
    return keysOf(Attendances);
}

QString Participant::roleName(const QString &key)
{
    return nameOf(Roles, key);
}

QString Participant::attendanceName(const QString &key)
{
    return nameOf(Attendances, key);
}

DayAttendance Participant::onDay(Id dayId) const
{
    for (const DayAttendance &d : days) {
        if (d.dayId == dayId)
            return d;
    }
    return {dayId, attendance, {}, {}};
}

void Participant::setDay(const DayAttendance &day)
{
    days.erase(std::remove_if(days.begin(), days.end(), [&](const DayAttendance &d) { return d.dayId == day.dayId; }),
               days.end());
    if (day.attendance != attendance || day.arrived.isValid() || day.departed.isValid())
        days.append(day);
    std::sort(days.begin(), days.end(),
              [](const DayAttendance &a, const DayAttendance &b) { return a.dayId < b.dayId; });
}

} // namespace Quorum
