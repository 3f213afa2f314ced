// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"

#include <QUndoCommand>

namespace Quorum {

class MeetingDocument;

/** Replaces a meeting's dial-in numbers (an edit, an added or a removed line). */
class SetDialIns : public QUndoCommand
{
public:
    SetDialIns(MeetingDocument *document, Id meetingId, QList<DialIn> oldDialIns, QList<DialIn> newDialIns);

    void redo() override;
    void undo() override;

private:
    MeetingDocument *m_document;
    Id m_meetingId;
    QList<DialIn> m_old;
    QList<DialIn> m_new;
};

} // namespace Quorum
