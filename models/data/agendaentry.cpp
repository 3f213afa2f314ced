// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaentry.h"

namespace Quorum {

namespace {
struct KindName
{
    AgendaEntry::Kind kind;
    const char *key;
};
constexpr KindName kindNames[] = {
    {AgendaEntry::Kind::Block, "block"},
    {AgendaEntry::Kind::Topic, "topic"},
    {AgendaEntry::Kind::Break, "break"},
    {AgendaEntry::Kind::Closing, "closing"},
};
} // namespace

bool AgendaEntry::operator==(const AgendaEntry &o) const
{
    return id == o.id && dayId == o.dayId && parentId == o.parentId && position == o.position && kind == o.kind
           && title == o.title && startTime == o.startTime && durationMinutes == o.durationMinutes && pinned == o.pinned
           && moderatorId == o.moderatorId && coordinatorIds == o.coordinatorIds && preNotes == o.preNotes
           && runningNotes == o.runningNotes && actualStart == o.actualStart && actualEnd == o.actualEnd
           && pausedSeconds == o.pausedSeconds && runStatus == o.runStatus && originalStart == o.originalStart
           && originalMinutes == o.originalMinutes && carryOver == o.carryOver && parkingDismissed == o.parkingDismissed
           && carriedFromEntryId == o.carriedFromEntryId && carriedFromDate == o.carriedFromDate
           && recurring == o.recurring;
}

QString AgendaEntry::kindKey(Kind kind)
{
    for (const auto &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

int AgendaEntry::defaultMinutes(Kind kind)
{
    switch (kind) {
    case Kind::Block: return -1;
    case Kind::Topic: return 30;
    case Kind::Break: return 15;
    case Kind::Closing: return 0;
    }
    return 0;
}

bool AgendaEntry::kindFromKey(const QString &key, Kind *kind)
{
    for (const auto &k : kindNames) {
        if (key == QLatin1String(k.key)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString AgendaEntry::runStatusKey(RunStatus status)
{
    switch (status) {
    case RunStatus::Planned: return QStringLiteral("planned");
    case RunStatus::Skipped: return QStringLiteral("skipped");
    case RunStatus::Parked: return QStringLiteral("parked");
    }
    return {};
}

bool AgendaEntry::runStatusFromKey(const QString &key, RunStatus *status)
{
    for (RunStatus s : {RunStatus::Planned, RunStatus::Skipped, RunStatus::Parked}) {
        if (runStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace Quorum
