// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "editcontext.h"
#include "snapshotcommand.h"

namespace Quorum {

/** Replaces a meeting's dial-in numbers (an edit, an added or a removed line). */
class SetDialIns : public SnapshotCommand<QList<DialIn>>
{
public:
    SetDialIns(EditContext context, Id meetingId, QList<DialIn> oldDialIns, QList<DialIn> newDialIns);

protected:
    bool store(const QList<DialIn> &from, const QList<DialIn> &to) override;

private:
    EditContext m_context;
};

} // namespace Quorum
