// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Quorum {

struct AgendaState;
struct Revision;

/**
 * Keeps a meeting's changes in its history (the revision table), called by each command's write
 * inside the command's own transaction, so a change and its revision are stored together or not
 * at all. One call per command:
 *
 *     HistoryRecorder(db, models.now()).recordChange(meetingId, QStringLiteral("decisions"), text, undoing);
 *
 * A change whose summary and part equal those of the meeting's newest revision, within
 * QuietSeconds of it, is coalesced into that revision (its time, and for notes its text, move
 * on): a burst of typing, which the undo stack writes once per keystroke, is one revision.
 * An undo is recorded as a change of its own ("Undo: …") and never coalesced into the change it undoes.
 */
class HistoryRecorder
{
public:
    static constexpr qint64 QuietSeconds = 60;

    /** at: the clock's time of the change (LibraryModels::now()); author: empty in a one-person library. */
    HistoryRecorder(const QSqlDatabase &db, const QDateTime &at, const QString &author = {});

    /** A change of a part of the meeting ("actions", "decisions", …) described by its undo text. */
    void recordChange(Id meetingId, const QString &part, const QString &summary, bool undoing);
    /**
     * A change of an entry's notes (Revision::preNotesPart(), runningNotesPart()): its whole text
     * after. The first recorded change of a non-empty text also keeps the text before, so the
     * oldest version can be compared and restored.
     */
    void recordNotes(Id meetingId, const QString &part, Id entryId, const QString &entryTitle, const QString &before,
                     const QString &after, const QString &summary, bool undoing);
    /**
     * An agenda edit: a notes revision for each entry whose notes changed, and one "agenda"
     * revision when anything else changed (structure, titles, times, the run).
     */
    void recordAgenda(Id meetingId, const AgendaState &from, const AgendaState &to, const QString &summary,
                      bool undoing);

    /** "Undo: text", as an undone change is summarised. */
    static QString undoSummary(const QString &text);

private:
    /** A revision at this recorder's instant, by its author; content is the notes' text (nullptr: none). */
    Revision revision(Id meetingId, const QString &part, Id entryId, const QString &entryTitle, const QString &summary,
                      const QString *content) const;
    void record(Id meetingId, const QString &part, Id entryId, const QString &entryTitle, const QString &summary,
                const QString *content, bool undoing);

    QSqlDatabase m_db;
    QDateTime m_at;
    QString m_author;
};

} // namespace Quorum
