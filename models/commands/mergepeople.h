// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/mergerecord.h"
#include "editcontext.h"

#include <QUndoCommand>

namespace Quorum {

/** Merges one person into another; undo restores both and every row that named them. */
class MergePeople : public QUndoCommand
{
public:
    MergePeople(EditContext context, Id survivorId, Id mergedId, const QString &text);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Id m_survivor;
    Id m_merged;
    MergeRecord m_record;
};

} // namespace Quorum
