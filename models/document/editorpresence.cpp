// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorpresence.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Quorum {

EditorPresence::EditorPresence(std::function<QString(const QString &user)> nameOf, QObject *parent)
    : QObject(parent)
    , m_nameOf(std::move(nameOf))
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &EditorPresence::expire);
}

QString EditorPresence::nameOf(const QString &user) const
{
    const auto known = m_names.constFind(user);
    if (known != m_names.constEnd())
        return *known;
    QString name = m_nameOf ? m_nameOf(user) : QString();
    if (name.trimmed().isEmpty())
        name = user;
    m_names.insert(user, name);
    return name;
}

void EditorPresence::take(const PresenceNotice &notice)
{
    const auto was = m_sessions.constFind(notice.session);
    const Id before = was != m_sessions.constEnd() ? was->entryId : 0;
    if (notice.state == PresenceNotice::State::Stopped) {
        if (!m_sessions.remove(notice.session))
            return;
        scheduleExpiry();
        Q_EMIT othersEditingChanged(before);
        return;
    }
    const bool sameUser = was != m_sessions.constEnd() && was->user == notice.by;
    m_sessions.insert(notice.session, {notice.entryId, notice.by, QDeadlineTimer(m_expiryMs)});
    scheduleExpiry();
    if (before && before != notice.entryId)
        Q_EMIT othersEditingChanged(before);
    // Said again (the same entry, the same user): nothing shown changes.
    if (before != notice.entryId || !sameUser)
        Q_EMIT othersEditingChanged(notice.entryId);
}

QStringList EditorPresence::othersEditing(Id entryId) const
{
    if (!entryId)
        return {};
    QStringList users;
    for (const Record &r : m_sessions) {
        if (r.entryId == entryId && !r.expires.hasExpired() && !users.contains(r.user))
            users << r.user;
    }
    QStringList names;
    for (const QString &user : std::as_const(users))
        names << nameOf(user);
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

void EditorPresence::clear()
{
    QSet<Id> entries;
    for (const Record &r : std::as_const(m_sessions))
        entries.insert(r.entryId);
    m_sessions.clear();
    m_names.clear(); // the directory may have changed meanwhile
    m_expiry->stop();
    for (Id entryId : std::as_const(entries))
        Q_EMIT othersEditingChanged(entryId);
}

void EditorPresence::expire()
{
    QSet<Id> entries;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expires.hasExpired()) {
            entries.insert(it->entryId);
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    scheduleExpiry();
    for (Id entryId : std::as_const(entries))
        Q_EMIT othersEditingChanged(entryId);
}

void EditorPresence::scheduleExpiry()
{
    if (m_sessions.isEmpty()) {
        m_expiry->stop();
        return;
    }
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const Record &r : std::as_const(m_sessions))
        soonest = std::min(soonest, r.expires.remainingTime());
    m_expiry->start(int(std::clamp<qint64>(soonest, 0, m_expiryMs)) + 1);
}

} // namespace Quorum
