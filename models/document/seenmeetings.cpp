// SPDX-License-Identifier: GPL-3.0-or-later
#include "seenmeetings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace Quorum {

SeenMeetings::SeenMeetings(QString libraryPath, QSettings *settings)
    : m_library(std::move(libraryPath))
    , m_settings(settings)
{ }

QString SeenMeetings::key(const QString &libraryPath, Id meetingId)
{
    // A file by its canonical path (the same library reached through a link is the same); a
    // server address as it is. Hashed: a path holds characters QSettings keys do not keep.
    const QFileInfo file(libraryPath);
    const QString where = file.exists() ? file.canonicalFilePath() : libraryPath;
    const QByteArray hash = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("sinceLastMeeting/%1/%2").arg(QString::fromLatin1(hash)).arg(meetingId);
}

bool SeenMeetings::isSeen(Id meetingId) const
{
    const QString k = key(m_library, meetingId);
    return m_settings ? m_settings->value(k).toBool() : QSettings().value(k).toBool();
}

void SeenMeetings::markSeen(Id meetingId)
{
    const QString k = key(m_library, meetingId);
    if (m_settings)
        m_settings->setValue(k, true);
    else
        QSettings().setValue(k, true);
}

} // namespace Quorum
