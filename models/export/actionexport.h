// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPair>

namespace Quorum {

class Database;

/** One action item with what a list of them shows beside it. */
struct ActionExportRow
{
    ActionItem item;
    QString assignees;
    QStringList assigneeNames; ///< the same names, one per assignee
    QString meetingTitle;
    QDate meetingDate;
    QString entryTitle;
    QString seriesName; ///< the meeting's series
    /** Who the item is for, by address (name, email): assignees with an email, a group's members with one. */
    QList<QPair<QString, QString>> addresses;
    QString organizerName; ///< the meeting invitation's organizer (InvitationRecord), when set
    QString organizerEmail;
};

/** Action item lists as CSV (RFC 4180) and as iCalendar to-dos (RFC 5545). */
class ActionExport
{
    Q_DECLARE_TR_FUNCTIONS(ActionExport)

public:
    /** Every action item of the library, or of one meeting; throws StorageError. */
    static QList<ActionExportRow> load(const Database &db, Id meetingId = 0);

    /** UTF-8, CRLF line ends, a header line; fields quoted when they hold a comma, quote or line break. */
    static QByteArray toCsv(const QList<ActionExportRow> &rows);
    /** A VCALENDAR of VTODOs: due date, status, completion; lines folded at 75 octets. stamp is DTSTAMP. */
    static QByteArray toICalendar(const QList<ActionExportRow> &rows, const QDateTime &stamp);

    /**
     * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A value a
     * spreadsheet would run as a formula (first character =, +, -, @, tab or carriage return)
     * gets a leading apostrophe and is quoted, so it stays text.
     */
    static QString csvField(const QString &value);
    /** TEXT value escaping of RFC 5545: backslash, semicolon, comma and line breaks. */
    static QString icalText(const QString &value);
    /**
     * A parameter value (RFC 5545 3.2: CN="…") in double quotes, without the characters that could
     * end it, the parameter or the line: control characters (CR, LF, tab …) become a space, double
     * quotes go. A name can then add no parameter or property.
     */
    static QString icalParameter(const QString &value);
    /** "mailto:" and the address, or empty when it is not a plausible address (or holds a control character, space or quote). */
    static QString icalMailto(const QString &email);
    /** Folds one content line (CRLF and a space before each continuation, never inside a UTF-8 character). */
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace Quorum
