// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionitem.h"
#include "id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Quorum {

/** An outcome recorded at a meeting: what was decided, by whom (people or groups), and when. */
struct Decision
{
    Id id = 0;
    Id meetingId = 0;
    Id entryId = 0; ///< the agenda entry it was taken under, or 0
    int position = 0;
    QString text; ///< never empty
    QList<Assignee> decidedBy; ///< people and groups, like an action item's assignees
    QDate date; ///< when it was decided; invalid when unknown
    QString externalRef; ///< a ticket key such as DM-26798

    bool operator==(const Decision &o) const
    {
        return id == o.id && meetingId == o.meetingId && entryId == o.entryId && position == o.position
               && text == o.text && decidedBy == o.decidedBy && date == o.date && externalRef == o.externalRef;
    }
};

/** A decision with the meeting it was taken at, as the register lists it. */
struct RegisterDecision
{
    Decision decision;
    QDate meetingDate; ///< the meeting's first day
    QString meetingTitle;
    Id seriesId = 0;
    QString seriesName;
    QString entryTitle; ///< the agenda entry's title, or empty
    QString decidedBy; ///< shown names, comma-separated: filled by whoever has the names (not the repository)

    bool operator==(const RegisterDecision &o) const
    {
        return decision == o.decision && meetingDate == o.meetingDate && meetingTitle == o.meetingTitle
               && seriesId == o.seriesId && seriesName == o.seriesName && entryTitle == o.entryTitle
               && decidedBy == o.decidedBy;
    }
};

/** Which decisions the register lists: every condition set must hold (an empty one holds for all). */
struct DecisionFilter
{
    Id meetingId = 0; ///< one meeting, or 0 for all
    Id seriesId = 0; ///< one series, or 0 for all
    QString text; ///< words the decision's text or ticket key contain (case-insensitive), or empty
    QDate from; ///< decided on or after (the meeting's date when the decision has none), or invalid
    QDate to; ///< decided on or before, or invalid
    Id personId = 0; ///< decided by this person (directly or through a group), or 0

    bool isEmpty() const
    {
        return !meetingId && !seriesId && text.trimmed().isEmpty() && !from.isValid() && !to.isValid() && !personId;
    }
};

} // namespace Quorum
