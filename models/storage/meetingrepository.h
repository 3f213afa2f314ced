// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "data/meetingsummary.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace Quorum {

/** Meetings, their dial-in numbers and their days. */
class MeetingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    using Repository::Repository;

    /** Every meeting, newest first. */
    QList<MeetingSummary> summaries() const;
    /** Throws StorageError when there is no such meeting. */
    Meeting load(Id id) const;
    /** Inserts with meeting.id when it is set (restoring an undone insert), else a new id. */
    Id insert(const Meeting &meeting);
    /** Writes one field; value is a QString, a QDate (dates) or an Id (series). */
    void setField(Id id, Meeting::Field field, const QVariant &value);
    void setDialIns(Id id, const QList<DialIn> &dialIns);
    /** Both dates in one statement, so end >= start holds at every step. */
    void setDates(Id id, const QDate &start, const QDate &end);
    void remove(Id id);

    QList<MeetingDay> days(Id meetingId) const;
    /** Inserts with day.id when it is set (restoring an undone removal), else a new id. */
    Id insertDay(const MeetingDay &day);
    /** Writes every column of the day (its date must not be another day's). */
    void updateDay(const MeetingDay &day);

    /** Removes an empty day; throws StorageError when the day still has agenda entries. */
    void removeEmptyDay(const MeetingDay &day);
};

} // namespace Quorum
