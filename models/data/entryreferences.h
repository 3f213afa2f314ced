// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QList>

namespace Quorum {

/** What points at an agenda entry from outside the agenda; kept so that undoing a removal restores it. */
struct EntryReferences
{
    QList<Id> actionItems;
    QList<Id> attachments;
    QList<Id> topicRequests;
};

} // namespace Quorum
