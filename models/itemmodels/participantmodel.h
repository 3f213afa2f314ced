// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/participant.h"
#include "data/person.h"
#include "rowtablemodel.h"

namespace Quorum {

/** A participant with the directory entry behind it. */
struct ParticipantRow
{
    Participant participant;
    Person person;
};

class ParticipantModel : public RowTableModel<ParticipantRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, TeamColumn, RoleColumn, AttendanceColumn };
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    using RowTableModel::RowTableModel;

    void reload(const QList<ParticipantRow> &rows) { resetRows(rows); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString roleName(const QString &key);
    static QString attendanceName(const QString &key);

protected:
    QStringList headers() const override;
};

} // namespace Quorum
