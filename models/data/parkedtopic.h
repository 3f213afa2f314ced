// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendaentry.h"

#include <QDate>
#include <QString>

namespace Quorum {

/**
 * A topic of the parking lot of a series: an entry of an earlier meeting that was not reached
 * and not yet carried into a later one (storage/parkinglotrepository.h).
 */
struct ParkedTopic
{
    /** Why the topic was not reached. */
    enum class Reason { Skipped, Dropped, CarriedOver };

    AgendaEntry entry; ///< as stored, with its coordinators and notes
    Id meetingId = 0;
    QString meetingTitle;
    QDate date; ///< the date of the entry's day

    Reason reason() const
    {
        if (entry.runStatus == AgendaEntry::RunStatus::Skipped)
            return Reason::Skipped;
        if (entry.runStatus == AgendaEntry::RunStatus::Parked)
            return Reason::Dropped;
        return Reason::CarriedOver;
    }

    bool operator==(const ParkedTopic &o) const
    {
        return entry == o.entry && meetingId == o.meetingId && meetingTitle == o.meetingTitle && date == o.date;
    }
};

} // namespace Quorum
