// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "data/agendaentry.h"
#include "data/entryreferences.h"
#include "repository.h"

#include <QCoreApplication>
#include <QHash>

namespace Quorum {

class AgendaRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AgendaRepository)

public:
    using Repository::Repository;

    /** Every entry of a meeting: by day date, blocks before their children, then position. */
    QList<AgendaEntry> forMeeting(Id meetingId) const;
    /** Inserts with entry.id when it is set (restoring an undone removal), else a new id. */
    Id insert(const AgendaEntry &entry);

    /**
     * Stores `to` over `from` for one meeting: removes, inserts and updates only what differs,
     * days and dates included. References to removed entries are saved into *references and
     * restored for entries that come back.
     */
    void replace(Id meetingId, const AgendaState &from, const AgendaState &to, AgendaReferences *references);

    /** Marks an entry (of any meeting) dismissed from its series' parking lot, or not; throws when there is no such entry. */
    void setParkingDismissed(Id entryId, bool dismissed);
    /** Links an entry to the entry it was carried from (the import, once both are stored). */
    void setCarriedFrom(Id entryId, Id sourceId);

private:
    void update(const AgendaEntry &entry);
    void setCoordinators(Id entryId, const QList<Id> &people);
    EntryReferences referencesTo(Id entryId) const;
    void restoreReferences(Id entryId, const EntryReferences &references);
};

} // namespace Quorum
