// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Quorum {

/**
 * What happened across the library since the previous meeting of a meeting's series, in
 * sections: "Action items closed", "Action items opened" and "Decisions taken" (keys "closed",
 * "opened", "decisions"). Computed by SeriesHistoryRepository::sinceLastMeeting().
 */
struct SinceLastMeeting
{
    struct Item
    {
        QString text; ///< the action's description or the decision's text
        QString who; ///< its assignees, joined; empty when nobody
        QDate date; ///< when it was closed (closed items), decided (decisions), else its due date (may be invalid)
        bool done = false;
        Id id = 0; ///< the action item or decision
        Id meetingId = 0; ///< the meeting it came from
        QString meetingTitle;
        QDate meetingDate;

        bool operator==(const Item &o) const
        {
            return text == o.text && who == o.who && date == o.date && done == o.done && id == o.id
                   && meetingId == o.meetingId && meetingTitle == o.meetingTitle && meetingDate == o.meetingDate;
        }
    };
    struct Section
    {
        QString key; ///< "closed", "opened", "decisions"
        QString title; ///< shown as the section's heading
        QList<Item> items;
    };

    Id meetingId = 0;
    Id previousMeetingId = 0; ///< 0: no previous meeting in the series (or no series): nothing to say
    QString previousTitle;
    QDate previousDate;
    QList<Section> sections;

    /** Nothing to show: no previous meeting, or every section is empty. */
    bool isEmpty() const
    {
        for (const Section &s : sections) {
            if (!s.items.isEmpty())
                return false;
        }
        return true;
    }
    const Section *section(const QString &key) const
    {
        for (const Section &s : sections) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }
};

} // namespace Quorum
