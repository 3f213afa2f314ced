// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

namespace Quorum {

class MeetingDocument;

/** Changes one logistics field of a meeting. A burst of typing in one field is one undo step. */
class SetMeetingField : public QUndoCommand
{
public:
    /** Edits of the same field closer together than this merge into one step. */
    static constexpr qint64 MergeWindowMs = 2000;

    SetMeetingField(MeetingDocument *document, Id meetingId, Meeting::Field field, QVariant oldValue,
                    QVariant newValue);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MeetingDocument *m_document;
    Id m_meetingId;
    Meeting::Field m_field;
    QVariant m_old;
    QVariant m_new;
    QElapsedTimer m_lastEdit;
};

} // namespace Quorum
