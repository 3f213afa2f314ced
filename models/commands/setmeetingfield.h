// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "snapshotcommand.h"

#include <QVariant>

namespace Quorum {

class MeetingDocument;

/** Changes one logistics field of a meeting. A burst of typing in one field is one undo step. */
class SetMeetingField : public SnapshotCommand<QVariant>
{
public:
    SetMeetingField(MeetingDocument *document, Id meetingId, Meeting::Field field, QVariant oldValue,
                    QVariant newValue);

protected:
    bool store(const QVariant &from, const QVariant &to) override;

private:
    MeetingDocument *m_document;
    Meeting::Field m_field;
};

} // namespace Quorum
