// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QString>

class QSettings;

namespace Quorum {

/**
 * Which meetings' "what changed since the last meeting" has been shown to this user, kept in
 * QSettings (per user and machine, by the library's path and the meeting's id) rather than in the
 * library: a library is shared (a team library, a file passed around), and one person having seen
 * it says nothing about the next.
 */
class SeenMeetings
{
public:
    /** settings: where to keep the marks (tests); nullptr: the application's QSettings. */
    explicit SeenMeetings(QString libraryPath, QSettings *settings = nullptr);

    bool isSeen(Id meetingId) const;
    void markSeen(Id meetingId);
    /** The settings key of a meeting of the library at libraryPath. */
    static QString key(const QString &libraryPath, Id meetingId);

private:
    QString m_library;
    QSettings *m_settings;
};

} // namespace Quorum
