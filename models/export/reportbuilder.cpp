// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "agenda/agendastate.h"
#include "document/meetingreader.h"
#include "notes/ticketlinker.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"

#include <QCollator>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace Quorum {

namespace {

const QString Dash = QStringLiteral("\u2013");
const QString Open = QStringLiteral("\u2610");
const QString Done = QStringLiteral("\u2611");

/** Everything the agenda and the minutes of one meeting show. */
struct MeetingData
{
    Meeting meeting;
    AgendaState agenda;
    QList<Participant> participants;
    QList<ActionItem> actions;
    QList<Attachment> attachments;
    NameLookup names;
    TicketLinker linker;

    QString entryTitle(Id entryId) const
    {
        const AgendaEntry *e = agenda.entry(entryId);
        return e ? e->title : QString();
    }
};

MeetingData load(const Database &db, Id meetingId)
{
    const MeetingReader reader(db.connection());
    MeetingContent content = reader.load(meetingId);
    MeetingData d;
    d.meeting = std::move(content.meeting);
    d.agenda.startDate = d.meeting.startDate;
    d.agenda.endDate = d.meeting.endDate;
    d.agenda.days = std::move(content.days);
    d.agenda.entries = std::move(content.entries);
    d.participants = std::move(content.participants);
    d.actions = std::move(content.actions);
    d.attachments = std::move(content.attachments);
    d.names = reader.names();
    d.linker = TicketLinker(LinkPatternRepository(db.connection()).all());
    return d;
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString dates(const Meeting &m)
{
    if (!m.endDate.isValid() || m.endDate == m.startDate)
        return longDate(m.startDate);
    return longDate(m.startDate) + QStringLiteral(" \u2013 ") + longDate(m.endDate);
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QPageSize::PageSizeId ReportOptions::defaultPageSize(const QLocale &locale)
{
    // The countries that print on US Letter rather than A4.
    static const QList<QLocale::Territory> letter = {
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Philippines, QLocale::PuertoRico,
        QLocale::Guatemala,    QLocale::CostaRica, QLocale::Panama,      QLocale::DominicanRepublic,
    };
    return letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4;
}

QString ReportOptions::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Agenda: return QStringLiteral("agenda");
    case Kind::Minutes: return QStringLiteral("minutes");
    case Kind::Actions: return QStringLiteral("actions");
    }
    return {};
}

bool ReportOptions::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::Agenda, Kind::Minutes, Kind::Actions}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

ReportBuilder::ReportBuilder(const Database &db)
    : m_db(db)
{ }

QString ReportBuilder::timeRange(const QTime &start, int durationMinutes)
{
    if (!start.isValid())
        return {};
    const QString from = start.toString(QStringLiteral("HH:mm"));
    if (durationMinutes <= 0)
        return from;
    return from + Dash + start.addSecs(durationMinutes * 60).toString(QStringLiteral("HH:mm"));
}

QString ReportBuilder::printableJoinUrl(const QString &joinUrl)
{
    QUrl url(joinUrl);
    if (!url.isValid() || !url.hasQuery())
        return joinUrl;
    static const QStringList secrets = {QStringLiteral("pwd"),  QStringLiteral("passcode"), QStringLiteral("password"),
                                        QStringLiteral("pass"), QStringLiteral("pw"),       QStringLiteral("tk")};
    QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        if (secrets.contains(item.first.toLower()))
            query.removeAllQueryItems(item.first);
    }
    url.setQuery(query);
    if (query.isEmpty())
        return url.toString(QUrl::RemoveQuery);
    return url.toString();
}

Id ReportBuilder::defaultMeeting(const Database &db)
{
    const QSqlDatabase c = db.connection();
    QList<MeetingSummary> meetings = MeetingRepository(c).summaries();
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const MeetingSummary &a, const MeetingSummary &b) { return a.startDate > b.startDate; });
    for (const MeetingSummary &m : meetings) {
        if (!AgendaRepository(c).forMeeting(m.id).isEmpty())
            return m.id;
    }
    return meetings.isEmpty() ? 0 : meetings.constFirst().id;
}

QString ReportBuilder::title(ReportOptions::Kind kind, const QString &meetingTitle)
{
    switch (kind) {
    case ReportOptions::Kind::Agenda: return meetingTitle;
    case ReportOptions::Kind::Minutes: return tr("Minutes: %1").arg(meetingTitle);
    case ReportOptions::Kind::Actions: return tr("Action items");
    }
    return meetingTitle;
}

ReportDocument ReportBuilder::meetingDocument(Id meetingId, const ReportOptions &options) const
{
    return options.kind == ReportOptions::Kind::Minutes ? minutes(meetingId, options) : agenda(meetingId, options);
}

namespace {

/** Title, dates, time zone, where and how to join: the logistics both documents open with. Never a passcode. */
void addLogistics(ReportDocument &doc, const Meeting &m)
{
    doc.paragraph(dates(m));
    if (!m.timeZone.isEmpty()) {
        const QTimeZone zone(m.timeZone.toUtf8());
        const QString name = zone.isValid()
                                 ? zone.displayName(QDateTime(m.startDate, QTime(12, 0), zone), QTimeZone::LongName)
                                 : QString();
        doc.note(name.isEmpty() || name == m.timeZone
                     ? ReportBuilder::tr("All times are %1.").arg(m.timeZone)
                     : ReportBuilder::tr("All times are %1 (%2).").arg(m.timeZone, name));
    }
    QList<QPair<QString, QString>> facts;
    if (!m.location.isEmpty())
        facts.append({ReportBuilder::tr("Where"), m.location});
    if (!m.joinUrl.isEmpty())
        facts.append({ReportBuilder::tr("Join"), ReportBuilder::printableJoinUrl(m.joinUrl)});
    if (!m.meetingCode.isEmpty())
        facts.append({ReportBuilder::tr("Meeting ID"), m.meetingCode});
    for (const DialIn &d : m.dialIns)
        facts.append(
            {ReportBuilder::tr("Phone"), d.label.isEmpty() ? d.number : d.label + QLatin1String(": ") + d.number});
    if (!m.sipAddress.isEmpty())
        facts.append({ReportBuilder::tr("SIP"), m.sipAddress});
    if (!m.passcodeHint.isEmpty())
        facts.append({ReportBuilder::tr("Passcode"), m.passcodeHint});
    if (!facts.isEmpty())
        doc.facts(facts);
    if (!m.description.trimmed().isEmpty())
        doc.markdown(m.description);
}

QString dayHeading(const MeetingDay &day, int number)
{
    return ReportBuilder::tr("Day %1: %2").arg(number).arg(longDate(day.date));
}

/** "11:00–12:30  Build system — moderator: Kian-Tat Lim"; the time is that of the entries the block holds. */
QString blockTitle(const AgendaEntry &block, const MeetingData &d)
{
    const QString moderator = d.names.person(block.moderatorId);
    QString text = block.title;
    if (!moderator.isEmpty()) {
        text = text.isEmpty() ? ReportBuilder::tr("Moderator: %1").arg(moderator)
                              : ReportBuilder::tr("%1 \u2014 moderator: %2").arg(text, moderator);
    }
    QTime start;
    QTime end;
    for (Id id : d.agenda.children(block.dayId, block.id)) {
        const AgendaEntry *e = d.agenda.entry(id);
        if (!e->startTime.isValid())
            continue;
        if (!start.isValid() || e->startTime < start)
            start = e->startTime;
        const QTime until = e->startTime.addSecs(qMax(0, e->durationMinutes) * 60);
        if (!end.isValid() || until > end)
            end = until;
    }
    if (!start.isValid())
        return text;
    return ReportBuilder::timeRange(start, int(start.secsTo(end) / 60)) + QLatin1String("  ") + text;
}

/** The entries of a day in reading order: blocks followed by what they hold. */
QList<const AgendaEntry *> dayEntries(const MeetingData &d, const MeetingDay &day)
{
    QList<const AgendaEntry *> list;
    for (Id id : d.agenda.children(day.id, 0)) {
        const AgendaEntry *e = d.agenda.entry(id);
        list << e;
        if (e->kind == AgendaEntry::Kind::Block) {
            for (Id child : d.agenda.children(day.id, id))
                list << d.agenda.entry(child);
        }
    }
    return list;
}

/** The participants, in two runs side by side when the list is long, so that it takes half the height. */
void addParticipantTable(ReportDocument &doc, const MeetingData &d, bool withAttendance)
{
    if (d.participants.isEmpty())
        return;
    doc.heading(ReportBuilder::tr("Participants"), 2);
    const int runs = d.participants.size() > 8 ? 2 : 1;
    const int perRun = int((d.participants.size() + runs - 1) / runs);
    ReportTable table;
    for (int run = 0; run < runs; ++run) {
        table.headers << ReportBuilder::tr("Name") << ReportBuilder::tr("Role");
        if (withAttendance)
            table.headers << ReportBuilder::tr("Attendance");
        if (withAttendance)
            table.widths << (runs == 1 ? QList<int>{50, 25, 25} : QList<int>{20, 15, 15});
        else
            table.widths << (runs == 1 ? QList<int>{62, 38} : QList<int>{30, 20});
    }
    for (int i = 0; i < perRun; ++i) {
        ReportRow row;
        for (int run = 0; run < runs; ++run) {
            const int index = run * perRun + i;
            if (index >= d.participants.size())
                break;
            const Participant &p = d.participants.at(index);
            row.cells << d.names.person(p.personId) << Participant::roleName(p.role);
            if (withAttendance)
                row.cells << Participant::attendanceName(p.attendance);
        }
        table.rows << row;
    }
    doc.table(table);
}

QString actionLine(const ActionItem &a, const MeetingData &d)
{
    QStringList details;
    const QString who = d.names.joinAssignees(a.assignees);
    if (!who.isEmpty())
        details << who;
    if (a.dueDate.isValid())
        details << ReportBuilder::tr("due %1").arg(shortDate(a.dueDate));
    if (!a.externalRef.isEmpty())
        details << a.externalRef;
    QString line = (a.done ? Done : Open) + QLatin1Char(' ') + a.description;
    if (!details.isEmpty())
        line += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
    return line;
}

} // namespace

ReportDocument ReportBuilder::agenda(Id meetingId, const ReportOptions &options) const
{
    const MeetingData d = load(m_db, meetingId);
    const bool moderator = options.variant == ReportOptions::Variant::Moderator;
    ReportDocument doc;
    doc.title = title(ReportOptions::Kind::Agenda, d.meeting.title);
    doc.pageHeader = d.meeting.title;
    doc.kindName = moderator ? tr("Agenda (moderator copy)") : tr("Agenda");
    doc.generated = options.generated;
    doc.heading(d.meeting.title, 1);
    addLogistics(doc, d.meeting);

    for (int i = 0; i < d.agenda.days.size(); ++i) {
        const MeetingDay &day = d.agenda.days.at(i);
        doc.heading(dayHeading(day, i + 1), 2);
        const QList<const AgendaEntry *> entries = dayEntries(d, day);
        if (entries.isEmpty()) {
            doc.note(tr("Nothing is planned for this day."));
            continue;
        }
        ReportTable table;
        if (moderator) {
            table.headers = {tr("Time"), tr("Min."), tr("Topic"), tr("Coordinators")};
            table.widths = {15, 7, 50, 28};
        } else {
            table.headers = {tr("Time"), tr("Topic"), tr("Coordinators")};
            table.widths = {15, 55, 30};
        }
        table.noWrap = {0};
        for (const AgendaEntry *e : entries) {
            ReportRow row;
            if (e->kind == AgendaEntry::Kind::Block) {
                row.style = ReportRow::Style::Band;
                row.cells = {blockTitle(*e, d)};
                table.rows << row;
                continue;
            }
            row.style = e->kind == AgendaEntry::Kind::Topic ? ReportRow::Style::Normal : ReportRow::Style::Break;
            row.cells = {timeRange(e->startTime, e->durationMinutes)};
            if (moderator)
                row.cells << (e->durationMinutes >= 0 ? QString::number(e->durationMinutes) : QString());
            row.cells << e->title << d.names.joinPeople(e->coordinatorIds);
            table.rows << row;
            if (moderator && e->kind == AgendaEntry::Kind::Topic) {
                ReportRow detail;
                detail.style = ReportRow::Style::Detail;
                detail.markdown = d.linker.linkify(e->preNotes);
                detail.writingLines = 3;
                table.rows << detail;
            }
        }
        doc.table(table);
    }
    if (options.includeParticipants)
        addParticipantTable(doc, d, false);
    return doc;
}

ReportDocument ReportBuilder::minutes(Id meetingId, const ReportOptions &options) const
{
    const MeetingData d = load(m_db, meetingId);
    ReportDocument doc;
    doc.title = title(ReportOptions::Kind::Minutes, d.meeting.title);
    doc.pageHeader = d.meeting.title;
    doc.kindName = tr("Minutes");
    doc.generated = options.generated;
    doc.heading(doc.title, 1);
    addLogistics(doc, d.meeting);
    if (options.includeParticipants)
        addParticipantTable(doc, d, true);

    QHash<Id, QList<const ActionItem *>> actionsOf;
    for (const ActionItem &a : d.actions)
        actionsOf[a.entryId] << &a;

    for (int i = 0; i < d.agenda.days.size(); ++i) {
        const MeetingDay &day = d.agenda.days.at(i);
        doc.heading(dayHeading(day, i + 1), 2);
        const QList<const AgendaEntry *> entries = dayEntries(d, day);
        if (entries.isEmpty())
            doc.note(tr("Nothing was recorded for this day."));
        for (const AgendaEntry *e : entries) {
            const QString range = timeRange(e->startTime, e->durationMinutes);
            switch (e->kind) {
            case AgendaEntry::Kind::Block: doc.heading(blockTitle(*e, d), 3); continue;
            case AgendaEntry::Kind::Break:
            case AgendaEntry::Kind::Closing:
                doc.note(range.isEmpty() ? e->title : range + QLatin1String("  ") + e->title);
                continue;
            case AgendaEntry::Kind::Topic: break;
            }
            doc.heading(range.isEmpty() ? e->title : range + QLatin1String("  ") + e->title, 4);
            if (!e->coordinatorIds.isEmpty())
                doc.note(tr("Coordinators: %1").arg(d.names.joinPeople(e->coordinatorIds)));
            if (!e->preNotes.trimmed().isEmpty()) {
                doc.label(tr("Before the meeting:"));
                doc.markdown(d.linker.linkify(e->preNotes));
            }
            if (!e->runningNotes.trimmed().isEmpty()) {
                doc.label(tr("Notes:"));
                doc.markdown(d.linker.linkify(e->runningNotes));
            }
            const QList<const ActionItem *> actions = actionsOf.value(e->id);
            if (!actions.isEmpty()) {
                doc.label(tr("Action items:"));
                for (const ActionItem *a : actions)
                    doc.paragraph(actionLine(*a, d));
            }
        }
    }

    // Action items recorded for the meeting as a whole (or under an entry since removed).
    QList<const ActionItem *> loose;
    for (const ActionItem &a : d.actions) {
        if (!d.agenda.entry(a.entryId))
            loose << &a;
    }
    if (!loose.isEmpty()) {
        doc.heading(tr("Other action items"), 3);
        for (const ActionItem *a : loose)
            doc.paragraph(actionLine(*a, d));
    }

    if (options.includeActionTable && !d.actions.isEmpty()) {
        doc.heading(tr("Action items"), 2);
        ReportTable table;
        table.headers = {tr("Done"), tr("Action"), tr("Assigned to"), tr("Due"), tr("Agenda entry")};
        table.widths = {7, 41, 20, 14, 18};
        table.noWrap = {3};
        for (const ActionItem &a : d.actions) {
            QString text = a.description;
            if (!a.externalRef.isEmpty())
                text += QStringLiteral(" (") + a.externalRef + QLatin1Char(')');
            table.rows << ReportRow{ReportRow::Style::Normal,
                                    {a.done ? Done : Open, text, d.names.joinAssignees(a.assignees),
                                     shortDate(a.dueDate), d.entryTitle(a.entryId)},
                                    {},
                                    0};
        }
        doc.table(table);
    }
    if (options.includeAttachments && !d.attachments.isEmpty()) {
        doc.heading(tr("Attachments"), 2);
        ReportTable table;
        table.headers = {tr("File"), tr("Size"), tr("Agenda entry"), tr("Uploaded by")};
        table.widths = {40, 12, 28, 20};
        const QLocale locale;
        for (const Attachment &a : d.attachments)
            table.rows << ReportRow{
                ReportRow::Style::Normal,
                {a.fileName, locale.formattedDataSize(a.size), d.entryTitle(a.entryId), d.names.person(a.uploadedBy)},
                {},
                0};
        doc.table(table);
    }
    return doc;
}

ReportDocument ReportBuilder::actions(const QList<ActionExportRow> &rows, const ReportOptions &options,
                                      const QString &filters)
{
    ReportDocument doc;
    doc.title = title(ReportOptions::Kind::Actions, QString());
    doc.pageHeader = doc.title;
    doc.kindName = options.grouping == ReportOptions::Grouping::ByAssignee ? tr("By assignee") : tr("By meeting");
    doc.generated = options.generated;
    doc.heading(doc.title, 1);
    int open = 0;
    int overdue = 0;
    for (const ActionExportRow &r : rows) {
        open += !r.item.done;
        overdue += r.item.isOverdue(options.today);
    }
    doc.paragraph(tr("%1 action items: %2 open, %3 of them overdue on %4.")
                      .arg(rows.size())
                      .arg(open)
                      .arg(overdue)
                      .arg(shortDate(options.today)));
    if (!filters.isEmpty())
        doc.note(tr("Filters: %1").arg(filters));
    if (rows.isEmpty())
        return doc;

    const auto due = [&options](const ActionItem &a) {
        if (!a.dueDate.isValid())
            return QString();
        return a.isOverdue(options.today) ? tr("%1 (overdue)").arg(shortDate(a.dueDate)) : shortDate(a.dueDate);
    };
    const auto meetingName
        = [](const ActionExportRow &r) { return shortDate(r.meetingDate) + QLatin1Char(' ') + r.meetingTitle; };

    // Groups in order: names alphabetically (actions without an assignee last, as "Unassigned"), meetings by date.
    QList<QPair<QString, QList<const ActionExportRow *>>> groups;
    const auto groupOf = [&groups](const QString &name) -> QList<const ActionExportRow *> & {
        for (auto &g : groups) {
            if (g.first == name)
                return g.second;
        }
        groups.append({name, {}});
        return groups.last().second;
    };
    const bool byAssignee = options.grouping == ReportOptions::Grouping::ByAssignee;
    for (const ActionExportRow &r : rows) {
        if (!byAssignee) {
            groupOf(meetingName(r)) << &r;
        } else if (r.assigneeNames.isEmpty()) {
            groupOf(QString()) << &r;
        } else {
            for (const QString &name : r.assigneeNames)
                groupOf(name) << &r;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(groups.begin(), groups.end(), [&](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return byAssignee ? collator.compare(a.first, b.first) < 0 : a.first < b.first;
    });

    for (const auto &group : groups) {
        doc.heading(group.first.isEmpty() ? tr("Unassigned") : group.first, 2);
        ReportTable table;
        if (byAssignee) {
            table.headers = {tr("Done"), tr("Action"), tr("Due"), tr("Meeting")};
            table.widths = {7, 48, 17, 28};
            table.noWrap = {2};
        } else {
            table.headers = {tr("Done"), tr("Action"), tr("Assigned to"), tr("Due")};
            table.widths = {7, 51, 25, 17};
            table.noWrap = {3};
        }
        for (const ActionExportRow *r : group.second) {
            QString text = r->item.description;
            if (!r->item.externalRef.isEmpty())
                text += QStringLiteral(" (") + r->item.externalRef + QLatin1Char(')');
            ReportRow row;
            row.cells = {r->item.done ? Done : Open, text};
            if (byAssignee)
                row.cells << due(r->item) << meetingName(*r);
            else
                row.cells << r->assignees << due(r->item);
            table.rows << row;
        }
        doc.table(table);
    }
    return doc;
}

} // namespace Quorum
