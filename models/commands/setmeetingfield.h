// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "editcontext.h"
#include "snapshotcommand.h"

#include <QVariant>

namespace Quorum {

/** Changes one logistics field of a meeting. A burst of typing in one field is one undo step. */
class SetMeetingField : public SnapshotCommand<QVariant>
{
public:
    SetMeetingField(EditContext context, Id meetingId, Meeting::Field field, QVariant oldValue, QVariant newValue);

protected:
    bool store(const QVariant &from, const QVariant &to) override;

private:
    EditContext m_context;
    Meeting::Field m_field;
};

} // namespace Quorum
