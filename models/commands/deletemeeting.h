// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcontext.h"
#include "storage/meetingrows.h"

#include <QUndoCommand>

namespace Quorum {

/**
 * Deletes a meeting with everything that belongs to it and shows a neighbour. Undo writes every
 * row back with its ids, so commands further down the stack still find what they name.
 */
class DeleteMeeting : public QUndoCommand
{
public:
    /** rows: the meeting as read just before (MeetingRows::read). */
    DeleteMeeting(EditContext context, MeetingRows rows, Id showAfter);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    MeetingRows m_rows;
    Id m_showAfter;
};

} // namespace Quorum
