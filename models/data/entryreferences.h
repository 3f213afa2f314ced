// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"
#include "participant.h"

#include <QHash>

#include <QList>

namespace Quorum {

/** What points at an agenda entry from outside the agenda; kept so that undoing a removal restores it. */
struct EntryReferences
{
    QList<Id> actionItems;
    QList<Id> attachments;
    QList<Id> topicRequests;
    QList<Id> carriedEntries; ///< entries (of later meetings) scheduled from it out of the parking lot
    QList<Id> decisions; ///< decisions taken under the entry
};

/** Who had attendance of their own on a day (person id, attendance); kept so that undoing the day's removal restores it. */
using DayReferences = QList<std::pair<Id, DayAttendance>>;

/** What pointed at the entries and days an agenda edit removed, by entry and by day. */
struct AgendaReferences
{
    QHash<Id, EntryReferences> entries;
    QHash<Id, DayReferences> days;
};

} // namespace Quorum
