// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergepeople.h"

#include "meetingdocument.h"

namespace Quorum {

MergePeople::MergePeople(MeetingDocument *document, Id survivorId, Id mergedId, const QString &text)
    : m_document(document)
    , m_survivor(survivorId)
    , m_merged(mergedId)
{
    setText(text);
}

void MergePeople::redo()
{
    setObsolete(!m_document->applyMerge(m_survivor, m_merged, &m_record));
}

void MergePeople::undo()
{
    setObsolete(!m_document->applyUnmerge(m_record));
}

} // namespace Quorum
