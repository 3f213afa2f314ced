// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoninterchange.h"

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

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

namespace Quorum {

namespace {

const QString formatName = QStringLiteral("quorum-library");

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

QJsonArray keyArray(const KeyMap &keys, const QList<Id> &ids)
{
    QJsonArray a;
    for (Id id : ids)
        a.append(keys.key(id));
    return a;
}

// ---------------------------------------------------------------------------------------- export

class Exporter
{
public:
    explicit Exporter(const QSqlDatabase &db)
        : m_db(db)
    { }

    void run(Id onlyMeeting, QIODevice *out)
    {
        MeetingRepository meetings(m_db);
        QList<MeetingSummary> summaries = meetings.summaries();
        std::sort(summaries.begin(), summaries.end(), [](const MeetingSummary &a, const MeetingSummary &b) {
            return a.startDate != b.startDate ? a.startDate < b.startDate : a.id < b.id;
        });
        std::optional<Loaded> only;
        if (onlyMeeting) {
            if (std::none_of(summaries.begin(), summaries.end(),
                             [&](const MeetingSummary &m) { return m.id == onlyMeeting; }))
                throw StorageError(JsonInterchange::tr("The library has no meeting with ID %1.").arg(onlyMeeting));
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
        root.insert(QStringLiteral("format"), formatName);
        root.insert(QStringLiteral("formatVersion"), JsonInterchange::FormatVersion);

        QJsonArray peopleJson;
        for (const Person &p : people) {
            if (onlyMeeting && !m_usedPeople.contains(p.id))
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("key"), m_people.add(p.id));
            putText(o, QStringLiteral("displayName"), p.displayName);
            putText(o, QStringLiteral("username"), p.username);
            putText(o, QStringLiteral("email"), p.email);
            putText(o, QStringLiteral("team"), p.team);
            if (!p.aliases.isEmpty())
                o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(p.aliases));
            peopleJson.append(o);
        }
        root.insert(QStringLiteral("people"), peopleJson);

        QJsonArray groupsJson;
        for (const PersonGroup &g : groups) {
            if (onlyMeeting && !m_usedGroups.contains(g.id))
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("key"), m_groups.add(g.id));
            o.insert(QStringLiteral("name"), g.name);
            putText(o, QStringLiteral("description"), g.description);
            o.insert(QStringLiteral("members"), keyArray(m_people, g.memberIds));
            groupsJson.append(o);
        }
        root.insert(QStringLiteral("groups"), groupsJson);

        QJsonArray seriesJson;
        for (const Series &s : series) {
            if (onlyMeeting && !m_usedSeries.contains(s.id))
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("key"), m_series.add(s.id));
            o.insert(QStringLiteral("name"), s.name);
            putText(o, QStringLiteral("description"), s.description);
            seriesJson.append(o);
        }
        root.insert(QStringLiteral("series"), seriesJson);

        if (!onlyMeeting) {
            QJsonArray patterns;
            for (const LinkPattern &p : LinkPatternRepository(m_db).all())
                patterns.append(QJsonObject{{QStringLiteral("pattern"), p.pattern}, {QStringLiteral("url"), p.url}});
            if (!patterns.isEmpty())
                root.insert(QStringLiteral("linkPatterns"), patterns);
        }

        // The meetings, with their attachments, are most of a library: they are written one at a
        // time into the place a marker holds in the rest of the document, so that memory holds one
        // meeting and never the whole export. The bytes are those QJsonDocument writes for the
        // whole document at once.
        const QString marker = QStringLiteral("@meetings@");
        root.insert(QStringLiteral("meetings"), QJsonArray{marker});
        const QByteArray frame = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const QByteArray markerLine = QByteArray(2 * IndentWidth, ' ') + '"' + marker.toLatin1() + "\"\n";
        // Only an element of a top-level array sits alone on a line at this depth, and the other
        // top-level arrays hold objects.
        const qsizetype at = frame.indexOf("\n" + markerLine) + 1;
        if (at <= 0) // (cannot happen: the marker is in the frame by construction)
            throw StorageError(JsonInterchange::tr("The export could not be put together."));
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
            throw StorageError(JsonInterchange::tr("Cannot write the export: %1.").arg(out->errorString()));
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

    struct Loaded
    {
        Meeting meeting;
        QList<MeetingDay> days;
        QList<AgendaEntry> entries;
        QList<Participant> participants;
        QList<ActionItem> actions;
        QList<Attachment> attachments;
        QList<TopicRequest> requests;
    };

    Loaded load(Id id)
    {
        Loaded l;
        l.meeting = MeetingRepository(m_db).load(id);
        l.days = MeetingRepository(m_db).days(id);
        l.entries = AgendaRepository(m_db).forMeeting(id);
        l.participants = ParticipantRepository(m_db).forMeeting(id);
        l.actions = ActionItemRepository(m_db).list(id);
        l.attachments = AttachmentRepository(m_db).forMeeting(id);
        l.requests = TopicRequestRepository(m_db).forMeeting(id);
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
        o.insert(QStringLiteral("key"), m_entries.add(e.id));
        o.insert(QStringLiteral("kind"), AgendaEntry::kindKey(e.kind));
        putText(o, QStringLiteral("title"), e.title);
        if (e.startTime.isValid())
            o.insert(QStringLiteral("start"), e.startTime.toString(QStringLiteral("HH:mm")));
        if (e.durationMinutes >= 0)
            o.insert(QStringLiteral("durationMinutes"), e.durationMinutes);
        if (e.pinned)
            o.insert(QStringLiteral("pinned"), true);
        putKey(o, QStringLiteral("moderator"), m_people, e.moderatorId);
        if (!e.coordinatorIds.isEmpty())
            o.insert(QStringLiteral("coordinators"), keyArray(m_people, e.coordinatorIds));
        putText(o, QStringLiteral("preNotes"), e.preNotes);
        putText(o, QStringLiteral("runningNotes"), e.runningNotes);
        if (e.kind == AgendaEntry::Kind::Block) {
            QJsonArray children;
            for (const AgendaEntry &c : all) {
                if (c.parentId == e.id)
                    children.append(entryJson(c, all));
            }
            o.insert(QStringLiteral("entries"), children);
        }
        return o;
    }

    QJsonObject meetingJson(const Loaded &l)
    {
        const Meeting &m = l.meeting;
        QJsonObject o;
        putText(o, QStringLiteral("title"), m.title);
        putKey(o, QStringLiteral("series"), m_series, m.seriesId);
        o.insert(QStringLiteral("startDate"), m.startDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("endDate"), m.endDate.toString(Qt::ISODate));
        putText(o, QStringLiteral("timeZone"), m.timeZone);
        putText(o, QStringLiteral("location"), m.location);
        putText(o, QStringLiteral("joinUrl"), m.joinUrl);
        putText(o, QStringLiteral("meetingCode"), m.meetingCode);
        QJsonArray dialIns;
        for (const DialIn &d : m.dialIns) {
            QJsonObject dj;
            putText(dj, QStringLiteral("label"), d.label);
            dj.insert(QStringLiteral("number"), d.number);
            dialIns.append(dj);
        }
        o.insert(QStringLiteral("dialIns"), dialIns);
        putText(o, QStringLiteral("sipAddress"), m.sipAddress);
        putText(o, QStringLiteral("passcodeHint"), m.passcodeHint);
        putText(o, QStringLiteral("description"), m.description);

        QJsonArray participants;
        for (const Participant &p : l.participants) {
            QJsonObject pj;
            pj.insert(QStringLiteral("person"), m_people.key(p.personId));
            pj.insert(QStringLiteral("role"), p.role);
            pj.insert(QStringLiteral("attendance"), p.attendance);
            participants.append(pj);
        }
        o.insert(QStringLiteral("participants"), participants);

        QJsonArray days;
        for (const MeetingDay &d : l.days) {
            QJsonObject dj;
            dj.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            if (d.plannedStart.isValid())
                dj.insert(QStringLiteral("plannedStart"), d.plannedStart.toString(QStringLiteral("HH:mm")));
            if (d.plannedEnd.isValid())
                dj.insert(QStringLiteral("plannedEnd"), d.plannedEnd.toString(QStringLiteral("HH:mm")));
            QJsonArray agenda;
            for (const AgendaEntry &e : l.entries) {
                if (e.dayId == d.id && e.parentId == 0)
                    agenda.append(entryJson(e, l.entries));
            }
            dj.insert(QStringLiteral("agenda"), agenda);
            days.append(dj);
        }
        o.insert(QStringLiteral("days"), days);

        QJsonArray actions;
        for (const ActionItem &a : l.actions) {
            QJsonObject aj;
            aj.insert(QStringLiteral("description"), a.description);
            QJsonArray assignees;
            for (const Assignee &who : a.assignees) {
                QJsonObject wj;
                if (who.personId)
                    wj.insert(QStringLiteral("person"), m_people.key(who.personId));
                else
                    wj.insert(QStringLiteral("group"), m_groups.key(who.groupId));
                assignees.append(wj);
            }
            aj.insert(QStringLiteral("assignees"), assignees);
            if (a.dueDate.isValid())
                aj.insert(QStringLiteral("dueDate"), a.dueDate.toString(Qt::ISODate));
            aj.insert(QStringLiteral("done"), a.done);
            if (a.doneDate.isValid())
                aj.insert(QStringLiteral("doneDate"), a.doneDate.toString(Qt::ISODate));
            putKey(aj, QStringLiteral("entry"), m_entries, a.entryId);
            putText(aj, QStringLiteral("externalRef"), a.externalRef);
            actions.append(aj);
        }
        o.insert(QStringLiteral("actionItems"), actions);

        QJsonArray attachments;
        AttachmentRepository blobs(m_db);
        for (const Attachment &a : l.attachments) {
            QJsonObject aj;
            aj.insert(QStringLiteral("fileName"), a.fileName);
            aj.insert(QStringLiteral("mimeType"), a.mimeType);
            aj.insert(QStringLiteral("size"), a.size);
            aj.insert(QStringLiteral("sha256"), a.sha256);
            aj.insert(QStringLiteral("modifiedAt"), a.modifiedAt.toUTC().toString(Qt::ISODate));
            putKey(aj, QStringLiteral("uploadedBy"), m_people, a.uploadedBy);
            putKey(aj, QStringLiteral("entry"), m_entries, a.entryId);
            putText(aj, QStringLiteral("description"), a.description);
            aj.insert(QStringLiteral("contentBase64"), QString::fromLatin1(blobs.content(a.sha256).toBase64()));
            attachments.append(aj);
        }
        o.insert(QStringLiteral("attachments"), attachments);

        QJsonArray requests;
        for (const TopicRequest &t : l.requests) {
            QJsonObject tj;
            tj.insert(QStringLiteral("topic"), t.topic);
            tj.insert(QStringLiteral("requestedBy"), keyArray(m_people, t.requestedBy));
            if (t.minutesRequired >= 0)
                tj.insert(QStringLiteral("minutesRequired"), t.minutesRequired);
            putText(tj, QStringLiteral("notes"), t.notes);
            tj.insert(QStringLiteral("status"), t.status);
            putKey(tj, QStringLiteral("scheduledEntry"), m_entries, t.scheduledEntryId);
            requests.append(tj);
        }
        o.insert(QStringLiteral("topicRequests"), requests);
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

// ---------------------------------------------------------------------------------------- import

/** Reads one JSON object; every complaint names where in the document it is. */
class Reader
{
public:
    Reader(QJsonObject object, QString where)
        : m_o(std::move(object))
        , m_where(std::move(where))
    { }

    [[noreturn]] void fail(const QString &problem) const
    {
        throw StorageError(
            JsonInterchange::tr("The JSON document is not a valid Quorum export: %1: %2.").arg(m_where, problem));
    }

    const QString &where() const { return m_where; }

    QString text(const QString &name, bool required = false) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(JsonInterchange::tr("“%1” is missing").arg(name));
            return {};
        }
        if (!v.isString())
            fail(JsonInterchange::tr("“%1” must be text").arg(name));
        if (required && v.toString().isEmpty())
            fail(JsonInterchange::tr("“%1” is empty").arg(name));
        return v.toString();
    }

    int integer(const QString &name, int absent) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return absent;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0 || v.toDouble() > 1e9)
            fail(JsonInterchange::tr("“%1” must be a whole number from 0 up").arg(name));
        return int(v.toDouble());
    }

    bool boolean(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(JsonInterchange::tr("“%1” must be true or false").arg(name));
        return v.toBool();
    }

    QDate date(const QString &name, bool required = false) const
    {
        const QString s = text(name, required);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            fail(JsonInterchange::tr("“%1” is not a date of the form 2020-09-15").arg(name));
        return d;
    }

    QTime time(const QString &name) const
    {
        const QString s = text(name);
        if (s.isEmpty())
            return {};
        const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
        if (!t.isValid())
            fail(JsonInterchange::tr("“%1” is not a time of the form 09:30").arg(name));
        return t;
    }

    QJsonArray array(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(JsonInterchange::tr("“%1” must be a list").arg(name));
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
                Reader({}, where).fail(JsonInterchange::tr("must be an object"));
            result.append(Reader(a.at(i).toObject(), where));
        }
        return result;
    }

    QStringList strings(const QString &name) const
    {
        QStringList result;
        for (const QJsonValue &v : array(name)) {
            if (!v.isString())
                fail(JsonInterchange::tr("“%1” must be a list of text").arg(name));
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
            fail(JsonInterchange::tr("it refers to “%1”, which the document does not define").arg(key));
        return id;
    }

    QList<Id> refs(const QString &name, const QHash<QString, Id> &keys) const
    {
        QList<Id> result;
        for (const QString &key : strings(name)) {
            const Id id = resolve(key, keys);
            if (result.contains(id))
                fail(JsonInterchange::tr("“%1” names “%2” twice").arg(name, key));
            result << id;
        }
        return result;
    }

    void oneOf(const QString &value, const QStringList &allowed, const QString &name) const
    {
        if (!allowed.contains(value))
            fail(JsonInterchange::tr("“%1” must be one of: %2").arg(name, allowed.join(QStringLiteral(", "))));
    }

    void newKey(const QString &key, const QHash<QString, Id> &keys) const
    {
        if (keys.contains(key))
            fail(JsonInterchange::tr("the key “%1” is used twice").arg(key));
    }

private:
    QJsonObject m_o;
    QString m_where;
};

class Importer
{
public:
    explicit Importer(const QSqlDatabase &db)
        : m_db(db)
    { }

    ImportSummary run(const QJsonObject &rootObject)
    {
        const Reader root(rootObject, QStringLiteral("document"));
        if (root.text(QStringLiteral("format")) != formatName)
            root.fail(JsonInterchange::tr("it does not say “\"format\": \"%1\"”").arg(formatName));
        const int version = root.integer(QStringLiteral("formatVersion"), 0);
        if (version < 1)
            root.fail(JsonInterchange::tr("“formatVersion” is missing"));
        if (version > JsonInterchange::FormatVersion)
            throw StorageError(JsonInterchange::tr("The JSON document was written by a newer version of Quorum "
                                                   "(format %1; this version reads up to %2).")
                                   .arg(version)
                                   .arg(JsonInterchange::FormatVersion));

        ImportSummary summary;
        PersonRepository people(m_db);
        // Match against the people the library held before this import only, so that two
        // different people of the same name in the document stay two people.
        const QList<Person> existing = people.all();
        for (const Reader &r : root.objects(QStringLiteral("people"))) {
            const QString key = r.text(QStringLiteral("key"), true);
            r.newKey(key, m_people);
            Person p;
            p.displayName = r.text(QStringLiteral("displayName"));
            p.username = r.text(QStringLiteral("username"));
            p.email = r.text(QStringLiteral("email"));
            p.team = r.text(QStringLiteral("team"));
            p.aliases = r.strings(QStringLiteral("aliases"));
            if (p.displayName.isEmpty() && p.username.isEmpty())
                r.fail(JsonInterchange::tr("a person needs a display name or a username"));
            const Id match = findExisting(existing, p);
            if (match) {
                m_people.insert(key, match);
                ++summary.peopleMatched;
            } else {
                m_people.insert(key, people.insert(p));
                ++summary.peopleAdded;
            }
        }

        for (const Reader &r : root.objects(QStringLiteral("groups"))) {
            const QString key = r.text(QStringLiteral("key"), true);
            r.newKey(key, m_groups);
            PersonGroup g;
            g.name = r.text(QStringLiteral("name"), true);
            g.description = r.text(QStringLiteral("description"));
            g.memberIds = r.refs(QStringLiteral("members"), m_people);
            Id id = people.findGroupByName(g.name);
            if (!id)
                id = people.insertGroup(g);
            m_groups.insert(key, id);
        }

        SeriesRepository series(m_db);
        for (const Reader &r : root.objects(QStringLiteral("series"))) {
            const QString key = r.text(QStringLiteral("key"), true);
            r.newKey(key, m_series);
            Series s;
            s.name = r.text(QStringLiteral("name"), true);
            s.description = r.text(QStringLiteral("description"));
            Id id = series.findByName(s.name);
            if (!id)
                id = series.insert(s);
            m_series.insert(key, id);
        }

        // Ticket link patterns: the library keeps its own and gains the ones it lacks.
        LinkPatternRepository linkRepository(m_db);
        QList<LinkPattern> patterns = linkRepository.all();
        const int patternCount = int(patterns.size());
        for (const Reader &r : root.objects(QStringLiteral("linkPatterns"))) {
            const LinkPattern p{r.text(QStringLiteral("pattern"), true), r.text(QStringLiteral("url"), true)};
            const QString problem = TicketLinker::problem(p);
            if (!problem.isEmpty())
                r.fail(problem);
            const bool known = std::any_of(patterns.begin(), patterns.end(),
                                           [&](const LinkPattern &q) { return q.pattern == p.pattern; });
            if (!known)
                patterns.append(p);
        }
        if (patterns.size() != patternCount)
            linkRepository.replace(patterns);

        const QList<MeetingSummary> before = MeetingRepository(m_db).summaries();
        for (const Reader &r : root.objects(QStringLiteral("meetings")))
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

    Id importMeeting(const Reader &r, const QList<MeetingSummary> &before)
    {
        Meeting m;
        m.title = r.text(QStringLiteral("title"), true);
        m.seriesId = r.ref(QStringLiteral("series"), m_series);
        m.startDate = r.date(QStringLiteral("startDate"), true);
        m.endDate = r.date(QStringLiteral("endDate"), true);
        if (m.endDate < m.startDate)
            r.fail(JsonInterchange::tr("the meeting ends before it starts"));
        for (const MeetingSummary &s : before) {
            if (s.title == m.title && s.startDate == m.startDate)
                throw StorageError(JsonInterchange::tr("The library already holds the meeting “%1” of %2; "
                                                       "nothing was imported.")
                                       .arg(m.title, m.startDate.toString(Qt::ISODate)));
        }
        m.timeZone = r.text(QStringLiteral("timeZone"));
        m.location = r.text(QStringLiteral("location"));
        m.joinUrl = r.text(QStringLiteral("joinUrl"));
        m.meetingCode = r.text(QStringLiteral("meetingCode"));
        for (const Reader &d : r.objects(QStringLiteral("dialIns")))
            m.dialIns.append({d.text(QStringLiteral("label")), d.text(QStringLiteral("number"), true)});
        m.sipAddress = r.text(QStringLiteral("sipAddress"));
        m.passcodeHint = r.text(QStringLiteral("passcodeHint"));
        m.description = r.text(QStringLiteral("description"));
        MeetingRepository meetings(m_db);
        const Id meetingId = meetings.insert(m);

        int position = 0;
        QSet<Id> seen;
        for (const Reader &p : r.objects(QStringLiteral("participants"))) {
            Participant part;
            part.meetingId = meetingId;
            part.personId = p.ref(QStringLiteral("person"), m_people, true);
            if (seen.contains(part.personId))
                p.fail(JsonInterchange::tr("the person is listed twice"));
            seen.insert(part.personId);
            part.role = p.text(QStringLiteral("role"), true);
            p.oneOf(part.role,
                    {QStringLiteral("moderator"), QStringLiteral("coordinator"), QStringLiteral("attendee"),
                     QStringLiteral("notetaker"), QStringLiteral("guest")},
                    QStringLiteral("role"));
            part.attendance = p.text(QStringLiteral("attendance"), true);
            p.oneOf(part.attendance,
                    {QStringLiteral("invited"), QStringLiteral("present"), QStringLiteral("absent"),
                     QStringLiteral("excused")},
                    QStringLiteral("attendance"));
            ParticipantRepository(m_db).insert(part, position++);
        }

        QSet<QDate> dates;
        for (const Reader &d : r.objects(QStringLiteral("days"))) {
            MeetingDay day;
            day.meetingId = meetingId;
            day.date = d.date(QStringLiteral("date"), true);
            if (day.date < m.startDate || day.date > m.endDate)
                d.fail(JsonInterchange::tr("the day lies outside the meeting's dates"));
            if (dates.contains(day.date))
                d.fail(JsonInterchange::tr("the day is listed twice"));
            dates.insert(day.date);
            day.plannedStart = d.time(QStringLiteral("plannedStart"));
            day.plannedEnd = d.time(QStringLiteral("plannedEnd"));
            const Id dayId = meetings.insertDay(day);
            importEntries(d, QStringLiteral("agenda"), dayId, 0);
        }

        position = 0;
        for (const Reader &a : r.objects(QStringLiteral("actionItems"))) {
            ActionItem item;
            item.meetingId = meetingId;
            item.position = position++;
            item.description = a.text(QStringLiteral("description"), true);
            for (const Reader &who : a.objects(QStringLiteral("assignees"))) {
                Assignee as;
                as.personId = who.ref(QStringLiteral("person"), m_people);
                as.groupId = who.ref(QStringLiteral("group"), m_groups);
                if ((as.personId == 0) == (as.groupId == 0))
                    who.fail(JsonInterchange::tr("an assignee is either a “person” or a “group”"));
                item.assignees.append(as);
            }
            item.dueDate = a.date(QStringLiteral("dueDate"));
            item.done = a.boolean(QStringLiteral("done"));
            item.doneDate = a.date(QStringLiteral("doneDate"));
            if (!item.done && item.doneDate.isValid())
                a.fail(JsonInterchange::tr("an open action item has no done date"));
            item.entryId = a.ref(QStringLiteral("entry"), m_entries);
            item.externalRef = a.text(QStringLiteral("externalRef"));
            ActionItemRepository(m_db).insert(item);
        }

        position = 0;
        for (const Reader &a : r.objects(QStringLiteral("attachments"))) {
            Attachment att;
            att.meetingId = meetingId;
            att.position = position++;
            att.fileName = a.text(QStringLiteral("fileName"), true);
            att.mimeType = a.text(QStringLiteral("mimeType"));
            if (att.mimeType.isEmpty())
                att.mimeType = QStringLiteral("application/octet-stream");
            att.modifiedAt = QDateTime::fromString(a.text(QStringLiteral("modifiedAt"), true), Qt::ISODate);
            if (!att.modifiedAt.isValid())
                a.fail(JsonInterchange::tr("“modifiedAt” is not a date and time such as 2020-09-15T17:00:00Z"));
            att.uploadedBy = a.ref(QStringLiteral("uploadedBy"), m_people);
            att.entryId = a.ref(QStringLiteral("entry"), m_entries);
            att.description = a.text(QStringLiteral("description"));
            const QByteArray encoded = a.text(QStringLiteral("contentBase64")).toLatin1();
            const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                a.fail(JsonInterchange::tr("“contentBase64” is not valid base64"));
            const QByteArray data = *decoded;
            const QString sha = a.text(QStringLiteral("sha256"));
            if (!sha.isEmpty() && sha != AttachmentRepository::sha256Of(data))
                a.fail(JsonInterchange::tr("the content does not match its sha256 (the file is damaged)"));
            if (a.integer(QStringLiteral("size"), int(data.size())) != data.size())
                a.fail(JsonInterchange::tr("the content does not match its size (the file is damaged)"));
            AttachmentRepository(m_db).insert(att, data);
        }

        position = 0;
        for (const Reader &t : r.objects(QStringLiteral("topicRequests"))) {
            TopicRequest req;
            req.meetingId = meetingId;
            req.position = position++;
            req.topic = t.text(QStringLiteral("topic"), true);
            req.requestedBy = t.refs(QStringLiteral("requestedBy"), m_people);
            req.minutesRequired = t.integer(QStringLiteral("minutesRequired"), -1);
            req.notes = t.text(QStringLiteral("notes"));
            req.status = t.text(QStringLiteral("status"));
            if (req.status.isEmpty())
                req.status = QStringLiteral("proposed");
            t.oneOf(req.status, {QStringLiteral("proposed"), QStringLiteral("scheduled"), QStringLiteral("declined")},
                    QStringLiteral("status"));
            req.scheduledEntryId = t.ref(QStringLiteral("scheduledEntry"), m_entries);
            TopicRequestRepository(m_db).insert(req);
        }
        return meetingId;
    }

    void importEntries(const Reader &r, const QString &listName, Id dayId, Id parentId)
    {
        int position = 0;
        for (const Reader &e : r.objects(listName)) {
            AgendaEntry entry;
            entry.dayId = dayId;
            entry.parentId = parentId;
            entry.position = position++;
            const QString kind = e.text(QStringLiteral("kind"), true);
            if (!AgendaEntry::kindFromKey(kind, &entry.kind))
                e.fail(JsonInterchange::tr("“kind” must be one of: block, topic, break, closing"));
            if (entry.kind == AgendaEntry::Kind::Block && parentId)
                e.fail(JsonInterchange::tr("a block cannot sit inside another block"));
            entry.title = e.text(QStringLiteral("title"));
            entry.startTime = e.time(QStringLiteral("start"));
            entry.durationMinutes = e.integer(QStringLiteral("durationMinutes"), -1);
            entry.pinned = e.boolean(QStringLiteral("pinned"));
            entry.moderatorId = e.ref(QStringLiteral("moderator"), m_people);
            if (entry.moderatorId && entry.kind != AgendaEntry::Kind::Block)
                e.fail(JsonInterchange::tr("only a block has a moderator"));
            entry.coordinatorIds = e.refs(QStringLiteral("coordinators"), m_people);
            entry.preNotes = e.text(QStringLiteral("preNotes"));
            entry.runningNotes = e.text(QStringLiteral("runningNotes"));
            const QString key = e.text(QStringLiteral("key"));
            if (!key.isEmpty())
                e.newKey(key, m_entries);
            const Id id = AgendaRepository(m_db).insert(entry);
            if (!key.isEmpty())
                m_entries.insert(key, id);
            if (entry.kind == AgendaEntry::Kind::Block)
                importEntries(e, QStringLiteral("entries"), dayId, id);
            else if (!e.array(QStringLiteral("entries")).isEmpty())
                e.fail(JsonInterchange::tr("only a block holds entries"));
        }
    }

    QSqlDatabase m_db;
    QHash<QString, Id> m_people;
    QHash<QString, Id> m_groups;
    QHash<QString, Id> m_series;
    QHash<QString, Id> m_entries;
};

} // namespace

void JsonInterchange::exportLibrary(const Database &db, QIODevice *out, Id meetingId)
{
    Exporter(db.connection()).run(meetingId, out);
}

QByteArray JsonInterchange::exportLibrary(const Database &db, Id meetingId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exportLibrary(db, &buffer, meetingId);
    return buffer.data();
}

bool JsonInterchange::importIntoNewLibrary(const QString &path, const QByteArray &json, QString *error,
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

ImportSummary JsonInterchange::importDocument(Database &db, const QByteArray &json)
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
    const ImportSummary summary = Importer(db.connection()).run(doc.object());
    tx.commit();
    return summary;
}

} // namespace Quorum
