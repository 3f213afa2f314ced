// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodels.h"

#include "agenda/liverun.h"
#include "data/meetingtitle.h"

#include "i18n/localeformat.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/decisionmodel.h"
#include "itemmodels/dialinmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/parkinglotmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "libraryfile.h"
#include "meetingreader.h"
#include "storage/actionitemrepository.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/serieshistoryrepository.h"
#include "storage/storageerror.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

namespace Quorum {

namespace {

/** What the shown meeting's tables say of its agenda entries. */
struct EntryTexts
{
    QHash<Id, QString> titles;
    QHash<Id, QString> places; ///< "Day 1, 11:00 Title"

    explicit EntryTexts(const AgendaState &agenda)
    {
        QHash<Id, int> dayNumbers;
        for (int i = 0; i < agenda.days.size(); ++i)
            dayNumbers.insert(agenda.days.at(i).id, i + 1);
        for (const AgendaEntry &e : agenda.entries) {
            titles.insert(e.id, e.title);
            places.insert(e.id, LibraryModels::tr("Day %1, %2 %3")
                                    .arg(dayNumbers.value(e.dayId))
                                    .arg(LocaleFormat::time(e.startTime), e.title));
        }
    }
};

ActionItemRow actionRow(const ActionItem &a, const NameLookup &names, const QString &origin, Id seriesId,
                        const QDate &meetingDate, const QString &meetingTitle = {})
{
    return {
        a,           names.joinAssignees(a.assignees), names.assigneeNames(a.assignees), origin, seriesId, meetingDate,
        meetingTitle};
}

} // namespace

LibraryModels::LibraryModels(LibraryFile *file, const ModelSet &models, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_models(models)
    , m_ticker(new QTimer(this))
{
    // Twice a minute: the running entry's highlight and a new day's overdue marks need no more.
    m_ticker->setInterval(30 * 1000);
    connect(m_ticker, &QTimer::timeout, this, &LibraryModels::tick);
    m_ticker->start();
    m_now = m_clock();
    m_today = m_now.date();
}

template<typename Read>
bool LibraryModels::reading(Read read)
{
    try {
        read();
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return false;
    }
    return true;
}

void LibraryModels::load()
{
    readDirectory();
    const QList<MeetingSummary> summaries = MeetingRepository(m_file->connection()).summaries();
    rememberMeetings(summaries);
    m_models.meetingList->show(summaries);
    // The summary waits until its view is shown: at start-up only the sidebar and the first tab are.
    m_summaryRead = false;
    m_models.actionSummary->show({});
    m_linkPatterns = LinkPatternRepository(m_file->connection()).all();
    m_linker = TicketLinker(m_linkPatterns);
}

bool LibraryModels::readSummary()
{
    if (m_summaryRead)
        return true;
    QList<ActionItem> actions;
    if (!reading([&] { actions = ActionItemRepository(m_file->connection()).list(); }))
        return false;
    m_summaryRead = true;
    m_models.actionSummary->show(summaryRows(actions));
    return true;
}

void LibraryModels::readDirectory()
{
    // One read of the people: their rows for the participants, their shown names for the rest.
    const PersonRepository people(m_file->connection());
    m_people.clear();
    m_names = NameLookup();
    for (const Person &p : people.all()) {
        m_people.insert(p.id, p);
        m_names.people.insert(p.id, p.shownName());
    }
    m_names.groups = people.groupNames();
}

void LibraryModels::rememberMeetings(const QList<MeetingSummary> &summaries)
{
    m_meetings.clear();
    for (const MeetingSummary &m : summaries)
        m_meetings.insert(m.id, m);
}

Id LibraryModels::liveMeetingId() const
{
    for (const MeetingSummary &m : m_meetings) {
        if (m.live)
            return m.id;
    }
    return 0;
}

Id LibraryModels::meetingOfToday() const
{
    if (const Id live = liveMeetingId())
        return live;
    const QDateTime now = m_clock();
    const MeetingSummary *found = nullptr;
    try {
        const MeetingReader reader(m_file->connection());
        for (const MeetingSummary &s : m_meetings) {
            // Days are dates in the meeting's zone: a day either side of the machine's date may be today there.
            if (s.startDate > now.date().addDays(1) || s.endDate < now.date().addDays(-1))
                continue;
            if (found && (s.startDate < found->startDate || (s.startDate == found->startDate && s.id < found->id)))
                continue;
            const QDate today = now.toTimeZone(LiveRun::zone(reader.meeting(s.id).timeZone)).date();
            const QList<MeetingDay> days = reader.days(s.id);
            // Also once the day has ended: its record is what the moderator comes back to.
            if (std::any_of(days.cbegin(), days.cend(), [&](const MeetingDay &d) { return d.date == today; }))
                found = &s;
        }
    } catch (const StorageError &) {
        return 0; // unreadable: the window opens as it would anyway
    }
    return found ? found->id : 0;
}

Id LibraryModels::newestMeetingId() const
{
    const QModelIndex group = m_models.meetingList->index(0, 0);
    const QModelIndex first = m_models.meetingList->index(0, 0, group);
    return first.isValid() ? first.data(MeetingListModel::MeetingIdRole).toLongLong() : 0;
}

bool LibraryModels::show(Id meetingId)
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    MeetingContent content;
    if (meetingId && !reading([&] { content = MeetingReader(m_file->connection()).load(meetingId); }))
        return false;
    m_current = content.meeting;
    if (m_now.isValid())
        m_models.agenda->setNow(m_now, m_current.timeZone);
    m_models.agenda->show(content.days, content.entries, m_names);
    m_models.participants->setDays(content.days);
    m_models.participants->show(participantRows(content.participants));
    m_models.actionItems->show(actionRows(content.actions));
    m_models.attachments->show(attachmentRows(content.attachments));
    m_models.topicRequests->show(requestRows(content.requests));
    m_models.dialIns->show(m_current.dialIns);
    m_models.decisions->show(decisionRows(content.decisions));
    QList<ParkedTopicRow> parked;
    readParkingLot(&parked);
    m_models.parkingLot->show(parked);
    Q_EMIT currentMeetingChanged(meetingId);
    return true;
}

QList<ParticipantRow> LibraryModels::participantRows(const QList<Participant> &items) const
{
    QList<ParticipantRow> rows;
    for (const Participant &p : items)
        rows.append({p, m_people.value(p.personId)});
    return rows;
}

QList<ActionItemRow> LibraryModels::actionRows(const QList<ActionItem> &items) const
{
    const EntryTexts entries(m_models.agenda->state());
    QList<ActionItemRow> rows;
    for (const ActionItem &a : items)
        rows << actionRow(a, m_names, entries.titles.value(a.entryId), m_current.seriesId, m_current.startDate);
    return rows;
}

QList<AttachmentRow> LibraryModels::attachmentRows(const QList<Attachment> &items) const
{
    const EntryTexts entries(m_models.agenda->state());
    QList<AttachmentRow> rows;
    for (const Attachment &a : items)
        rows.append({a, m_names.person(a.uploadedBy), entries.titles.value(a.entryId)});
    return rows;
}

QList<TopicRequestRow> LibraryModels::requestRows(const QList<TopicRequest> &items) const
{
    const EntryTexts entries(m_models.agenda->state());
    QList<TopicRequestRow> rows;
    for (const TopicRequest &t : items)
        rows.append({t, m_names.joinPeople(t.requestedBy), entries.places.value(t.scheduledEntryId)});
    return rows;
}

QList<DecisionRow> LibraryModels::decisionRows(const QList<Decision> &items) const
{
    const EntryTexts entries(m_models.agenda->state());
    QList<DecisionRow> rows;
    for (const Decision &d : items)
        rows.append({d, m_names.joinAssignees(d.decidedBy), entries.titles.value(d.entryId)});
    return rows;
}

void LibraryModels::updateMeetingTables()
{
    m_models.participants->update(participantRows(m_models.participants->items(&ParticipantRow::participant)));
    m_models.actionItems->update(actionRows(m_models.actionItems->items(&ActionItemRow::item)));
    m_models.attachments->update(attachmentRows(m_models.attachments->items(&AttachmentRow::attachment)));
    m_models.topicRequests->update(requestRows(m_models.topicRequests->items(&TopicRequestRow::request)));
    m_models.decisions->update(decisionRows(m_models.decisions->items(&DecisionRow::decision)));
}

template<typename Item, typename Model, typename Rows>
void LibraryModels::refreshPart(Id meetingId, QList<Item> (MeetingReader::*read)(Id) const, Model *model, Rows rows)
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    if (meetingId != m_current.id) {
        show(meetingId);
        return;
    }
    QList<Item> items;
    if (reading([&] { items = (MeetingReader(m_file->connection()).*read)(meetingId); }))
        model->update((this->*rows)(items));
}

QList<ActionItemRow> LibraryModels::summaryRows(const QList<ActionItem> &items) const
{
    QList<ActionItemRow> rows;
    rows.reserve(items.size());
    for (const ActionItem &a : items) {
        const MeetingSummary m = m_meetings.value(a.meetingId);
        rows << actionRow(a, m_names, MeetingTitle::label(m.startDate, m.title, m.seriesName), m.seriesId, m.startDate,
                          m.title);
    }
    return rows;
}

void LibraryModels::updateSummary(Id meetingId, const QList<ActionItem> &items)
{
    if (!m_summaryRead)
        return; // read whole when first asked for
    // The summary is ordered by meeting, then by place: the meeting's rows go where its old ones were.
    QList<ActionItemRow> rows;
    bool placed = false;
    auto place = [&] {
        rows << summaryRows(items);
        placed = true;
    };
    for (const ActionItemRow &r : m_models.actionSummary->rows()) {
        if (r.item.meetingId == meetingId)
            continue;
        if (!placed && r.item.meetingId > meetingId)
            place();
        rows << r;
    }
    if (!placed)
        place();
    m_models.actionSummary->update(rows);
}

void LibraryModels::refreshMeeting(Id meetingId)
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    if (meetingId != m_current.id) {
        show(meetingId);
        return;
    }
    Meeting meeting;
    if (!reading([&] { meeting = MeetingReader(m_file->connection()).meeting(meetingId); }))
        return;
    const Meeting before = m_current;
    m_current = meeting;
    m_models.dialIns->update(meeting.dialIns);
    const bool listed = before.title != meeting.title || before.startDate != meeting.startDate
                        || before.endDate != meeting.endDate || before.seriesId != meeting.seriesId;
    if (listed)
        refreshMeetings();
    for (int f = Meeting::Title; f <= Meeting::Description; ++f) {
        const auto field = Meeting::Field(f);
        if (before.value(field) != meeting.value(field))
            Q_EMIT meetingFieldChanged(meetingId, field);
    }
}

void LibraryModels::refreshAgenda(Id meetingId)
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    if (meetingId != m_current.id) {
        show(meetingId);
        return;
    }
    QList<MeetingDay> days;
    QList<AgendaEntry> entries;
    const bool read = reading([&] {
        const MeetingReader reader(m_file->connection());
        days = reader.days(meetingId);
        entries = reader.entries(meetingId);
    });
    if (!read)
        return;
    const auto datesOf = [](const QList<MeetingDay> &list) {
        QList<QDate> dates;
        for (const MeetingDay &d : list)
            dates << d.date;
        return dates;
    };
    const bool redated = datesOf(days) != datesOf(m_models.agenda->state().days);
    const auto liveOf = [](const QList<MeetingDay> &list) {
        return std::any_of(list.cbegin(), list.cend(), [](const MeetingDay &d) { return d.isLive(); });
    };
    const bool relisted = liveOf(days) != liveOf(m_models.agenda->state().days);
    const auto idsOf = [](const QList<AgendaEntry> &list) {
        QSet<Id> ids;
        for (const AgendaEntry &e : list)
            ids.insert(e.id);
        return ids;
    };
    // An entry that went took the links to it (action items, attachments, requests), an undone removal
    // brings them back: those tables are read again, or an edit of theirs would write the old links.
    const bool relinked = idsOf(entries) != idsOf(m_models.agenda->state().entries);
    // The shown meeting's lot changes with what its own agenda carries from it (a mark or a
    // skip here goes to the lot of a later meeting, read when that one is shown).
    const auto carriedOf = [](const QList<AgendaEntry> &list) {
        QSet<Id> ids;
        for (const AgendaEntry &e : list) {
            if (e.carriedFromEntryId)
                ids.insert(e.carriedFromEntryId);
        }
        return ids;
    };
    const bool recarried = carriedOf(entries) != carriedOf(m_models.agenda->state().entries);
    m_models.agenda->update(days, entries, m_names);
    m_models.participants->setDays(days);
    // Tables that name entries follow; the meeting's dates only when its days changed.
    updateMeetingTables();
    // A day that went took its attendance rows along (and one that came back may bring them).
    if (redated)
        refreshParticipants(meetingId);
    if (relinked) {
        refreshActionItems(meetingId);
        refreshAttachments(meetingId);
        refreshTopicRequests(meetingId);
        refreshDecisions(meetingId);
    }
    if (redated)
        refreshMeeting(meetingId);
    else if (relisted)
        refreshMeetings();
    if (recarried)
        refreshParkingLot();
}

void LibraryModels::refreshParticipants(Id meetingId)
{
    refreshPart(meetingId, &MeetingReader::participants, m_models.participants, &LibraryModels::participantRows);
}

void LibraryModels::refreshActionItems(Id meetingId)
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    QList<ActionItem> items;
    if (!reading([&] { items = MeetingReader(m_file->connection()).actions(meetingId); }))
        return;
    updateSummary(meetingId, items);
    if (meetingId == m_current.id)
        m_models.actionItems->update(actionRows(items));
}

void LibraryModels::refreshAttachments(Id meetingId)
{
    refreshPart(meetingId, &MeetingReader::attachments, m_models.attachments, &LibraryModels::attachmentRows);
}

void LibraryModels::refreshTopicRequests(Id meetingId)
{
    refreshPart(meetingId, &MeetingReader::requests, m_models.topicRequests, &LibraryModels::requestRows);
}

void LibraryModels::refreshDecisions(Id meetingId)
{
    refreshPart(meetingId, &MeetingReader::decisions, m_models.decisions, &LibraryModels::decisionRows);
    Q_EMIT decisionsChanged(meetingId);
}

void LibraryModels::refreshMeetings()
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    QList<MeetingSummary> summaries;
    if (!reading([&] { summaries = MeetingRepository(m_file->connection()).summaries(); }))
        return;
    rememberMeetings(summaries);
    m_models.meetingList->update(summaries);
    refreshSummary();
    refreshParkingLot();
    Q_EMIT meetingsChanged();
}

void LibraryModels::refreshFinal(Id meetingId)
{
    refreshMeetings();
    Q_EMIT finalStateChanged(meetingId);
}

void LibraryModels::refreshSummary()
{
    if (!m_summaryRead)
        return; // read whole when first asked for
    QList<ActionItem> actions;
    if (!reading([&] { actions = ActionItemRepository(m_file->connection()).list(); }))
        return;
    m_models.actionSummary->update(summaryRows(actions));
}

void LibraryModels::refreshDirectory()
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    if (!reading([&] { readDirectory(); }))
        return;
    // Names show everywhere, and a merge moves references from one person to another: every
    // part of the shown meeting and the summary are read again; only changed rows are announced.
    refreshSummary();
    if (m_current.id) {
        refreshAgenda(m_current.id);
        refreshParticipants(m_current.id);
        refreshAttachments(m_current.id);
        refreshTopicRequests(m_current.id);
        refreshDecisions(m_current.id);
        if (m_summaryRead) {
            // The summary holds the meeting's actions as just read, in the meeting's order.
            QList<ActionItem> shown;
            for (const ActionItemRow &r : m_models.actionSummary->rows()) {
                if (r.item.meetingId == m_current.id)
                    shown << r.item;
            }
            m_models.actionItems->update(actionRows(shown));
        } else {
            refreshActionItems(m_current.id);
        }
    }
    Q_EMIT directoryChanged();
}

void LibraryModels::refreshNames()
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    if (reading([&] { readDirectory(); }))
        Q_EMIT directoryChanged();
}

void LibraryModels::announceField(Id meetingId, Meeting::Field field)
{
    Q_EMIT meetingFieldChanged(meetingId, field);
}

void LibraryModels::applyServerChanges(const ServerChanges &changes)
{
    enum Part { Meeting, Agenda, Participants, Actions, Attachments, Requests, Decisions, Final, None };
    static const QHash<QString, Part> parts = {
        {QStringLiteral("meeting"), Meeting},
        {QStringLiteral("dial_in"), Meeting},
        {QStringLiteral("meeting_day"), Agenda},
        {QStringLiteral("agenda_entry"), Agenda},
        {QStringLiteral("agenda_coordinator"), Agenda},
        {QStringLiteral("participant"), Participants},
        {QStringLiteral("day_attendance"), Participants},
        {QStringLiteral("action_item"), Actions},
        {QStringLiteral("action_assignee"), Actions},
        {QStringLiteral("attachment"), Attachments},
        {QStringLiteral("topic_request"), Requests},
        {QStringLiteral("topic_requester"), Requests},
        {QStringLiteral("decision"), Decisions},
        {QStringLiteral("decision_maker"), Decisions},
        {QStringLiteral("meeting_final"), Final},
        {QStringLiteral("meeting_event"), Final},
    };
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    bool meetings = false;
    bool directory = false;
    bool patterns = false;
    bool currentGone = false;
    QSet<QPair<int, Id>> touched; // (part, meeting)
    for (const ServerChange &c : changes) {
        if (c.table == QLatin1String("person") || c.table == QLatin1String("person_alias")
            || c.table == QLatin1String("person_group") || c.table == QLatin1String("group_member")) {
            directory = true;
            continue;
        }
        if (c.table == QLatin1String("series") || c.table == QLatin1String("meeting_template")) {
            meetings = true;
            continue;
        }
        if (c.table == QLatin1String("link_pattern")) {
            patterns = true;
            continue;
        }
        const Part part = parts.value(c.table, None);
        if (part == None)
            continue; // the history, invitations, contents: read when they are asked for
        if (c.table == QLatin1String("meeting") && c.operation != ServerChange::Operation::Update) {
            meetings = true;
            currentGone = currentGone || (c.operation == ServerChange::Operation::Delete && c.rowId == m_current.id);
            continue;
        }
        // A row removed with its meeting names none: the meeting's own notice says what went.
        if (c.meetingId == 0)
            meetings = true;
        else
            touched.insert({part, c.meetingId});
    }
    if (directory)
        refreshDirectory();
    if (patterns)
        refreshLinkPatterns();
    if (meetings)
        refreshMeetings();
    if (currentGone) {
        show(newestMeetingId());
        return;
    }
    for (const auto &[part, meetingId] : std::as_const(touched)) {
        const bool shown = meetingId == m_current.id;
        switch (Part(part)) {
        case Meeting:
            if (shown)
                refreshMeeting(meetingId);
            else
                refreshMeetings();
            break;
        case Actions: refreshActionItems(meetingId); break; // the summary too, without switching
        case Decisions:
            if (shown)
                refreshDecisions(meetingId);
            else
                Q_EMIT decisionsChanged(meetingId); // the register
            break;
        case Final: refreshFinal(meetingId); break;
        case Agenda:
            if (shown) {
                refreshAgenda(meetingId);
                refreshParkingLot();
            }
            break;
        case Participants:
            if (shown)
                refreshParticipants(meetingId);
            break;
        case Attachments:
            if (shown)
                refreshAttachments(meetingId);
            break;
        case Requests:
            if (shown)
                refreshTopicRequests(meetingId);
            break;
        case None: break;
        }
    }
}

void LibraryModels::reloadAll()
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    refreshMeetings();
    refreshLinkPatterns();
    if (m_current.id && !m_meetings.contains(m_current.id)) {
        show(newestMeetingId());
        return;
    }
    refreshDirectory();
    if (m_current.id)
        refreshMeeting(m_current.id);
}

void LibraryModels::refreshLinkPatterns()
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    if (!reading([&] { m_linkPatterns = LinkPatternRepository(m_file->connection()).all(); }))
        return;
    m_linker = TicketLinker(m_linkPatterns);
    Q_EMIT linkPatternsChanged();
}

bool LibraryModels::readParkingLot(QList<ParkedTopicRow> *rows)
{
    QList<ParkedTopic> topics;
    if (!m_current.id || !m_current.seriesId)
        return true;
    const bool read = reading([&] {
        topics = SeriesHistoryRepository(m_file->connection())
                     .parkedTopics(m_current.seriesId, m_current.startDate, m_current.id);
    });
    for (const ParkedTopic &t : std::as_const(topics))
        rows->append({t, m_names.joinPeople(t.entry.coordinatorIds)});
    return read;
}

void LibraryModels::refreshParkingLot()
{
    const QScopedValueRollback<int> busy(m_refreshing, m_refreshing + 1);
    QList<ParkedTopicRow> rows;
    if (readParkingLot(&rows))
        m_models.parkingLot->update(rows);
}

void LibraryModels::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void LibraryModels::tick()
{
    m_now = m_clock();
    m_models.agenda->setNow(m_now, m_current.timeZone);
    const QDate today = m_now.date();
    if (today == m_today)
        return;
    m_today = today;
    m_models.actionItems->setToday(today);
    m_models.actionSummary->setToday(today);
}

int LibraryModels::tickInterval() const
{
    return m_ticker->interval();
}

void LibraryModels::setTickInterval(int milliseconds)
{
    m_ticker->setInterval(milliseconds);
}

void LibraryModels::setToday(const QDate &today)
{
    const QDateTime noon(today, QTime(12, 0));
    setClock([noon] { return noon; });
}

void LibraryModels::setNow(const QDateTime &now)
{
    setClock([now] { return now; });
}

} // namespace Quorum
