// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "storage/agendarepository.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace Quorum {

class MeetingDocument;

/**
 * Any agenda edit: stores the new AgendaState over the old one (redo) or the old over the new
 * (undo). Edits with the same non-zero merge key in quick succession (typing in one field of
 * one entry) merge into one step.
 */
class ReplaceAgenda : public QUndoCommand
{
public:
    static constexpr qint64 MergeWindowMs = 2000;

    ReplaceAgenda(MeetingDocument *document, Id meetingId, AgendaState before, AgendaState after, const QString &text,
                  qint64 mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MeetingDocument *m_document;
    Id m_meetingId;
    AgendaState m_before;
    AgendaState m_after;
    qint64 m_mergeKey;
    QHash<Id, EntryReferences> m_references;
    QElapsedTimer m_lastEdit;
};

} // namespace Quorum
