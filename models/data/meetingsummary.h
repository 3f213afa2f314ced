// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDate>
#include <QString>

namespace Quorum {

/** What the sidebar needs of a meeting. */
struct MeetingSummary
{
    Id id = 0;
    Id seriesId = 0;
    QString seriesName;
    QString title;
    QDate startDate;
    QDate endDate;
    bool live = false; ///< a day of it is running (started, not ended)
    int liveDay = 0; ///< which day runs (from 1) when live
    bool finalized = false; ///< its minutes are final (meeting_final)

    bool operator==(const MeetingSummary &o) const
    {
        return id == o.id && seriesId == o.seriesId && seriesName == o.seriesName && title == o.title
               && startDate == o.startDate && endDate == o.endDate && live == o.live && liveDay == o.liveDay
               && finalized == o.finalized;
    }
};

} // namespace Quorum
