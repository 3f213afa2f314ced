// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "repository.h"

#include <QList>

namespace Quorum {

class ActionItemRepository : public Repository
{
public:
    using Repository::Repository;

    /** A meeting's action items in order; meetingId 0 gives every action item of the library. */
    QList<ActionItem> list(Id meetingId = 0) const;
    Id insert(const ActionItem &item);
};

} // namespace Quorum
