// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Any edit of a meeting's attachments (added, renamed, moved to an entry, replaced, deleted). */
class ReplaceAttachments : public SnapshotCommand<QList<Attachment>>
{
public:
    ReplaceAttachments(MeetingDocument *document, Id meetingId, QList<Attachment> before, QList<Attachment> after,
                       const QString &text);

protected:
    bool store(const QList<Attachment> &from, const QList<Attachment> &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
