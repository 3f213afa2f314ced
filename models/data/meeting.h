// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QVariant>

namespace Quorum {

/** One way to dial in by phone, e.g. label "US", number "+1 786-635-1003". */
struct DialIn
{
    QString label;
    QString number;

    bool operator==(const DialIn &o) const { return label == o.label && number == o.number; }
};

/** One meeting (one or more days) with its logistics. */
struct Meeting
{
    enum Field {
        Title,
        SeriesId,
        StartDate,
        EndDate,
        TimeZone,
        Location,
        JoinUrl,
        MeetingCode,
        SipAddress,
        PasscodeHint,
        Description,
    };

    Id id = 0;
    Id seriesId = 0;
    QString title;
    QDate startDate;
    QDate endDate;
    QString timeZone; ///< IANA id, e.g. "America/Los_Angeles"
    QString location;
    QString joinUrl;
    QString meetingCode; ///< the conference's meeting ID, e.g. "91337592385"
    QList<DialIn> dialIns;
    QString sipAddress;
    QString passcodeHint; ///< where to find the passcode, never the passcode itself
    QString description; ///< Markdown

    /** One field as a QVariant: QString, QDate (dates) or Id (series). */
    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);

    /**
     * The join link as every printed or exported document shows it: only the parts known to hold
     * no secret. Scheme (http or https only), host, port and path, the path cut at the first ";",
     * "=", "?", "&" or "#" it holds (decoded); of the query only the parameters in
     * printableQueryParameters(). No user name or password, no fragment, no other parameter (Zoom's
     * pwd, tk, uname …). An empty string when the link is not an http or https address.
     */
    static QString printableJoinUrl(const QString &joinUrl);
    /** The query parameters a printed join link keeps: only "lang", the language of the join page. */
    static QStringList printableQueryParameters();
    /**
     * This computer's time zone as a meeting keeps it: its IANA id, or "UTC" when Qt does not list
     * that id (Qt 6.4 on Linux reports the system zone "Etc/UTC" but does not accept it back).
     */
    static QString localTimeZone();
};

/** One calendar day of a meeting; it may have no agenda entries. */
struct MeetingDay
{
    Id id = 0;
    Id meetingId = 0;
    QDate date;
    QTime plannedStart;
    QTime plannedEnd;
    // The live run (models/agenda/liverun.h), UTC instants; invalid when not (yet) so.
    QDateTime actualStart;
    QDateTime actualEnd;
    QDateTime pausedAt; ///< while the run stands paused

    bool operator==(const MeetingDay &o) const
    {
        return id == o.id && meetingId == o.meetingId && date == o.date && plannedStart == o.plannedStart
               && plannedEnd == o.plannedEnd && actualStart == o.actualStart && actualEnd == o.actualEnd
               && pausedAt == o.pausedAt;
    }
    bool operator!=(const MeetingDay &o) const { return !(*this == o); }
    /** Started and not ended. */
    bool isLive() const { return actualStart.isValid() && !actualEnd.isValid(); }
};

} // namespace Quorum
