// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDateTime>
#include <QString>

namespace Quorum {

/** A meeting's final record: who finalized it, when, and the sha256 of the minutes PDF then stored. */
struct FinalState
{
    QString by; ///< empty: the meeting is not final
    QDateTime at; ///< UTC
    QString sha256;

    bool isFinal() const { return !by.isEmpty(); }
    bool operator==(const FinalState &o) const { return by == o.by && at == o.at && sha256 == o.sha256; }
};

/** A finalization or a reopening of a meeting, as recorded (never removed by undo). */
struct MeetingEvent
{
    enum class Kind { Finalized, Reopened };

    Id id = 0;
    Id meetingId = 0;
    Kind kind = Kind::Finalized;
    QString by;
    QDateTime at; ///< UTC
    QString sha256; ///< the minutes PDF's, for a finalization

    static QString kindKey(Kind kind)
    {
        return kind == Kind::Finalized ? QStringLiteral("finalized") : QStringLiteral("reopened");
    }
    static bool kindFromKey(const QString &key, Kind *kind)
    {
        if (key == QLatin1String("finalized"))
            *kind = Kind::Finalized;
        else if (key == QLatin1String("reopened"))
            *kind = Kind::Reopened;
        else
            return false;
        return true;
    }
    bool operator==(const MeetingEvent &o) const
    {
        return id == o.id && meetingId == o.meetingId && kind == o.kind && by == o.by && at == o.at
               && sha256 == o.sha256;
    }
};

/**
 * One kept change of a meeting: a part ("agenda", "actions", "pre_notes", "running_notes", and
 * whatever other parts record themselves) changed at a time, by an author (empty in a one-person
 * library). Notes revisions name their entry and hold its whole text after the change.
 */
struct Revision
{
    Id id = 0;
    Id meetingId = 0;
    QDateTime at; ///< UTC, whole seconds
    QString author;
    QString part;
    Id entryId = 0; ///< notes only
    QString entryTitle; ///< the entry's title then, for a revision that outlives its entry
    QString summary; ///< the undo text of the edit ("Tick “…”", "Undo: Move “…”")
    QString content; ///< notes only: the whole text
    bool hasContent = false;

    static QString preNotesPart() { return QStringLiteral("pre_notes"); }
    static QString runningNotesPart() { return QStringLiteral("running_notes"); }
    static QString agendaPart() { return QStringLiteral("agenda"); }
    static QString actionsPart() { return QStringLiteral("actions"); }
    static QString decisionsPart() { return QStringLiteral("decisions"); }
    bool isNotes() const { return part == preNotesPart() || part == runningNotesPart(); }

    bool operator==(const Revision &o) const
    {
        return id == o.id && meetingId == o.meetingId && at == o.at && author == o.author && part == o.part
               && entryId == o.entryId && entryTitle == o.entryTitle && summary == o.summary && content == o.content
               && hasContent == o.hasContent;
    }
};

} // namespace Quorum
