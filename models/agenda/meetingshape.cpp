// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingshape.h"

#include "export/jsonkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace Quorum {

namespace {

MeetingShape::Entry shapeOf(const AgendaEntry &e, const MeetingShape::Parts &parts)
{
    MeetingShape::Entry s;
    s.kind = e.kind;
    s.title = e.title;
    s.durationMinutes = parts.durations ? e.durationMinutes : -1;
    s.pinned = e.pinned && e.startTime.isValid();
    s.startTime = s.pinned ? e.startTime : QTime();
    s.recurring = e.recurring;
    if (parts.moderators) {
        s.moderatorId = e.moderatorId;
        s.coordinatorIds = e.coordinatorIds;
    }
    return s;
}

bool taken(const AgendaEntry &e, const MeetingShape::Parts &parts)
{
    if (e.kind == AgendaEntry::Kind::Break || e.kind == AgendaEntry::Kind::Closing)
        return parts.breaks || (parts.recurringEntries && e.recurring);
    return parts.recurringEntries && e.recurring;
}

QList<const AgendaEntry *> childrenOf(const QList<AgendaEntry> &entries, Id dayId, Id parentId)
{
    QList<const AgendaEntry *> result;
    for (const AgendaEntry &e : entries) {
        if (e.dayId == dayId && e.parentId == parentId)
            result << &e;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const AgendaEntry *a, const AgendaEntry *b) { return a->position < b->position; });
    return result;
}

} // namespace

bool MeetingShape::operator==(const MeetingShape &o) const
{
    const Meeting &a = logistics, &b = o.logistics;
    return a.timeZone == b.timeZone && a.location == b.location && a.joinUrl == b.joinUrl
           && a.meetingCode == b.meetingCode && a.dialIns == b.dialIns && a.sipAddress == b.sipAddress
           && a.passcodeHint == b.passcodeHint && days == o.days && participants == o.participants;
}

MeetingShape MeetingShape::of(const MeetingContent &content, const Parts &parts)
{
    MeetingShape shape;
    if (parts.logistics) {
        const Meeting &m = content.meeting;
        shape.logistics.timeZone = m.timeZone;
        shape.logistics.location = m.location;
        shape.logistics.joinUrl = m.joinUrl;
        shape.logistics.meetingCode = m.meetingCode;
        shape.logistics.dialIns = m.dialIns;
        shape.logistics.sipAddress = m.sipAddress;
        shape.logistics.passcodeHint = m.passcodeHint;
    }
    for (const MeetingDay &d : content.days) {
        Day day;
        day.plannedStart = d.plannedStart;
        day.plannedEnd = d.plannedEnd;
        for (const AgendaEntry *item : childrenOf(content.entries, d.id, 0)) {
            if (item->kind != AgendaEntry::Kind::Block) {
                if (taken(*item, parts))
                    day.items << shapeOf(*item, parts);
                continue;
            }
            // A block goes along when it is recurring itself or holds an entry that goes.
            Entry block = shapeOf(*item, parts);
            for (const AgendaEntry *child : childrenOf(content.entries, d.id, item->id)) {
                if (taken(*child, parts))
                    block.entries << shapeOf(*child, parts);
            }
            if (!block.entries.isEmpty() || (parts.recurringEntries && item->recurring))
                day.items << block;
        }
        shape.days << day;
    }
    if (shape.days.isEmpty())
        shape.days << Day();
    if (parts.participants) {
        for (const Participant &p : content.participants)
            shape.participants.append({0, p.personId, p.role, QStringLiteral("invited"), {}});
    }
    return shape;
}

int MeetingShape::entryCount() const
{
    return int(entryTitles().size());
}

QStringList MeetingShape::entryTitles() const
{
    QStringList titles;
    const auto add = [&](const Entry &e) {
        if (e.kind != AgendaEntry::Kind::Block)
            titles << e.title;
    };
    for (const Day &d : days) {
        for (const Entry &item : d.items) {
            add(item);
            for (const Entry &child : item.entries)
                add(child);
        }
    }
    return titles;
}

int MeetingShape::ledCount() const
{
    int n = 0;
    for (const Day &d : days) {
        for (const Entry &item : d.items) {
            n += item.moderatorId || !item.coordinatorIds.isEmpty();
            for (const Entry &child : item.entries)
                n += !child.coordinatorIds.isEmpty();
        }
    }
    return n;
}

MeetingShape::Instance MeetingShape::instance(const QString &title, Id seriesId, const QDate &start) const
{
    Instance result;
    result.meeting = logistics;
    result.meeting.id = 0;
    result.meeting.seriesId = seriesId;
    result.meeting.title = title;
    result.meeting.description.clear();
    const int dayCount = int(qMax<qsizetype>(1, days.size()));
    result.meeting.startDate = start;
    result.meeting.endDate = start.addDays(dayCount - 1);
    result.participants = participants;
    const auto join = [&](Id personId, const QString &role) {
        const bool listed = std::any_of(result.participants.cbegin(), result.participants.cend(),
                                        [&](const Participant &p) { return p.personId == personId; });
        if (personId && !listed)
            result.participants.append({0, personId, role, QStringLiteral("invited"), {}});
    };
    const auto entryOf = [&](const Entry &s, int position, Id parent) {
        AgendaEntry e;
        e.kind = s.kind;
        e.title = s.title;
        e.durationMinutes = s.durationMinutes;
        e.startTime = s.startTime;
        e.pinned = s.pinned;
        e.recurring = s.recurring;
        e.moderatorId = s.kind == AgendaEntry::Kind::Block ? s.moderatorId : 0;
        e.coordinatorIds = s.kind == AgendaEntry::Kind::Topic ? s.coordinatorIds : QList<Id>();
        e.position = position;
        e.parentId = parent;
        join(e.moderatorId, QStringLiteral("moderator"));
        for (Id c : std::as_const(e.coordinatorIds))
            join(c, QStringLiteral("coordinator"));
        return e;
    };
    for (int i = 0; i < dayCount; ++i) {
        const Day day = days.value(i);
        MeetingDay d;
        d.date = start.addDays(i);
        d.plannedStart = day.plannedStart;
        d.plannedEnd = day.plannedEnd;
        result.days << d;
        QList<AgendaEntry> entries;
        int position = 0;
        for (const Entry &item : day.items) {
            entries << entryOf(item, position++, 0);
            const Id block = Id(entries.size());
            int inner = 0;
            for (const Entry &child : item.entries)
                entries << entryOf(child, inner++, block);
        }
        result.entries << entries;
    }
    return result;
}

void MeetingShape::Instance::addTopics(const QList<AgendaEntry> &topics)
{
    if (topics.isEmpty())
        return;
    if (entries.isEmpty())
        entries.append(QList<AgendaEntry>());
    QList<AgendaEntry> &day = entries.first();
    int position = int(std::count_if(day.cbegin(), day.cend(), [](const AgendaEntry &e) { return e.parentId == 0; }));
    for (AgendaEntry e : topics) {
        e.id = 0;
        e.dayId = 0;
        e.parentId = 0;
        e.position = position++;
        for (Id c : std::as_const(e.coordinatorIds)) {
            const bool listed = std::any_of(participants.cbegin(), participants.cend(),
                                            [&](const Participant &p) { return p.personId == c; });
            if (c && !listed)
                participants.append({0, c, QStringLiteral("coordinator"), QStringLiteral("invited"), {}});
        }
        day.append(e);
    }
}

QString MeetingShape::nextTitle(const QString &lastTitle, const QDate &lastDate, const QString &seriesName,
                                const QDate &date)
{
    const QString last = lastDate.toString(Qt::ISODate);
    if (!last.isEmpty() && lastTitle.contains(last))
        return QString(lastTitle).replace(last, date.toString(Qt::ISODate));
    return QStringLiteral("%1 - %2").arg(seriesName, date.toString(Qt::ISODate));
}

MeetingShape::Parts MeetingShape::templateParts()
{
    Parts p;
    p.participants = false;
    p.moderators = false;
    p.breaks = true;
    return p;
}

namespace {

// One translation context for the whole file (lupdate reads the literal context below).
#define SHAPE_TR(text) QCoreApplication::translate("Quorum::MeetingShape", text)

void putText(QJsonObject *o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o->insert(key, value);
}

void putTime(QJsonObject *o, const QString &key, const QTime &time)
{
    if (time.isValid())
        o->insert(key, time.toString(JsonFormat::TimeOfDay));
}

QJsonObject entryJson(const MeetingShape::Entry &e)
{
    QJsonObject o;
    o.insert(JsonKeys::Kind, AgendaEntry::kindKey(e.kind));
    putText(&o, JsonKeys::Title, e.title);
    if (e.durationMinutes >= 0)
        o.insert(JsonKeys::DurationMinutes, e.durationMinutes);
    if (e.pinned) {
        o.insert(JsonKeys::Pinned, true);
        putTime(&o, JsonKeys::Start, e.startTime);
    }
    if (e.recurring)
        o.insert(JsonKeys::Recurring, true);
    if (!e.entries.isEmpty()) {
        QJsonArray children;
        for (const MeetingShape::Entry &c : e.entries)
            children.append(entryJson(c));
        o.insert(JsonKeys::Entries, children);
    }
    return o;
}

/** Reads one JSON value of a shape; fails once, with the place and what is wrong. */
class ShapeReader
{
public:
    explicit ShapeReader(QString *error)
        : m_error(error)
    { }
    bool failed() const { return m_failed; }

    void fail(const QString &where, const QString &what)
    {
        if (m_failed)
            return;
        m_failed = true;
        *m_error = SHAPE_TR("%1: %2").arg(where, what);
    }
    QString text(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(where, SHAPE_TR("“%1” must be text").arg(key));
        return v.toString();
    }
    QTime time(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QString s = text(o, key, where);
        if (s.isEmpty())
            return {};
        const QTime t = QTime::fromString(s, JsonFormat::TimeOfDay);
        if (!t.isValid())
            fail(where, SHAPE_TR("“%1” must be a time such as 09:30").arg(key));
        return t;
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(where, SHAPE_TR("“%1” must be true or false").arg(key));
        return v.toBool();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(where, SHAPE_TR("“%1” must be a list").arg(key));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            fail(where, SHAPE_TR("must be an object"));
        return v.toObject();
    }
    MeetingShape::Entry entry(const QJsonObject &o, const QString &where, bool inBlock)
    {
        MeetingShape::Entry e;
        if (!AgendaEntry::kindFromKey(text(o, JsonKeys::Kind, where), &e.kind))
            fail(where, SHAPE_TR("“kind” must be one of: block, topic, break, closing"));
        if (inBlock && e.kind == AgendaEntry::Kind::Block)
            fail(where, SHAPE_TR("a block cannot sit inside another block"));
        e.title = text(o, JsonKeys::Title, where);
        const QJsonValue minutes = o.value(JsonKeys::DurationMinutes);
        if (!minutes.isUndefined() && !minutes.isNull()) {
            const double m = minutes.toDouble(-1);
            if (!minutes.isDouble() || m < 0 || m > 24 * 60 || m != int(m))
                fail(where, SHAPE_TR("“durationMinutes” must be a whole number of minutes from 0 to 1440"));
            else
                e.durationMinutes = int(m);
        }
        e.pinned = boolean(o, JsonKeys::Pinned, where);
        e.startTime = time(o, JsonKeys::Start, where);
        if (e.pinned != e.startTime.isValid())
            fail(where, SHAPE_TR("a pinned entry has a “start”, and only a pinned one"));
        e.recurring = boolean(o, JsonKeys::Recurring, where);
        const QJsonArray children = array(o, JsonKeys::Entries, where);
        if (!children.isEmpty() && e.kind != AgendaEntry::Kind::Block)
            fail(where, SHAPE_TR("only a block holds entries"));
        for (qsizetype i = 0; i < children.size(); ++i) {
            const QString at = SHAPE_TR("%1, entry %2").arg(where).arg(i + 1);
            e.entries << entry(object(children.at(i), at), at, true);
        }
        return e;
    }

private:
    QString *m_error;
    bool m_failed = false;
};

} // namespace

QJsonObject MeetingShape::toJson() const
{
    QJsonObject o;
    putText(&o, JsonKeys::TimeZone, logistics.timeZone);
    putText(&o, JsonKeys::Location, logistics.location);
    putText(&o, JsonKeys::JoinUrl, logistics.joinUrl);
    putText(&o, JsonKeys::MeetingCode, logistics.meetingCode);
    putText(&o, JsonKeys::SipAddress, logistics.sipAddress);
    putText(&o, JsonKeys::PasscodeHint, logistics.passcodeHint);
    if (!logistics.dialIns.isEmpty()) {
        QJsonArray dialIns;
        for (const DialIn &d : logistics.dialIns) {
            QJsonObject line;
            putText(&line, JsonKeys::Label, d.label);
            line.insert(JsonKeys::Number, d.number);
            dialIns.append(line);
        }
        o.insert(JsonKeys::DialIns, dialIns);
    }
    QJsonArray dayList;
    for (const Day &d : days) {
        QJsonObject day;
        putTime(&day, JsonKeys::PlannedStart, d.plannedStart);
        putTime(&day, JsonKeys::PlannedEnd, d.plannedEnd);
        QJsonArray agenda;
        for (const Entry &e : d.items)
            agenda.append(entryJson(e));
        day.insert(JsonKeys::Agenda, agenda);
        dayList.append(day);
    }
    o.insert(JsonKeys::Days, dayList);
    return o;
}

std::optional<MeetingShape> MeetingShape::fromJson(const QJsonObject &json, QString *error)
{
    ShapeReader r(error);
    const QString top = SHAPE_TR("the shape");
    MeetingShape shape;
    Meeting &m = shape.logistics;
    m.timeZone = r.text(json, JsonKeys::TimeZone, top);
    if (!m.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(m.timeZone.toLatin1()))
        r.fail(top, SHAPE_TR("“%1” is not a known time zone").arg(m.timeZone));
    m.location = r.text(json, JsonKeys::Location, top);
    m.joinUrl = r.text(json, JsonKeys::JoinUrl, top);
    m.meetingCode = r.text(json, JsonKeys::MeetingCode, top);
    m.sipAddress = r.text(json, JsonKeys::SipAddress, top);
    m.passcodeHint = r.text(json, JsonKeys::PasscodeHint, top);
    const QJsonArray dialIns = r.array(json, JsonKeys::DialIns, top);
    for (qsizetype i = 0; i < dialIns.size(); ++i) {
        const QString at = SHAPE_TR("phone number %1").arg(i + 1);
        const QJsonObject line = r.object(dialIns.at(i), at);
        DialIn d{r.text(line, JsonKeys::Label, at), r.text(line, JsonKeys::Number, at)};
        if (d.number.trimmed().isEmpty())
            r.fail(at, SHAPE_TR("“number” is required"));
        m.dialIns << d;
    }
    const QJsonArray dayList = r.array(json, JsonKeys::Days, top);
    // A meeting of more than a month is not one meeting.
    if (dayList.isEmpty() || dayList.size() > 31)
        r.fail(top, SHAPE_TR("“days” must list from 1 to 31 days"));
    for (qsizetype i = 0; i < dayList.size() && !r.failed(); ++i) {
        const QString at = SHAPE_TR("day %1").arg(i + 1);
        const QJsonObject o = r.object(dayList.at(i), at);
        Day day;
        day.plannedStart = r.time(o, JsonKeys::PlannedStart, at);
        day.plannedEnd = r.time(o, JsonKeys::PlannedEnd, at);
        const QJsonArray agenda = r.array(o, JsonKeys::Agenda, at);
        for (qsizetype j = 0; j < agenda.size(); ++j) {
            const QString place = SHAPE_TR("%1, entry %2").arg(at).arg(j + 1);
            day.items << r.entry(r.object(agenda.at(j), place), place, false);
        }
        shape.days << day;
    }
    if (r.failed())
        return std::nullopt;
    return shape;
}

} // namespace Quorum
