// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the JSON exporter writes and the importer reads (docs/json-format.md), named once for both.
namespace Quorum {

namespace JsonFormat {
/** What "format" says in every document. */
inline const QString Name = QStringLiteral("quorum-library");
/**
 * The "formatVersion" written, and the newest one read. 2 added the live run (actual times, run
 * status, the original plan, per-day attendance); a version 1 document has none of it. 3 writes
 * link patterns as a key prefix and an address with {n} (`prefix`, `url`); the regular expressions
 * of versions 1 and 2 (`pattern`, `url` with \1) are still read, converted when they have the
 * simple form DM-(\d+) and refused otherwise. 4 adds the life of a series (docs/json-format.md):
 * decisions, final minutes and history, series settings, templates, recurring and carried topics;
 * a document of versions 1–3 has none of it.
 */
constexpr int Version = 4;
/** Times of day ("start", "plannedStart", "plannedEnd", "arrived", …) are written as 09:30. */
inline const QString TimeOfDay = QStringLiteral("HH:mm");
/** Instants ("actualStart", "pausedAt", …) are written in UTC as 2020-09-15T16:00:00Z. */
inline const QString InstantExample = QStringLiteral("2020-09-15T16:00:00Z");
} // namespace JsonFormat

/** The names of the document's keys. */
namespace JsonKeys {
inline const QString ActionItems = QStringLiteral("actionItems");
inline const QString ActualEnd = QStringLiteral("actualEnd");
inline const QString ActualStart = QStringLiteral("actualStart");
inline const QString Agenda = QStringLiteral("agenda");
inline const QString Aliases = QStringLiteral("aliases");
inline const QString Arrived = QStringLiteral("arrived");
inline const QString Assignees = QStringLiteral("assignees");
inline const QString Attachments = QStringLiteral("attachments");
inline const QString Attendance = QStringLiteral("attendance");
inline const QString ContentBase64 = QStringLiteral("contentBase64");
inline const QString Coordinators = QStringLiteral("coordinators");
inline const QString Date = QStringLiteral("date");
inline const QString Days = QStringLiteral("days");
inline const QString DecidedBy = QStringLiteral("decidedBy");
inline const QString Decisions = QStringLiteral("decisions");
inline const QString Departed = QStringLiteral("departed");
inline const QString Description = QStringLiteral("description");
inline const QString DialIns = QStringLiteral("dialIns");
inline const QString DisplayName = QStringLiteral("displayName");
inline const QString Done = QStringLiteral("done");
inline const QString DoneDate = QStringLiteral("doneDate");
inline const QString DueDate = QStringLiteral("dueDate");
inline const QString DurationMinutes = QStringLiteral("durationMinutes");
inline const QString Email = QStringLiteral("email");
inline const QString EndDate = QStringLiteral("endDate");
inline const QString Entries = QStringLiteral("entries");
inline const QString Entry = QStringLiteral("entry");
inline const QString ExternalRef = QStringLiteral("externalRef");
inline const QString FileName = QStringLiteral("fileName");
inline const QString Format = QStringLiteral("format");
inline const QString FormatVersion = QStringLiteral("formatVersion");
inline const QString Group = QStringLiteral("group");
inline const QString Groups = QStringLiteral("groups");
inline const QString JoinUrl = QStringLiteral("joinUrl");
inline const QString Key = QStringLiteral("key");
inline const QString Kind = QStringLiteral("kind");
inline const QString Label = QStringLiteral("label");
inline const QString LinkPatterns = QStringLiteral("linkPatterns");
inline const QString Location = QStringLiteral("location");
inline const QString MeetingCode = QStringLiteral("meetingCode");
inline const QString Meetings = QStringLiteral("meetings");
inline const QString Members = QStringLiteral("members");
inline const QString MimeType = QStringLiteral("mimeType");
inline const QString MinutesRequired = QStringLiteral("minutesRequired");
inline const QString Moderator = QStringLiteral("moderator");
inline const QString ModifiedAt = QStringLiteral("modifiedAt");
inline const QString Name = QStringLiteral("name");
inline const QString Notes = QStringLiteral("notes");
inline const QString Number = QStringLiteral("number");
inline const QString OriginalMinutes = QStringLiteral("originalMinutes");
inline const QString OriginalStart = QStringLiteral("originalStart");
inline const QString Participants = QStringLiteral("participants");
inline const QString PasscodeHint = QStringLiteral("passcodeHint");
/** A link pattern's regular expression, as versions 1 and 2 wrote it (read only). */
inline const QString Pattern = QStringLiteral("pattern");
inline const QString PausedAt = QStringLiteral("pausedAt");
inline const QString PausedSeconds = QStringLiteral("pausedSeconds");
inline const QString People = QStringLiteral("people");
inline const QString Person = QStringLiteral("person");
/** A link pattern's key prefix (version 3). */
inline const QString Prefix = QStringLiteral("prefix");
inline const QString Pinned = QStringLiteral("pinned");
// Series planning (format 4): a series' cadence (Cadence::key()), an entry's recurring flag.
inline const QString Cadence = QStringLiteral("cadence");
inline const QString Recurring = QStringLiteral("recurring");
inline const QString Shape = QStringLiteral("shape");
inline const QString Templates = QStringLiteral("templates");
inline const QString PlannedEnd = QStringLiteral("plannedEnd");
inline const QString PlannedStart = QStringLiteral("plannedStart");
inline const QString PreNotes = QStringLiteral("preNotes");
inline const QString RequestedBy = QStringLiteral("requestedBy");
inline const QString Role = QStringLiteral("role");
inline const QString RunStatus = QStringLiteral("runStatus");
inline const QString RunningNotes = QStringLiteral("runningNotes");
inline const QString ScheduledEntry = QStringLiteral("scheduledEntry");
inline const QString Series = QStringLiteral("series");
inline const QString Sha256 = QStringLiteral("sha256");
inline const QString SipAddress = QStringLiteral("sipAddress");
inline const QString Size = QStringLiteral("size");
inline const QString Start = QStringLiteral("start");
inline const QString StartDate = QStringLiteral("startDate");
inline const QString Status = QStringLiteral("status");
inline const QString Team = QStringLiteral("team");
inline const QString TimeZone = QStringLiteral("timeZone");
inline const QString Text = QStringLiteral("text");
inline const QString Title = QStringLiteral("title");
inline const QString Topic = QStringLiteral("topic");
inline const QString TopicRequests = QStringLiteral("topicRequests");
inline const QString UploadedBy = QStringLiteral("uploadedBy");
inline const QString Url = QStringLiteral("url");
inline const QString Username = QStringLiteral("username");

// Final minutes and revision history (format 4): per meeting "events", "finalized" and "history".
inline const QString At = QStringLiteral("at");
inline const QString Author = QStringLiteral("author");
inline const QString By = QStringLiteral("by");
inline const QString Content = QStringLiteral("content");
inline const QString EntryTitle = QStringLiteral("entryTitle");
inline const QString Events = QStringLiteral("events");
inline const QString Finalized = QStringLiteral("finalized");
inline const QString History = QStringLiteral("history");
inline const QString Part = QStringLiteral("part");
inline const QString Summary = QStringLiteral("summary");
// The parking lot (version 4).
/** An entry scheduled from the parking lot: {"date": its source's date, "entry": its source's key (absent when not in the document)}. */
inline const QString CarriedFrom = QStringLiteral("carriedFrom");
inline const QString CarryOver = QStringLiteral("carryOver");
inline const QString ParkingDismissed = QStringLiteral("parkingDismissed");
// The meeting's calendar invitation (issue 21), optional: "invitation": {"events": [{"sequence", "sha256",
// "uid"}], "organizerEmail", "organizerName", "uuid"}.
inline const QString Invitation = QStringLiteral("invitation");
inline const QString OrganizerEmail = QStringLiteral("organizerEmail");
inline const QString OrganizerName = QStringLiteral("organizerName");
inline const QString Sequence = QStringLiteral("sequence");
inline const QString Uid = QStringLiteral("uid");
inline const QString Uuid = QStringLiteral("uuid");
} // namespace JsonKeys

} // namespace Quorum
