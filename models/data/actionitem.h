// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDate>
#include <QList>

namespace Quorum {

/** Who an action item is for: a person or a group, never both. */
struct Assignee
{
    Id personId = 0;
    Id groupId = 0;

    bool operator==(const Assignee &o) const { return personId == o.personId && groupId == o.groupId; }
};

struct ActionItem
{
    Id id = 0;
    Id meetingId = 0;
    Id entryId = 0; ///< the agenda entry it came from, or 0
    int position = 0;
    QString description;
    QList<Assignee> assignees;
    QDate dueDate; ///< invalid when there is none
    bool done = false;
    QDate doneDate; ///< invalid when unknown or not done
    QString externalRef; ///< a ticket key such as DM-26798

    /** Open, with a due date, and that date before today: the one rule for "overdue" everywhere. */
    bool isOverdue(const QDate &today) const { return !done && dueDate.isValid() && dueDate < today; }

    bool operator==(const ActionItem &o) const
    {
        return id == o.id && meetingId == o.meetingId && entryId == o.entryId && position == o.position
               && description == o.description && assignees == o.assignees && dueDate == o.dueDate && done == o.done
               && doneDate == o.doneDate && externalRef == o.externalRef;
    }
};

} // namespace Quorum
