// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceactionitems.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceActionItems::ReplaceActionItems(MeetingDocument *document, Id meetingId, QList<ActionItem> before,
                                       QList<ActionItem> after, const QString &text, qint64 mergeKey)
    : SnapshotCommand(CommandId::ReplaceActionItems, meetingId, std::move(before), std::move(after), text, mergeKey)
    , m_document(document)
{
}

bool ReplaceActionItems::store(const QList<ActionItem> &from, const QList<ActionItem> &to)
{
    return m_document->applyActionItems(meetingId(), from, to);
}

} // namespace Quorum
