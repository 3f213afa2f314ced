// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

class ActionItemRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemRepository)

public:
    using Repository::Repository;

    /** A meeting's action items in order; meetingId 0 gives every action item of the library. */
    QList<ActionItem> list(Id meetingId = 0) const;
    /** Inserts with item.id when it is set (restoring an undone removal), else a new id. */
    Id insert(const ActionItem &item);
    /** Stores `to` over `from` (one meeting's items): removes, inserts and updates what differs. */
    void replace(const QList<ActionItem> &from, const QList<ActionItem> &to);

private:
    void setAssignees(Id actionId, const QList<Assignee> &assignees);
};

} // namespace Quorum
