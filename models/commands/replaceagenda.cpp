// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceagenda.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

ReplaceAgenda::ReplaceAgenda(MeetingDocument *document, Id meetingId, AgendaState before, AgendaState after,
                             const QString &text, qint64 mergeKey)
    : m_document(document)
    , m_meetingId(meetingId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(text);
    m_lastEdit.start();
}

void ReplaceAgenda::redo()
{
    setObsolete(!m_document->applyAgenda(m_meetingId, m_before, m_after, &m_references));
}

void ReplaceAgenda::undo()
{
    setObsolete(!m_document->applyAgenda(m_meetingId, m_after, m_before, &m_references));
}

int ReplaceAgenda::id() const
{
    return m_mergeKey ? int(CommandId::ReplaceAgenda) : -1;
}

bool ReplaceAgenda::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ReplaceAgenda *>(other);
    if (o->m_meetingId != m_meetingId || o->m_mergeKey != m_mergeKey || m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_after = o->m_after;
    m_lastEdit.restart();
    return true;
}

} // namespace Quorum
