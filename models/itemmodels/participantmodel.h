// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/participant.h"
#include "data/person.h"
#include "rowtablemodel.h"

namespace Quorum {

class MeetingDocument;

/** A participant with the directory entry behind it. */
struct ParticipantRow
{
    Participant participant;
    Person person;

    bool operator==(const ParticipantRow &o) const { return participant == o.participant && person == o.person; }
};

class ParticipantModel : public RowTableModel<ParticipantRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, EmailColumn, TeamColumn, RoleColumn, AttendanceColumn };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        AttendanceRole, ///< the stored attendance key of the row (present, absent, excused, invited)
    };

    explicit ParticipantModel(MeetingDocument *document);

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<ParticipantRow> &rows);
    /** The same rows as they are now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<ParticipantRow> &rows);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Names, email and team change the person in the directory; role and attendance this meeting. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Edits, each one undo step.
    bool removeParticipant(int row);
    /** Roll call: invited or absent become present, present becomes absent. */
    bool toggleAttendance(int row);

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
