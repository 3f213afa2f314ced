// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"
#include "repository.h"

#include <QVariantList>

namespace Quorum {

/** Everything a merge changed, so that undoing it restores every row exactly. */
struct MergeRecord
{
    Person survivor; ///< as it was before the merge
    Person merged; ///< the person who went into the survivor
    QHash<QString, QList<QVariantList>> rows; ///< per link table: the rows of either person before
    QList<Id> moderatedEntries; ///< blocks the merged person moderated
    QList<Id> uploads; ///< attachments the merged person uploaded
};

/**
 * Merges one person into another (a username-only "npease" into the full name learned later):
 * every participation, coordination, moderation, assignment, request, membership and upload moves
 * to the survivor; the merged person's username, name and aliases become the survivor's.
 */
class PersonMerger : public Repository
{
public:
    using Repository::Repository;

    /** Throws StorageError; run inside a transaction. */
    MergeRecord merge(Id survivorId, Id mergedId);
    void undo(const MergeRecord &record);

private:
    Person load(Id id) const;
};

} // namespace Quorum
