// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantmodel.h"

namespace Quorum {

QStringList ParticipantModel::headers() const
{
    return {tr("Name"), tr("Username"), tr("Team"), tr("Role"), tr("Attendance")};
}

QString ParticipantModel::roleName(const QString &key)
{
    if (key == QLatin1String("moderator")) return tr("Moderator");
    if (key == QLatin1String("coordinator")) return tr("Coordinator");
    if (key == QLatin1String("attendee")) return tr("Attendee");
    if (key == QLatin1String("notetaker")) return tr("Note-taker");
    if (key == QLatin1String("guest")) return tr("Guest");
    return key;
}

QString ParticipantModel::attendanceName(const QString &key)
{
    if (key == QLatin1String("invited")) return tr("Invited");
    if (key == QLatin1String("present")) return tr("Present");
    if (key == QLatin1String("absent")) return tr("Absent");
    if (key == QLatin1String("excused")) return tr("Excused");
    return key;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParticipantRow &r = m_rows.at(index.row());
    if (role == PersonIdRole)
        return r.person.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r.person.shownName();
    case UsernameColumn: return r.person.username;
    case TeamColumn: return r.person.team;
    case RoleColumn: return roleName(r.participant.role);
    case AttendanceColumn: return attendanceName(r.participant.attendance);
    }
    return {};
}

} // namespace Quorum
