// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/participant.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Any edit of a meeting's participants (added, removed, role, attendance): the list before and after. */
class ReplaceParticipants : public SnapshotCommand<QList<Participant>>
{
public:
    ReplaceParticipants(MeetingDocument *document, Id meetingId, QList<Participant> before, QList<Participant> after,
                        const QString &text);

protected:
    bool store(const QList<Participant> &from, const QList<Participant> &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
