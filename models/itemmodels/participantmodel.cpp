// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantmodel.h"

#include "meetingdocument.h"

namespace Quorum {

ParticipantModel::ParticipantModel(MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
{ }

void ParticipantModel::show(const QList<ParticipantRow> &rows)
{
    resetRows(rows);
}

void ParticipantModel::update(const QList<ParticipantRow> &rows)
{
    updateRows(rows, [](const ParticipantRow &r) { return r.participant.personId; });
}

QStringList ParticipantModel::headers() const
{
    return {tr("Name"), tr("Username"), tr("Email"), tr("Team"), tr("Role"), tr("Attendance")};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    const ParticipantRow &row = m_rows.at(index.row());
    if (index.column() == RoleColumn || index.column() == AttendanceColumn) {
        const QStringList keys = index.column() == RoleColumn ? Participant::roles() : Participant::attendances();
        QString key = text.toLower();
        for (const QString &k : keys) {
            if ((index.column() == RoleColumn ? Participant::roleName(k) : Participant::attendanceName(k))
                    .compare(text, Qt::CaseInsensitive)
                == 0)
                key = k;
        }
        if (!keys.contains(key))
            return false;
        QList<Participant> after = m_document->participantList();
        Participant &p = after[index.row()];
        QString &field = index.column() == RoleColumn ? p.role : p.attendance;
        if (field == key)
            return false;
        field = key;
        m_document->editParticipants(
            after, index.column() == RoleColumn
                       ? tr("Make %1 %2").arg(row.person.shownName(), Participant::roleName(key).toLower())
                       : tr("Mark %1 %2").arg(row.person.shownName(), Participant::attendanceName(key).toLower()));
        return true;
    }
    Person person = row.person;
    switch (index.column()) {
    case NameColumn:
        // The shown "Unknown User (x)" is not a name to store.
        person.displayName = text == row.person.shownName() && row.person.displayName.isEmpty() ? QString() : text;
        break;
    case UsernameColumn: person.username = text; break;
    case EmailColumn: person.email = text; break;
    case TeamColumn: person.team = text; break;
    default: return false;
    }
    if (person == row.person)
        return false;
    return m_document->directory()->editPerson(person);
}

bool ParticipantModel::removeParticipant(int row)
{
    QList<Participant> after = m_document->participantList();
    if (row < 0 || row >= after.size())
        return false;
    after.removeAt(row);
    m_document->editParticipants(after, tr("Remove %1 from the participants").arg(m_rows.at(row).person.shownName()));
    return true;
}

bool ParticipantModel::toggleAttendance(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const bool present = m_rows.at(row).participant.attendance == QLatin1String("present");
    return setData(index(row, AttendanceColumn), present ? QStringLiteral("absent") : QStringLiteral("present"));
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParticipantRow &r = m_rows.at(index.row());
    if (role == PersonIdRole)
        return r.person.id;
    if (role == AttendanceRole)
        return r.participant.attendance;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r.person.shownName();
    case UsernameColumn: return r.person.username;
    case EmailColumn: return r.person.email;
    case TeamColumn: return r.person.team;
    case RoleColumn: return Participant::roleName(r.participant.role);
    case AttendanceColumn: return Participant::attendanceName(r.participant.attendance);
    }
    return {};
}

} // namespace Quorum
