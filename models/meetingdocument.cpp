// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingdocument.h"

#include "agenda/parkinglot.h"
#include "attachments/attachmentfile.h"
#include "attachments/safefilename.h"
#include "commands/addmeeting.h"
#include "commands/addmeetingfromshape.h"
#include "commands/attachfiles.h"
#include "commands/deletemeeting.h"
#include "commands/dismissparkedtopic.h"
#include "commands/duplicatemeeting.h"
#include "commands/importconfluence.h"
#include "commands/movemeeting.h"
#include "commands/replaceagenda.h"
#include "commands/replacepart.h"
#include "commands/replacetemplates.h"
#include "commands/setdialins.h"
#include "commands/setmeetingdates.h"
#include "commands/setmeetingfield.h"
#include "commands/setmeetingfinal.h"
#include "commands/setseries.h"
#include "commands/stalecheck.h"
#include "commands/undomacro.h"
#include "document/editorpresence.h"
#include "document/meetingreader.h"
#include "export/decisionexport.h"
#include "export/exporter.h"
#include "export/exportrequest.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/decisionmodel.h"
#include "itemmodels/dialinmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/parkinglotmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/personrepository.h"
#include "storage/searchrepository.h"
#include "storage/serieshistoryrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/templaterepository.h"

#include <QBuffer>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Quorum {

namespace {

/** The largest id among items, which an edit may have handed out before they are stored. */
template<typename Item>
Id largestId(const QList<Item> &items)
{
    Id largest = 0;
    for (const Item &item : items)
        largest = qMax(largest, item.id);
    return largest;
}

/** Whether after differs from before only in the done state and date of items (none added, removed or moved). */
bool onlyDoneStateDiffers(const QList<ActionItem> &before, QList<ActionItem> after)
{
    if (before.size() != after.size())
        return false;
    for (qsizetype i = 0; i < after.size(); ++i) {
        after[i].done = before.at(i).done;
        after[i].doneDate = before.at(i).doneDate;
    }
    return before == after;
}

} // namespace

MeetingDocument::MeetingDocument(std::unique_ptr<LibraryFile> file)
    : m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{
    ModelSet models;
    models.meetingList = new MeetingListModel(this);
    models.actionSummary = new ActionItemModel(ActionItemModel::Scope::Library, this);
    models.agenda = new AgendaModel(this);
    models.participants = new ParticipantModel(this);
    models.actionItems = new ActionItemModel(ActionItemModel::Scope::Meeting, this);
    models.attachments = new AttachmentModel(this);
    models.topicRequests = new TopicRequestModel(this);
    models.dialIns = new DialInModel(this);
    models.decisions = new DecisionModel(this);
    models.parkingLot = new ParkingLotModel(this);
    m_models = new LibraryModels(m_file.get(), models, this);
    m_directory = std::make_unique<PersonDirectory>(context(), m_undoStack);
    // Queued: a write that found the change refuses inside its undo command, which must end first.
    connect(m_file.get(), &LibraryFile::changedElsewhere, this, &MeetingDocument::reloadChangedFile,
            Qt::QueuedConnection);
    // A team library: what other people change shows at once, row by row.
    connect(m_file.get(), &LibraryFile::changedOnServer, m_models, &LibraryModels::applyServerChanges);
    // Back after the server went away: what others changed meanwhile is read (rows announced one by one).
    connect(m_file.get(), &LibraryFile::connectionRestored, m_models, &LibraryModels::reloadAll);
    if (m_file->isServer()) {
        // Who else is editing which entry: the directory's name for the database user.
        m_presence = new EditorPresence(
            [this](const QString &user) {
                QString name;
                QString error;
                m_file->read([&](const Database &db) { name = PersonRepository(db.connection()).nameOfUser(user); },
                             &error);
                return name;
            },
            this);
        connect(m_file.get(), &LibraryFile::presenceNoticed, m_presence, &EditorPresence::take);
        connect(m_presence, &EditorPresence::othersEditingChanged, this, &MeetingDocument::othersEditingChanged);
        // Away from the server nobody is known to be editing; back, this window says so again at once.
        connect(m_file.get(), &LibraryFile::connectionLost, m_presence, &EditorPresence::clear);
        connect(m_file.get(), &LibraryFile::connectionRestored, this, [this] {
            if (m_editingEntry)
                sayEditing();
        });
        m_announceTimer = new QTimer(this);
        m_announceTimer->setInterval(AnnounceMs);
        connect(m_announceTimer, &QTimer::timeout, this, [this] {
            if (m_idle.hasExpired())
                stopEditing();
            else
                sayEditing();
        });
    }
}

void MeetingDocument::reloadChangedFile()
{
    if (!m_file->isChangedElsewhere())
        return;
    // The steps on the stack hold rows as they were before the other program's change: undoing
    // one would write over that change.
    m_undoStack->clear();
    m_file->acceptChanges(); // first: a change made while reading is seen by the next poll
    m_models->reloadAll();
}

MeetingDocument::~MeetingDocument()
{
    stopEditing();
    // Commands refer to the file and the models: they go first.
    m_undoStack->clear();
}

std::unique_ptr<MeetingDocument> MeetingDocument::make(std::unique_ptr<LibraryFile> file, QString *error)
{
    if (!file)
        return nullptr;
    std::unique_ptr<MeetingDocument> doc(new MeetingDocument(std::move(file)));
    try {
        doc->m_models->load();
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return nullptr;
    }
    const Id newest = doc->newestMeetingId();
    if (newest && !doc->setCurrentMeeting(newest)) {
        if (error)
            *error = tr("The library could not be read.");
        return nullptr;
    }
    return doc;
}

std::unique_ptr<MeetingDocument> MeetingDocument::open(const QString &path, QString *error, Access access,
                                                       OpenProblem *problem)
{
    std::unique_ptr<MeetingDocument> doc = make(LibraryFile::open(path, error, access, problem), error);
    if (!doc && problem && *problem == OpenProblem::None)
        *problem = OpenProblem::Other;
    return doc;
}

std::unique_ptr<MeetingDocument> MeetingDocument::create(const QString &path, QString *error)
{
    return make(LibraryFile::create(path, error), error);
}

void MeetingDocument::push(QUndoCommand *command)
{
    if (m_models->isRefreshing()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

QList<Series> MeetingDocument::seriesList() const
{
    try {
        return SeriesRepository(m_file->connection()).all();
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

QList<SearchHit> MeetingDocument::search(const QString &query, int limit, QString *error) const
{
    try {
        return SearchRepository(m_file->connection()).search(query, limit);
    } catch (const StorageError &e) {
        *error = e.message();
        return {};
    }
}

// ------------------------------------------------------------------------------------------ meeting

void MeetingDocument::editMeetingField(Meeting::Field field, const QVariant &value)
{
    const Meeting &current = currentMeeting();
    if (refuseFinal(current.id)) {
        m_models->announceField(current.id, field);
        return;
    }
    const QVariant old = current.value(field);
    if (!current.id || old == value)
        return;
    push(new SetMeetingField(context(), current.id, field, old, value));
}

void MeetingDocument::editDialIns(const QList<DialIn> &dialIns)
{
    const Meeting &current = currentMeeting();
    if (refuseFinal(current.id)) {
        m_models->refreshMeeting(current.id); // the numbers typed go back
        return;
    }
    if (!current.id || dialIns == current.dialIns)
        return;
    push(new SetDialIns(context(), current.id, current.dialIns, dialIns));
}

void MeetingDocument::editMeetingDates(const QDate &start, const QDate &end)
{
    const Meeting &current = currentMeeting();
    if (refuseFinal(current.id)) {
        m_models->announceField(current.id, Meeting::StartDate);
        return;
    }
    if (!current.id || (start == current.startDate && end == current.endDate))
        return;
    if (!start.isValid() || !end.isValid() || end < start) {
        m_file->report(tr("A meeting cannot end before it starts. The dates were not changed."));
        m_models->announceField(current.id, Meeting::StartDate);
        return;
    }
    QList<MeetingDay> added;
    QList<MeetingDay> removed;
    QSet<QDate> have;
    for (const MeetingDay &d : agendaState().days) {
        have.insert(d.date);
        if (d.date < start || d.date > end)
            removed.append(d);
    }
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        if (!have.contains(d))
            added.append({0, current.id, d, {}, {}, {}, {}, {}});
    }
    push(new SetMeetingDates(context(), current.id, current.startDate, current.endDate, start, end, added, removed));
}

void MeetingDocument::addMeeting(const Meeting &meeting, const QString &seriesName)
{
    Meeting m = meeting;
    // A meeting of a series with a default time zone starts in it.
    const QString series = seriesName.trimmed();
    for (const Series &s : seriesList()) {
        if (s.name == series && !s.timeZone.isEmpty())
            m.timeZone = s.timeZone;
    }
    push(new AddMeeting(context(), m, series));
}

std::optional<MeetingRows> MeetingDocument::meetingRows(Id meetingId) const
{
    try {
        return MeetingRows::read(m_file->connection(), meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return std::nullopt;
    }
}

QString MeetingDocument::meetingDeletionSummary(Id meetingId) const
{
    const std::optional<MeetingRows> rows = meetingRows(meetingId);
    if (!rows)
        return {};
    // "1 day", "3 days": the singular and plural forms, each translated.
    const auto counted = [](int n, const char *one, const char *many) { return n == 1 ? tr(one) : tr(many).arg(n); };
    QStringList parts;
    const int days = rows->count(QStringLiteral("meeting_day"));
    const int entries = rows->count(QStringLiteral("agenda_entry"));
    const int notes = rows->entriesWithNotes();
    const QString dayText = counted(days, QT_TR_NOOP("1 day"), QT_TR_NOOP("%1 days"));
    const QString entryText = counted(entries, QT_TR_NOOP("1 agenda entry"), QT_TR_NOOP("%1 agenda entries"));
    if (entries && notes)
        parts << tr("%1 with %2 (%3 with running notes)").arg(dayText, entryText).arg(notes);
    else if (entries)
        parts << tr("%1 with %2").arg(dayText, entryText);
    else if (days)
        parts << dayText;
    const std::tuple<const char *, const char *, const char *> tables[] = {
        {"action_item", QT_TR_NOOP("1 action item"), QT_TR_NOOP("%1 action items")},
        {"decision", QT_TR_NOOP("1 decision"), QT_TR_NOOP("%1 decisions")},
        {"attachment", QT_TR_NOOP("1 attachment"), QT_TR_NOOP("%1 attachments")},
        {"participant", QT_TR_NOOP("1 participant"), QT_TR_NOOP("%1 participants")},
        {"topic_request", QT_TR_NOOP("1 topic request"), QT_TR_NOOP("%1 topic requests")},
        {"dial_in", QT_TR_NOOP("1 dial-in number"), QT_TR_NOOP("%1 dial-in numbers")},
    };
    for (const auto &[table, one, many] : tables) {
        if (const int n = rows->count(QLatin1String(table)))
            parts << counted(n, one, many);
    }
    if (parts.isEmpty())
        return tr("The meeting is empty.");
    const QString last = parts.takeLast();
    return parts.isEmpty() ? tr("With it go %1.").arg(last)
                           : tr("With it go %1 and %2.").arg(parts.join(tr(", ")), last);
}

bool MeetingDocument::deleteMeeting(Id meetingId)
{
    if (refuseFinal(meetingId))
        return false;
    std::optional<MeetingRows> rows = meetingRows(meetingId);
    if (!rows)
        return false;
    // Its neighbour in the list (in the same series), else the newest meeting.
    const QModelIndex idx = meetingList()->indexOfMeeting(meetingId);
    QModelIndex next = idx.siblingAtRow(idx.row() + 1);
    if (!next.isValid())
        next = idx.siblingAtRow(idx.row() - 1);
    const Id after = next.isValid() ? next.data(MeetingListModel::MeetingIdRole).toLongLong() : 0;
    auto *command = new DeleteMeeting(context(), std::move(*rows), after);
    push(command);
    // A command that failed to write is obsolete and was dropped by the stack.
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command;
}

Id MeetingDocument::duplicateMeeting(Id meetingId)
{
    std::optional<MeetingRows> rows = meetingRows(meetingId);
    if (!rows)
        return 0;
    const QString title = tr("%1 (copy)").arg(rows->title());
    auto *command = new DuplicateMeeting(context(), std::move(*rows), title);
    push(command);
    // A command that failed to write is obsolete and was dropped by the stack.
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command ? command->copyId() : 0;
}

bool MeetingDocument::moveMeetingToSeries(Id meetingId, const QString &seriesName)
{
    if (refuseFinal(meetingId))
        return false;
    const QString name = seriesName.trimmed();
    const MeetingSummary m = m_models->meetingSummary(meetingId);
    if (name.isEmpty() || !m.id || name == m.seriesName)
        return false;
    push(new MoveMeeting(context(), meetingId, m.seriesId, name));
    return m_models->meetingSummary(meetingId).seriesName == name;
}

// ------------------------------------------------------------------------------------------- agenda

AgendaState MeetingDocument::agendaState() const
{
    AgendaState state = agenda()->state();
    state.startDate = currentMeeting().startDate;
    state.endDate = currentMeeting().endDate;
    return state;
}

void MeetingDocument::editAgenda(AgendaState after, const QString &text, qint64 mergeKey)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return;
    if (!meetingId)
        return;
    after.retime();
    // Moderators and coordinators named on the agenda join the participants with that role, in
    // the same undo step, so nobody is typed twice.
    QList<Participant> participants = participantList();
    bool joined = false;
    auto join = [&](Id personId, const QString &role) {
        const bool listed = std::any_of(participants.cbegin(), participants.cend(),
                                        [&](const Participant &p) { return p.personId == personId; });
        if (!personId || listed)
            return;
        participants.append({meetingId, personId, role, QStringLiteral("invited"), {}});
        joined = true;
    };
    for (const AgendaEntry &e : after.entries) {
        join(e.moderatorId, QStringLiteral("moderator"));
        for (Id c : e.coordinatorIds)
            join(c, QStringLiteral("coordinator"));
    }
    if (!joined) {
        push(new ReplaceAgenda(context(), meetingId, agendaState(), std::move(after), text, mergeKey));
        return;
    }
    const UndoMacro macro(m_undoStack, text);
    push(new ReplaceAgenda(context(), meetingId, agendaState(), std::move(after), text));
    editParticipants(participants, text);
}

QDateTime MeetingDocument::now() const
{
    return LiveRun::instant(m_models->now());
}

LiveRun MeetingDocument::liveRun(Id dayId) const
{
    const AgendaState state = agendaState();
    const QTimeZone zone = LiveRun::zone(currentMeeting().timeZone);
    return LiveRun(state, dayId ? dayId : LiveRun::dayToRun(state, zone, now()), zone);
}

LiveRun MeetingDocument::runToShow(QString *title) const
{
    const Id live = m_models->liveMeetingId();
    if (!live || live == currentMeetingId()) {
        *title = currentMeeting().title;
        return liveRun();
    }
    try {
        const MeetingReader reader(m_file->connection());
        const Meeting meeting = reader.meeting(live);
        AgendaState state;
        state.days = reader.days(live);
        state.entries = reader.entries(live);
        state.startDate = meeting.startDate;
        state.endDate = meeting.endDate;
        *title = meeting.title;
        return LiveRun(state, LiveRun::liveDay(state), LiveRun::zone(meeting.timeZone));
    } catch (const StorageError &e) {
        m_file->report(e.message());
        *title = currentMeeting().title;
        return liveRun();
    }
}

namespace {

/** "day 2 (Wednesday 16 September 2020)" for undo texts and messages. */
QString dayName(const AgendaState &state, Id dayId)
{
    for (int i = 0; i < state.days.size(); ++i) {
        if (state.days.at(i).id == dayId)
            return MeetingDocument::tr("day %1 (%2)")
                .arg(i + 1)
                .arg(QLocale().toString(state.days.at(i).date, QLocale::LongFormat));
    }
    return {};
}

} // namespace

bool MeetingDocument::startRun(Id dayId, const QDateTime &firstStart)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return false;
    const AgendaState before = agendaState();
    AgendaState after = before;
    if (!meetingId || LiveRun::liveDay(before) || !LiveRun::start(&after, dayId, LiveRun::instant(firstStart)))
        return false;
    push(new ReplaceAgenda(context(), meetingId, before, std::move(after),
                           tr("Start the run of %1").arg(dayName(before, dayId))));
    return true;
}

bool MeetingDocument::stepRun(RunStep step)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return false;
    const AgendaState before = agendaState();
    const Id dayId = LiveRun::liveDay(before);
    if (!meetingId || !dayId)
        return false;
    AgendaState after = before;
    const QDateTime at = now();
    const LiveRun run(before, dayId, QTimeZone::utc());
    const AgendaEntry *running = before.entry(run.current());
    const QString title = running ? running->title : QString();
    bool stepped = false;
    QString text;
    switch (step) {
    case RunStep::Next:
        stepped = LiveRun::next(&after, dayId, at);
        text = run.next() ? tr("Next: “%1”").arg(before.entry(run.next())->title)
                          : tr("End “%1” and %2").arg(title, dayName(before, dayId));
        break;
    case RunStep::Previous:
        stepped = LiveRun::previous(&after, dayId, at);
        text = run.previous() ? tr("Back to “%1”").arg(before.entry(run.previous())->title) : QString();
        break;
    case RunStep::Skip:
        stepped = LiveRun::skip(&after, dayId, at);
        text = tr("Skip “%1”").arg(title);
        break;
    case RunStep::Pause:
        stepped = LiveRun::pause(&after, dayId, at);
        text = tr("Pause the run");
        break;
    case RunStep::Resume:
        stepped = LiveRun::resume(&after, dayId, at);
        text = tr("Resume the run");
        break;
    case RunStep::EndDay:
        stepped = LiveRun::endDay(&after, dayId, at);
        text = tr("End the run of %1").arg(dayName(before, dayId));
        break;
    }
    if (!stepped || after == before)
        return false;
    push(new ReplaceAgenda(context(), meetingId, before, std::move(after), text));
    return true;
}

bool MeetingDocument::retimeRest(const LiveRun::RetimeChoice &choice)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return false;
    const AgendaState before = agendaState();
    const Id dayId = LiveRun::liveDay(before);
    AgendaState after = before;
    if (!meetingId || !dayId
        || !LiveRun::retimeRest(&after, dayId, LiveRun::zone(currentMeeting().timeZone), now(), choice))
        return false;
    if (after == before)
        return false;
    push(new ReplaceAgenda(context(), meetingId, before, std::move(after),
                           tr("Re-time the rest of %1").arg(dayName(before, dayId))));
    return true;
}

Id MeetingDocument::newEntryId(const AgendaState &state) const
{
    return m_file->nextId("agenda_entry", largestId(state.entries));
}

Id MeetingDocument::newDayId(const AgendaState &state) const
{
    return m_file->nextId("meeting_day", largestId(state.days));
}

// ----------------------------------------------------------------------------------- topic requests

QList<TopicRequest> MeetingDocument::topicRequestList() const
{
    return topicRequests()->items(&TopicRequestRow::request);
}

void MeetingDocument::editTopicRequests(QList<TopicRequest> after, const QString &text, qint64 mergeKey)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return;
    if (!meetingId)
        return;
    int position = 0;
    for (TopicRequest &t : after) {
        t.meetingId = meetingId;
        t.position = position++;
    }
    push(new ReplaceTopicRequests(context(), meetingId, topicRequestList(), after, text, mergeKey));
}

Id MeetingDocument::newTopicRequestId(const QList<TopicRequest> &requests) const
{
    return m_file->nextId("topic_request", largestId(requests));
}

Id MeetingDocument::scheduleTopicRequest(Id requestId, Id dayId, Id blockId)
{
    if (refuseFinal(currentMeetingId()))
        return 0;
    QList<TopicRequest> requests = topicRequestList();
    auto request
        = std::find_if(requests.begin(), requests.end(), [&](const TopicRequest &t) { return t.id == requestId; });
    AgendaState agenda = agendaState();
    if (request == requests.end() || !agenda.day(dayId))
        return 0;
    AgendaEntry e;
    e.id = newEntryId(agenda);
    e.dayId = dayId;
    e.parentId = blockId;
    e.kind = AgendaEntry::Kind::Topic;
    e.title = request->topic;
    e.durationMinutes = request->minutesRequired >= 0 ? request->minutesRequired : AgendaEntry::defaultMinutes(e.kind);
    e.preNotes = request->notes;
    e.coordinatorIds = request->requestedBy;
    if (!agenda.insert(e, int(agenda.children(dayId, blockId).size())))
        return 0;
    request->status = QStringLiteral("scheduled");
    request->scheduledEntryId = e.id;
    const QString text = tr("Schedule “%1”").arg(request->topic);
    const UndoMacro macro(m_undoStack, text);
    editAgenda(agenda, text);
    const bool added = this->agenda()->indexOfEntry(e.id).isValid();
    if (added)
        editTopicRequests(requests, text);
    return added ? e.id : 0;
}

// ------------------------------------------------------------------------------------- parking lot

QList<ParkedTopic> MeetingDocument::parkedTopics(Id meetingId) const
{
    try {
        const Meeting m = MeetingReader(m_file->connection()).meeting(meetingId);
        return SeriesHistoryRepository(m_file->connection()).parkedTopics(m.seriesId, m.startDate, meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

QList<ParkedTopic> MeetingDocument::parkedTopics(Id seriesId, const QDate &date) const
{
    try {
        return SeriesHistoryRepository(m_file->connection()).parkedTopics(seriesId, date, 0);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

QList<Id> MeetingDocument::scheduleParkedTopics(AgendaState *agenda, const QList<ParkedTopic> &topics, Id dayId,
                                                Id blockId) const
{
    Id next = 0;
    return ParkingLot::schedule(agenda, topics, dayId, blockId, [&] {
        next = next ? next + 1 : newEntryId(*agenda);
        return next;
    });
}

Id MeetingDocument::scheduleParkedTopic(Id entryId, Id dayId, Id blockId)
{
    const QList<ParkedTopic> lot = parkingLot()->items(&ParkedTopicRow::topic);
    const auto topic
        = std::find_if(lot.cbegin(), lot.cend(), [&](const ParkedTopic &t) { return t.entry.id == entryId; });
    if (topic == lot.cend())
        return 0;
    AgendaState agenda = agendaState();
    const QList<Id> ids = scheduleParkedTopics(&agenda, {*topic}, dayId, blockId);
    if (ids.isEmpty())
        return 0;
    editAgenda(agenda, tr("Schedule “%1” from the parking lot").arg(topic->entry.title));
    return this->agenda()->indexOfEntry(ids.constFirst()).isValid() ? ids.constFirst() : 0;
}

bool MeetingDocument::setCarryOver(Id entryId, bool carryOver)
{
    AgendaState agenda = agendaState();
    AgendaEntry *e = agenda.entry(entryId);
    if (!e || e->kind != AgendaEntry::Kind::Topic || e->carryOver == carryOver)
        return false;
    e->carryOver = carryOver;
    editAgenda(agenda, carryOver ? tr("Carry “%1” over to the next meeting").arg(e->title)
                                 : tr("Keep “%1” from the parking lot").arg(e->title));
    return this->agenda()->state().entry(entryId) && this->agenda()->state().entry(entryId)->carryOver == carryOver;
}

bool MeetingDocument::dismissParkedTopic(Id entryId)
{
    const QList<ParkedTopic> lot = parkingLot()->items(&ParkedTopicRow::topic);
    const auto topic
        = std::find_if(lot.cbegin(), lot.cend(), [&](const ParkedTopic &t) { return t.entry.id == entryId; });
    if (topic == lot.cend())
        return false;
    push(new DismissParkedTopic(context(), topic->meetingId, entryId, true,
                                tr("Remove “%1” from the parking lot").arg(topic->entry.title)));
    return parkingLot()->rowOf(entryId) < 0;
}

QString MeetingDocument::carriedNotes(Id entryId) const
{
    const AgendaEntry *e = agenda()->state().entry(entryId);
    if (!e || !e->carriedFromEntryId)
        return {};
    try {
        return SeriesHistoryRepository(m_file->connection()).runningNotes(e->carriedFromEntryId);
    } catch (const StorageError &error) {
        m_file->report(error.message());
        return {};
    }
}

SinceLastMeeting MeetingDocument::sinceLastMeeting(Id meetingId) const
{
    try {
        const NameLookup names = MeetingReader(m_file->connection()).names();
        return SeriesHistoryRepository(m_file->connection()).sinceLastMeeting(meetingId, names);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

bool MeetingDocument::isNewestOfSeries(Id meetingId) const
{
    try {
        return SeriesHistoryRepository(m_file->connection()).isNewestOfSeries(meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return false;
    }
}

// ------------------------------------------------------------------------------------- action items

QList<ActionItem> MeetingDocument::actionItemsOf(Id meetingId) const
{
    try {
        return MeetingReader(m_file->connection()).actions(meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

void MeetingDocument::editActionItems(Id meetingId, QList<ActionItem> after, const QString &text, qint64 mergeKey)
{
    editActionItems(meetingId, actionItemsOf(meetingId), std::move(after), text, mergeKey);
}

void MeetingDocument::editActionItems(Id meetingId, const QList<ActionItem> &base, QList<ActionItem> after,
                                      const QString &text, qint64 mergeKey)
{
    if (!meetingId)
        return;
    int position = 0;
    for (ActionItem &a : after) {
        a.meetingId = meetingId;
        a.position = position++;
        if (!a.done)
            a.doneDate = QDate();
    }
    // A final meeting's actions are still followed up: only their done state may change.
    if (isFinal(meetingId) && !onlyDoneStateDiffers(base, after) && refuseFinal(meetingId))
        return;
    push(new ReplaceActionItems(context(), meetingId, base, after, text, mergeKey));
}

Id MeetingDocument::newActionItemId(const QList<ActionItem> &items) const
{
    return m_file->nextId("action_item", largestId(items));
}

Id MeetingDocument::recordActionItem(Id entryId, const QList<NameChoice> &assignees, const QString &description,
                                     const QDate &due)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return 0;
    if (!meetingId || description.trimmed().isEmpty())
        return 0;
    const QString text = tr("Record the action item “%1”").arg(description.left(40));
    const UndoMacro macro(m_undoStack, text);
    const QList<ActionItem> base = actionItemsOf(meetingId);
    QList<ActionItem> after = base;
    ActionItem item;
    item.id = newActionItemId(after);
    item.entryId = entryId;
    item.description = description.trimmed();
    item.assignees = m_directory->addAssignees(assignees);
    item.dueDate = due;
    after.append(item);
    editActionItems(meetingId, base, after, text);
    return actionItems()->rowOf(item.id) >= 0 ? item.id : 0;
}

// ------------------------------------------------------------------------------------- decisions

QList<Decision> MeetingDocument::decisionsOf(Id meetingId) const
{
    try {
        return MeetingReader(m_file->connection()).decisions(meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

bool MeetingDocument::editDecisions(Id meetingId, QList<Decision> after, const QString &text, qint64 mergeKey)
{
    if (!meetingId || refuseFinal(meetingId))
        return false;
    int position = 0;
    for (Decision &d : after) {
        d.text = d.text.trimmed();
        d.externalRef = d.externalRef.trimmed();
        if (d.text.isEmpty()) {
            m_file->report(tr("A decision needs its text: say what was decided."));
            return false;
        }
        d.meetingId = meetingId;
        d.position = position++;
    }
    const QList<Decision> before = decisionsOf(meetingId);
    if (before == after)
        return false;
    push(new ReplaceDecisions(context(), meetingId, before, after, text, mergeKey));
    // A refused or failed write (said by the file) leaves the stored decisions as they were.
    return decisionsOf(meetingId) == after;
}

Id MeetingDocument::newDecisionId(const QList<Decision> &decisions) const
{
    return m_file->nextId("decision", largestId(decisions));
}

Id MeetingDocument::recordDecision(Id entryId, const QList<NameChoice> &decidedBy, const QString &text,
                                   const QDate &date, const QString &externalRef)
{
    const Id meetingId = currentMeetingId();
    if (!meetingId || refuseFinal(meetingId))
        return 0;
    if (text.trimmed().isEmpty()) {
        m_file->report(tr("A decision needs its text: say what was decided."));
        return 0;
    }
    const QString step = tr("Record the decision “%1”").arg(text.trimmed().left(40));
    const UndoMacro macro(m_undoStack, step);
    QList<Decision> after = decisionsOf(meetingId);
    Decision decision;
    decision.id = newDecisionId(after);
    decision.entryId = entryId;
    decision.text = text.trimmed();
    decision.decidedBy = m_directory->addAssignees(decidedBy);
    decision.date = date.isValid() ? date : today();
    decision.externalRef = externalRef.trimmed();
    after.append(decision);
    editDecisions(meetingId, after, step);
    return decisions()->rowOf(decision.id) >= 0 ? decision.id : 0;
}

QList<RegisterDecision> MeetingDocument::decisionRegister(const DecisionFilter &filter, QString *error) const
{
    QList<RegisterDecision> result;
    if (!m_file->read([&](const Database &db) { result = DecisionExport::load(db, filter); }, error))
        return {};
    return result;
}

// ------------------------------------------------------------------------------------- ticket links

void MeetingDocument::editLinkPatterns(const QList<LinkPattern> &patterns)
{
    if (patterns == linkPatterns())
        return;
    push(new ReplaceLinkPatterns(context(), 0, linkPatterns(), patterns, tr("Change the ticket links")));
}

// ------------------------------------------------------------------------------------- participants

QList<Participant> MeetingDocument::participantList() const
{
    return participants()->items(&ParticipantRow::participant);
}

void MeetingDocument::editParticipants(const QList<Participant> &after, const QString &text)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return;
    if (!meetingId)
        return;
    QList<Participant> stored = after;
    for (Participant &p : stored)
        p.meetingId = meetingId;
    if (stored == participantList())
        return;
    push(new ReplaceParticipants(context(), meetingId, participantList(), stored, text));
}

int MeetingDocument::addParticipants(const QList<NameChoice> &people)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return 0;
    if (!meetingId)
        return 0;
    QList<Participant> after = participantList();
    const qsizetype before = after.size();
    const auto listed = [&after](Id id) {
        return std::any_of(after.cbegin(), after.cend(), [id](const Participant &p) { return p.personId == id; });
    };
    // Everyone there already: no undo step.
    if (std::all_of(people.cbegin(), people.cend(),
                    [&](const NameChoice &c) { return c.groupId || (c.person.id && listed(c.person.id)); }))
        return 0;
    {
        const UndoMacro macro(m_undoStack, tr("Add participants"));
        for (const Id id : m_directory->addPeople(people)) {
            if (!listed(id))
                after.append({meetingId, id, QStringLiteral("attendee"), QStringLiteral("invited"), {}});
        }
        editParticipants(after, tr("Add participants"));
    }
    return int(participantList().size() - before);
}

// -------------------------------------------------------------------------------------- attachments

QList<Attachment> MeetingDocument::attachmentList() const
{
    return attachments()->items(&AttachmentRow::attachment);
}

void MeetingDocument::editAttachments(const QList<Attachment> &after, const QString &text)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return;
    if (!meetingId)
        return;
    QList<Attachment> stored = after;
    int position = 0;
    for (Attachment &a : stored) {
        a.meetingId = meetingId;
        a.position = position++;
    }
    if (stored == attachmentList())
        return;
    push(new ReplaceAttachments(context(), meetingId, attachmentList(), stored, text));
}

int MeetingDocument::addAttachmentFiles(const QStringList &paths, Id entryId)
{
    const Id meetingId = currentMeetingId();
    if (refuseFinal(meetingId))
        return 0;
    if (!meetingId || paths.isEmpty())
        return 0;
    QList<QByteArray> contents;
    for (const QString &path : paths) {
        QByteArray data;
        QString error;
        if (!AttachmentFile::read(path, &data, &error)) {
            m_file->report(error);
            return 0;
        }
        contents << data;
    }
    const QList<Attachment> before = attachmentList();
    QList<Attachment> after = before;
    const QMimeDatabase mimes;
    Id id = m_file->nextId("attachment", largestId(after));
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths.at(i));
        Attachment a;
        a.id = id++;
        a.meetingId = meetingId;
        a.entryId = entryId;
        a.position = int(after.size());
        a.fileName = info.fileName();
        a.mimeType = mimes.mimeTypeForFileNameAndData(paths.at(i), contents.at(i)).name();
        a.size = contents.at(i).size();
        a.sha256 = AttachmentRepository::sha256Of(contents.at(i));
        a.modifiedAt = info.lastModified().toUTC();
        after.append(a);
    }
    const QString text = paths.size() == 1 ? tr("Attach “%1”").arg(QFileInfo(paths.first()).fileName())
                                           : tr("Attach %1 files").arg(paths.size());
    push(new AttachFiles(context(), meetingId, before, after, contents, text));
    return int(attachmentList().size() - before.size());
}

bool MeetingDocument::replaceAttachmentFile(Id attachmentId, const QString &path)
{
    if (refuseFinal(currentMeetingId()))
        return false;
    const QList<Attachment> before = attachmentList();
    QList<Attachment> after = before;
    auto it = std::find_if(after.begin(), after.end(), [&](const Attachment &a) { return a.id == attachmentId; });
    if (it == after.end())
        return false;
    QByteArray data;
    QString error;
    if (!AttachmentFile::read(path, &data, &error)) {
        m_file->report(error);
        return false;
    }
    it->sha256 = AttachmentRepository::sha256Of(data);
    it->size = data.size();
    it->mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    it->modifiedAt = QFileInfo(path).lastModified().toUTC();
    const QString text = tr("Replace “%1” with a new version").arg(it->fileName);
    const int done = m_undoStack->index();
    push(new AttachFiles(context(), currentMeetingId(), before, after, {data}, text));
    return m_undoStack->index() > done;
}

QByteArray MeetingDocument::attachmentContent(const QString &sha256) const
{
    try {
        return AttachmentRepository(m_file->connection()).content(sha256);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

// ----------------------------------------------------------------------- final minutes and history

FinalState MeetingDocument::finalState(Id meetingId) const
{
    try {
        return HistoryRepository(m_file->connection()).finalState(meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

QList<MeetingEvent> MeetingDocument::meetingEvents(Id meetingId) const
{
    try {
        return HistoryRepository(m_file->connection()).events(meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

QString MeetingDocument::suggestedFinalizer(Id meetingId) const
{
    QString login;
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        login = qEnvironmentVariable(name);
        if (!login.isEmpty())
            break;
    }
    const QList<Person> people = m_directory->people();
    if (!login.isEmpty()) {
        for (const Person &p : people) {
            if (p.username.compare(login, Qt::CaseInsensitive) == 0)
                return p.shownName();
        }
    }
    try {
        for (const Participant &p : MeetingReader(m_file->connection()).participants(meetingId)) {
            if (p.role != QLatin1String("notetaker"))
                continue;
            for (const Person &person : people) {
                if (person.id == p.personId)
                    return person.shownName();
            }
        }
    } catch (const StorageError &e) {
        m_file->report(e.message());
    }
    return login;
}

bool MeetingDocument::refuseFinal(Id meetingId) const
{
    if (!meetingId || !isFinal(meetingId))
        return false;
    const MeetingSummary m = m_models->meetingSummary(meetingId);
    m_file->report(tr("The minutes of “%1” are final, so the meeting cannot be changed. Reopen them first "
                      "(Meeting › Reopen Minutes…).")
                       .arg(m.title));
    return true;
}

bool MeetingDocument::finalizeMinutes(Id meetingId, const QString &by)
{
    const QString name = by.simplified();
    const MeetingSummary meeting = m_models->meetingSummary(meetingId);
    if (!meeting.id)
        return false;
    if (isFinal(meetingId)) {
        m_file->report(tr("The minutes of “%1” are final already.").arg(meeting.title));
        return false;
    }
    if (name.isEmpty()) {
        m_file->report(tr("Say who finalizes the minutes. Nothing was changed."));
        return false;
    }
    // The minutes exactly as `quorum export --format pdf --kind minutes` writes them.
    ExportRequest request;
    request.format = ExportRequest::Format::Pdf;
    request.report.kind = ReportOptions::Kind::Minutes;
    request.report.pageSize = ReportOptions::defaultPageSize();
    request.report.generated = today();
    request.report.today = today();
    request.meetingId = meetingId;
    QByteArray pdf;
    QList<Attachment> before;
    QString error;
    const bool read = m_file->read(
        [&](const Database &db) {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            Exporter::write(db, request, &buffer);
            before = MeetingReader(db.connection()).attachments(meetingId);
        },
        &error);
    if (!read || pdf.isEmpty()) {
        m_file->report(tr("The minutes could not be written, so they were not finalized: %1").arg(error));
        return false;
    }
    const QDateTime at = now().toUTC();
    const QString label = meeting.seriesName.isEmpty() ? meeting.title : meeting.seriesName;
    QStringList names;
    for (const Attachment &a : before)
        names << a.fileName;
    QString fileName = SafeFileName::make(tr("Minutes %1 %2.pdf").arg(meeting.startDate.toString(Qt::ISODate), label));
    for (int n = 2; names.contains(fileName, Qt::CaseInsensitive); ++n)
        fileName = SafeFileName::withSuffix(
            SafeFileName::make(tr("Minutes %1 %2.pdf").arg(meeting.startDate.toString(Qt::ISODate), label)), n);
    Attachment a;
    a.id = m_file->nextId("attachment", largestId(before));
    a.meetingId = meetingId;
    a.position = int(before.size());
    a.fileName = fileName;
    a.mimeType = QStringLiteral("application/pdf");
    a.size = pdf.size();
    a.sha256 = AttachmentRepository::sha256Of(pdf);
    a.modifiedAt = at;
    a.description = tr("Final minutes, finalized by %1").arg(name);
    QList<Attachment> after = before;
    after.append(a);
    const FinalState state{name, at, a.sha256};
    push(new SetMeetingFinal(context(), meetingId, {}, state, name, before, after, pdf,
                             tr("Finalize the minutes of “%1”").arg(meeting.title)));
    return isFinal(meetingId);
}

bool MeetingDocument::reopenMinutes(Id meetingId, const QString &by)
{
    const QString name = by.simplified();
    const MeetingSummary meeting = m_models->meetingSummary(meetingId);
    if (!meeting.id || !isFinal(meetingId))
        return false;
    if (name.isEmpty()) {
        m_file->report(tr("Say who reopens the minutes. Nothing was changed."));
        return false;
    }
    const FinalState before = finalState(meetingId);
    if (!before.isFinal())
        return false;
    push(new SetMeetingFinal(context(), meetingId, before, {}, name, {}, {}, {},
                             tr("Reopen the minutes of “%1”").arg(meeting.title)));
    return !isFinal(meetingId);
}

QList<Revision> MeetingDocument::revisions(Id meetingId) const
{
    try {
        return HistoryRepository(m_file->connection()).revisions(meetingId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

bool MeetingDocument::restoreRevision(const Revision &revision)
{
    if (!revision.isNotes() || !revision.hasContent)
        return false;
    if (revision.meetingId != currentMeetingId() && !setCurrentMeeting(revision.meetingId))
        return false;
    if (refuseFinal(revision.meetingId))
        return false;
    AgendaState after = agendaState();
    AgendaEntry *entry = after.entry(revision.entryId);
    if (!entry) {
        m_file->report(
            tr("“%1” is no longer on the agenda, so its notes cannot be restored.").arg(revision.entryTitle));
        return false;
    }
    const bool running = revision.part == Revision::runningNotesPart();
    QString &notes = running ? entry->runningNotes : entry->preNotes;
    if (notes == revision.content)
        return false;
    notes = revision.content;
    const QString when = QLocale().toString(revision.at.toLocalTime(), QLocale::ShortFormat);
    editAgenda(after, running ? tr("Restore the running notes of “%1” as of %2").arg(entry->title, when)
                              : tr("Restore the pre-meeting notes of “%1” as of %2").arg(entry->title, when));
    const AgendaEntry *stored = agendaState().entry(revision.entryId);
    return stored && (running ? stored->runningNotes : stored->preNotes) == revision.content;
}

int MeetingDocument::pruneHistory(const QDate &before)
{
    if (!before.isValid())
        return -1;
    int removed = 0;
    const QDateTime limit = before.startOfDay().toUTC();
    if (!m_file->write(tr("prune the history"),
                       [&](const QSqlDatabase &db) { removed = HistoryRepository(db).prune(limit); }))
        return -1;
    return removed;
}

// ------------------------------------------------------------------------------------------- series

std::optional<Series> MeetingDocument::series(Id seriesId) const
{
    try {
        return SeriesRepository(m_file->connection()).load(seriesId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return std::nullopt;
    }
}

QList<MeetingSummary> MeetingDocument::seriesMeetings(Id seriesId) const
{
    try {
        return SeriesRepository(m_file->connection()).meetings(seriesId);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

std::optional<MeetingContent> MeetingDocument::lastMeetingOf(Id seriesId) const
{
    const QList<MeetingSummary> meetings = seriesMeetings(seriesId);
    if (meetings.isEmpty())
        return std::nullopt;
    try {
        return MeetingReader(m_file->connection()).load(meetings.constLast().id);
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return std::nullopt;
    }
}

bool MeetingDocument::editSeries(const Series &after)
{
    const std::optional<Series> before = series(after.id);
    if (!before || *before == after)
        return false;
    auto *command = new SetSeries(context(), *before, after, tr("Change the series “%1”").arg(before->name));
    push(command);
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command;
}

Id MeetingDocument::addMeetingFromShape(const MeetingShape &shape, const QString &title, Id seriesId,
                                        const QDate &start, const QList<ParkedTopic> &parked)
{
    if (title.trimmed().isEmpty() || !start.isValid())
        return 0;
    MeetingShape s = shape;
    // Without a time zone of its own the meeting takes the series' default, else this computer's.
    if (s.logistics.timeZone.isEmpty() && seriesId)
        s.logistics.timeZone = series(seriesId).value_or(Series()).timeZone;
    if (s.logistics.timeZone.isEmpty())
        s.logistics.timeZone = Meeting::localTimeZone();
    MeetingShape::Instance instance = s.instance(title.trimmed(), seriesId, start);
    QList<AgendaEntry> carried;
    for (const ParkedTopic &topic : parked)
        carried << ParkingLot::entryFor(topic);
    instance.addTopics(carried);
    auto *command = new AddMeetingFromShape(context(), instance);
    push(command);
    // A command that failed to write is obsolete and was dropped by the stack.
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command ? command->meetingId() : 0;
}

// ---------------------------------------------------------------------------------------- Confluence

bool MeetingDocument::readConfluencePages(const QString &path, ConfluenceImport::Options options,
                                          ConfluenceImport::Reading *reading, QString *error) const
{
    if (!m_file->read([&](const Database &db) { options = ConfluenceImport::optionsFor(db.connection(), options); },
                      error))
        return false;
    return ConfluenceImport::readFile(path, options, reading, error);
}

bool MeetingDocument::importConfluencePages(const ConfluenceImport::Reading &reading)
{
    if (reading.pages.isEmpty())
        return false;
    if (!reading.isComplete()) {
        m_file->report(tr("A page gives no date; choose the meeting’s date. Nothing was imported."));
        return false;
    }
    auto *command = new ImportConfluence(context(), reading);
    push(command);
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command;
}

// ---------------------------------------------------------------------------------------- invitations

bool MeetingDocument::readInvitation(const QString &path, Invitation *invitation, QString *error) const
{
    try {
        InvitationImport::Options options = InvitationImport::optionsFor(m_file->connection());
        options.today = today();
        return InvitationImport::readFile(path, options, invitation, error);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

Id MeetingDocument::importInvitation(const Invitation &invitation)
{
    auto *command = new AddMeetingFromShape(
        context(), tr("Import the invitation “%1”").arg(invitation.title),
        [invitation](const QSqlDatabase &db) { return InvitationImport::write(db, invitation); });
    push(command);
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command ? command->meetingId() : 0;
}

bool MeetingDocument::fillLogistics(const Invitation &invitation)
{
    const Meeting &current = currentMeeting();
    if (!current.id || refuseFinal(current.id))
        return false;
    const ConferenceDetails &c = invitation.conference;
    const QList<QPair<Meeting::Field, QString>> fields = {{Meeting::Location, invitation.location()},
                                                          {Meeting::JoinUrl, c.joinUrl},
                                                          {Meeting::MeetingCode, c.meetingCode},
                                                          {Meeting::SipAddress, c.sipAddress},
                                                          {Meeting::PasscodeHint, c.passcodeHint}};
    const bool changes = std::any_of(fields.cbegin(), fields.cend(),
                                     [&](const auto &f) {
                                         return !f.second.isEmpty() && current.value(f.first).toString() != f.second;
                                     })
                         || (!c.dialIns.isEmpty() && c.dialIns != current.dialIns);
    if (!changes)
        return false;
    const int before = m_undoStack->count();
    {
        UndoMacro macro(m_undoStack, tr("Fill the logistics from the invitation"));
        for (const auto &[field, value] : fields) {
            if (!value.isEmpty())
                editMeetingField(field, value);
        }
        if (!c.dialIns.isEmpty())
            editDialIns(c.dialIns);
    }
    return m_undoStack->count() > before;
}

// ---------------------------------------------------------------------------------------- templates

QList<MeetingTemplate> MeetingDocument::templates() const
{
    try {
        return TemplateRepository(m_file->connection()).all();
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return {};
    }
}

namespace {
/** Why a template cannot be called name (empty when it can): empty, or another one's. */
QString templateNameProblem(const QList<MeetingTemplate> &templates, Id templateId, const QString &name)
{
    if (name.isEmpty())
        return MeetingDocument::tr("A template needs a name.");
    for (const MeetingTemplate &t : templates) {
        if (t.name == name && t.id != templateId)
            return MeetingDocument::tr("A template named “%1” exists already: choose another name.").arg(name);
    }
    return {};
}
} // namespace

Id MeetingDocument::saveTemplate(const QString &name)
{
    const QString trimmed = name.trimmed();
    const Id meetingId = currentMeetingId();
    if (!meetingId)
        return 0;
    QList<MeetingTemplate> before = templates();
    if (const QString problem = templateNameProblem(before, 0, trimmed); !problem.isEmpty()) {
        m_file->report(problem);
        return 0;
    }
    MeetingTemplate t;
    try {
        t.shape = MeetingShape::of(MeetingReader(m_file->connection()).load(meetingId), MeetingShape::templateParts());
    } catch (const StorageError &e) {
        m_file->report(e.message());
        return 0;
    }
    Id pending = 0;
    for (const MeetingTemplate &b : std::as_const(before))
        pending = qMax(pending, b.id);
    t.id = m_file->nextId("meeting_template", pending);
    t.name = trimmed;
    QList<MeetingTemplate> after = before;
    after << t;
    auto *command = new ReplaceTemplates(context(), before, after, tr("Save the template “%1”").arg(trimmed));
    push(command);
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command ? t.id : 0;
}

bool MeetingDocument::renameTemplate(Id templateId, const QString &name)
{
    const QString trimmed = name.trimmed();
    const QList<MeetingTemplate> before = templates();
    QList<MeetingTemplate> after = before;
    auto it = std::find_if(after.begin(), after.end(), [&](const MeetingTemplate &t) { return t.id == templateId; });
    if (it == after.end() || it->name == trimmed)
        return false;
    if (const QString problem = templateNameProblem(before, templateId, trimmed); !problem.isEmpty()) {
        m_file->report(problem);
        return false;
    }
    const QString old = it->name;
    it->name = trimmed;
    auto *command = new ReplaceTemplates(context(), before, after, tr("Rename the template “%1”").arg(old));
    push(command);
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command;
}

bool MeetingDocument::deleteTemplate(Id templateId)
{
    const QList<MeetingTemplate> before = templates();
    QList<MeetingTemplate> after = before;
    auto it = std::find_if(after.begin(), after.end(), [&](const MeetingTemplate &t) { return t.id == templateId; });
    if (it == after.end())
        return false;
    const QString name = it->name;
    after.erase(it);
    auto *command = new ReplaceTemplates(context(), before, after, tr("Delete the template “%1”").arg(name));
    push(command);
    return m_undoStack->count() && m_undoStack->command(m_undoStack->count() - 1) == command;
}

MeetingDocument::NotesSave MeetingDocument::saveRunningNotes(Id entryId, const QString &base, const QString &text)
{
    const AgendaEntry *entry = agendaState().entry(entryId);
    if (!entry)
        return NotesSave::Failed;
    if (entry->runningNotes == text)
        return NotesSave::Saved; // nothing to write: what was typed is what is stored (theirs too)
    if (entry->runningNotes != base)
        return NotesSave::Conflict;
    agenda()->setEntryField(entryId, AgendaModel::RunningNotesRole, text);
    const AgendaEntry *after = agendaState().entry(entryId);
    if (after && after->runningNotes == text)
        return NotesSave::Saved;
    // Refused by the server because someone saved first (the models show theirs now), or not written.
    return after && after->runningNotes != base ? NotesSave::Conflict : NotesSave::Failed;
}

QString MeetingDocument::runningNotesOf(Id entryId) const
{
    const AgendaEntry *entry = agendaState().entry(entryId);
    return entry ? entry->runningNotes : QString();
}

QString MeetingDocument::lastChangeOf(Id entryId) const
{
    if (!m_file->isServer())
        return {};
    QString who;
    QString error;
    m_file->read([&](const Database &db) { who = StaleCheck::changedBy(db.connection(), "agenda_entry", entryId); },
                 &error);
    return who;
}

QStringList MeetingDocument::othersEditing(Id entryId) const
{
    return m_presence ? m_presence->othersEditing(entryId) : QStringList();
}

void MeetingDocument::announceEditing(Id entryId)
{
    // A reader cannot edit, so never says it does. While the server is away the entry is kept, said once it is back.
    if (!m_presence || !entryId || m_file->database().isReadOnly() || !m_file->damage().isEmpty())
        return;
    m_idle = QDeadlineTimer(m_idleMs);
    if (entryId == m_editingEntry && m_announceTimer->isActive())
        return; // said already; the timer says it again
    if (m_editingEntry && m_editingEntry != entryId)
        stopEditing();
    m_editingEntry = entryId;
    m_editingMeeting = currentMeetingId();
    sayEditing();
    m_announceTimer->start();
}

void MeetingDocument::sayEditing()
{
    m_file->announcePresence(m_editingMeeting, m_editingEntry, PresenceNotice::State::Editing);
}

void MeetingDocument::stopEditing()
{
    if (!m_editingEntry)
        return;
    m_announceTimer->stop();
    m_file->announcePresence(m_editingMeeting, m_editingEntry, PresenceNotice::State::Stopped);
    m_editingEntry = 0;
    m_editingMeeting = 0;
}

void MeetingDocument::setPresenceTimes(int announceMs, int idleMs, int expiryMs)
{
    m_idleMs = idleMs;
    if (m_announceTimer)
        m_announceTimer->setInterval(announceMs);
    if (m_presence)
        m_presence->setExpiryMs(expiryMs);
}

} // namespace Quorum
