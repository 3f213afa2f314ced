// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Quorum {

class Database;

/** Who sends an invitation: its ORGANIZER. */
struct InvitationOrganizer
{
    QString name;
    QString email; ///< empty: no ORGANIZER line
};

/** How a meeting's invitation is written. */
struct InvitationOptions
{
    enum class Events {
        PerDay, ///< one event per day of the meeting
        PerBlock, ///< one event per moderated block of the agenda (a day without a timed block: the day)
    };

    Events events = Events::PerDay;
    /**
     * Set: the organizer to name, remembered for the meeting's next export (an empty email: none).
     * Unset: the one remembered, or none.
     */
    std::optional<InvitationOrganizer> organizer;
    QDateTime stamp = QDateTime::currentDateTimeUtc(); ///< DTSTAMP
};

/** One event an invitation holds, as the export dialog previews it. */
struct InvitationEvent
{
    QString key; ///< "day-2", "day-1-block-3": after the meeting's UUID, the stable part of the UID
    QString summary;
    QDate date;
    QDateTime start; ///< in the meeting's zone; invalid: an all-day event on date
    QDateTime end;
    QString description;

    bool isAllDay() const { return !start.isValid(); }
};

/** Someone an invitation invites: an ATTENDEE. */
struct InvitationAttendee
{
    QString name;
    QString email;
    QString role; ///< CHAIR, REQ-PARTICIPANT or OPT-PARTICIPANT
};

/**
 * A meeting as a calendar invitation (RFC 5545, METHOD:REQUEST): one VEVENT per day or per block
 * in the meeting's time zone with its VTIMEZONE (observances from QTimeZone's transitions), how to
 * join (never a passcode: the printable join link and the passcode hint), that day's agenda, the
 * participants with an email as attendees and the organizer. Each event's UID is the meeting's
 * UUID and the event's key; its SEQUENCE rises when what it says changed since the last export.
 * Line rules as ActionExport's (CRLF, 75-octet folding, TEXT escaping). docs/calendar.md.
 */
class InvitationWriter
{
    Q_DECLARE_TR_FUNCTIONS(InvitationWriter)

public:
    /** The events of the meeting's invitation, in order. Throws StorageError (no such meeting). */
    static QList<InvitationEvent> events(const QSqlDatabase &db, Id meetingId, InvitationOptions::Events events);
    /** The participants with an email, as the invitation names them. Throws StorageError. */
    static QList<InvitationAttendee> attendees(const QSqlDatabase &db, Id meetingId);
    /** The organizer the meeting's invitation names when none is chosen: the one remembered, or none. */
    static InvitationOrganizer rememberedOrganizer(const QSqlDatabase &db, Id meetingId);

    // The same, for a caller without storage headers (the window, through LibraryFile::read).
    static QList<InvitationEvent> events(const Database &db, Id meetingId, InvitationOptions::Events events);
    static QList<InvitationAttendee> attendees(const Database &db, Id meetingId);
    static InvitationOrganizer rememberedOrganizer(const Database &db, Id meetingId);

    /**
     * The person of the directory that nameOrEmail names (an address, a name, username or alias,
     * case-insensitive) as an organizer; false with a message when nobody or nobody with an email is.
     * An empty nameOrEmail is no organizer (true). Throws StorageError.
     */
    static bool findOrganizer(const QSqlDatabase &db, const QString &nameOrEmail, InvitationOrganizer *organizer,
                              QString *error);
    /** The people of the directory with an email: whom the export dialog offers as organizer. */
    static QList<InvitationOrganizer> organizers(const QSqlDatabase &db);
    static QList<InvitationOrganizer> organizers(const Database &db);

    /**
     * The invitation, and the record of what it says (UUID, organizer, every event's UID, sequence
     * and sha256) written inside the caller's write transaction. Throws StorageError.
     */
    static QByteArray write(const QSqlDatabase &db, Id meetingId, const InvitationOptions &options);
    /** write() in a transaction of its own; refused on a read-only library. */
    static QByteArray write(Database &db, Id meetingId, const InvitationOptions &options);

    /** The VTIMEZONE of zone for the instants from to to (unfolded lines): the observances in force then. */
    static QStringList timeZone(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);
    /** CHAIR for a moderator, OPT-PARTICIPANT for a guest, REQ-PARTICIPANT for everyone else. */
    static QString role(const QString &participantRole);
};

} // namespace Quorum
