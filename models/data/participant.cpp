// SPDX-License-Identifier: GPL-3.0-or-later
#include "participant.h"

#include <QCoreApplication>

namespace Quorum {

QStringList Participant::roles()
{
    return {QStringLiteral("moderator"), QStringLiteral("coordinator"), QStringLiteral("attendee"),
            QStringLiteral("notetaker"), QStringLiteral("guest")};
}

QStringList Participant::attendances()
{
    return {QStringLiteral("invited"), QStringLiteral("present"), QStringLiteral("absent"), QStringLiteral("excused")};
}

QString Participant::roleName(const QString &key)
{
    if (key == QLatin1String("moderator"))
        return QCoreApplication::translate("Quorum::Participant", "Moderator");
    if (key == QLatin1String("coordinator"))
        return QCoreApplication::translate("Quorum::Participant", "Coordinator");
    if (key == QLatin1String("attendee"))
        return QCoreApplication::translate("Quorum::Participant", "Attendee");
    if (key == QLatin1String("notetaker"))
        return QCoreApplication::translate("Quorum::Participant", "Note-taker");
    if (key == QLatin1String("guest"))
        return QCoreApplication::translate("Quorum::Participant", "Guest");
    return key;
}

QString Participant::attendanceName(const QString &key)
{
    if (key == QLatin1String("invited"))
        return QCoreApplication::translate("Quorum::Participant", "Invited");
    if (key == QLatin1String("present"))
        return QCoreApplication::translate("Quorum::Participant", "Present");
    if (key == QLatin1String("absent"))
        return QCoreApplication::translate("Quorum::Participant", "Absent");
    if (key == QLatin1String("excused"))
        return QCoreApplication::translate("Quorum::Participant", "Excused");
    return key;
}

} // namespace Quorum
