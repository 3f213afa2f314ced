// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "document/meetingreader.h"
#include "jsonkeys.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
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

void putText(QJsonObject &o, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(name, value);
}

void putKey(QJsonObject &o, const QString &name, const KeyMap &keys, Id id)
{
    if (id)
        o.insert(name, keys.key(id));
}

/** An instant of the live run in UTC (2020-09-15T16:00:00Z); left out when not set. */
void putInstant(QJsonObject &o, const QString &name, const QDateTime &instant)
{
    if (instant.isValid())
        o.insert(name, instant.toUTC().toString(Qt::ISODate));
}

void putTime(QJsonObject &o, const QString &name, const QTime &time)
{
    if (time.isValid())
        o.insert(name, time.toString(JsonFormat::TimeOfDay));
}

QJsonArray keyArray(const KeyMap &keys, const QList<Id> &ids)
{
    QJsonArray a;
    for (Id id : ids)
        a.append(keys.key(id));
    return a;
}

/** One export: the document-local keys it has handed out, and what a single meeting uses. */
class LibraryWriter
{
public:
    explicit LibraryWriter(const QSqlDatabase &db)
        : m_db(db)
    { }

    void run(Id onlyMeeting, QIODevice *out)
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

        QJsonObject root;
        root.insert(JsonKeys::Format, JsonFormat::Name);
        root.insert(JsonKeys::FormatVersion, JsonFormat::Version);

        QJsonArray peopleJson;
        for (const Person &p : people) {
            if (onlyMeeting && !m_usedPeople.contains(p.id))
                continue;
            QJsonObject o;
            o.insert(JsonKeys::Key, m_people.add(p.id));
            putText(o, JsonKeys::DisplayName, p.displayName);
            putText(o, JsonKeys::Username, p.username);
            putText(o, JsonKeys::Email, p.email);
            putText(o, JsonKeys::Team, p.team);
            if (!p.aliases.isEmpty())
                o.insert(JsonKeys::Aliases, QJsonArray::fromStringList(p.aliases));
            peopleJson.append(o);
        }
        root.insert(JsonKeys::People, peopleJson);

        QJsonArray groupsJson;
        for (const PersonGroup &g : groups) {
            if (onlyMeeting && !m_usedGroups.contains(g.id))
                continue;
            QJsonObject o;
            o.insert(JsonKeys::Key, m_groups.add(g.id));
            o.insert(JsonKeys::Name, g.name);
            putText(o, JsonKeys::Description, g.description);
            o.insert(JsonKeys::Members, keyArray(m_people, g.memberIds));
            groupsJson.append(o);
        }
        root.insert(JsonKeys::Groups, groupsJson);

        QJsonArray seriesJson;
        for (const Series &s : series) {
            if (onlyMeeting && !m_usedSeries.contains(s.id))
                continue;
            QJsonObject o;
            o.insert(JsonKeys::Key, m_series.add(s.id));
            o.insert(JsonKeys::Name, s.name);
            putText(o, JsonKeys::Description, s.description);
            seriesJson.append(o);
        }
        root.insert(JsonKeys::Series, seriesJson);

        if (!onlyMeeting) {
            QJsonArray patterns;
            for (const LinkPattern &p : LinkPatternRepository(m_db).all())
                patterns.append(QJsonObject{{JsonKeys::Prefix, p.prefix}, {JsonKeys::Url, p.url}});
            if (!patterns.isEmpty())
                root.insert(JsonKeys::LinkPatterns, patterns);
        }

        // The meetings, with their attachments, are most of a library: they are written one at a
        // time into the place a marker holds in the rest of the document, so that memory holds one
        // meeting and never the whole export. The bytes are those QJsonDocument writes for the
        // whole document at once.
        const QString marker = QStringLiteral("@meetings@");
        root.insert(JsonKeys::Meetings, QJsonArray{marker});
        const QByteArray frame = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const QByteArray markerLine = QByteArray(2 * IndentWidth, ' ') + '"' + marker.toLatin1() + "\"\n";
        // Only an element of a top-level array sits alone on a line at this depth, and the other
        // top-level arrays hold objects.
        const qsizetype at = frame.indexOf("\n" + markerLine) + 1;
        if (at <= 0) // (cannot happen: the marker is in the frame by construction)
            throw StorageError(JsonExporter::tr("The export could not be put together."));
        write(out, QByteArrayView(frame).first(at));
        bool first = true;
        for (const MeetingSummary &s : std::as_const(summaries)) {
            if (onlyMeeting && s.id != onlyMeeting)
                continue;
            const QByteArray text
                = QJsonDocument(meetingJson(only ? *only : load(s.id))).toJson(QJsonDocument::Indented);
            if (!first)
                write(out, ",\n");
            first = false;
            writeIndented(out, QByteArrayView(text).chopped(1), 2);
        }
        if (!first)
            write(out, "\n");
        write(out, QByteArrayView(frame).sliced(at + markerLine.size()));
    }

private:
    static constexpr int IndentWidth = 4; // QJsonDocument::Indented

    static void write(QIODevice *out, QByteArrayView bytes)
    {
        if (out->write(bytes.data(), bytes.size()) != bytes.size())
            throw StorageError(JsonExporter::tr("Cannot write the export: %1.").arg(out->errorString()));
    }

    /** Writes text (JSON, so newlines are only between lines) with each line moved depth levels in. */
    static void writeIndented(QIODevice *out, QByteArrayView text, int depth)
    {
        const QByteArray indent(depth * IndentWidth, ' ');
        while (true) {
            write(out, indent);
            const qsizetype end = text.indexOf('\n');
            if (end < 0) {
                write(out, text);
                return;
            }
            write(out, text.first(end + 1));
            text = text.sliced(end + 1);
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
        for (const ActionItem &a : std::as_const(l.actions)) {
            for (const Assignee &who : a.assignees) {
                if (who.personId)
                    m_usedPeople.insert(who.personId);
                if (who.groupId)
                    m_usedGroups.insert(who.groupId);
            }
        }
        for (const Attachment &a : std::as_const(l.attachments)) {
            if (a.uploadedBy)
                m_usedPeople.insert(a.uploadedBy);
        }
        for (const TopicRequest &t : std::as_const(l.requests))
            m_usedPeople.unite(QSet<Id>(t.requestedBy.begin(), t.requestedBy.end()));
        return l;
    }

    QJsonObject entryJson(const AgendaEntry &e, const QList<AgendaEntry> &all)
    {
        QJsonObject o;
        o.insert(JsonKeys::Key, m_entries.add(e.id));
        o.insert(JsonKeys::Kind, AgendaEntry::kindKey(e.kind));
        putText(o, JsonKeys::Title, e.title);
        putTime(o, JsonKeys::Start, e.startTime);
        if (e.durationMinutes >= 0)
            o.insert(JsonKeys::DurationMinutes, e.durationMinutes);
        if (e.pinned)
            o.insert(JsonKeys::Pinned, true);
        putKey(o, JsonKeys::Moderator, m_people, e.moderatorId);
        if (!e.coordinatorIds.isEmpty())
            o.insert(JsonKeys::Coordinators, keyArray(m_people, e.coordinatorIds));
        putText(o, JsonKeys::PreNotes, e.preNotes);
        putText(o, JsonKeys::RunningNotes, e.runningNotes);
        putInstant(o, JsonKeys::ActualStart, e.actualStart);
        putInstant(o, JsonKeys::ActualEnd, e.actualEnd);
        if (e.pausedSeconds > 0)
            o.insert(JsonKeys::PausedSeconds, e.pausedSeconds);
        if (e.runStatus != AgendaEntry::RunStatus::Planned)
            o.insert(JsonKeys::RunStatus, AgendaEntry::runStatusKey(e.runStatus));
        putTime(o, JsonKeys::OriginalStart, e.originalStart);
        if (e.originalMinutes >= 0)
            o.insert(JsonKeys::OriginalMinutes, e.originalMinutes);
        if (e.kind == AgendaEntry::Kind::Block) {
            QJsonArray children;
            for (const AgendaEntry &c : all) {
                if (c.parentId == e.id)
                    children.append(entryJson(c, all));
            }
            o.insert(JsonKeys::Entries, children);
        }
        return o;
    }

    QJsonObject meetingJson(const MeetingContent &l)
    {
        const Meeting &m = l.meeting;
        QJsonObject o;
        putText(o, JsonKeys::Title, m.title);
        putKey(o, JsonKeys::Series, m_series, m.seriesId);
        o.insert(JsonKeys::StartDate, m.startDate.toString(Qt::ISODate));
        o.insert(JsonKeys::EndDate, m.endDate.toString(Qt::ISODate));
        putText(o, JsonKeys::TimeZone, m.timeZone);
        putText(o, JsonKeys::Location, m.location);
        putText(o, JsonKeys::JoinUrl, m.joinUrl);
        putText(o, JsonKeys::MeetingCode, m.meetingCode);
        QJsonArray dialIns;
        for (const DialIn &d : m.dialIns) {
            QJsonObject dj;
            putText(dj, JsonKeys::Label, d.label);
            dj.insert(JsonKeys::Number, d.number);
            dialIns.append(dj);
        }
        o.insert(JsonKeys::DialIns, dialIns);
        putText(o, JsonKeys::SipAddress, m.sipAddress);
        putText(o, JsonKeys::PasscodeHint, m.passcodeHint);
        putText(o, JsonKeys::Description, m.description);

        QJsonArray participants;
        for (const Participant &p : l.participants) {
            QJsonObject pj;
            pj.insert(JsonKeys::Person, m_people.key(p.personId));
            pj.insert(JsonKeys::Role, p.role);
            pj.insert(JsonKeys::Attendance, p.attendance);
            // The days that differ from the meeting's attendance, by date in the meeting's order.
            QJsonArray days;
            for (const MeetingDay &d : l.days) {
                for (const DayAttendance &a : p.days) {
                    if (a.dayId != d.id)
                        continue;
                    QJsonObject aj;
                    aj.insert(JsonKeys::Date, d.date.toString(Qt::ISODate));
                    aj.insert(JsonKeys::Attendance, a.attendance);
                    putTime(aj, JsonKeys::Arrived, a.arrived);
                    putTime(aj, JsonKeys::Departed, a.departed);
                    days.append(aj);
                }
            }
            if (!days.isEmpty())
                pj.insert(JsonKeys::Days, days);
            participants.append(pj);
        }
        o.insert(JsonKeys::Participants, participants);

        QJsonArray days;
        for (const MeetingDay &d : l.days) {
            QJsonObject dj;
            dj.insert(JsonKeys::Date, d.date.toString(Qt::ISODate));
            putTime(dj, JsonKeys::PlannedStart, d.plannedStart);
            putTime(dj, JsonKeys::PlannedEnd, d.plannedEnd);
            putInstant(dj, JsonKeys::ActualStart, d.actualStart);
            putInstant(dj, JsonKeys::ActualEnd, d.actualEnd);
            putInstant(dj, JsonKeys::PausedAt, d.pausedAt);
            QJsonArray agenda;
            for (const AgendaEntry &e : l.entries) {
                if (e.dayId == d.id && e.parentId == 0)
                    agenda.append(entryJson(e, l.entries));
            }
            dj.insert(JsonKeys::Agenda, agenda);
            days.append(dj);
        }
        o.insert(JsonKeys::Days, days);

        QJsonArray actions;
        for (const ActionItem &a : l.actions) {
            QJsonObject aj;
            aj.insert(JsonKeys::Description, a.description);
            QJsonArray assignees;
            for (const Assignee &who : a.assignees) {
                QJsonObject wj;
                if (who.personId)
                    wj.insert(JsonKeys::Person, m_people.key(who.personId));
                else
                    wj.insert(JsonKeys::Group, m_groups.key(who.groupId));
                assignees.append(wj);
            }
            aj.insert(JsonKeys::Assignees, assignees);
            if (a.dueDate.isValid())
                aj.insert(JsonKeys::DueDate, a.dueDate.toString(Qt::ISODate));
            aj.insert(JsonKeys::Done, a.done);
            if (a.doneDate.isValid())
                aj.insert(JsonKeys::DoneDate, a.doneDate.toString(Qt::ISODate));
            putKey(aj, JsonKeys::Entry, m_entries, a.entryId);
            putText(aj, JsonKeys::ExternalRef, a.externalRef);
            actions.append(aj);
        }
        o.insert(JsonKeys::ActionItems, actions);

        QJsonArray attachments;
        AttachmentRepository blobs(m_db);
        for (const Attachment &a : l.attachments) {
            QJsonObject aj;
            aj.insert(JsonKeys::FileName, a.fileName);
            aj.insert(JsonKeys::MimeType, a.mimeType);
            aj.insert(JsonKeys::Size, a.size);
            aj.insert(JsonKeys::Sha256, a.sha256);
            aj.insert(JsonKeys::ModifiedAt, a.modifiedAt.toUTC().toString(Qt::ISODate));
            putKey(aj, JsonKeys::UploadedBy, m_people, a.uploadedBy);
            putKey(aj, JsonKeys::Entry, m_entries, a.entryId);
            putText(aj, JsonKeys::Description, a.description);
            aj.insert(JsonKeys::ContentBase64, QString::fromLatin1(blobs.content(a.sha256).toBase64()));
            attachments.append(aj);
        }
        o.insert(JsonKeys::Attachments, attachments);

        QJsonArray requests;
        for (const TopicRequest &t : l.requests) {
            QJsonObject tj;
            tj.insert(JsonKeys::Topic, t.topic);
            tj.insert(JsonKeys::RequestedBy, keyArray(m_people, t.requestedBy));
            if (t.minutesRequired >= 0)
                tj.insert(JsonKeys::MinutesRequired, t.minutesRequired);
            putText(tj, JsonKeys::Notes, t.notes);
            tj.insert(JsonKeys::Status, t.status);
            putKey(tj, JsonKeys::ScheduledEntry, m_entries, t.scheduledEntryId);
            requests.append(tj);
        }
        o.insert(JsonKeys::TopicRequests, requests);
        return o;
    }

    QSqlDatabase m_db;
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
    LibraryWriter(db.connection()).run(meetingId, out);
}

QByteArray JsonExporter::toJson(const Database &db, Id meetingId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(db, &buffer, meetingId);
    return buffer.data();
}

} // namespace Quorum
