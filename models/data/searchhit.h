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
    enum class Kind { Meeting, Entry, Action, Attachment };

    Kind kind = Kind::Meeting;
    Id itemId = 0; ///< the meeting, entry, action item or attachment
    Id meetingId = 0;
    Id entryId = 0; ///< the agenda entry it belongs to, or 0
    QString meetingTitle;
    QDate meetingDate;
    QString entryTitle;
    QString title; ///< what was found: a title, a topic, an action, a file name
    QString snippet; ///< the matching words between SearchHit::Mark and SearchHit::EndMark
    double rank = 0; ///< lower is better (bm25)

    static constexpr QChar Mark = QChar(0x2);
    static constexpr QChar EndMark = QChar(0x3);
};

} // namespace Quorum
