// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QChar>
#include <QDate>
#include <QString>

namespace Quorum {

/** One place a search found, best first. */
struct SearchHit
{
    enum class Kind { Meeting, Entry, Action, Attachment, Person, Decision };
    /** Where the words were found, best first: hits are ordered by this, then by rank. */
    enum class Match {
        Name, ///< the title of a meeting, topic or action item, a decision's text, or a person's name, username or alias
        FileName, ///< an attachment's file name
        People, ///< the people on it: participants, moderator and coordinators, assignees, uploader, deciders
        Text, ///< notes, descriptions, an action item's or a decision's reference
    };

    Kind kind = Kind::Meeting;
    Match match = Match::Text;
    Id itemId = 0; ///< the meeting, entry, action item, attachment, person or decision
    Id meetingId = 0; ///< 0 for a person
    Id entryId = 0; ///< the agenda entry it belongs to, or 0
    QString meetingTitle;
    QDate meetingDate;
    QString entryTitle;
    QString title; ///< what was found: a title, a topic, an action, a file name, a person's name
    /**
     * What was found, as text on one line (Markdown read as text), the matching words between
     * SearchHit::Mark and SearchHit::EndMark; with the people on it when they matched.
     */
    QString snippet;
    double rank = 0; ///< bm25, lower is better: how text matches (Match::Text) are ordered

    static constexpr QChar Mark = QChar(0x2);
    static constexpr QChar EndMark = QChar(0x3);
};

} // namespace Quorum
