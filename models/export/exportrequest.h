// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/invitationwriter.h"
#include "data/actionitem.h"
#include "data/decision.h"
#include "report.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Quorum {

/**
 * One export as the command line or the window asks for it: the format, the printed document
 * and its options, and which meeting or action items. Exporter::write turns it into bytes.
 */
struct ExportRequest
{
    enum class Format {
        Json,
        Csv,
        ICalendar,
        Pdf,
        Html,
        Markdown,
        Confluence, ///< Confluence storage format (XHTML): the agenda or the minutes (ConfluenceWriter)
        Eml, ///< an RFC 5322 message: the minutes by mail (MinutesMail)
    };
    /** Which action items a list or the action report holds. */
    enum class State { All, Open, Overdue, Done };

    Format format = Format::Json;
    /**
     * Pdf, Html and Markdown: the document (report.kind) and how it is laid out. report.today is
     * what "overdue" is measured against, for the State filter too.
     */
    ReportOptions report;
    /**
     * Json: the one meeting to export, or 0 for the whole library. Agenda and minutes: their
     * meeting, or 0 for ReportBuilder::defaultMeeting. Action items: only that meeting's, or 0 for all.
     */
    Id meetingId = 0;
    State state = State::All; ///< action items: which ones
    /**
     * Action items: exactly these, in this order (what the window's summary shows), instead of
     * meetingId and state. Ids the library no longer holds are left out.
     */
    std::optional<QList<Id>> actionIds;
    QString filters; ///< with actionIds: the action report's words for the filters that chose them
    QDateTime stamp = QDateTime::currentDateTimeUtc(); ///< ICalendar: DTSTAMP

    // The decision register (report.kind Decisions; csv, pdf, html, md): every decision, or those
    // of meetingId (when set), of the series named here, and those decisionFilter accepts.
    QString seriesName; ///< a series by its name (the command line's --series), or empty for all
    DecisionFilter
        decisionFilter; ///< what the window's register shows (its meetingId is overridden by meetingId when set)

    /** Eml: the sender, "Name <name@example.org>" or an address; empty for no From header (the mail client's account). */
    QString mailFrom;

    // ICalendar (issue 21): the action items as to-dos (the default), or a meeting's invitation
    // (meetingId, or 0 for ReportBuilder::defaultMeeting), written by Exporter::writeInvitation.
    enum class Calendar { Actions, Invitation };
    Calendar calendar = Calendar::Actions;
    InvitationOptions invitation; ///< Invitation: events per day or block, the organizer (its stamp is stamp)

    /** A meeting's calendar invitation (format ICalendar, calendar Invitation). */
    bool isInvitation() const { return format == Format::ICalendar && calendar == Calendar::Invitation; }
    /** A printed document: PDF, HTML or Markdown. */
    bool isDocument() const;
    /** Whether the request's filters keep an action item (state only; actionIds are chosen already). */
    bool keeps(const ActionItem &item) const;

    /** json, csv, ics, pdf, html, md, confluence or eml: the command line's word (and, but for confluence, the file name suffix). */
    static QString formatKey(Format format);
    static bool formatFromKey(const QString &key, Format *format);
    static QStringList formatKeys();
    /** all, open, overdue or done. */
    static QString stateKey(State state);
    static bool stateFromKey(const QString &key, State *state);
    static QStringList stateKeys();
};

} // namespace Quorum
