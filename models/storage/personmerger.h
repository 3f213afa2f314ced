// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/mergerecord.h"
#include "data/person.h"
#include "repository.h"

#include <QCoreApplication>
namespace Quorum {

/**
 * Merges one person into another (a username-only "npease" into the full name learned later):
 * every participation, coordination, moderation, assignment, request, membership and upload moves
 * to the survivor; the merged person's username, name and aliases become the survivor's.
 */
class PersonMerger : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PersonMerger)

public:
    using Repository::Repository;

    /** Throws StorageError; run inside a transaction. */
    MergeRecord merge(Id survivorId, Id mergedId);
    void undo(const MergeRecord &record);

private:
    Person load(Id id) const;
};

} // namespace Quorum
