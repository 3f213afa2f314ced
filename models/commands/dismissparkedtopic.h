// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"
#include "editcontext.h"

#include <QUndoCommand>

namespace Quorum {

/**
 * Takes a topic out of its series' parking lot (or puts it back): sets the dismissed mark of an
 * agenda entry of any meeting, without showing that meeting. Undo clears it again.
 */
class DismissParkedTopic : public QUndoCommand
{
public:
    DismissParkedTopic(EditContext context, Id meetingId, Id entryId, bool dismissed, const QString &text);
    void redo() override;
    void undo() override;

private:
    bool store(bool dismissed);

    EditContext m_context;
    Id m_meetingId; ///< the meeting the entry belongs to
    Id m_entryId;
    bool m_dismissed;
};

} // namespace Quorum
