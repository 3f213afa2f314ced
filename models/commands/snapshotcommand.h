// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace Quorum {

/**
 * An edit held as two values of one piece of a meeting: redo stores `after` over `before`,
 * undo stores `before` over `after`. Commands of the same kind and non-zero merge key, pushed
 * within MergeWindowMs of each other (a burst of typing in one field), merge into one step.
 * A failed store makes the command obsolete, so the stack drops it and nothing half-done stays.
 */
template<typename State>
class SnapshotCommand : public QUndoCommand
{
public:
    static constexpr qint64 MergeWindowMs = 2000;

    SnapshotCommand(int kind, Id meetingId, State before, State after, const QString &text, qint64 mergeKey)
        : m_kind(kind)
        , m_meetingId(meetingId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
        setText(text);
        m_lastEdit.start();
    }

    void redo() override
    {
        m_undoing = false;
        setObsolete(!store(m_before, m_after));
    }
    void undo() override
    {
        m_undoing = true;
        setObsolete(!store(m_after, m_before));
    }
    int id() const override { return m_mergeKey ? m_kind : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // A step that failed to store is not part of the burst: the stack drops it after this.
        if (other->isObsolete())
            return false;
        const auto *o = static_cast<const SnapshotCommand *>(other);
        if (o->m_meetingId != m_meetingId || o->m_mergeKey != m_mergeKey || m_lastEdit.elapsed() > MergeWindowMs)
            return false;
        m_after = o->m_after;
        m_lastEdit.restart();
        // Typing back to where the burst began leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

protected:
    /** Writes to over from; false (after reporting) when it could not be stored. */
    virtual bool store(const State &from, const State &to) = 0;

    Id meetingId() const { return m_meetingId; }
    /** Whether store() runs for undo() (the history records an undo as a change of its own). */
    bool isUndoing() const { return m_undoing; }

private:
    int m_kind;
    Id m_meetingId;
    State m_before;
    State m_after;
    qint64 m_mergeKey;
    QElapsedTimer m_lastEdit;
    bool m_undoing = false;
};

} // namespace Quorum
