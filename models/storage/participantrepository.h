// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/entryreferences.h"
#include "data/participant.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

class ParticipantRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)

public:
    using Repository::Repository;

    /** The meeting's participants in their listed order. */
    QList<Participant> forMeeting(Id meetingId) const;
    void insert(const Participant &participant, int position);
    /** Who has attendance of their own on a day, e.g. before the day is removed. */
    DayReferences attendanceOn(Id dayId) const;
    /** Puts back what attendanceOn() read. */
    void restoreAttendance(const DayReferences &attendance);
    /** Stores a meeting's participants, in this order, in place of what it had. */
    void replace(Id meetingId, const QList<Participant> &participants);
};

} // namespace Quorum
