// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/meetingshape.h"
#include "editcontext.h"
#include "storage/meetingrows.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Quorum {

/**
 * Adds a meeting made from a MeetingShape (its logistics, days, agenda entries and participants,
 * re-timed) and shows it: one undo step. The first redo writes the instance and keeps what it
 * wrote as MeetingRows; undo removes them, and a later redo writes them back with the same ids,
 * so later edits of the new meeting still find it.
 */
class AddMeetingFromShape : public QUndoCommand
{
public:
    AddMeetingFromShape(EditContext context, MeetingShape::Instance instance);
    /**
     * The same step for a meeting another writer makes inside the command's transaction (an
     * invitation's: InvitationImport::write), returning its id; text names the step. People and a
     * series the writer adds to the library stay when the step is undone, as with other imports.
     */
    AddMeetingFromShape(EditContext context, const QString &text, std::function<Id(const QSqlDatabase &)> write);
    void redo() override;
    void undo() override;
    Id meetingId() const { return m_rows ? m_rows->meetingId() : 0; }

    /** Writes the instance inside a transaction of the caller's (the command line's); returns the meeting's id. */
    static Id write(const QSqlDatabase &db, const MeetingShape::Instance &instance);

private:
    EditContext m_context;
    std::function<Id(const QSqlDatabase &)> m_write;
    std::optional<MeetingRows> m_rows; ///< the meeting as the first redo wrote it
    Id m_previousMeeting = 0;
};

} // namespace Quorum
