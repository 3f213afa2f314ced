// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcontext.h"
#include "storage/meetingrows.h"

#include <QUndoCommand>

#include <optional>

namespace Quorum {

/**
 * Adds a copy of a meeting's plan (MeetingRows::insertCopy) and shows it. Redo after undo
 * writes the copy back with the same ids, so later edits of the copy still find it.
 */
class DuplicateMeeting : public QUndoCommand
{
public:
    DuplicateMeeting(EditContext context, MeetingRows source, QString title);
    void redo() override;
    void undo() override;
    Id copyId() const { return m_copy ? m_copy->meetingId() : 0; }

private:
    EditContext m_context;
    MeetingRows m_source;
    QString m_title;
    std::optional<MeetingRows> m_copy; ///< the copy as written by the first redo
};

} // namespace Quorum
