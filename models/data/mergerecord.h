// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"
#include "person.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace Quorum {

/** Everything a merge of two people changed, so that undoing it restores every row exactly. */
struct MergeRecord
{
    Person survivor; ///< as it was before the merge
    Person merged; ///< the person who went into the survivor
    QHash<QString, QList<QVariantList>> rows; ///< per link table: the rows of either person before
    QList<Id> moderatedEntries; ///< blocks the merged person moderated
    QList<Id> uploads; ///< attachments the merged person uploaded
};

} // namespace Quorum
