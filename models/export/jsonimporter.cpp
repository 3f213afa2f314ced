// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimporter.h"

#include "agenda/duration.h"
#include "agenda/liverun.h"
#include "data/cadence.h"
#include "document/meetingreader.h"
#include "jsonkeys.h"
#include "jsonstream.h"
#include "notes/ticketlinker.h"
#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/attachmentrepository.h"
#include "storage/bulkindex.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/historyrepository.h"
#include "storage/invitationrepository.h"
#include "storage/librarycheck.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/templaterepository.h"
#include "storage/topicrequestrepository.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <optional>

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
    /** The object under name; fails when it is missing or not an object. */
    QJsonObject requiredObject(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (!v.isObject())
            fail(JsonImporter::tr("“%1” must be an object").arg(name));
        return v.toObject();
    }

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

    /** A number of minutes within one day (Duration::MaxMinutes). */
    int minutes(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return -1;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0
            || v.toDouble() > Duration::MaxMinutes)
            fail(JsonImporter::tr("“%1” must be a whole number of minutes from 0 to %2 (a meeting day has 24 hours)")
                     .arg(name)
                     .arg(Duration::MaxMinutes));
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

    /** A nested object, with its own place for messages; nullopt when absent. */
    std::optional<Reader> object(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject())
            fail(JsonImporter::tr("“%1” must be an object").arg(name));
        return Reader(v.toObject(), QStringLiteral("%1.%2").arg(m_where, name), m_names);
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

    /** Whether the object has the key (format 4: a revision's "content", which may be empty text). */
    bool has(const QString &name) const { return m_o.contains(name); }

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

    /** The document's parts outside the meetings: its format, people, groups, series and link patterns. */
    void readHead(const QJsonObject &rootObject, ImportSummary *summaryOut)
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
        m_formatVersion = version;

        ImportSummary &summary = *summaryOut;
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
            // Format 4: the series' default time zone and cadence (a library's own series keeps its settings).
            s.timeZone = r.text(JsonKeys::TimeZone);
            if (!s.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(s.timeZone.toLatin1()))
                r.fail(JsonImporter::tr("“%1” is not a known time zone").arg(s.timeZone));
            s.cadence = r.text(JsonKeys::Cadence);
            Cadence cadence;
            if (!Cadence::fromKey(s.cadence, &cadence))
                r.fail(JsonImporter::tr("“cadence” must be empty, “monthly” or “weekly:N” with N from 1 to 99"));
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

        // Format 4: meeting templates; the library keeps its own of the same name.
        TemplateRepository templateRepository(m_db);
        for (const Reader &unnamed : root.objects(JsonKeys::Templates)) {
            MeetingTemplate t;
            t.name = unnamed.text(JsonKeys::Name, true).trimmed();
            const Reader r = unnamed.named(JsonImporter::tr("template “%1”").arg(t.name));
            if (t.name.isEmpty())
                r.fail(JsonImporter::tr("“name” must not be empty"));
            QString problem;
            const std::optional<MeetingShape> shape
                = MeetingShape::fromJson(r.requiredObject(JsonKeys::Shape), &problem);
            if (!shape)
                r.fail(problem);
            t.shape = *shape;
            if (!templateRepository.findByName(t.name))
                templateRepository.insert(t);
        }

        m_before = MeetingRepository(m_db).summaries();
    }

    /** One meeting of the document's "meetings", the content of its attachments already stored. */
    Id importMeeting(const QJsonValue &meeting, int index, const QHash<int, StoredContent> &contents)
    {
        const QString where = QStringLiteral("document.%1[%2]").arg(JsonKeys::Meetings).arg(index);
        if (!meeting.isObject())
            Reader({}, where).fail(JsonImporter::tr("must be an object"));
        m_contents = contents;
        return importMeeting(Reader(meeting.toObject(), where), m_before);
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
        m_meetingId = meetingId;

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

        // A meeting without a day is one the library check calls damaged.
        if (r.objects(JsonKeys::Days).isEmpty())
            r.fail(JsonImporter::tr("the meeting has no day (“%1” lists none)").arg(JsonKeys::Days));
        m_meetingEntries.clear();
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
            m_dayMinutes = 0;
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
            item.assignees = assignees(a, JsonKeys::Assignees, JsonImporter::tr("an assignee"));
            item.dueDate = a.date(JsonKeys::DueDate);
            item.done = a.boolean(JsonKeys::Done);
            item.doneDate = a.date(JsonKeys::DoneDate);
            if (!item.done && item.doneDate.isValid())
                a.fail(JsonImporter::tr("an open action item has no done date"));
            item.entryId = entryRef(a, JsonKeys::Entry);
            item.externalRef = a.text(JsonKeys::ExternalRef);
            ActionItemRepository(m_db).insert(item);
        }

        // Version 4: decisions (an older document has none).
        position = 0;
        for (const Reader &unnamed : r.objects(JsonKeys::Decisions)) {
            Decision decision;
            decision.meetingId = meetingId;
            decision.position = position;
            const Reader d = unnamed.named(JsonImporter::tr("decision %1").arg(++position));
            decision.text = d.text(JsonKeys::Text, true).trimmed();
            if (decision.text.isEmpty())
                d.fail(JsonImporter::tr("“%1” is empty").arg(JsonKeys::Text));
            decision.decidedBy = assignees(d, JsonKeys::DecidedBy, JsonImporter::tr("a decision maker"));
            decision.date = d.date(JsonKeys::Date);
            decision.entryId = entryRef(d, JsonKeys::Entry);
            decision.externalRef = d.text(JsonKeys::ExternalRef);
            DecisionRepository(m_db).insert(decision);
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
            att.entryId = entryRef(a, JsonKeys::Entry);
            att.description = a.text(JsonKeys::Description);
            // The stream stored the content as soon as it was read; an attachment without one is empty.
            AttachmentRepository attachments(m_db);
            StoredContent content = m_contents.value(att.position);
            if (content.badBase64)
                a.fail(JsonImporter::tr("“contentBase64” is not valid base64"));
            if (!m_contents.contains(att.position))
                content.sha256 = attachments.storeBlob({});
            const QString sha = a.text(JsonKeys::Sha256);
            if (!sha.isEmpty() && sha != content.sha256)
                a.fail(JsonImporter::tr("the content does not match its sha256 (the file is damaged)"));
            if (a.integer(JsonKeys::Size, int(content.size)) != content.size)
                a.fail(JsonImporter::tr("the content does not match its size (the file is damaged)"));
            attachments.insertStored(att, content.sha256);
        }

        position = 0;
        for (const Reader &t : r.objects(JsonKeys::TopicRequests)) {
            TopicRequest req;
            req.meetingId = meetingId;
            req.position = position++;
            req.topic = t.text(JsonKeys::Topic, true);
            req.requestedBy = t.refs(JsonKeys::RequestedBy, m_people);
            req.minutesRequired = t.minutes(JsonKeys::MinutesRequired);
            req.notes = t.text(JsonKeys::Notes);
            req.status = t.text(JsonKeys::Status);
            if (req.status.isEmpty())
                req.status = QStringLiteral("proposed");
            t.oneOf(req.status, {QStringLiteral("proposed"), QStringLiteral("scheduled"), QStringLiteral("declined")},
                    JsonKeys::Status);
            req.scheduledEntryId = entryRef(t, JsonKeys::ScheduledEntry);
            TopicRequestRepository(m_db).insert(req);
        }
        importFinalAndHistory(r, meetingId);
        importInvitation(r, meetingId);
        return meetingId;
    }

    /**
     * The calendar invitation's record (issue 21, optional). A UUID another meeting of the library
     * holds already (the same document imported twice) is left out: the copy's invitation is its own.
     */
    void importInvitation(const Reader &r, Id meetingId)
    {
        const std::optional<Reader> o = r.object(JsonKeys::Invitation);
        if (!o)
            return;
        InvitationRecord record;
        record.uuid = o->text(JsonKeys::Uuid, true);
        if (QUuid::fromString(record.uuid).isNull() || record.uuid.size() != 36)
            o->fail(JsonImporter::tr("“%1” is not a UUID").arg(JsonKeys::Uuid));
        record.organizerName = o->text(JsonKeys::OrganizerName);
        record.organizerEmail = o->text(JsonKeys::OrganizerEmail);
        if (!Person::isPlausibleEmail(record.organizerEmail))
            o->fail(JsonImporter::tr("“%1” is not an email address").arg(JsonKeys::OrganizerEmail));
        for (const Reader &e : o->objects(JsonKeys::Events)) {
            InvitationEventRecord event;
            event.uid = e.text(JsonKeys::Uid, true);
            event.sequence = e.integer(JsonKeys::Sequence, 0);
            event.sha256 = e.text(JsonKeys::Sha256, true);
            const bool hex = std::all_of(event.sha256.cbegin(), event.sha256.cend(), [](QChar c) {
                return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                       || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
            });
            if (event.sha256.size() != 64 || !hex)
                e.fail(
                    JsonImporter::tr("“%1” is not a sha256 (64 lower-case hexadecimal digits)").arg(JsonKeys::Sha256));
            if (event.sequence < 0)
                e.fail(JsonImporter::tr("“%1” is negative").arg(JsonKeys::Sequence));
            if (record.event(event.uid))
                e.fail(JsonImporter::tr("the UID “%1” is there twice").arg(event.uid));
            record.events << event;
        }
        InvitationRepository invitations(m_db);
        if (invitations.meetingWithUuid(record.uuid))
            return;
        invitations.save(meetingId, record);
    }

    /** Format 4: the meeting's finalizations ("events"), its final record ("finalized") and its "history". */
    void importFinalAndHistory(const Reader &r, Id meetingId)
    {
        // Versions 1–3 have none: whatever such a document carries under these names is not ours.
        if (m_formatVersion < 4)
            return;
        HistoryRepository history(m_db);
        const auto requiredInstant = [](const Reader &o) {
            const QDateTime at = o.instant(JsonKeys::At);
            if (!at.isValid())
                o.fail(JsonImporter::tr("“%1” is missing").arg(JsonKeys::At));
            return at;
        };
        const auto isSha256 = [](const QString &sha) {
            return sha.size() == 64 && std::all_of(sha.cbegin(), sha.cend(), [](QChar c) {
                       return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
                   });
        };
        for (const Reader &e : r.objects(JsonKeys::Events)) {
            MeetingEvent event;
            event.meetingId = meetingId;
            const QString kind = e.text(JsonKeys::Kind, true);
            if (!MeetingEvent::kindFromKey(kind, &event.kind))
                e.oneOf(kind, {QStringLiteral("finalized"), QStringLiteral("reopened")}, JsonKeys::Kind);
            event.by = e.text(JsonKeys::By, true);
            event.at = requiredInstant(e);
            event.sha256 = e.text(JsonKeys::Sha256);
            if (!event.sha256.isEmpty() && !isSha256(event.sha256))
                e.fail(
                    JsonImporter::tr("“%1” is not a sha256 (64 lower-case hexadecimal digits)").arg(JsonKeys::Sha256));
            history.addEvent(event);
        }
        if (const std::optional<Reader> f = r.object(JsonKeys::Finalized)) {
            FinalState state;
            state.by = f->text(JsonKeys::By, true);
            state.at = requiredInstant(*f);
            state.sha256 = f->text(JsonKeys::Sha256, true);
            if (!isSha256(state.sha256))
                f->fail(
                    JsonImporter::tr("“%1” is not a sha256 (64 lower-case hexadecimal digits)").arg(JsonKeys::Sha256));
            const QList<Attachment> attachments = MeetingReader(m_db).attachments(meetingId);
            const bool attached = std::any_of(attachments.cbegin(), attachments.cend(),
                                              [&](const Attachment &a) { return a.sha256 == state.sha256; });
            if (!attached)
                f->fail(JsonImporter::tr("the final minutes it names (by their sha256) are not among the meeting's "
                                         "attachments"));
            history.setFinalState(meetingId, state);
        }
        for (const Reader &h : r.objects(JsonKeys::History)) {
            Revision rev;
            rev.meetingId = meetingId;
            rev.at = requiredInstant(h);
            rev.author = h.text(JsonKeys::Author);
            rev.part = h.text(JsonKeys::Part, true);
            rev.entryId = entryRef(h, JsonKeys::Entry);
            rev.entryTitle = h.text(JsonKeys::EntryTitle);
            rev.summary = h.text(JsonKeys::Summary);
            rev.hasContent = h.has(JsonKeys::Content);
            rev.content = h.text(JsonKeys::Content);
            if (rev.isNotes() && !rev.hasContent)
                h.fail(JsonImporter::tr("a revision of notes has no “%1”").arg(JsonKeys::Content));
            history.insert(rev);
        }
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
            entry.durationMinutes = e.minutes(JsonKeys::DurationMinutes);
            entry.pinned = e.boolean(JsonKeys::Pinned);
            entry.recurring = e.boolean(JsonKeys::Recurring);
            entry.moderatorId = e.ref(JsonKeys::Moderator, m_people);
            if (entry.moderatorId && entry.kind != AgendaEntry::Kind::Block)
                e.fail(JsonImporter::tr("only a block has a moderator"));
            entry.coordinatorIds = e.refs(JsonKeys::Coordinators, m_people);
            entry.preNotes = e.text(JsonKeys::PreNotes);
            entry.runningNotes = e.text(JsonKeys::RunningNotes);
            readRun(e, &entry);
            const QString carriedKey = readParking(e, &entry);
            requireWithinDay(e, entry);
            const QString key = e.text(JsonKeys::Key);
            if (!key.isEmpty())
                e.newKey(key, m_entries);
            const Id id = AgendaRepository(m_db).insert(entry);
            m_meetingEntries.insert(id);
            m_entryMeetings.insert(id, m_meetingId);
            if (!carriedKey.isEmpty())
                m_carried.append({id, carriedKey, e});
            if (!key.isEmpty())
                m_entries.insert(key, id);
            if (entry.kind == AgendaEntry::Kind::Block)
                importEntries(e, JsonKeys::Entries, dayId, id);
            else if (!e.array(JsonKeys::Entries).isEmpty())
                e.fail(JsonImporter::tr("only a block holds entries"));
        }
    }

    /**
     * The entry's place in the parking lot: carried over by hand, dismissed, or carried from an
     * entry (returned: its key, resolved by resolveCarried() once every meeting is read).
     */
    QString readParking(const Reader &e, AgendaEntry *entry)
    {
        entry->carryOver = e.boolean(JsonKeys::CarryOver);
        entry->parkingDismissed = e.boolean(JsonKeys::ParkingDismissed);
        QString key;
        if (const std::optional<Reader> c = e.object(JsonKeys::CarriedFrom)) {
            entry->carriedFromDate = c->date(JsonKeys::Date, true);
            key = c->text(JsonKeys::Entry);
        }
        if (entry->kind != AgendaEntry::Kind::Topic
            && (entry->carryOver || entry->parkingDismissed || entry->carriedFromDate.isValid()))
            e.fail(JsonImporter::tr("only a topic goes to the parking lot (“%1”, “%2”, “%3”)")
                       .arg(JsonKeys::CarryOver, JsonKeys::ParkingDismissed, JsonKeys::CarriedFrom));
        return key;
    }

public:
    /**
     * Links each entry carried from another to it, once every meeting is read (a source may come
     * later in the document). A key the document does not define, or an entry of the same
     * meeting, is refused, naming the meeting and the entry.
     */
    void resolveCarried()
    {
        for (const Carried &c : std::as_const(m_carried)) {
            const Id source = m_entries.value(c.key);
            if (!source)
                c.reader.fail(JsonImporter::tr("“%1” names the entry “%2”, which the document does not define")
                                  .arg(JsonKeys::CarriedFrom, c.key));
            if (m_entryMeetings.value(source) == m_entryMeetings.value(c.entryId))
                c.reader.fail(JsonImporter::tr("“%1” names an entry of the same meeting").arg(JsonKeys::CarriedFrom));
            AgendaRepository(m_db).setCarriedFrom(c.entryId, source);
        }
        m_carried.clear();
    }

private:
    /** An entry ends by midnight of its day, and a day's entries take at most 24 hours together. */
    void requireWithinDay(const Reader &e, const AgendaEntry &entry)
    {
        if (entry.kind == AgendaEntry::Kind::Block)
            return;
        const int minutes = entry.plannedMinutes();
        if (entry.startTime.isValid() && QTime(0, 0).secsTo(entry.startTime) + minutes * 60 > 24 * 60 * 60)
            e.fail(JsonImporter::tr("the entry starts at %1 and lasts %2: it would end after midnight")
                       .arg(entry.startTime.toString(JsonFormat::TimeOfDay), Duration::format(minutes)));
        m_dayMinutes += minutes;
        if (m_dayMinutes > Duration::MaxMinutes)
            e.fail(JsonImporter::tr("with this entry the day's entries take more than the 24 hours of a day"));
    }

    /** People and groups by key (an action item's assignees, a decision's makers); who names one in messages. */
    QList<Assignee> assignees(const Reader &r, const QString &name, const QString &who) const
    {
        QList<Assignee> result;
        for (const Reader &one : r.objects(name)) {
            Assignee as;
            as.personId = one.ref(JsonKeys::Person, m_people);
            as.groupId = one.ref(JsonKeys::Group, m_groups);
            if ((as.personId == 0) == (as.groupId == 0))
                one.fail(JsonImporter::tr("%1 is either a “person” or a “group”").arg(who));
            result.append(as);
        }
        return result;
    }

    /** An agenda entry the document names by key: it must be one of the meeting being read. */
    Id entryRef(const Reader &r, const QString &name) const
    {
        const Id id = r.ref(name, m_entries);
        if (id && !m_meetingEntries.contains(id))
            r.fail(JsonImporter::tr("“%1” names the agenda entry “%2” of another meeting").arg(name, r.text(name)));
        return id;
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
        entry->originalMinutes = e.minutes(JsonKeys::OriginalMinutes);
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
    QList<MeetingSummary> m_before; ///< the meetings the library held before the import
    QHash<int, StoredContent> m_contents; ///< the meeting's attachment contents, by position
    bool m_heldEntries = false; ///< the day being read has entries with actual times
    int m_runningEntries = 0; ///< entries of the day being read that started and did not end
    QHash<QString, Id> m_people;
    QHash<QString, Id> m_groups;
    QHash<QString, Id> m_series;
    QHash<QString, Id> m_entries;
    QSet<Id> m_meetingEntries; ///< the agenda entries of the meeting being read
    /** An entry carried from another, named by key: linked when the whole document is read. */
    struct Carried
    {
        Id entryId;
        QString key;
        Reader reader;
    };
    QList<Carried> m_carried;
    QHash<Id, Id> m_entryMeetings; ///< the meeting of each entry read, by entry id
    Id m_meetingId = 0; ///< the meeting being read
    qint64 m_dayMinutes = 0; ///< the planned minutes of the day being read
    int m_formatVersion = 0; ///< the document's "formatVersion"
};

} // namespace

bool JsonImporter::importIntoNewLibrary(const QString &path, const QByteArray &json, QString *error,
                                        ImportSummary *summary)
{
    QBuffer in;
    in.setData(json);
    in.open(QIODevice::ReadOnly);
    return importIntoNewLibrary(path, &in, error, summary);
}

bool JsonImporter::importIntoNewLibrary(const QString &path, QIODevice *in, QString *error, ImportSummary *summary)
{
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::CreateNew, error);
    if (!db)
        return false;
    try {
        const ImportSummary result = importDocument(*db, in);
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
    QBuffer in;
    in.setData(json);
    in.open(QIODevice::ReadOnly);
    return importDocument(db, &in);
}

ImportSummary JsonImporter::importDocument(Database &db, QIODevice *in)
{
    if (db.isReadOnly())
        throw StorageError(tr("The library is open read-only; nothing was imported."));
    Transaction tx(db.connection(), tr("import the JSON document"));
    const ImportSummary summary = importWithin(db.connection(), in);
    tx.commit();
    return summary;
}

ImportSummary JsonImporter::importWithin(const QSqlDatabase &db, QIODevice *in)
{
    // Two passes: the meetings name people, groups and series that the document lists after them
    // (keys are in alphabetical order). A device that cannot go back is copied to a temporary
    // file on the first pass.
    QTemporaryFile spool;
    const qint64 start = in->pos();
    if (in->isSequential() && !spool.open())
        throw StorageError(
            tr("Cannot make a temporary copy of the document (%1); nothing was imported.").arg(spool.errorString()));
    qint64 meetings = 0;
    const QJsonObject head = JsonStream::readHead(in, &meetings, in->isSequential() ? &spool : nullptr);
    QIODevice *second = in;
    if (in->isSequential()) {
        if (!spool.flush() || !spool.seek(0))
            throw StorageError(tr("Cannot read the temporary copy of the document (%1); nothing was imported.")
                                   .arg(spool.errorString()));
        second = &spool;
    } else if (!in->seek(start)) {
        throw StorageError(
            tr("Cannot read the document a second time (%1); nothing was imported.").arg(in->errorString()));
    }

    // What the library check would call damaged before the import, so that the import is
    // refused for what it would add and not for what was there.
    const QStringList damagedBefore = LibraryCheck::relationProblems(db);
    // The search index is written once at the end, not by the triggers at every row.
    BulkIndex index(db);
    LibraryReader reader(db);
    ImportSummary summary;
    reader.readHead(head, &summary);
    AttachmentRepository attachments(db);
    JsonStream::readMeetings(
        second,
        [&](const QJsonValue &meeting, int index, const QHash<int, StoredContent> &contents) {
            summary.meetingIds << reader.importMeeting(meeting, index, contents);
        },
        [&](const QByteArray &data) { return attachments.storeBlob(data); });
    reader.resolveCarried();
    index.finish();
    for (const QString &problem : LibraryCheck::relationProblems(db)) {
        if (!damagedBefore.contains(problem))
            throw StorageError(
                tr("The JSON document would leave the library inconsistent: %1 Nothing was imported.").arg(problem));
    }
    return summary;
}

ImportSummary JsonImporter::importFile(Database &db, const QString &path)
{
    QFile in(path);
    openForImport(&in);
    return importDocument(db, &in);
}

bool JsonImporter::importFileIntoNewLibrary(const QString &jsonPath, const QString &libraryPath, QString *error,
                                            ImportSummary *summary)
{
    QFile in(jsonPath);
    try {
        openForImport(&in);
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return importIntoNewLibrary(libraryPath, &in, error, summary);
}

void JsonImporter::openForImport(QFile *in)
{
    const QString name = QDir::toNativeSeparators(in->fileName());
    if (QFileInfo(in->fileName()).isDir())
        throw StorageError(tr("“%1” is a folder, not a JSON document; nothing was imported.").arg(name));
    if (!in->open(QIODevice::ReadOnly))
        throw StorageError(tr("Cannot read “%1”: %2.").arg(name, in->errorString()));
}

} // namespace Quorum
