// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
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

/**
 * The meeting's participants. The attendance shown is the whole meeting's, or that of one day
 * (setDay()): then the attendance column edits that day's attendance (a day follows the meeting's
 * until it is changed), and Arrived and Left hold a late arrival and an early departure as HH:mm
 * in the meeting's time zone. The whole meeting's view sums up the days in the Days column.
 */
class ParticipantModel : public RowTableModel<ParticipantRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        EmailColumn,
        TeamColumn,
        RoleColumn,
        AttendanceColumn,
        DaysColumn, ///< the whole meeting's view: the days that differ ("absent day 3; late day 2 (10:20)")
        ArrivedColumn, ///< a day's view: when they arrived late; empty when on time
        LeftColumn, ///< a day's view: when they left early; empty when they stayed to the end
    };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        AttendanceRole, ///< the stored attendance key of the row on the day shown (present, absent, excused, invited)
    };

    explicit ParticipantModel(MeetingDocument *document);

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<ParticipantRow> &rows);
    /** The same rows as they are now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<ParticipantRow> &rows);
    /**
     * The meeting's days as they are now (LibraryModels keeps them in step). A day shown that went
     * falls back to the whole meeting; a day whose run goes live is shown.
     */
    void setDays(const QList<MeetingDay> &days);
    const QList<MeetingDay> &days() const { return m_days; }
    /** The day whose run is live; 0 when none. */
    Id liveDay() const { return m_liveDay; }
    /** "Day 2 — Wed 16 Sep"; empty for a day the meeting does not have. */
    QString dayLabel(Id dayId) const;

    /** The day whose attendance is shown and edited; 0 is the whole meeting. */
    Id day() const { return m_day; }
    /** Shows the attendance of dayId (0: the whole meeting). False for a day the meeting does not have. */
    bool setDay(Id dayId);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /**
     * Names, email and team change the person in the directory; role and attendance this meeting
     * (attendance, arrived and left on the day shown). A time that is not HH:mm is refused and said.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Edits, each one undo step.
    bool removeParticipant(int row);
    /** Roll call on the day shown: invited or absent become present, present becomes absent. */
    bool toggleAttendance(int row);
    /** The person arrived (Arrived) or left (Left) at MeetingDocument::now(), on the day shown, which must be today. */
    bool markNow(int row, Column column);

Q_SIGNALS:
    /** The day shown changed (setDay(), or the meeting's days). */
    void dayChanged(Id dayId);
    /** The meeting's days, or which of them is live, changed. */
    void daysChanged();

protected:
    QStringList headers() const override;

private:
    /** The day's number (from 1); 0 for a day the meeting does not have. */
    int dayNumber(Id dayId) const;
    const MeetingDay *dayOf(Id dayId) const;
    /** The Days column: what differs from the whole meeting, day by day. */
    QString daysSummary(const Participant &p) const;
    /** Stores day as row's attendance on it, one undo step. */
    bool editDay(int row, const DayAttendance &day, const QString &text);
    /** Arrived or Left typed as text. */
    bool setTime(int row, Column column, const QString &text);
    bool setTime(int row, Column column, const QTime &time);

    MeetingDocument *m_document;
    QList<MeetingDay> m_days;
    Id m_day = 0;
    Id m_liveDay = 0;
};

} // namespace Quorum
