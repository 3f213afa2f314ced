// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "editcontext.h"

#include <QUndoCommand>

namespace Quorum {

/**
 * Adds a meeting with one day per date, creating its series when the name is new, and shows it.
 * Redo after undo restores the same ids, so later commands that name the meeting still find it.
 */
class AddMeeting : public QUndoCommand
{
public:
    AddMeeting(EditContext context, Meeting meeting, QString seriesName);
    void redo() override;
    void undo() override;
    Id meetingId() const { return m_meeting.id; }

private:
    EditContext m_context;
    Meeting m_meeting;
    QList<MeetingDay> m_days;
    QString m_seriesName;
    Id m_seriesId = 0;
    bool m_seriesCreated = false;
    Id m_previousMeeting = 0;
};

} // namespace Quorum
