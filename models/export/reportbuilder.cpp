// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "agenda/agendastate.h"
#include "data/meetingtitle.h"
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

// Dates as the window shows them: the locale's long format for days, its short one in tables.
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString dates(const Meeting &m)
{
    if (!m.endDate.isValid() || m.endDate == m.startDate)
        return longDate(m.startDate);
    return longDate(m.startDate) + QStringLiteral(" \u2013 ") + longDate(m.endDate);
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/** An action item's text with its ticket, for a table cell. */
QString actionText(const ActionItem &a)
{
    return a.externalRef.isEmpty() ? a.description
                                   : a.description + QStringLiteral(" (") + a.externalRef + QLatin1Char(')');
}

/** A date kept on one line: a table cell may break between its words otherwise. */
QString unbroken(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char(' '), QChar(0x00a0));
    return out;
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

/**
 * The participants, in two runs side by side when the list is long, so that it takes half the
 * height; each printed page reads down the first run, then the second.
 */
void addParticipantTable(ReportDocument &doc, const MeetingData &d, bool withAttendance)
{
    if (d.participants.isEmpty())
        return;
    doc.heading(ReportBuilder::tr("Participants"), 2);
    ReportTable table;
    table.runs = d.participants.size() > 8 ? 2 : 1;
    table.continuedHeading = ReportBuilder::tr("Participants (continued)");
    table.headers << ReportBuilder::tr("Name") << ReportBuilder::tr("Role");
    if (withAttendance) {
        table.headers << ReportBuilder::tr("Attendance");
        table.widths = table.runs == 1 ? QList<int>{50, 25, 25} : QList<int>{40, 28, 32};
    } else {
        table.widths = table.runs == 1 ? QList<int>{62, 38} : QList<int>{60, 40};
    }
    for (const Participant &p : d.participants) {
        ReportRow row;
        row.cells << d.names.person(p.personId) << Participant::roleName(p.role);
        if (withAttendance)
            row.cells << Participant::attendanceName(p.attendance);
        table.rows << row;
    }
    doc.table(table);
}

/** An action item in the minutes' running text: who first, then what, when and the ticket. */
ReportTask actionTask(const ActionItem &a, const MeetingData &d, const QDate &today)
{
    ReportTask task;
    task.done = a.done;
    task.who = d.names.joinAssignees(a.assignees);
    task.text = a.description;
    if (a.dueDate.isValid()) {
        task.overdue = a.isOverdue(today);
        const QString due = unbroken(shortDate(a.dueDate));
        task.details << (task.overdue ? ReportBuilder::tr("due %1, overdue").arg(due)
                                      : ReportBuilder::tr("due %1").arg(due));
    }
    if (!a.externalRef.isEmpty())
        task.details << a.externalRef;
    return task;
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
        table.continuedHeading = tr("%1 (continued)").arg(dayHeading(day, i + 1));
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
                QList<ReportTask> tasks;
                for (const ActionItem *a : actions)
                    tasks << actionTask(*a, d, options.today);
                doc.tasks(tasks);
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
        QList<ReportTask> tasks;
        for (const ActionItem *a : loose)
            tasks << actionTask(*a, d, options.today);
        doc.tasks(tasks);
    }

    if (options.includeActionTable && !d.actions.isEmpty()) {
        doc.heading(tr("Action items"), 2);
        ReportTable table;
        table.headers = {tr("Done"), tr("Assigned to"), tr("Action"), tr("Due"), tr("Agenda entry")};
        table.widths = {7, 19, 38, 19, 17};
        table.noWrap = {3};
        table.checkColumn = 0;
        table.taskColumn = 2;
        table.continuedHeading = tr("Action items (continued)");
        for (const ActionItem &a : d.actions) {
            ReportRow row;
            row.done = a.done;
            row.cells = {QString(), d.names.joinAssignees(a.assignees), actionText(a), unbroken(shortDate(a.dueDate)),
                         d.entryTitle(a.entryId)};
            if (a.isOverdue(options.today)) {
                row.cells[3] += QLatin1Char('\n') + tr("overdue");
                row.alerts = {3};
            }
            table.rows << row;
        }
        doc.table(table);
    }
    if (options.includeAttachments && !d.attachments.isEmpty()) {
        doc.heading(tr("Attachments"), 2);
        ReportTable table;
        table.continuedHeading = tr("Attachments (continued)");
        table.headers = {tr("File"), tr("Size"), tr("Agenda entry"), tr("Uploaded by")};
        table.widths = {40, 12, 28, 20};
        const QLocale locale;
        for (const Attachment &a : d.attachments) {
            ReportRow row;
            row.cells
                = {a.fileName, locale.formattedDataSize(a.size), d.entryTitle(a.entryId), d.names.person(a.uploadedBy)};
            table.rows << row;
        }
        doc.table(table);
    }
    return doc;
}

QString ReportBuilder::meetingLabel(const QString &title, const QString &seriesName, const QDate &date)
{
    // Longer than this, the middle words give way to "…": the first and last words tell meetings apart.
    constexpr qsizetype MaxTitle = 30;
    QString rest = MeetingTitle::shorten(title, seriesName);
    if (rest.size() > MaxTitle) {
        const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList head;
        QStringList tail;
        qsizetype length = 2; // " …"
        for (qsizetype i = 0, j = words.size() - 1; i <= j;) {
            const bool fromHead = head.size() <= tail.size();
            const QString &word = words.at(fromHead ? i : j);
            if (length + word.size() + 1 > MaxTitle)
                break;
            length += word.size() + 1;
            if (fromHead) {
                head << word;
                ++i;
            } else {
                tail.prepend(word);
                --j;
            }
        }
        rest = head.isEmpty() ? rest.left(MaxTitle - 1) + QStringLiteral("\u2026")
                              : (head + QStringList{QStringLiteral("\u2026")} + tail).join(QLatin1Char(' '));
    }
    const QString day = unbroken(shortDate(date));
    return rest.isEmpty() ? day : day + QLatin1Char(' ') + rest;
}

ReportDocument ReportBuilder::actions(const QList<ActionExportRow> &rows, const ReportOptions &options,
                                      const ActionReportScope &scope)
{
    ReportDocument doc;
    doc.title = scope.title.isEmpty() ? title(ReportOptions::Kind::Actions, QString()) : scope.title;
    doc.pageHeader = doc.title;
    doc.kindName = options.grouping == ReportOptions::Grouping::ByAssignee ? tr("By assignee") : tr("By meeting");
    doc.generated = options.generated;
    doc.heading(doc.title, 1);
    if (!scope.facts.isEmpty())
        doc.facts(scope.facts);
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
    if (overdue > 0)
        doc.note(tr("\u26a0 marks a due date that has passed."));
    if (rows.isEmpty())
        return doc;

    // Groups in order: names alphabetically (actions without an assignee last, as "Unassigned"), meetings by date.
    struct Group
    {
        QString name;
        QDate date;
        QList<const ActionExportRow *> rows;
    };
    QList<Group> groups;
    const auto groupOf = [&groups](const QString &name, const QDate &date) -> QList<const ActionExportRow *> & {
        for (Group &g : groups) {
            if (g.name == name && g.date == date)
                return g.rows;
        }
        groups.append({name, date, {}});
        return groups.last().rows;
    };
    const bool byAssignee = options.grouping == ReportOptions::Grouping::ByAssignee;
    for (const ActionExportRow &r : rows) {
        if (!byAssignee) {
            groupOf(shortDate(r.meetingDate) + QLatin1Char(' ') + r.meetingTitle, r.meetingDate) << &r;
        } else if (r.assigneeNames.isEmpty()) {
            groupOf(QString(), {}) << &r;
        } else {
            for (const QString &name : r.assigneeNames)
                groupOf(name, {}) << &r;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) {
        if (!byAssignee)
            return a.date < b.date;
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        return collator.compare(a.name, b.name) < 0;
    });

    for (const Group &group : groups) {
        const QString heading = group.name.isEmpty() ? tr("Unassigned") : group.name;
        doc.heading(heading, 2);
        ReportTable table;
        table.continuedHeading = tr("%1 (continued)").arg(heading);
        table.checkColumn = 0;
        int dueColumn = 0;
        if (byAssignee) {
            table.headers = {tr("Done"), tr("Action"), tr("Due"), tr("Meeting")};
            table.widths = {7, 44, 19, 30};
            table.taskColumn = 1;
            dueColumn = 2;
            table.noWrap = {dueColumn};
        } else {
            table.headers = {tr("Done"), tr("Assigned to"), tr("Action"), tr("Due")};
            table.widths = {7, 24, 50, 19};
            table.taskColumn = 2;
            dueColumn = 3;
            table.noWrap = {dueColumn};
        }
        for (const ActionExportRow *r : group.rows) {
            ReportRow row;
            row.done = r->item.done;
            QString due = unbroken(shortDate(r->item.dueDate));
            if (r->item.isOverdue(options.today)) {
                due += QLatin1Char('\n') + tr("overdue");
                row.alerts = {dueColumn};
            }
            if (byAssignee)
                row.cells = {QString(), actionText(r->item), due,
                             meetingLabel(r->meetingTitle, r->seriesName, r->meetingDate)};
            else
                row.cells = {QString(), r->assignees, actionText(r->item), due};
            table.rows << row;
        }
        doc.table(table);
    }
    return doc;
}

} // namespace Quorum
