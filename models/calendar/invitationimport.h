// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conferencetext.h"
#include "data/cadence.h"
#include "data/id.h"
#include "data/meeting.h"
#include "data/person.h"
#include "data/series.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Quorum {

class Database;

/** Someone an invitation names: an attendee or its organizer. */
struct InvitationPerson
{
    QString name; ///< CN, or the address when there is none
    QString email; ///< empty when the invitation's address is not one
    QString role = QStringLiteral("attendee"); ///< moderator (the organizer, a chair), attendee or guest
    bool organizer = false;
    Id personId = 0; ///< the directory's person it is (by address, then by name), or 0 for a new one
    bool include = true; ///< a new person is added only when included (the window asks)
};

/** A received invitation as a meeting to be: what InvitationImport::read found. */
struct Invitation
{
    QString title;
    QString seriesName;
    QDate startDate;
    QDate endDate;
    QString timeZone; ///< IANA id
    QList<MeetingDay> days; ///< dates with planned start and end (invalid times: all day)
    QString place; ///< LOCATION when it names a place rather than a link
    ConferenceDetails conference;
    QString description; ///< the organizer's own text, without the joining instructions
    QList<InvitationPerson> people;
    bool recurring = false;
    QString recurrence; ///< the RRULE in words of iCalendar ("FREQ=WEEKLY;INTERVAL=2")
    Cadence cadence; ///< the series' cadence it suggests (Kind::None when it fits none of Quorum's)
    bool setCadence = true; ///< write the suggested cadence (the window may leave it out)
    QStringList notices; ///< what was not taken, and why
    bool fromMail = false; ///< read from the calendar part of a mail

    /** The location a meeting gets: the place, else what the conference is held on. */
    QString location() const { return place.isEmpty() ? conference.location : place; }
};

/**
 * Reads a calendar invitation (RFC 5545 .ics, or the text/calendar part of an RFC 5322 .eml) with
 * libical into a meeting: title, dates and times in their time zone, location, how to join (read
 * from the text Zoom, Teams, Google Meet and Webex write, by ConferenceText: never a passcode),
 * the organizer and attendees matched to the directory, and for a recurring invitation its
 * series and cadence. A file that is not an invitation, is cut short, has no event or names an
 * unknown time zone is refused with a message, and nothing is written. docs/calendar.md.
 */
class InvitationImport
{
    Q_DECLARE_TR_FUNCTIONS(InvitationImport)

public:
    static constexpr qint64 MaxInputBytes = 16 * 1024 * 1024;
    static constexpr int MaxEvents = 366; ///< events of one meeting (a year of days); more is not an invitation
    static constexpr int MaxPeople = 2000;

    struct Options
    {
        QList<Person> directory; ///< to match attendees against (address, then name)
        QList<Series> series; ///< a series of the invitation's name keeps its own time zone
        QDate today; ///< a recurring invitation becomes its next meeting on or after today
    };

    /** Reads data; on a refusal error says why and invitation is left empty. */
    static bool read(const QByteArray &data, const Options &options, Invitation *invitation, QString *error);
    /** Reads the file at path (at most MaxInputBytes). */
    static bool readFile(const QString &path, const Options &options, Invitation *invitation, QString *error);
    /** Options with the library's people and series, and today. */
    static Options optionsFor(const QSqlDatabase &db);

    /** The invitation as a JSON interchange document (docs/json-format.md) of one meeting. */
    static QJsonObject document(const Invitation &invitation, const QList<Person> &directory);
    /**
     * Writes the meeting inside the caller's transaction (through JsonImporter::importWithin, with
     * its checks) and returns its id. Throws StorageError, with nothing written once the caller
     * rolls back: a meeting of the same title and start date is refused.
     */
    static Id write(const QSqlDatabase &db, const Invitation &invitation);
    /** write() in a transaction of its own; refused on a read-only library. */
    static Id write(Database &db, const Invitation &invitation);

    /** What was read, as the command line prints it. */
    static QString report(const Invitation &invitation);

private:
    static bool readInto(const QByteArray &data, const Options &options, Invitation *invitation, QString *error);
};

} // namespace Quorum
