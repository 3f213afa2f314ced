// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"
#include "storage/presencenotice.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QTimer;

namespace Quorum {

/**
 * Who else is editing which agenda entry's running notes on a team library, from the other
 * windows' PresenceNotice: one record per session (a window), its entry and its user's name. A
 * record goes when its session says it stopped, moves when it names another entry, and expires
 * when it is not said again within expiryMs (a window that was killed or lost its connection).
 * Widget-free; MeetingDocument owns one for a team library.
 */
class EditorPresence : public QObject
{
    Q_OBJECT

public:
    /** How long a session counts as editing after its last notice (it says it again every few seconds). */
    static constexpr int ExpiryMs = 15000;

    /** nameOf gives the name to show for a database user (as the directory names them); asked once per user. */
    explicit EditorPresence(std::function<QString(const QString &user)> nameOf, QObject *parent = nullptr);

    /** Takes another window's notice (never this window's own: LibraryFile leaves those out). */
    void take(const PresenceNotice &notice);
    /** The names of the people editing entryId's notes in other windows, sorted, each once. */
    QStringList othersEditing(Id entryId) const;
    /** Forgets everyone (the connection to the server was lost). */
    void clear();
    /** Tests: a shorter expiry. */
    void setExpiryMs(int ms) { m_expiryMs = ms; }

Q_SIGNALS:
    /** The people editing entryId's notes changed (othersEditing()). */
    void othersEditingChanged(Quorum::Id entryId);

private:
    struct Record
    {
        Id entryId = 0;
        QString user;
        QDeadlineTimer expires;
    };
    void expire();
    void scheduleExpiry();
    QString nameOf(const QString &user) const;

    std::function<QString(const QString &)> m_nameOf;
    mutable QHash<QString, QString> m_names; ///< by database user, asked when first shown
    QHash<qint64, Record> m_sessions; ///< by backend process id
    QTimer *m_expiry;
    int m_expiryMs = ExpiryMs;
};

} // namespace Quorum
