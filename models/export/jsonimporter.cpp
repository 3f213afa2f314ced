// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimporter.h"

#include "agenda/liverun.h"
#include "jsonkeys.h"
#include "notes/ticketlinker.h"
#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/topicrequestrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Quorum {

namespace {

/** Reads one JSON object; every complaint names where in the document it is. */
class Reader
{
public:
    Reader(QJsonObject object, QString where, QStringList names = {})
        : m_o(std::move(object))
        , m_where(std::move(where))
        , m_names(std::move(names))
    { }

    [[noreturn]] void fail(const QString &problem) const
    {
        const QString where
            = m_names.isEmpty() ? m_where : QStringLiteral("%1 (%2)").arg(m_where, m_names.join(QStringLiteral(", ")));
        throw StorageError(
            JsonImporter::tr("The JSON document is not a valid Quorum export: %1: %2.").arg(where, problem));
    }

    /** The same object, its messages also naming what it is ("meeting “…”"), as those of what it holds. */
    Reader named(const QString &name) const
    {
        Reader r = *this;
        r.m_names << name;
        return r;
    }

    const QString &where() const { return m_where; }

    QString text(const QString &name, bool required = false) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(JsonImporter::tr("“%1” is missing").arg(name));
            return {};
        }
        if (!v.isString())
            fail(JsonImporter::tr("“%1” must be text").arg(name));
        if (required && v.toString().isEmpty())
            fail(JsonImporter::tr("“%1” is empty").arg(name));
        return v.toString();
    }

    int integer(const QString &name, int absent) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return absent;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0 || v.toDouble() > 1e9)
            fail(JsonImporter::tr("“%1” must be a whole number from 0 up").arg(name));
        return int(v.toDouble());
    }

    bool boolean(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(JsonImporter::tr("“%1” must be true or false").arg(name));
        return v.toBool();
    }

    QDate date(const QString &name, bool required = false) const
    {
        const QString s = text(name, required);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            fail(JsonImporter::tr("“%1” is not a date of the form 2020-09-15").arg(name));
        return d;
    }

    QTime time(const QString &name) const
    {
        const QString s = text(name);
        if (s.isEmpty())
            return {};
        const QTime t = QTime::fromString(s, JsonFormat::TimeOfDay);
        if (!t.isValid())
            fail(JsonImporter::tr("“%1” is not a time of the form 09:30").arg(name));
        return t;
    }

    /** An instant such as 2020-09-15T16:00:00Z (any offset), in UTC to the second; invalid when absent. */
    QDateTime instant(const QString &name) const
    {
        const QString s = text(name);
        if (s.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        // Without Z or an offset it would be this machine's local time: not an instant.
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
            fail(JsonImporter::tr("“%1” is not an instant of the form %2").arg(name, JsonFormat::InstantExample));
        return LiveRun::instant(t);
    }

    QJsonArray array(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(JsonImporter::tr("“%1” must be a list").arg(name));
        return v.toArray();
    }

    /** The objects of a list, each with its own place for messages. */
    QList<Reader> objects(const QString &name) const
    {
        QList<Reader> result;
        const QJsonArray a = array(name);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("%1.%2[%3]").arg(m_where, name).arg(i);
            if (!a.at(i).isObject())
                Reader({}, where, m_names).fail(JsonImporter::tr("must be an object"));
            result.append(Reader(a.at(i).toObject(), where, m_names));
        }
        return result;
    }

    QStringList strings(const QString &name) const
    {
        QStringList result;
        for (const QJsonValue &v : array(name)) {
            if (!v.isString())
                fail(JsonImporter::tr("“%1” must be a list of text").arg(name));
            result << v.toString();
        }
        return result;
    }

    Id ref(const QString &name, const QHash<QString, Id> &keys, bool required = false) const
    {
        const QString key = text(name, required);
        if (key.isEmpty())
            return 0;
        return resolve(key, keys);
    }

    Id resolve(const QString &key, const QHash<QString, Id> &keys) const
    {
        const Id id = keys.value(key);
        if (!id)
            fail(JsonImporter::tr("it refers to “%1”, which the document does not define").arg(key));
        return id;
    }

    QList<Id> refs(const QString &name, const QHash<QString, Id> &keys) const
    {
        QList<Id> result;
        for (const QString &key : strings(name)) {
            const Id id = resolve(key, keys);
            if (result.contains(id))
                fail(JsonImporter::tr("“%1” names “%2” twice").arg(name, key));
            result << id;
        }
        return result;
    }

    void oneOf(const QString &value, const QStringList &allowed, const QString &name) const
    {
        if (!allowed.contains(value))
            fail(JsonImporter::tr("“%1” must be one of: %2").arg(name, allowed.join(QStringLiteral(", "))));
    }

    void newKey(const QString &key, const QHash<QString, Id> &keys) const
    {
        if (keys.contains(key))
            fail(JsonImporter::tr("the key “%1” is used twice").arg(key));
    }

private:
    QJsonObject m_o;
    QString m_where;
    QStringList m_names;
};

/** Refuses an end before its start, or an end without a start. */
void requireOrder(const Reader &r, const QDateTime &start, const QDateTime &end, const QString &startName,
                  const QString &endName)
{
    if (end.isValid() && !start.isValid())
        r.fail(JsonImporter::tr("“%1” is given without “%2”").arg(endName, startName));
    if (end.isValid() && end < start)
        r.fail(JsonImporter::tr("“%1” lies before “%2”").arg(endName, startName));
}

/** One import: the library ids the document's keys stand for. */
class LibraryReader
{
public:
    explicit LibraryReader(const QSqlDatabase &db)
        : m_db(db)
    { }

    ImportSummary run(const QJsonObject &rootObject)
    {
        const Reader root(rootObject, QStringLiteral("document"));
        if (root.text(JsonKeys::Format) != JsonFormat::Name)
            root.fail(JsonImporter::tr("it does not say “\"format\": \"%1\"”").arg(JsonFormat::Name));
        const int version = root.integer(JsonKeys::FormatVersion, 0);
        if (version < 1)
            root.fail(JsonImporter::tr("“formatVersion” is missing"));
        if (version > JsonFormat::Version)
            throw StorageError(JsonImporter::tr("The JSON document was written by a newer version of Quorum "
                                                "(format %1; this version reads up to %2).")
                                   .arg(version)
                                   .arg(JsonFormat::Version));

        ImportSummary summary;
        PersonRepository people(m_db);
        // Match against the people the library held before this import only, so that two
        // different people of the same name in the document stay two people.
        const QList<Person> existing = people.all();
        for (const Reader &r : root.objects(JsonKeys::People)) {
            const QString key = r.text(JsonKeys::Key, true);
            r.newKey(key, m_people);
            Person p;
            p.displayName = r.text(JsonKeys::DisplayName);
            p.username = r.text(JsonKeys::Username);
            p.email = r.text(JsonKeys::Email);
            p.team = r.text(JsonKeys::Team);
            p.aliases = r.strings(JsonKeys::Aliases);
            if (p.displayName.isEmpty() && p.username.isEmpty())
                r.fail(JsonImporter::tr("a person needs a display name or a username"));
            const Id match = findExisting(existing, p);
            if (match) {
                m_people.insert(key, match);
                ++summary.peopleMatched;
            } else {
                m_people.insert(key, people.insert(p));
                ++summary.peopleAdded;
            }
        }

        for (const Reader &r : root.objects(JsonKeys::Groups)) {
            const QString key = r.text(JsonKeys::Key, true);
            r.newKey(key, m_groups);
            PersonGroup g;
            g.name = r.text(JsonKeys::Name, true);
            g.description = r.text(JsonKeys::Description);
            g.memberIds = r.refs(JsonKeys::Members, m_people);
            Id id = people.findGroupByName(g.name);
            if (!id)
                id = people.insertGroup(g);
            m_groups.insert(key, id);
        }

        SeriesRepository series(m_db);
        for (const Reader &r : root.objects(JsonKeys::Series)) {
            const QString key = r.text(JsonKeys::Key, true);
            r.newKey(key, m_series);
            Series s;
            s.name = r.text(JsonKeys::Name, true);
            s.description = r.text(JsonKeys::Description);
            Id id = series.findByName(s.name);
            if (!id)
                id = series.insert(s);
            m_series.insert(key, id);
        }

        // Ticket link patterns: the library keeps its own and gains the ones it lacks.
        LinkPatternRepository linkRepository(m_db);
        QList<LinkPattern> patterns = linkRepository.all();
        const int patternCount = int(patterns.size());
        for (const Reader &r : root.objects(JsonKeys::LinkPatterns)) {
            // Version 3 writes a key prefix; versions 1 and 2 wrote a regular expression.
            const QString legacy = r.text(JsonKeys::Pattern);
            QString problem;
            const QList<LinkPattern> read = TicketLinker::accepted(
                {legacy.isEmpty() ? r.text(JsonKeys::Prefix, true) : legacy, r.text(JsonKeys::Url, true)}, &problem);
            if (!problem.isEmpty())
                r.fail(problem);
            for (const LinkPattern &p : read) {
                const bool known = std::any_of(patterns.begin(), patterns.end(),
                                               [&](const LinkPattern &q) { return q.prefix == p.prefix; });
                if (!known)
                    patterns.append(p);
            }
        }
        if (patterns.size() != patternCount)
            linkRepository.replace(patterns);

        const QList<MeetingSummary> before = MeetingRepository(m_db).summaries();
        for (const Reader &r : root.objects(JsonKeys::Meetings))
            summary.meetingIds << importMeeting(r, before);
        return summary;
    }

private:
    static Id findExisting(const QList<Person> &existing, const Person &p)
    {
        for (const Person &e : existing) {
            if (!p.username.isEmpty() ? e.username == p.username
                                      : (e.username.isEmpty() && e.displayName == p.displayName))
                return e.id;
        }
        return 0;
    }

    Id importMeeting(const Reader &unnamed, const QList<MeetingSummary> &before)
    {
        Meeting m;
        m.title = unnamed.text(JsonKeys::Title, true);
        const Reader r = unnamed.named(JsonImporter::tr("meeting “%1”").arg(m.title));
        m.seriesId = r.ref(JsonKeys::Series, m_series);
        m.startDate = r.date(JsonKeys::StartDate, true);
        m.endDate = r.date(JsonKeys::EndDate, true);
        if (m.endDate < m.startDate)
            r.fail(JsonImporter::tr("the meeting ends before it starts"));
        for (const MeetingSummary &s : before) {
            if (s.title == m.title && s.startDate == m.startDate)
                throw StorageError(JsonImporter::tr("The library already holds the meeting “%1” of %2; "
                                                    "nothing was imported.")
                                       .arg(m.title, m.startDate.toString(Qt::ISODate)));
        }
        m.timeZone = r.text(JsonKeys::TimeZone);
        m.location = r.text(JsonKeys::Location);
        m.joinUrl = r.text(JsonKeys::JoinUrl);
        m.meetingCode = r.text(JsonKeys::MeetingCode);
        for (const Reader &d : r.objects(JsonKeys::DialIns))
            m.dialIns.append({d.text(JsonKeys::Label), d.text(JsonKeys::Number, true)});
        m.sipAddress = r.text(JsonKeys::SipAddress);
        m.passcodeHint = r.text(JsonKeys::PasscodeHint);
        m.description = r.text(JsonKeys::Description);
        MeetingRepository meetings(m_db);
        const Id meetingId = meetings.insert(m);

        // Participants are written once the days are, which their attendance per day names.
        QList<std::pair<Participant, Reader>> participants;
        QSet<Id> seen;
        for (const Reader &p : r.objects(JsonKeys::Participants)) {
            Participant part;
            part.meetingId = meetingId;
            part.personId = p.ref(JsonKeys::Person, m_people, true);
            if (seen.contains(part.personId))
                p.fail(JsonImporter::tr("the person is listed twice"));
            seen.insert(part.personId);
            part.role = p.text(JsonKeys::Role, true);
            p.oneOf(part.role, Participant::roles(), JsonKeys::Role);
            part.attendance = p.text(JsonKeys::Attendance, true);
            p.oneOf(part.attendance, Participant::attendances(), JsonKeys::Attendance);
            participants.append({part, p});
        }

        QHash<QDate, Id> dayIds;
        bool liveDay = false; ///< a day read so far is running
        for (const Reader &unnamedDay : r.objects(JsonKeys::Days)) {
            MeetingDay day;
            day.meetingId = meetingId;
            day.date = unnamedDay.date(JsonKeys::Date, true);
            const Reader d = unnamedDay.named(JsonImporter::tr("day %1").arg(day.date.toString(Qt::ISODate)));
            if (day.date < m.startDate || day.date > m.endDate)
                d.fail(JsonImporter::tr("the day lies outside the meeting's dates"));
            if (dayIds.contains(day.date))
                d.fail(JsonImporter::tr("the day is listed twice"));
            day.plannedStart = d.time(JsonKeys::PlannedStart);
            day.plannedEnd = d.time(JsonKeys::PlannedEnd);
            day.actualStart = d.instant(JsonKeys::ActualStart);
            day.actualEnd = d.instant(JsonKeys::ActualEnd);
            day.pausedAt = d.instant(JsonKeys::PausedAt);
            requireOrder(d, day.actualStart, day.actualEnd, JsonKeys::ActualStart, JsonKeys::ActualEnd);
            if (day.pausedAt.isValid() && !day.isLive())
                d.fail(JsonImporter::tr("“%1” is given for a day that is not running (started and not ended)")
                           .arg(JsonKeys::PausedAt));
            if (day.pausedAt.isValid() && day.pausedAt < day.actualStart)
                d.fail(JsonImporter::tr("“%1” lies before “%2”").arg(JsonKeys::PausedAt, JsonKeys::ActualStart));
            if (day.isLive() && liveDay)
                d.fail(JsonImporter::tr("more than one day is running (started and not ended)"));
            liveDay = liveDay || day.isLive();
            const Id dayId = meetings.insertDay(day);
            dayIds.insert(day.date, dayId);
            m_heldEntries = false;
            m_runningEntries = 0;
            importEntries(d, JsonKeys::Agenda, dayId, 0);
            if (m_heldEntries && !day.actualStart.isValid())
                d.fail(
                    JsonImporter::tr("entries have actual times, but the day has no “%1”").arg(JsonKeys::ActualStart));
            if (m_runningEntries > 1)
                d.fail(JsonImporter::tr("more than one entry is running (has “%1” and no “%2”)")
                           .arg(JsonKeys::ActualStart, JsonKeys::ActualEnd));
            if (m_runningEntries && day.actualEnd.isValid())
                d.fail(JsonImporter::tr("an entry is still running on a day that ended"));
        }

        int position = 0;
        for (auto &[part, p] : participants) {
            QSet<Id> listed;
            for (const Reader &a : p.objects(JsonKeys::Days)) {
                const QDate date = a.date(JsonKeys::Date, true);
                const Reader named = a.named(JsonImporter::tr("day %1").arg(date.toString(Qt::ISODate)));
                DayAttendance day;
                day.dayId = dayIds.value(date);
                if (!day.dayId)
                    named.fail(JsonImporter::tr("the date is not a day of the meeting"));
                if (listed.contains(day.dayId))
                    named.fail(JsonImporter::tr("the day is listed twice"));
                listed.insert(day.dayId);
                day.attendance = named.text(JsonKeys::Attendance, true);
                named.oneOf(day.attendance, Participant::attendances(), JsonKeys::Attendance);
                day.arrived = named.time(JsonKeys::Arrived);
                day.departed = named.time(JsonKeys::Departed);
                if (day.arrived.isValid() && day.departed.isValid() && day.arrived > day.departed)
                    named.fail(JsonImporter::tr("“%1” lies after “%2”").arg(JsonKeys::Arrived, JsonKeys::Departed));
                part.setDay(day);
            }
            ParticipantRepository(m_db).insert(part, position++);
        }

        position = 0;
        for (const Reader &a : r.objects(JsonKeys::ActionItems)) {
            ActionItem item;
            item.meetingId = meetingId;
            item.position = position++;
            item.description = a.text(JsonKeys::Description, true);
            for (const Reader &who : a.objects(JsonKeys::Assignees)) {
                Assignee as;
                as.personId = who.ref(JsonKeys::Person, m_people);
                as.groupId = who.ref(JsonKeys::Group, m_groups);
                if ((as.personId == 0) == (as.groupId == 0))
                    who.fail(JsonImporter::tr("an assignee is either a “person” or a “group”"));
                item.assignees.append(as);
            }
            item.dueDate = a.date(JsonKeys::DueDate);
            item.done = a.boolean(JsonKeys::Done);
            item.doneDate = a.date(JsonKeys::DoneDate);
            if (!item.done && item.doneDate.isValid())
                a.fail(JsonImporter::tr("an open action item has no done date"));
            item.entryId = a.ref(JsonKeys::Entry, m_entries);
            item.externalRef = a.text(JsonKeys::ExternalRef);
            ActionItemRepository(m_db).insert(item);
        }

        position = 0;
        for (const Reader &a : r.objects(JsonKeys::Attachments)) {
            Attachment att;
            att.meetingId = meetingId;
            att.position = position++;
            att.fileName = a.text(JsonKeys::FileName, true);
            att.mimeType = a.text(JsonKeys::MimeType);
            if (att.mimeType.isEmpty())
                att.mimeType = QStringLiteral("application/octet-stream");
            att.modifiedAt = QDateTime::fromString(a.text(JsonKeys::ModifiedAt, true), Qt::ISODate);
            if (!att.modifiedAt.isValid())
                a.fail(JsonImporter::tr("“modifiedAt” is not a date and time such as 2020-09-15T17:00:00Z"));
            att.uploadedBy = a.ref(JsonKeys::UploadedBy, m_people);
            att.entryId = a.ref(JsonKeys::Entry, m_entries);
            att.description = a.text(JsonKeys::Description);
            const QByteArray encoded = a.text(JsonKeys::ContentBase64).toLatin1();
            const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                a.fail(JsonImporter::tr("“contentBase64” is not valid base64"));
            const QByteArray data = *decoded;
            const QString sha = a.text(JsonKeys::Sha256);
            if (!sha.isEmpty() && sha != AttachmentRepository::sha256Of(data))
                a.fail(JsonImporter::tr("the content does not match its sha256 (the file is damaged)"));
            if (a.integer(JsonKeys::Size, int(data.size())) != data.size())
                a.fail(JsonImporter::tr("the content does not match its size (the file is damaged)"));
            AttachmentRepository(m_db).insert(att, data);
        }

        position = 0;
        for (const Reader &t : r.objects(JsonKeys::TopicRequests)) {
            TopicRequest req;
            req.meetingId = meetingId;
            req.position = position++;
            req.topic = t.text(JsonKeys::Topic, true);
            req.requestedBy = t.refs(JsonKeys::RequestedBy, m_people);
            req.minutesRequired = t.integer(JsonKeys::MinutesRequired, -1);
            req.notes = t.text(JsonKeys::Notes);
            req.status = t.text(JsonKeys::Status);
            if (req.status.isEmpty())
                req.status = QStringLiteral("proposed");
            t.oneOf(req.status, {QStringLiteral("proposed"), QStringLiteral("scheduled"), QStringLiteral("declined")},
                    JsonKeys::Status);
            req.scheduledEntryId = t.ref(JsonKeys::ScheduledEntry, m_entries);
            TopicRequestRepository(m_db).insert(req);
        }
        return meetingId;
    }

    void importEntries(const Reader &r, const QString &listName, Id dayId, Id parentId)
    {
        int position = 0;
        for (const Reader &unnamed : r.objects(listName)) {
            AgendaEntry entry;
            entry.dayId = dayId;
            entry.parentId = parentId;
            entry.position = position++;
            entry.title = unnamed.text(JsonKeys::Title);
            const Reader e
                = entry.title.isEmpty() ? unnamed : unnamed.named(JsonImporter::tr("entry “%1”").arg(entry.title));
            const QString kind = e.text(JsonKeys::Kind, true);
            if (!AgendaEntry::kindFromKey(kind, &entry.kind))
                e.fail(JsonImporter::tr("“kind” must be one of: block, topic, break, closing"));
            if (entry.kind == AgendaEntry::Kind::Block && parentId)
                e.fail(JsonImporter::tr("a block cannot sit inside another block"));
            entry.startTime = e.time(JsonKeys::Start);
            entry.durationMinutes = e.integer(JsonKeys::DurationMinutes, -1);
            entry.pinned = e.boolean(JsonKeys::Pinned);
            entry.moderatorId = e.ref(JsonKeys::Moderator, m_people);
            if (entry.moderatorId && entry.kind != AgendaEntry::Kind::Block)
                e.fail(JsonImporter::tr("only a block has a moderator"));
            entry.coordinatorIds = e.refs(JsonKeys::Coordinators, m_people);
            entry.preNotes = e.text(JsonKeys::PreNotes);
            entry.runningNotes = e.text(JsonKeys::RunningNotes);
            readRun(e, &entry);
            const QString key = e.text(JsonKeys::Key);
            if (!key.isEmpty())
                e.newKey(key, m_entries);
            const Id id = AgendaRepository(m_db).insert(entry);
            if (!key.isEmpty())
                m_entries.insert(key, id);
            if (entry.kind == AgendaEntry::Kind::Block)
                importEntries(e, JsonKeys::Entries, dayId, id);
            else if (!e.array(JsonKeys::Entries).isEmpty())
                e.fail(JsonImporter::tr("only a block holds entries"));
        }
    }

    /** The entry's live run: actual times, pauses, run status and the original plan, checked. */
    void readRun(const Reader &e, AgendaEntry *entry)
    {
        entry->actualStart = e.instant(JsonKeys::ActualStart);
        entry->actualEnd = e.instant(JsonKeys::ActualEnd);
        requireOrder(e, entry->actualStart, entry->actualEnd, JsonKeys::ActualStart, JsonKeys::ActualEnd);
        entry->pausedSeconds = e.integer(JsonKeys::PausedSeconds, 0);
        const QString status = e.text(JsonKeys::RunStatus);
        if (!status.isEmpty() && !AgendaEntry::runStatusFromKey(status, &entry->runStatus))
            e.fail(JsonImporter::tr("“%1” must be one of: planned, skipped, parked").arg(JsonKeys::RunStatus));
        entry->originalStart = e.time(JsonKeys::OriginalStart);
        entry->originalMinutes = e.integer(JsonKeys::OriginalMinutes, -1);
        const bool held = entry->actualStart.isValid();
        if (entry->kind == AgendaEntry::Kind::Block
            && (held || entry->pausedSeconds || entry->runStatus != AgendaEntry::RunStatus::Planned
                || entry->originalStart.isValid() || entry->originalMinutes >= 0))
            e.fail(JsonImporter::tr("a block is not run itself: only its entries have actual times, a run status "
                                    "and an original plan"));
        if (held && entry->runStatus != AgendaEntry::RunStatus::Planned)
            e.fail(JsonImporter::tr("a skipped or parked entry has no actual times"));
        if (entry->pausedSeconds && !held)
            e.fail(JsonImporter::tr("“%1” is given for an entry that was not held").arg(JsonKeys::PausedSeconds));
        m_heldEntries = m_heldEntries || held;
        if (held && !entry->actualEnd.isValid())
            ++m_runningEntries;
    }

    QSqlDatabase m_db;
    bool m_heldEntries = false; ///< the day being read has entries with actual times
    int m_runningEntries = 0; ///< entries of the day being read that started and did not end
    QHash<QString, Id> m_people;
    QHash<QString, Id> m_groups;
    QHash<QString, Id> m_series;
    QHash<QString, Id> m_entries;
};

} // namespace

bool JsonImporter::importIntoNewLibrary(const QString &path, const QByteArray &json, QString *error,
                                        ImportSummary *summary)
{
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::CreateNew, error);
    if (!db)
        return false;
    try {
        const ImportSummary result = importDocument(*db, json);
        if (summary)
            *summary = result;
    } catch (const StorageError &e) {
        const QString created = db->path();
        db.reset();
        QFile::remove(created);
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

ImportSummary JsonImporter::importDocument(Database &db, const QByteArray &json)
{
    if (db.isReadOnly())
        throw StorageError(tr("The library is open read-only; nothing was imported."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        throw StorageError(tr("The file is not valid JSON (%1 at byte %2); nothing was imported.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!doc.isObject())
        throw StorageError(tr("The JSON document is not a Quorum export; nothing was imported."));
    Transaction tx(db.connection(), tr("import the JSON document"));
    const ImportSummary summary = LibraryReader(db.connection()).run(doc.object());
    tx.commit();
    return summary;
}

} // namespace Quorum
