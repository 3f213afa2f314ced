// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacegroups.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceGroups::ReplaceGroups(MeetingDocument *document, QList<PersonGroup> before, QList<PersonGroup> after,
                             const QString &text)
    : SnapshotCommand(CommandId::ReplaceGroups, 0, std::move(before), std::move(after), text, 0)
    , m_document(document)
{
}

bool ReplaceGroups::store(const QList<PersonGroup> &from, const QList<PersonGroup> &to)
{
    return m_document->applyGroups(from, to);
}

} // namespace Quorum
