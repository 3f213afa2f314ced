// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Any edit of one meeting's action items: the list before and after. */
class ReplaceActionItems : public SnapshotCommand<QList<ActionItem>>
{
public:
    ReplaceActionItems(MeetingDocument *document, Id meetingId, QList<ActionItem> before, QList<ActionItem> after,
                       const QString &text, qint64 mergeKey = 0);

protected:
    bool store(const QList<ActionItem> &from, const QList<ActionItem> &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
