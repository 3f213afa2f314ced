// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "agenda/agendastate.h"
#include "agenda/liverun.h"
#include "data/meetingtitle.h"
#include "document/meetingreader.h"
#include "i18n/localeformat.h"
#include "notes/ticketlinker.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"

#include <QCollator>
#include <QTimeZone>

#include <cmath>

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
    QList<Decision> decisions;
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
    d.decisions = std::move(content.decisions);
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

namespace {

// The command line's words for the document kinds, in the order its messages list them.
const std::pair<ReportOptions::Kind, const char *> KindKeys[] = {
    {ReportOptions::Kind::Agenda, "agenda"},       {ReportOptions::Kind::Minutes, "minutes"},
    {ReportOptions::Kind::RunSheet, "run-sheet"},  {ReportOptions::Kind::Actions, "actions"},
    {ReportOptions::Kind::Decisions, "decisions"},
};

} // namespace

QString ReportOptions::kindKey(Kind kind)
{
    for (const auto &k : KindKeys) {
        if (k.first == kind)
            return QLatin1String(k.second);
    }
    return {};
}

bool ReportOptions::kindFromKey(const QString &key, Kind *kind)
{
    for (const auto &k : KindKeys) {
        if (key == QLatin1String(k.second)) {
            *kind = k.first;
            return true;
        }
    }
    return false;
}

QStringList ReportOptions::kindKeys()
{
    QStringList keys;
    for (const auto &k : KindKeys)
        keys << QLatin1String(k.second);
    return keys;
}

ReportBuilder::ReportBuilder(const Database &db)
    : m_db(db)
{ }

QString ReportBuilder::timeRange(const QTime &start, int durationMinutes, const QLocale &locale)
{
    if (!start.isValid())
        return {};
    const QString from = LocaleFormat::time(start, locale);
    if (durationMinutes <= 0)
        return from;
    return from + Dash + LocaleFormat::time(start.addSecs(durationMinutes * 60), locale);
}

Id ReportBuilder::defaultMeeting(const Database &db)
{
    const QSqlDatabase c = db.connection();
    QList<MeetingSummary> meetings = MeetingRepository(c).summaries();
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const MeetingSummary &a, const MeetingSummary &b) { return a.startDate > b.startDate; });
    // The newest with a record of what was said, else the newest with an agenda, else the newest.
    Id planned = 0;
    for (const MeetingSummary &m : meetings) {
        const QList<AgendaEntry> agenda = AgendaRepository(c).forMeeting(m.id);
        if (std::any_of(agenda.cbegin(), agenda.cend(), [](const AgendaEntry &e) { return !e.runningNotes.isEmpty(); }))
            return m.id;
        if (!planned && !agenda.isEmpty())
            planned = m.id;
    }
    return planned ? planned : meetings.isEmpty() ? 0 : meetings.constFirst().id;
}

QString ReportBuilder::title(ReportOptions::Kind kind, const QString &meetingTitle)
{
    switch (kind) {
    case ReportOptions::Kind::Agenda: return meetingTitle;
    case ReportOptions::Kind::Minutes: return tr("Minutes: %1").arg(meetingTitle);
    case ReportOptions::Kind::Actions: return tr("Action items");
    case ReportOptions::Kind::Decisions: return tr("Decision register");
    case ReportOptions::Kind::RunSheet: return tr("Run sheet: %1").arg(meetingTitle);
    }
    return meetingTitle;
}

ReportDocument ReportBuilder::meetingDocument(Id meetingId, const ReportOptions &options) const
{
    switch (options.kind) {
    case ReportOptions::Kind::Minutes: return minutes(meetingId, options);
    case ReportOptions::Kind::RunSheet: return runSheet(meetingId, options);
    case ReportOptions::Kind::Agenda:
    case ReportOptions::Kind::Actions:
    case ReportOptions::Kind::Decisions: break;
    }
    return agenda(meetingId, options);
}

namespace {

/** The meeting's dates and the time zone its times are in. */
void addDates(ReportDocument &doc, const Meeting &m)
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
}

/** Dates, time zone, where and how to join: the logistics the agenda and the minutes open with. Never a passcode. */
void addLogistics(ReportDocument &doc, const Meeting &m)
{
    addDates(doc, m);
    QList<QPair<QString, QString>> facts;
    if (!m.location.isEmpty())
        facts.append({ReportBuilder::tr("Where"), m.location});
    if (const QString join = Meeting::printableJoinUrl(m.joinUrl); !join.isEmpty())
        facts.append({ReportBuilder::tr("Join"), join});
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

/** "Build system — moderator: Kian-Tat Lim": a block's title and who chairs it. */
QString blockName(const AgendaEntry &block, const MeetingData &d)
{
    const QString moderator = d.names.person(block.moderatorId);
    if (moderator.isEmpty())
        return block.title;
    return block.title.isEmpty() ? ReportBuilder::tr("Moderator: %1").arg(moderator)
                                 : ReportBuilder::tr("%1 \u2014 moderator: %2").arg(block.title, moderator);
}

/** "11:00–12:30  Build system — moderator: Kian-Tat Lim"; the time is that of the entries the block holds. */
QString blockTitle(const AgendaEntry &block, const MeetingData &d)
{
    const QString text = blockName(block, d);
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

QString clock(const QTime &time)
{
    return LocaleFormat::time(time);
}

/** "09:02–09:27", or "" without a start. */
QString clockRange(const QTime &from, const QTime &to)
{
    if (!from.isValid())
        return {};
    return to.isValid() ? clock(from) + Dash + clock(to) : clock(from);
}

/** A difference in minutes as a table shows it: "+9", "−4" or "±0". */
QString signedMinutes(int minutes)
{
    if (minutes > 0)
        return QLatin1Char('+') + QString::number(minutes);
    if (minutes < 0)
        return QStringLiteral("\u2212") + QString::number(-minutes);
    return QStringLiteral("\u00b10");
}

/**
 * One day's run as the printed documents show it, in the meeting's time zone: the plan as it
 * stood when the run began (LiveRun's original plan; the plan itself before) beside what was
 * held. Minutes held leave pauses out.
 */
class DayTiming
{
public:
    /** Sums over some entries of the day (a block's, or all). */
    struct Totals
    {
        QTime plannedStart;
        QTime plannedEnd;
        int plannedMinutes = 0;
        QTime heldStart;
        QTime heldEnd;
        int heldMinutes = 0;
        int reachedMinutes = 0; ///< planned minutes of the entries held, skipped or parked
        int held = 0;
        bool complete = true; ///< none is running or still to come on a day that runs
    };

    DayTiming(const MeetingData &d, const MeetingDay &day)
        : m_run(d.agenda, day.id, LiveRun::zone(d.meeting.timeZone))
    { }

    const LiveRun &run() const { return m_run; }

    /** The planned start, or an invalid time. */
    QTime plannedStart(Id id) const { return m_run.originalStart(id).time(); }
    /** "09:00–09:15" in the original plan. */
    QString plannedRange(Id id) const { return ReportBuilder::timeRange(plannedStart(id), m_run.originalMinutes(id)); }
    /** The planned minutes, or "" when the entry has no duration. */
    QString plannedMinutes(Id id) const
    {
        const AgendaEntry *e = m_run.state().entry(id);
        if (!e->originalStart.isValid() && e->durationMinutes < 0)
            return {};
        return QString::number(m_run.originalMinutes(id));
    }
    /** Minutes held, pauses left out; only for an entry that ended. */
    int heldMinutes(Id id) const
    {
        const AgendaEntry *e = m_run.state().entry(id);
        return int(std::lround(double(m_run.elapsedSeconds(id, e->actualEnd)) / 60.0));
    }
    /**
     * What happened to the entry: "09:02–09:27", "since 09:40" while it runs, "skipped", "parked",
     * "not held" when the day ended before it, "now 10:10–10:40" when re-timing moved it on a day
     * that runs, or "".
     */
    QString held(Id id) const
    {
        const AgendaEntry *e = m_run.state().entry(id);
        switch (m_run.stateOf(id)) {
        case LiveRun::State::Done: return clockRange(local(e->actualStart), local(e->actualEnd));
        case LiveRun::State::Running: return ReportBuilder::tr("since %1").arg(clock(local(e->actualStart)));
        case LiveRun::State::Skipped: return ReportBuilder::tr("skipped");
        case LiveRun::State::Parked: return ReportBuilder::tr("parked");
        case LiveRun::State::Upcoming: break;
        }
        if (m_run.isEnded())
            return ReportBuilder::tr("not held");
        if (m_run.isLive()
            && (m_run.plannedStart(id) != m_run.originalStart(id) || e->plannedMinutes() != m_run.originalMinutes(id)))
            return ReportBuilder::tr("now %1").arg(ReportBuilder::timeRange(e->startTime, e->plannedMinutes()));
        return {};
    }
    /** The minutes held, or "" when the entry did not end. */
    QString heldMinutesText(Id id) const
    {
        return m_run.stateOf(id) == LiveRun::State::Done ? QString::number(heldMinutes(id)) : QString();
    }
    /** More (+) or fewer (−) minutes held than planned, for an entry held, skipped or parked. */
    QString difference(Id id) const
    {
        switch (m_run.stateOf(id)) {
        case LiveRun::State::Done: return signedMinutes(heldMinutes(id) - m_run.originalMinutes(id));
        case LiveRun::State::Skipped:
        case LiveRun::State::Parked: return signedMinutes(-m_run.originalMinutes(id));
        case LiveRun::State::Running:
        case LiveRun::State::Upcoming: break;
        }
        return {};
    }

    Totals totals(const QList<Id> &ids) const
    {
        Totals t;
        for (Id id : ids) {
            const AgendaEntry *e = m_run.state().entry(id);
            const QTime start = plannedStart(id);
            const int minutes = m_run.originalMinutes(id);
            if (start.isValid()) {
                const QTime end = start.addSecs(minutes * 60);
                t.plannedStart = t.plannedStart.isValid() ? qMin(t.plannedStart, start) : start;
                t.plannedEnd = t.plannedEnd.isValid() ? qMax(t.plannedEnd, end) : end;
            }
            t.plannedMinutes += minutes;
            switch (m_run.stateOf(id)) {
            case LiveRun::State::Done: {
                const QTime from = local(e->actualStart);
                const QTime to = local(e->actualEnd);
                t.heldStart = t.heldStart.isValid() ? qMin(t.heldStart, from) : from;
                t.heldEnd = t.heldEnd.isValid() ? qMax(t.heldEnd, to) : to;
                t.heldMinutes += heldMinutes(id);
                t.reachedMinutes += minutes;
                ++t.held;
                break;
            }
            case LiveRun::State::Skipped:
            case LiveRun::State::Parked: t.reachedMinutes += minutes; break;
            case LiveRun::State::Running: t.complete = false; break;
            case LiveRun::State::Upcoming:
                // Once the day ended, what it did not reach was not held; before, it is still to come.
                t.complete = t.complete && m_run.isEnded();
                break;
            }
        }
        return t;
    }

    static QString plannedRange(const Totals &t) { return clockRange(t.plannedStart, t.plannedEnd); }
    static QString heldRange(const Totals &t) { return t.held ? clockRange(t.heldStart, t.heldEnd) : QString(); }
    static QString heldMinutes(const Totals &t) { return t.held ? QString::number(t.heldMinutes) : QString(); }
    /** Minutes held less those planned for what was reached (held, skipped or parked); "" before any. */
    static QString difference(const Totals &t)
    {
        return t.held || t.reachedMinutes ? signedMinutes(t.heldMinutes - t.reachedMinutes) : QString();
    }

    /** "held 09:02–10:41 (99 min, +9)", "held so far 09:02–10:10 (…)", or "" when nothing was held. */
    static QString heldText(const Totals &t)
    {
        if (!t.held)
            return {};
        const QString range = heldRange(t);
        const QString minutes = ReportBuilder::tr("%1 min, %2").arg(t.heldMinutes).arg(difference(t));
        return t.complete ? ReportBuilder::tr("held %1 (%2)").arg(range, minutes)
                          : ReportBuilder::tr("held so far %1 (%2)").arg(range, minutes);
    }

    /** A sentence on how the day ran: not yet, running since, or when it ended against the plan. */
    QString summary() const
    {
        const MeetingDay *day = m_run.day();
        if (!m_run.isStarted())
            return ReportBuilder::tr("Not held yet: the times are those planned.");
        const QString start = clock(local(day->actualStart));
        if (!m_run.isEnded())
            return ReportBuilder::tr("The day's run started at %1 and has not ended; planned times are the plan "
                                     "as it stood then.")
                .arg(start);
        const QString range = clockRange(local(day->actualStart), local(day->actualEnd));
        QDateTime plannedEnd;
        for (Id id : m_run.timeline()) {
            const QDateTime end = m_run.originalEnd(id);
            if (end.isValid() && (!plannedEnd.isValid() || end > plannedEnd))
                plannedEnd = end;
        }
        if (!plannedEnd.isValid())
            return ReportBuilder::tr("Held %1.").arg(range);
        const int late = int(std::lround(double(plannedEnd.secsTo(day->actualEnd)) / 60.0));
        const QString planned = clock(plannedEnd.toTimeZone(m_run.timeZone()).time());
        if (late > 0)
            return ReportBuilder::tr("Held %1: ended %2 min after the planned end (%3).")
                .arg(range)
                .arg(late)
                .arg(planned);
        if (late < 0)
            return ReportBuilder::tr("Held %1: ended %2 min before the planned end (%3).")
                .arg(range)
                .arg(-late)
                .arg(planned);
        return ReportBuilder::tr("Held %1: ended as planned (%2).").arg(range, planned);
    }

private:
    QTime local(const QDateTime &instant) const
    {
        const QTime t = instant.toTimeZone(m_run.timeZone()).time();
        return QTime(t.hour(), t.minute());
    }

    LiveRun m_run;
};

/** Which copy of a day's agenda a table is. */
enum class Copy { Participant, Moderator, RunSheet };

/** "25 (+10)": minutes and their difference in one cell; either alone when the other is empty. */
QString withDifference(const QString &minutes, const QString &difference)
{
    if (minutes.isEmpty() || difference.isEmpty())
        return minutes;
    return QStringLiteral("%1 (%2)").arg(minutes, difference);
}

/**
 * A day's agenda as a table: the participant copy (time, topic, coordinators), the moderator copy
 * (with minutes, the pre-meeting notes and room to write), or the run sheet (timing given: the
 * original plan, what was held, the pre-meeting notes and the day's total).
 */
ReportTable dayTable(const MeetingData &d, const MeetingDay &day, int number, Copy copy, const DayTiming *timing)
{
    ReportTable table;
    table.continuedHeading = ReportBuilder::tr("%1 (continued)").arg(dayHeading(day, number));
    switch (copy) {
    case Copy::Participant:
        table.headers = {ReportBuilder::tr("Time"), ReportBuilder::tr("Topic"), ReportBuilder::tr("Coordinators")};
        table.widths = {15, 55, 30};
        table.noWrap = {0};
        break;
    case Copy::Moderator:
        table.headers = {ReportBuilder::tr("Time"), ReportBuilder::tr("Min."), ReportBuilder::tr("Topic"),
                         ReportBuilder::tr("Coordinators")};
        table.widths = {15, 7, 50, 28};
        table.noWrap = {0};
        break;
    case Copy::RunSheet:
        table.headers = {ReportBuilder::tr("Planned"),      ReportBuilder::tr("Min."), ReportBuilder::tr("Topic"),
                         ReportBuilder::tr("Coordinators"), ReportBuilder::tr("Held"), ReportBuilder::tr("Min.")};
        table.widths = {15, 6, 31, 19, 17, 12};
        table.noWrap = {0, 4, 5};
        break;
    }
    for (const AgendaEntry *e : dayEntries(d, day)) {
        ReportRow row;
        if (e->kind == AgendaEntry::Kind::Block) {
            row.style = ReportRow::Style::Band;
            if (timing) {
                const DayTiming::Totals t = timing->totals(d.agenda.children(day.id, e->id));
                QString text = blockName(*e, d);
                if (t.plannedStart.isValid())
                    text = DayTiming::plannedRange(t) + QLatin1String("  ") + text;
                const QString held = DayTiming::heldText(t);
                row.cells = {held.isEmpty() ? text : text + QStringLiteral(" \u00b7 ") + held};
            } else {
                row.cells = {blockTitle(*e, d)};
            }
            table.rows << row;
            continue;
        }
        row.style = e->kind == AgendaEntry::Kind::Topic ? ReportRow::Style::Normal : ReportRow::Style::Break;
        if (timing) {
            row.cells = {timing->plannedRange(e->id), timing->plannedMinutes(e->id)};
        } else {
            row.cells = {ReportBuilder::timeRange(e->startTime, e->durationMinutes)};
            if (copy == Copy::Moderator)
                row.cells << (e->durationMinutes >= 0 ? QString::number(e->durationMinutes) : QString());
        }
        // The parking lot: a topic scheduled from it says where it comes from.
        const QString title
            = e->carriedFromDate.isValid()
                  ? ReportBuilder::tr("%1 (carried from %2)").arg(e->title, e->carriedFromDate.toString(Qt::ISODate))
                  : e->title;
        row.cells << title << d.names.joinPeople(e->coordinatorIds);
        if (timing) {
            // A skipped or parked entry took none of its minutes: "0 (−5)".
            const QString difference = timing->difference(e->id);
            const QString minutes = timing->heldMinutesText(e->id);
            row.cells << timing->held(e->id)
                      << withDifference(minutes.isEmpty() && !difference.isEmpty() ? QStringLiteral("0") : minutes,
                                        difference);
        }
        table.rows << row;
        const bool notes = copy == Copy::Moderator || !e->preNotes.trimmed().isEmpty();
        if (copy != Copy::Participant && e->kind == AgendaEntry::Kind::Topic && notes) {
            ReportRow detail;
            detail.style = ReportRow::Style::Detail;
            detail.markdown = d.linker.linkify(e->preNotes);
            detail.writingLines = copy == Copy::Moderator ? 3 : 0;
            table.rows << detail;
        }
    }
    if (timing) {
        const DayTiming::Totals t = timing->totals(timing->run().timeline());
        ReportRow total;
        total.style = ReportRow::Style::Total;
        total.cells = {DayTiming::plannedRange(t),
                       QString::number(t.plannedMinutes),
                       timing->run().isLive() ? ReportBuilder::tr("Day so far") : ReportBuilder::tr("Day total"),
                       QString(),
                       DayTiming::heldRange(t),
                       withDifference(DayTiming::heldMinutes(t), DayTiming::difference(t))};
        table.rows << total;
    }
    return table;
}

/** Planned against actual times of every day that has run, per entry, block and day; nothing when none has. */
void addTimingSection(ReportDocument &doc, const MeetingData &d)
{
    bool first = true;
    for (int i = 0; i < d.agenda.days.size(); ++i) {
        const MeetingDay &day = d.agenda.days.at(i);
        if (!day.actualStart.isValid())
            continue;
        if (first) {
            doc.heading(ReportBuilder::tr("Planned and actual times"), 2);
            doc.note(ReportBuilder::tr("Planned: the plan as it stood when the day's run began. Held: minutes "
                                       "without pauses. \u00b1: minutes held less those planned (a skipped entry "
                                       "gives its planned minutes back)."));
            first = false;
        }
        const DayTiming timing(d, day);
        doc.heading(dayHeading(day, i + 1), 3);
        ReportTable table;
        table.continuedHeading = ReportBuilder::tr("%1 (continued)").arg(dayHeading(day, i + 1));
        table.continuedLevel = 3;
        table.headers = {ReportBuilder::tr("Entry"), ReportBuilder::tr("Planned"), ReportBuilder::tr("Min."),
                         ReportBuilder::tr("Held"),  ReportBuilder::tr("Min."),    QStringLiteral("\u00b1")};
        table.widths = {44, 15, 8, 15, 9, 9};
        table.noWrap = {1, 3};
        const auto totalRow = [](const QString &name, const DayTiming::Totals &t) {
            ReportRow row;
            row.style = ReportRow::Style::Total;
            row.cells = {name,
                         DayTiming::plannedRange(t),
                         QString::number(t.plannedMinutes),
                         DayTiming::heldRange(t),
                         DayTiming::heldMinutes(t),
                         DayTiming::difference(t)};
            return row;
        };
        // A block: its name as a band above its entries, its sums below them.
        const AgendaEntry *block = nullptr;
        const auto closeBlock = [&] {
            if (block)
                table.rows << totalRow(ReportBuilder::tr("Block total"),
                                       timing.totals(d.agenda.children(day.id, block->id)));
            block = nullptr;
        };
        for (const AgendaEntry *e : dayEntries(d, day)) {
            if (e->parentId == 0)
                closeBlock();
            if (e->kind == AgendaEntry::Kind::Block) {
                block = e;
                ReportRow band;
                band.style = ReportRow::Style::Band;
                band.cells = {blockName(*e, d)};
                table.rows << band;
                continue;
            }
            ReportRow row;
            row.style = e->kind == AgendaEntry::Kind::Topic ? ReportRow::Style::Normal : ReportRow::Style::Break;
            row.cells = {e->title,           timing.plannedRange(e->id),    timing.plannedMinutes(e->id),
                         timing.held(e->id), timing.heldMinutesText(e->id), timing.difference(e->id)};
            table.rows << row;
        }
        closeBlock();
        table.rows << totalRow(ReportBuilder::tr("Day total"), timing.totals(timing.run().timeline()));
        doc.table(table);
        doc.note(timing.summary());
    }
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

/** The minutes' table of every action item of the meeting, overdue ones marked in words. */
void addActionTable(ReportDocument &doc, const MeetingData &d, const QDate &today)
{
    if (d.actions.isEmpty())
        return;
    doc.heading(ReportBuilder::tr("Action items"), 2);
    ReportTable table;
    table.headers = {ReportBuilder::tr("Done"), ReportBuilder::tr("Assigned to"), ReportBuilder::tr("Action"),
                     ReportBuilder::tr("Due"), ReportBuilder::tr("Agenda entry")};
    table.widths = {7, 19, 38, 19, 17};
    table.noWrap = {3};
    table.checkColumn = 0;
    table.taskColumn = 2;
    table.continuedHeading = ReportBuilder::tr("Action items (continued)");
    for (const ActionItem &a : d.actions) {
        ReportRow row;
        row.done = a.done;
        row.cells = {QString(), d.names.joinAssignees(a.assignees), actionText(a), unbroken(shortDate(a.dueDate)),
                     d.entryTitle(a.entryId)};
        if (a.isOverdue(today)) {
            row.cells[3] += QLatin1Char('\n') + ReportBuilder::tr("overdue");
            row.alerts = {3};
        }
        table.rows << row;
    }
    doc.table(table);
}

/** The minutes' table of the meeting's decisions. */
void addDecisionTable(ReportDocument &doc, const MeetingData &d)
{
    if (d.decisions.isEmpty())
        return;
    doc.heading(ReportBuilder::tr("Decisions"), 2);
    ReportTable table;
    table.headers = {ReportBuilder::tr("Decision"), ReportBuilder::tr("Decided by"), ReportBuilder::tr("Date"),
                     ReportBuilder::tr("Agenda entry"), ReportBuilder::tr("Ticket")};
    table.widths = {40, 19, 12, 17, 12};
    table.noWrap = {2};
    table.continuedHeading = ReportBuilder::tr("Decisions (continued)");
    for (const Decision &dec : d.decisions) {
        ReportRow row;
        row.cells = {dec.text, d.names.joinAssignees(dec.decidedBy), unbroken(shortDate(dec.date)),
                     d.entryTitle(dec.entryId), dec.externalRef};
        table.rows << row;
    }
    doc.table(table);
}

} // namespace

namespace {

/** A meeting's document of a kind, with its title as the first heading. */
ReportDocument meetingDocumentOf(const MeetingData &d, ReportOptions::Kind kind, const QString &kindName,
                                 const ReportOptions &options)
{
    ReportDocument doc;
    doc.title = ReportBuilder::title(kind, d.meeting.title);
    doc.pageHeader = d.meeting.title;
    doc.kindName = kindName;
    doc.generated = options.generated;
    doc.heading(doc.title, 1);
    return doc;
}

} // namespace

ReportDocument ReportBuilder::agenda(Id meetingId, const ReportOptions &options) const
{
    const MeetingData d = load(m_db, meetingId);
    const bool moderator = options.variant == ReportOptions::Variant::Moderator;
    ReportDocument doc = meetingDocumentOf(d, ReportOptions::Kind::Agenda,
                                           moderator ? tr("Agenda (moderator copy)") : tr("Agenda"), options);
    addLogistics(doc, d.meeting);

    for (int i = 0; i < d.agenda.days.size(); ++i) {
        const MeetingDay &day = d.agenda.days.at(i);
        doc.heading(dayHeading(day, i + 1), 2);
        if (dayEntries(d, day).isEmpty()) {
            doc.note(tr("Nothing is planned for this day."));
            continue;
        }
        doc.table(dayTable(d, day, i + 1, moderator ? Copy::Moderator : Copy::Participant, nullptr));
    }
    if (options.includeParticipants)
        addParticipantTable(doc, d, false);
    return doc;
}

ReportDocument ReportBuilder::minutesSummary(Id meetingId, const ReportOptions &options) const
{
    const MeetingData d = load(m_db, meetingId);
    ReportDocument doc = meetingDocumentOf(d, ReportOptions::Kind::Minutes, tr("Minutes"), options);
    addLogistics(doc, d.meeting);
    addParticipantTable(doc, d, true);
    addDecisionTable(doc, d);
    addActionTable(doc, d, options.today);
    return doc;
}

QString ReportBuilder::meetingDates(const Meeting &meeting)
{
    return dates(meeting);
}

ReportDocument ReportBuilder::minutes(Id meetingId, const ReportOptions &options) const
{
    const MeetingData d = load(m_db, meetingId);
    ReportDocument doc = meetingDocumentOf(d, ReportOptions::Kind::Minutes, tr("Minutes"), options);
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
            // The parking lot: where the topic came from, and that it goes on to the next meeting.
            if (e->carriedFromDate.isValid())
                doc.note(tr("Carried from %1.").arg(e->carriedFromDate.toString(Qt::ISODate)));
            if (e->carryOver || e->runStatus != AgendaEntry::RunStatus::Planned)
                doc.note(e->carryOver ? tr("Carried over to the next meeting.")
                         : e->runStatus == AgendaEntry::RunStatus::Skipped
                             ? tr("Not reached: skipped.")
                             : tr("Not reached: dropped while re-timing."));
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

    if (options.includeTiming)
        addTimingSection(doc, d);

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

    if (options.includeActionTable)
        addActionTable(doc, d, options.today);
    if (options.includeDecisions)
        addDecisionTable(doc, d);
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

ReportDocument ReportBuilder::runSheet(Id meetingId, const ReportOptions &options) const
{
    const MeetingData d = load(m_db, meetingId);
    ReportDocument doc = meetingDocumentOf(d, ReportOptions::Kind::RunSheet, tr("Run sheet"), options);
    addDates(doc, d.meeting);
    doc.note(tr("Planned: the plan as it stood when the day's run began. Held: the actual times; Min.: minutes held "
                "without pauses and, in brackets, more (+) or fewer (\u2212) than planned."));
    for (int i = 0; i < d.agenda.days.size(); ++i) {
        const MeetingDay &day = d.agenda.days.at(i);
        // Each day with an agenda on a page of its own: the moderator's copy of that day.
        const bool empty = dayEntries(d, day).isEmpty();
        doc.heading(dayHeading(day, i + 1), 2);
        doc.blocks.last().pageBreakBefore = i > 0 && !empty;
        if (empty) {
            doc.note(tr("Nothing is planned for this day."));
            continue;
        }
        const DayTiming timing(d, day);
        doc.note(timing.summary());
        doc.table(dayTable(d, day, i + 1, Copy::RunSheet, &timing));
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

ReportDocument ReportBuilder::decisions(const QList<RegisterDecision> &rows, const ReportOptions &options,
                                        const QList<QPair<QString, QString>> &facts)
{
    ReportDocument doc;
    doc.title = title(ReportOptions::Kind::Decisions, QString());
    doc.pageHeader = doc.title;
    doc.kindName = tr("Decisions");
    doc.generated = options.generated;
    doc.heading(doc.title, 1);
    if (!facts.isEmpty())
        doc.facts(facts);
    doc.paragraph(rows.size() == 1 ? tr("1 decision.") : tr("%1 decisions.").arg(rows.size()));
    if (rows.isEmpty())
        return doc;
    ReportTable table;
    table.headers = {tr("Date"), tr("Meeting"), tr("Decision"), tr("Decided by"), tr("Ticket")};
    table.widths = {12, 22, 38, 17, 11};
    table.noWrap = {0};
    table.continuedHeading = tr("%1 (continued)").arg(doc.title);
    for (const RegisterDecision &r : rows) {
        const QDate date = r.decision.date.isValid() ? r.decision.date : r.meetingDate;
        QString text = r.decision.text;
        if (!r.entryTitle.isEmpty())
            text += QLatin1Char('\n') + tr("(%1)").arg(r.entryTitle);
        ReportRow row;
        row.cells = {unbroken(shortDate(date)), meetingLabel(r.meetingTitle, r.seriesName, r.meetingDate), text,
                     r.decidedBy, r.decision.externalRef};
        table.rows << row;
    }
    doc.table(table);
    return doc;
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
