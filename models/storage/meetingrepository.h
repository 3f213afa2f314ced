// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "repository.h"

#include <QList>
#include <QVariant>

namespace Quorum {

/** What the sidebar needs of a meeting. */
struct MeetingSummary
{
    Id id = 0;
    Id seriesId = 0;
    QString seriesName;
    QString title;
    QDate startDate;
    QDate endDate;
};

/** Meetings, their dial-in numbers and their days. */
class MeetingRepository : public Repository
{
public:
    using Repository::Repository;

    /** Every meeting, newest first. */
    QList<MeetingSummary> summaries() const;
    /** Throws StorageError when there is no such meeting. */
    Meeting load(Id id) const;
    Id insert(const Meeting &meeting);
    /** Writes one field; value is a QString, a QDate (dates) or an Id (series). */
    void setField(Id id, Meeting::Field field, const QVariant &value);
    void setDialIns(Id id, const QList<DialIn> &dialIns);
    void remove(Id id);

    QList<MeetingDay> days(Id meetingId) const;
    Id insertDay(const MeetingDay &day);

    static QVariant fieldValue(const Meeting &meeting, Meeting::Field field);
};

} // namespace Quorum
