// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "document/meetingreader.h"
#include "jsonkeys.h"
#include "jsonwriter.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/invitationrepository.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/templaterepository.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace Quorum {

namespace {

/** Document-local keys ("person-3") for rows, numbered in the order they are written. */
class KeyMap
{
public:
    explicit KeyMap(QString prefix)
        : m_prefix(std::move(prefix))
    { }
    QString add(Id id)
    {
        const QString key = QStringLiteral("%1-%2").arg(m_prefix).arg(m_keys.size() + 1);
        m_keys.insert(id, key);
        return key;
    }
    QString key(Id id) const { return m_keys.value(id); }
    bool contains(Id id) const { return m_keys.contains(id); }

private:
    QString m_prefix;
    QHash<Id, QString> m_keys;
};

/** One export: the document-local keys it has handed out, and what a single meeting uses. */
class LibraryWriter
{
public:
    LibraryWriter(const QSqlDatabase &db, QIODevice *out)
        : m_db(db)
        , m_json(out)
    { }

    void run(Id onlyMeeting)
    {
        MeetingRepository meetings(m_db);
        QList<MeetingSummary> summaries = meetings.summaries();
        std::sort(summaries.begin(), summaries.end(), [](const MeetingSummary &a, const MeetingSummary &b) {
            return a.startDate != b.startDate ? a.startDate < b.startDate : a.id < b.id;
        });
        std::optional<MeetingContent> only;
        if (onlyMeeting) {
            if (std::none_of(summaries.begin(), summaries.end(),
                             [&](const MeetingSummary &m) { return m.id == onlyMeeting; }))
                throw StorageError(JsonExporter::tr("The library has no meeting with ID %1.").arg(onlyMeeting));
            // Loaded first, so that people, groups and series can be limited to what it uses.
            only = load(onlyMeeting);
        }

        const QList<Person> people = PersonRepository(m_db).all();
        const QList<PersonGroup> groups = PersonRepository(m_db).groups();
        const QList<Series> series = SeriesRepository(m_db).all();
        if (onlyMeeting) {
            for (const PersonGroup &g : groups) {
                if (m_usedGroups.contains(g.id))
                    m_usedPeople.unite(QSet<Id>(g.memberIds.begin(), g.memberIds.end()));
            }
        }
        // The keys are numbered in the order of the lists; the meetings, which come before people
        // and series in the document (keys are in alphabetical order), name them by these keys.
        const auto keep = [&](const QSet<Id> &used, Id id) { return !onlyMeeting || used.contains(id); };
        for (const Person &p : people) {
            if (keep(m_usedPeople, p.id))
                m_people.add(p.id);
        }
        for (const PersonGroup &g : groups) {
            if (keep(m_usedGroups, g.id))
                m_groups.add(g.id);
        }
        for (const Series &s : series) {
            if (keep(m_usedSeries, s.id))
                m_series.add(s.id);
        }

        // Written as it is read, one meeting in memory at a time, in QJsonObject's key order.
        m_json.beginObject();
        m_json.field(JsonKeys::Format, JsonFormat::Name);
        m_json.field(JsonKeys::FormatVersion, JsonFormat::Version);

        m_json.key(JsonKeys::Groups);
        m_json.beginArray();
        for (const PersonGroup &g : groups) {
            if (!m_groups.contains(g.id))
                continue;
            m_json.beginObject();
            putText(JsonKeys::Description, g.description);
            m_json.field(JsonKeys::Key, m_groups.key(g.id));
            m_json.key(JsonKeys::Members);
            keyArray(m_people, g.memberIds);
            m_json.field(JsonKeys::Name, g.name);
            m_json.endObject();
        }
        m_json.endArray();

        if (!onlyMeeting) {
            const QList<LinkPattern> patterns = LinkPatternRepository(m_db).all();
            if (!patterns.isEmpty()) {
                m_json.key(JsonKeys::LinkPatterns);
                m_json.beginArray();
                for (const LinkPattern &p : patterns) {
                    m_json.beginObject();
                    m_json.field(JsonKeys::Prefix, p.prefix);
                    m_json.field(JsonKeys::Url, p.url);
                    m_json.endObject();
                }
                m_json.endArray();
            }
        }

        m_json.key(JsonKeys::Meetings);
        m_json.beginArray();
        AttachmentRepository blobs(m_db);
        for (const MeetingSummary &s : std::as_const(summaries)) {
            if (onlyMeeting && s.id != onlyMeeting)
                continue;
            writeMeeting(only ? *only : load(s.id), blobs);
        }
        m_json.endArray();

        m_json.key(JsonKeys::People);
        m_json.beginArray();
        for (const Person &p : people) {
            if (!m_people.contains(p.id))
                continue;
            m_json.beginObject();
            if (!p.aliases.isEmpty()) {
                m_json.key(JsonKeys::Aliases);
                m_json.beginArray();
                for (const QString &alias : p.aliases)
                    m_json.string(alias);
                m_json.endArray();
            }
            putText(JsonKeys::DisplayName, p.displayName);
            putText(JsonKeys::Email, p.email);
            m_json.field(JsonKeys::Key, m_people.key(p.id));
            putText(JsonKeys::Team, p.team);
            putText(JsonKeys::Username, p.username);
            m_json.endObject();
        }
        m_json.endArray();

        m_json.key(JsonKeys::Series);
        m_json.beginArray();
        for (const Series &s : series) {
            if (!m_series.contains(s.id))
                continue;
            m_json.beginObject();
            putText(JsonKeys::Cadence, s.cadence);
            putText(JsonKeys::Description, s.description);
            m_json.field(JsonKeys::Key, m_series.key(s.id));
            m_json.field(JsonKeys::Name, s.name);
            putText(JsonKeys::TimeZone, s.timeZone);
            m_json.endObject();
        }
        m_json.endArray();

        // Format 4: the library's meeting templates (whole-library exports only), by name.
        if (!onlyMeeting) {
            const QList<MeetingTemplate> templates = TemplateRepository(m_db).all();
            if (!templates.isEmpty()) {
                m_json.key(JsonKeys::Templates);
                m_json.beginArray();
                for (const MeetingTemplate &t : templates) {
                    m_json.beginObject();
                    m_json.field(JsonKeys::Name, t.name);
                    m_json.key(JsonKeys::Shape);
                    putValue(t.shape.toJson());
                    m_json.endObject();
                }
                m_json.endArray();
            }
        }
        m_json.endObject();
        m_json.finish();
    }

private:
    /** Any JSON value (a template's shape), keys in QJsonObject's (sorted) order. */
    void putValue(const QJsonValue &value)
    {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            m_json.beginObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                m_json.key(it.key());
                putValue(it.value());
            }
            m_json.endObject();
        } else if (value.isArray()) {
            m_json.beginArray();
            for (const QJsonValue &v : value.toArray())
                putValue(v);
            m_json.endArray();
        } else if (value.isBool()) {
            m_json.boolean(value.toBool());
        } else if (value.isDouble()) {
            m_json.integer(value.toInteger());
        } else {
            m_json.string(value.toString());
        }
    }

    void putText(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            m_json.field(name, value);
    }

    void putKey(const QString &name, const KeyMap &keys, Id id)
    {
        if (id)
            m_json.field(name, keys.key(id));
    }

    /** An instant of the live run in UTC (2020-09-15T16:00:00Z); left out when not set. */
    void putInstant(const QString &name, const QDateTime &instant)
    {
        if (instant.isValid())
            m_json.field(name, instant.toUTC().toString(Qt::ISODate));
    }

    void putTime(const QString &name, const QTime &time)
    {
        if (time.isValid())
            m_json.field(name, time.toString(JsonFormat::TimeOfDay));
    }

    void keyArray(const KeyMap &keys, const QList<Id> &ids)
    {
        m_json.beginArray();
        for (Id id : ids)
            m_json.string(keys.key(id));
        m_json.endArray();
    }

    /** Notes the people and groups of an assignee list (an action item's, a decision's) as used. */
    void noteUsed(const QList<Assignee> &assignees)
    {
        for (const Assignee &who : assignees) {
            if (who.personId)
                m_usedPeople.insert(who.personId);
            if (who.groupId)
                m_usedGroups.insert(who.groupId);
        }
    }

    /** The meeting, with the people, groups and series it uses noted. */
    MeetingContent load(Id id)
    {
        MeetingContent l = MeetingReader(m_db).load(id);
        if (l.meeting.seriesId)
            m_usedSeries.insert(l.meeting.seriesId);
        for (const Participant &p : std::as_const(l.participants))
            m_usedPeople.insert(p.personId);
        for (const AgendaEntry &e : std::as_const(l.entries)) {
            if (e.moderatorId)
                m_usedPeople.insert(e.moderatorId);
            m_usedPeople.unite(QSet<Id>(e.coordinatorIds.begin(), e.coordinatorIds.end()));
        }
        for (const ActionItem &a : std::as_const(l.actions))
            noteUsed(a.assignees);
        for (const Decision &d : std::as_const(l.decisions))
            noteUsed(d.decidedBy);
        for (const Attachment &a : std::as_const(l.attachments)) {
            if (a.uploadedBy)
                m_usedPeople.insert(a.uploadedBy);
        }
        for (const TopicRequest &t : std::as_const(l.requests))
            m_usedPeople.unite(QSet<Id>(t.requestedBy.begin(), t.requestedBy.end()));
        return l;
    }

    /**
     * Numbers the meeting's agenda entries in the order of its days and agendas, each block before
     * its entries: action items and attachments, written before the days, name entries by these keys.
     */
    void addEntryKeys(const MeetingContent &l)
    {
        const std::function<void(const AgendaEntry &)> add = [&](const AgendaEntry &e) {
            m_entries.add(e.id);
            if (e.kind != AgendaEntry::Kind::Block)
                return;
            for (const AgendaEntry &c : l.entries) {
                if (c.parentId == e.id)
                    add(c);
            }
        };
        for (const MeetingDay &d : l.days) {
            for (const AgendaEntry &e : l.entries) {
                if (e.dayId == d.id && e.parentId == 0)
                    add(e);
            }
        }
    }

    /** People and groups (an action item's assignees, a decision's makers) by their keys. */
    void writeAssignees(const QList<Assignee> &assignees)
    {
        m_json.beginArray();
        for (const Assignee &who : assignees) {
            m_json.beginObject();
            if (who.personId)
                m_json.field(JsonKeys::Person, m_people.key(who.personId));
            else
                m_json.field(JsonKeys::Group, m_groups.key(who.groupId));
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeEntry(const AgendaEntry &e, const QList<AgendaEntry> &all)
    {
        m_json.beginObject();
        putInstant(JsonKeys::ActualEnd, e.actualEnd);
        putInstant(JsonKeys::ActualStart, e.actualStart);
        if (e.carriedFromDate.isValid()) {
            m_json.key(JsonKeys::CarriedFrom);
            m_json.beginObject();
            m_json.field(JsonKeys::Date, e.carriedFromDate.toString(Qt::ISODate));
            // A source written before (an earlier meeting) by its key; else the date alone.
            if (e.carriedFromEntryId && m_entries.contains(e.carriedFromEntryId))
                m_json.field(JsonKeys::Entry, m_entries.key(e.carriedFromEntryId));
            m_json.endObject();
        }
        if (e.carryOver)
            m_json.field(JsonKeys::CarryOver, true);
        if (!e.coordinatorIds.isEmpty()) {
            m_json.key(JsonKeys::Coordinators);
            keyArray(m_people, e.coordinatorIds);
        }
        if (e.durationMinutes >= 0)
            m_json.field(JsonKeys::DurationMinutes, e.durationMinutes);
        if (e.kind == AgendaEntry::Kind::Block) {
            m_json.key(JsonKeys::Entries);
            m_json.beginArray();
            for (const AgendaEntry &c : all) {
                if (c.parentId == e.id)
                    writeEntry(c, all);
            }
            m_json.endArray();
        }
        m_json.field(JsonKeys::Key, m_entries.key(e.id));
        m_json.field(JsonKeys::Kind, AgendaEntry::kindKey(e.kind));
        putKey(JsonKeys::Moderator, m_people, e.moderatorId);
        if (e.originalMinutes >= 0)
            m_json.field(JsonKeys::OriginalMinutes, e.originalMinutes);
        putTime(JsonKeys::OriginalStart, e.originalStart);
        if (e.parkingDismissed)
            m_json.field(JsonKeys::ParkingDismissed, true);
        if (e.pausedSeconds > 0)
            m_json.field(JsonKeys::PausedSeconds, e.pausedSeconds);
        if (e.pinned)
            m_json.field(JsonKeys::Pinned, true);
        putText(JsonKeys::PreNotes, e.preNotes);
        if (e.recurring)
            m_json.field(JsonKeys::Recurring, true);
        if (e.runStatus != AgendaEntry::RunStatus::Planned)
            m_json.field(JsonKeys::RunStatus, AgendaEntry::runStatusKey(e.runStatus));
        putText(JsonKeys::RunningNotes, e.runningNotes);
        putTime(JsonKeys::Start, e.startTime);
        putText(JsonKeys::Title, e.title);
        m_json.endObject();
    }

    /** The calendar invitation's record (issue 21): left out when the meeting's invitation was never exported. */
    void writeInvitation(Id meetingId)
    {
        const InvitationRecord record = InvitationRepository(m_db).load(meetingId);
        if (record.isEmpty())
            return;
        m_json.key(JsonKeys::Invitation);
        m_json.beginObject();
        m_json.key(JsonKeys::Events);
        m_json.beginArray();
        for (const InvitationEventRecord &e : record.events) {
            m_json.beginObject();
            m_json.field(JsonKeys::Sequence, e.sequence);
            m_json.field(JsonKeys::Sha256, e.sha256);
            m_json.field(JsonKeys::Uid, e.uid);
            m_json.endObject();
        }
        m_json.endArray();
        putText(JsonKeys::OrganizerEmail, record.organizerEmail);
        putText(JsonKeys::OrganizerName, record.organizerName);
        m_json.field(JsonKeys::Uuid, record.uuid);
        m_json.endObject();
    }

    /** Format 4: "events", "finalized" and "history", in the order of the meeting's keys; each left out when empty. */
    void writeFinalAndHistory(Id meetingId)
    {
        const HistoryRepository history(m_db);
        const QList<MeetingEvent> events = history.events(meetingId);
        if (!events.isEmpty()) {
            m_json.key(JsonKeys::Events);
            m_json.beginArray();
            for (const MeetingEvent &e : events) {
                m_json.beginObject();
                putInstant(JsonKeys::At, e.at);
                m_json.field(JsonKeys::By, e.by);
                m_json.field(JsonKeys::Kind, MeetingEvent::kindKey(e.kind));
                putText(JsonKeys::Sha256, e.sha256);
                m_json.endObject();
            }
            m_json.endArray();
        }
        const FinalState final = history.finalState(meetingId);
        if (final.isFinal()) {
            m_json.key(JsonKeys::Finalized);
            m_json.beginObject();
            putInstant(JsonKeys::At, final.at);
            m_json.field(JsonKeys::By, final.by);
            m_json.field(JsonKeys::Sha256, final.sha256);
            m_json.endObject();
        }
        const QList<Revision> revisions = history.revisions(meetingId);
        if (revisions.isEmpty())
            return;
        m_json.key(JsonKeys::History);
        m_json.beginArray();
        for (const Revision &r : revisions) {
            m_json.beginObject();
            putInstant(JsonKeys::At, r.at);
            putText(JsonKeys::Author, r.author);
            if (r.hasContent)
                m_json.field(JsonKeys::Content, r.content);
            // An entry that is gone keeps its title only.
            if (r.entryId && m_entries.contains(r.entryId))
                m_json.field(JsonKeys::Entry, m_entries.key(r.entryId));
            putText(JsonKeys::EntryTitle, r.entryTitle);
            m_json.field(JsonKeys::Part, r.part);
            putText(JsonKeys::Summary, r.summary);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeMeeting(const MeetingContent &l, const AttachmentRepository &blobs)
    {
        addEntryKeys(l);
        const Meeting &m = l.meeting;
        m_json.beginObject();

        m_json.key(JsonKeys::ActionItems);
        m_json.beginArray();
        for (const ActionItem &a : l.actions) {
            m_json.beginObject();
            m_json.key(JsonKeys::Assignees);
            writeAssignees(a.assignees);
            m_json.field(JsonKeys::Description, a.description);
            m_json.field(JsonKeys::Done, a.done);
            if (a.doneDate.isValid())
                m_json.field(JsonKeys::DoneDate, a.doneDate.toString(Qt::ISODate));
            if (a.dueDate.isValid())
                m_json.field(JsonKeys::DueDate, a.dueDate.toString(Qt::ISODate));
            putKey(JsonKeys::Entry, m_entries, a.entryId);
            putText(JsonKeys::ExternalRef, a.externalRef);
            m_json.endObject();
        }
        m_json.endArray();

        m_json.key(JsonKeys::Attachments);
        m_json.beginArray();
        for (const Attachment &a : l.attachments) {
            m_json.beginObject();
            // Straight from the stored bytes into base64 in the output.
            m_json.key(JsonKeys::ContentBase64);
            m_json.beginBase64();
            blobs.readContent(a.sha256, [&](QByteArrayView piece) { m_json.base64Piece(piece); });
            m_json.endBase64();
            putText(JsonKeys::Description, a.description);
            putKey(JsonKeys::Entry, m_entries, a.entryId);
            m_json.field(JsonKeys::FileName, a.fileName);
            m_json.field(JsonKeys::MimeType, a.mimeType);
            m_json.field(JsonKeys::ModifiedAt, a.modifiedAt.toUTC().toString(Qt::ISODate));
            m_json.field(JsonKeys::Sha256, a.sha256);
            m_json.field(JsonKeys::Size, a.size);
            putKey(JsonKeys::UploadedBy, m_people, a.uploadedBy);
            m_json.endObject();
        }
        m_json.endArray();

        m_json.key(JsonKeys::Days);
        m_json.beginArray();
        for (const MeetingDay &d : l.days) {
            m_json.beginObject();
            putInstant(JsonKeys::ActualEnd, d.actualEnd);
            putInstant(JsonKeys::ActualStart, d.actualStart);
            m_json.key(JsonKeys::Agenda);
            m_json.beginArray();
            for (const AgendaEntry &e : l.entries) {
                if (e.dayId == d.id && e.parentId == 0)
                    writeEntry(e, l.entries);
            }
            m_json.endArray();
            m_json.field(JsonKeys::Date, d.date.toString(Qt::ISODate));
            putInstant(JsonKeys::PausedAt, d.pausedAt);
            putTime(JsonKeys::PlannedEnd, d.plannedEnd);
            putTime(JsonKeys::PlannedStart, d.plannedStart);
            m_json.endObject();
        }
        m_json.endArray();

        // Version 4: a meeting's decisions (left out when it has none).
        if (!l.decisions.isEmpty()) {
            m_json.key(JsonKeys::Decisions);
            m_json.beginArray();
            for (const Decision &d : l.decisions) {
                m_json.beginObject();
                if (d.date.isValid())
                    m_json.field(JsonKeys::Date, d.date.toString(Qt::ISODate));
                m_json.key(JsonKeys::DecidedBy);
                writeAssignees(d.decidedBy);
                putKey(JsonKeys::Entry, m_entries, d.entryId);
                putText(JsonKeys::ExternalRef, d.externalRef);
                m_json.field(JsonKeys::Text, d.text);
                m_json.endObject();
            }
            m_json.endArray();
        }

        putText(JsonKeys::Description, m.description);
        m_json.key(JsonKeys::DialIns);
        m_json.beginArray();
        for (const DialIn &d : m.dialIns) {
            m_json.beginObject();
            putText(JsonKeys::Label, d.label);
            m_json.field(JsonKeys::Number, d.number);
            m_json.endObject();
        }
        m_json.endArray();
        m_json.field(JsonKeys::EndDate, m.endDate.toString(Qt::ISODate));
        writeFinalAndHistory(m.id);
        writeInvitation(m.id);
        putText(JsonKeys::JoinUrl, m.joinUrl);
        putText(JsonKeys::Location, m.location);
        putText(JsonKeys::MeetingCode, m.meetingCode);

        m_json.key(JsonKeys::Participants);
        m_json.beginArray();
        for (const Participant &p : l.participants) {
            m_json.beginObject();
            m_json.field(JsonKeys::Attendance, p.attendance);
            // The days that differ from the meeting's attendance, by date in the meeting's order.
            bool anyDay = false;
            for (const MeetingDay &d : l.days) {
                for (const DayAttendance &a : p.days) {
                    if (a.dayId != d.id)
                        continue;
                    if (!anyDay) {
                        m_json.key(JsonKeys::Days);
                        m_json.beginArray();
                        anyDay = true;
                    }
                    m_json.beginObject();
                    putTime(JsonKeys::Arrived, a.arrived);
                    m_json.field(JsonKeys::Attendance, a.attendance);
                    m_json.field(JsonKeys::Date, d.date.toString(Qt::ISODate));
                    putTime(JsonKeys::Departed, a.departed);
                    m_json.endObject();
                }
            }
            if (anyDay)
                m_json.endArray();
            m_json.field(JsonKeys::Person, m_people.key(p.personId));
            m_json.field(JsonKeys::Role, p.role);
            m_json.endObject();
        }
        m_json.endArray();

        putText(JsonKeys::PasscodeHint, m.passcodeHint);
        putKey(JsonKeys::Series, m_series, m.seriesId);
        putText(JsonKeys::SipAddress, m.sipAddress);
        m_json.field(JsonKeys::StartDate, m.startDate.toString(Qt::ISODate));
        putText(JsonKeys::TimeZone, m.timeZone);
        putText(JsonKeys::Title, m.title);

        m_json.key(JsonKeys::TopicRequests);
        m_json.beginArray();
        for (const TopicRequest &t : l.requests) {
            m_json.beginObject();
            if (t.minutesRequired >= 0)
                m_json.field(JsonKeys::MinutesRequired, t.minutesRequired);
            putText(JsonKeys::Notes, t.notes);
            m_json.key(JsonKeys::RequestedBy);
            keyArray(m_people, t.requestedBy);
            putKey(JsonKeys::ScheduledEntry, m_entries, t.scheduledEntryId);
            m_json.field(JsonKeys::Status, t.status);
            m_json.field(JsonKeys::Topic, t.topic);
            m_json.endObject();
        }
        m_json.endArray();
        m_json.endObject();
    }

    QSqlDatabase m_db;
    JsonWriter m_json;
    QSet<Id> m_usedPeople;
    QSet<Id> m_usedGroups;
    QSet<Id> m_usedSeries;
    KeyMap m_people{QStringLiteral("person")};
    KeyMap m_groups{QStringLiteral("group")};
    KeyMap m_series{QStringLiteral("series")};
    KeyMap m_entries{QStringLiteral("entry")};
};

} // namespace

void JsonExporter::write(const Database &db, QIODevice *out, Id meetingId)
{
    // One state of the library from the first row to the last, read in one transaction.
    const ReadTransaction snapshot(db.connection(), tr("read the library"));
    LibraryWriter(db.connection(), out).run(meetingId);
}

QByteArray JsonExporter::toJson(const Database &db, Id meetingId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(db, &buffer, meetingId);
    return buffer.data();
}

} // namespace Quorum
