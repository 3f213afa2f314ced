// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingdocument.h"

#include "commands/addmeeting.h"
#include "commands/addperson.h"
#include "commands/commandids.h"
#include "commands/mergepeople.h"
#include "commands/replaceagenda.h"
#include "commands/replacestate.h"
#include "commands/setdialins.h"
#include "commands/setmeetingdates.h"
#include "commands/setmeetingfield.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/dialinmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/attachmentrepository.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/readonlyconnection.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/topicrequestrepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Quorum {

MeetingDocument::MeetingDocument(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_meetingList(new MeetingListModel(this))
    , m_agenda(new AgendaModel(this))
    , m_participants(new ParticipantModel(this))
    , m_actionItems(new ActionItemModel(ActionItemModel::Scope::Meeting, this))
    , m_actionSummary(new ActionItemModel(ActionItemModel::Scope::Library, this))
    , m_attachments(new AttachmentModel(this))
    , m_topicRequests(new TopicRequestModel(this))
    , m_dialIns(new DialInModel(this))
    , m_backupPool(new QThreadPool(this))
{
    m_backupPool->setMaxThreadCount(1);
}

MeetingDocument::~MeetingDocument()
{
    // A snapshot being written reads the file: it finishes before the document goes.
    m_backupPool->waitForDone();
    // Commands refer to the document: drop them before the models and the database go.
    m_undoStack->clear();
}

std::unique_ptr<MeetingDocument> MeetingDocument::make(std::unique_ptr<Database> db, QString *error)
{
    if (!db)
        return nullptr;
    const bool checked = db->isChecked();
    std::unique_ptr<MeetingDocument> doc(new MeetingDocument(std::move(db)));
    if (!checked)
        doc->checkInBackground();
    try {
        doc->reloadMeetingList();
        doc->reloadSummary();
        doc->m_linkPatterns = LinkPatternRepository(doc->m_db->connection()).all();
        doc->m_linker = TicketLinker(doc->m_linkPatterns);
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

namespace {

QString lockPathOf(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

/** "process 123 on host": who holds a lock that could not be taken. */
QString holderOf(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) ? MeetingDocument::tr("process %1 on %2").arg(pid).arg(host)
                                                       : QString();
}

/** The edit lock of a library: held, or nullptr with *problem and *error set. */
std::unique_ptr<QLockFile> lockLibrary(const QString &path, MeetingDocument::OpenProblem *problem, QString *error)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(path));
    lock->setStaleLockTime(0); // a live holder keeps its lock however long it edits; a dead one's is taken over
    if (lock->tryLock(0))
        return lock;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (lock->error() == QLockFile::LockFailedError) {
        *problem = MeetingDocument::OpenProblem::InUse;
        *error = MeetingDocument::tr("“%1” is being edited in another Quorum (%2).").arg(shown, holderOf(*lock));
    } else {
        *problem = MeetingDocument::OpenProblem::ReadOnlyFile;
        *error = MeetingDocument::tr("“%1” cannot be edited: its folder is read-only.").arg(shown);
    }
    return nullptr;
}

} // namespace

bool MeetingDocument::isInUse(const QString &path, QString *holder)
{
    QLockFile lock(lockPathOf(path));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    if (holder)
        *holder = holderOf(lock);
    return true;
}

std::unique_ptr<MeetingDocument> MeetingDocument::open(const QString &path, QString *error, Access access,
                                                       OpenProblem *problem)
{
    OpenProblem ignored = OpenProblem::None;
    OpenProblem &why = problem ? *problem : ignored;
    why = OpenProblem::None;
    if (access == Access::ReadOnly) {
        std::unique_ptr<MeetingDocument> doc
            = make(Database::open(path, Database::Mode::ReadOnly, error, Database::builtinMigrations(),
                                  Database::Check::Later),
                   error);
        if (!doc)
            why = OpenProblem::Other;
        return doc;
    }
    const QFileInfo info(path);
    if (info.isFile() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        why = OpenProblem::ReadOnlyFile;
        *error = tr("“%1” cannot be edited: the file or its folder is read-only.")
                     .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return nullptr;
    }
    std::unique_ptr<QLockFile> lock;
    if (info.isFile()) {
        lock = lockLibrary(path, &why, error);
        if (!lock)
            return nullptr;
    }
    // The first screen comes before the whole file is read for its check: that runs meanwhile.
    std::unique_ptr<MeetingDocument> doc = make(Database::open(path, Database::Mode::OpenExisting, error,
                                                               Database::builtinMigrations(), Database::Check::Later),
                                                error);
    if (!doc) {
        why = OpenProblem::Other;
        return nullptr;
    }
    doc->m_lock = std::move(lock);
    return doc;
}

std::unique_ptr<MeetingDocument> MeetingDocument::create(const QString &path, QString *error)
{
    std::unique_ptr<MeetingDocument> doc = make(Database::open(path, Database::Mode::CreateNew, error), error);
    if (doc) {
        OpenProblem why = OpenProblem::None;
        doc->m_lock = lockLibrary(path, &why, error);
    }
    return doc;
}

bool MeetingDocument::isReadOnly() const
{
    return m_db->isReadOnly() || !m_damage.isEmpty();
}

void MeetingDocument::checkInBackground()
{
    auto promise = std::make_shared<std::promise<QString>>();
    m_check = promise->get_future().share();
    const QString library = path();
    // On the pool's thread, with a connection of its own; snapshots queue behind it.
    m_backupPool->start([this, promise, library] {
        QString damage;
        try {
            const ReadOnlyConnection connection(library, 10000);
            damage = connection.isOpen() ? Database::damageOf(connection.database())
                                         : tr("it could not be read for its check: %1").arg(connection.errorText());
        } catch (const StorageError &) {
            // (SQLite stops its check on the worst kinds of damage.)
            damage = tr("its check could not even finish");
        }
        promise->set_value(damage);
        QMetaObject::invokeMethod(
            this, [this] { waitForCheck(); }, Qt::QueuedConnection);
    });
}

void MeetingDocument::waitForCheck()
{
    if (!m_check.valid())
        return; // none was started, or its answer is taken
    const QString damage = m_check.get();
    m_check = {};
    if (damage.isEmpty())
        return;
    m_damage = tr("“%1” is damaged (%2). It is read-only now, so that nothing makes it worse. "
                  "File › Restore from Backup… brings back an earlier copy; File › Check Library tells more.")
                   .arg(QFileInfo(path()).fileName(), damage);
    Q_EMIT damaged(m_damage);
}

QString MeetingDocument::path() const
{
    return m_db->path();
}

void MeetingDocument::startBackups(const QString &folder, qint64 intervalMs)
{
    m_backupFolder = folder;
    m_backupInterval = intervalMs;
    // A snapshot younger than the interval is recent enough: opening the library again soon
    // after (or every few minutes) does not copy all of it each time.
    const QList<BackupInfo> taken = Backups::list(path(), folder);
    m_lastBackup = taken.isEmpty() ? QDateTime() : taken.constFirst().taken;
    if (isBackupDue())
        backupInBackground();
}

bool MeetingDocument::isBackupDue() const
{
    return !m_backupFolder.isEmpty() && !m_backupRunning && m_damage.isEmpty()
           && (!m_lastBackup.isValid() || QDateTime::currentDateTime() >= m_lastBackup.addMSecs(m_backupInterval));
}

void MeetingDocument::backupInBackground()
{
    m_backupRunning = true;
    m_lastBackup = QDateTime::currentDateTime();
    const QString library = path();
    const QString folder = m_backupFolder;
    const std::shared_future<QString> check = m_check;
    // Its own connection, on the pool's thread: the GUI thread never waits for a snapshot.
    m_backupPool->start([this, library, folder, check] {
        // The check after opening, if still unanswered when this was queued, ran first on this
        // thread: a damaged library is not copied (the copy would fail its own check, and the
        // banner already says what is wrong). Once answered, isBackupDue() keeps it from starting.
        const bool damaged = check.valid() && !check.get().isEmpty();
        QString error;
        const QString written
            = damaged ? QString() : Backups::snapshot(library, folder, QDateTime::currentDateTime(), &error);
        if (!written.isEmpty())
            Backups::thin(library, folder);
        QMetaObject::invokeMethod(
            this,
            [this, written, error, damaged] {
                m_backupRunning = false;
                if (damaged)
                    return;
                if (written.isEmpty())
                    Q_EMIT backupFailed(error);
                else
                    Q_EMIT backupWritten(written);
            },
            Qt::QueuedConnection);
    });
}

void MeetingDocument::waitForBackups()
{
    m_backupPool->waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void MeetingDocument::report(const QString &message)
{
    Q_EMIT storageFailed(message);
}

bool MeetingDocument::write(const QString &context, const std::function<void()> &work)
{
    waitForCheck(); // nothing is written into a library before it checked out
    if (isReadOnly())
        return false; // nothing to say: the window shows that editing is off
    try {
        Transaction tx(m_db->connection(), context);
        work();
        tx.commit();
    } catch (const StorageError &e) {
        // The library refused the edit (a rule of its own, a constraint): say so, as for any mistake.
        // The file or the disk failed (full, read-only, I/O, locked, damaged): what is on screen
        // stays, and the failure is said once, until saving works again.
        static const QList<int> environmental = {5 /*BUSY*/,      6 /*LOCKED*/,    8 /*READONLY*/,
                                                 10 /*IOERR*/,    11 /*CORRUPT*/,  13 /*FULL*/,
                                                 14 /*CANTOPEN*/, 15 /*PROTOCOL*/, 26 /*NOTADB*/};
        if (!environmental.contains(e.nativeCode() & 0xff)) {
            report(tr("%1 Nothing of this edit was saved.").arg(e.message()));
            return false;
        }
        if (!m_saveFailing) {
            m_saveFailing = true;
            Q_EMIT saveFailed(tr("Not saved: %1 What you see is kept on screen and saved with your next edit "
                                 "once the problem is solved.")
                                  .arg(e.message()));
        }
        return false;
    }
    if (m_saveFailing) {
        m_saveFailing = false;
        Q_EMIT saveRecovered();
    }
    if (isBackupDue())
        backupInBackground();
    return true;
}

void MeetingDocument::reloadMeetingList()
{
    m_meetingList->reload(MeetingRepository(m_db->connection()).summaries());
}

Id MeetingDocument::newestMeetingId() const
{
    const QModelIndex group = m_meetingList->index(0, 0);
    const QModelIndex first = m_meetingList->index(0, 0, group);
    return first.isValid() ? first.data(MeetingListModel::MeetingIdRole).toLongLong() : 0;
}

namespace {

NameLookup loadNames(const QSqlDatabase &db)
{
    PersonRepository people(db);
    return {people.shownNames(), people.groupNames()};
}

ActionItemRow actionRow(const ActionItem &a, const NameLookup &names, const QString &origin, Id seriesId,
                        const QDate &meetingDate)
{
    ActionItemRow row{a, QString(), {}, origin, seriesId, meetingDate};
    for (const Assignee &who : a.assignees)
        row.assigneeNames << (who.personId ? names.people.value(who.personId) : names.groups.value(who.groupId));
    row.assignees = row.assigneeNames.join(QStringLiteral(", "));
    return row;
}

} // namespace

void MeetingDocument::reloadSummary()
{
    const QSqlDatabase db = m_db->connection();
    const NameLookup names = loadNames(db);
    QHash<Id, QString> appearsOn;
    QHash<Id, MeetingSummary> meetings;
    const QLocale locale;
    for (const MeetingSummary &m : MeetingRepository(db).summaries()) {
        appearsOn.insert(m.id, tr("%1 (%2)").arg(m.title, locale.toString(m.startDate, QLocale::ShortFormat)));
        meetings.insert(m.id, m);
    }
    QList<ActionItemRow> rows;
    for (const ActionItem &a : ActionItemRepository(db).list()) {
        const MeetingSummary &m = meetings[a.meetingId];
        rows.append(actionRow(a, names, appearsOn.value(a.meetingId), m.seriesId, m.startDate));
    }
    m_actionSummary->reload(rows);
}

bool MeetingDocument::setCurrentMeeting(Id meetingId)
{
    const QSqlDatabase db = m_db->connection();
    try {
        if (!meetingId) {
            m_current = Meeting();
            m_agenda->reload({}, {}, {});
            m_participants->reload({});
            m_actionItems->reload({});
            m_attachments->reload({});
            m_topicRequests->reload({});
            m_dialIns->reload({});
            Q_EMIT currentMeetingChanged(0);
            return true;
        }
        const Meeting meeting = MeetingRepository(db).load(meetingId);
        const QList<MeetingDay> days = MeetingRepository(db).days(meetingId);
        const QList<AgendaEntry> entries = AgendaRepository(db).forMeeting(meetingId);
        const NameLookup names = loadNames(db);

        QHash<Id, QString> entryTitles;
        QHash<Id, QString> entryPlaces;
        QHash<Id, int> dayNumbers;
        for (int i = 0; i < days.size(); ++i)
            dayNumbers.insert(days.at(i).id, i + 1);
        for (const AgendaEntry &e : entries) {
            entryTitles.insert(e.id, e.title);
            entryPlaces.insert(e.id, tr("Day %1, %2 %3")
                                         .arg(dayNumbers.value(e.dayId))
                                         .arg(e.startTime.toString(QStringLiteral("HH:mm")), e.title));
        }

        QHash<Id, Person> people;
        for (const Person &p : PersonRepository(db).all())
            people.insert(p.id, p);
        QList<ParticipantRow> participantRows;
        for (const Participant &p : ParticipantRepository(db).forMeeting(meetingId))
            participantRows.append({p, people.value(p.personId)});

        QList<ActionItemRow> actionRows;
        for (const ActionItem &a : ActionItemRepository(db).list(meetingId))
            actionRows.append(actionRow(a, names, entryTitles.value(a.entryId), meeting.seriesId, meeting.startDate));

        QList<AttachmentRow> attachmentRows;
        for (const Attachment &a : AttachmentRepository(db).forMeeting(meetingId))
            attachmentRows.append({a, names.person(a.uploadedBy), entryTitles.value(a.entryId)});

        QList<TopicRequestRow> requestRows;
        for (const TopicRequest &t : TopicRequestRepository(db).forMeeting(meetingId))
            requestRows.append({t, names.joinPeople(t.requestedBy), entryPlaces.value(t.scheduledEntryId)});

        m_current = meeting;
        if (m_now.isValid())
            m_agenda->setNow(m_now, meeting.timeZone);
        m_agenda->reload(days, entries, names);
        m_participants->reload(participantRows);
        m_actionItems->reload(actionRows);
        m_attachments->reload(attachmentRows);
        m_topicRequests->reload(requestRows);
        m_dialIns->reload(meeting.dialIns);
    } catch (const StorageError &e) {
        report(e.message());
        return false;
    }
    Q_EMIT currentMeetingChanged(meetingId);
    return true;
}

void MeetingDocument::editMeetingField(Meeting::Field field, const QVariant &value)
{
    if (!m_current.id)
        return;
    const QVariant old = m_current.value(field);
    if (old == value)
        return;
    m_undoStack->push(new SetMeetingField(this, m_current.id, field, old, value));
}

void MeetingDocument::editDialIns(const QList<DialIn> &dialIns)
{
    if (!m_current.id || dialIns == m_current.dialIns)
        return;
    m_undoStack->push(new SetDialIns(this, m_current.id, m_current.dialIns, dialIns));
}

void MeetingDocument::editMeetingDates(const QDate &start, const QDate &end)
{
    if (!m_current.id || (start == m_current.startDate && end == m_current.endDate))
        return;
    if (!start.isValid() || !end.isValid() || end < start) {
        report(tr("A meeting cannot end before it starts. The dates were not changed."));
        Q_EMIT meetingFieldChanged(m_current.id, Meeting::StartDate);
        return;
    }
    QList<MeetingDay> days;
    try {
        days = MeetingRepository(m_db->connection()).days(m_current.id);
    } catch (const StorageError &e) {
        report(e.message());
        return;
    }
    QList<MeetingDay> added;
    QList<MeetingDay> removed;
    QSet<QDate> have;
    for (const MeetingDay &d : std::as_const(days)) {
        have.insert(d.date);
        if (d.date < start || d.date > end)
            removed.append(d);
    }
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        if (!have.contains(d))
            added.append({0, m_current.id, d, {}, {}});
    }
    m_undoStack->push(
        new SetMeetingDates(this, m_current.id, m_current.startDate, m_current.endDate, start, end, added, removed));
}

bool MeetingDocument::applyMeetingDates(Id meetingId, const QDate &start, const QDate &end, QList<MeetingDay> *insert,
                                        const QList<MeetingDay> &remove)
{
    const bool ok = write(tr("save the meeting dates"), [&] {
        MeetingRepository meetings(m_db->connection());
        for (const MeetingDay &d : remove)
            meetings.removeEmptyDay(d);
        meetings.setDates(meetingId, start, end);
        QList<MeetingDay> stored = *insert;
        for (MeetingDay &d : stored)
            d.id = meetings.insertDay(d);
        *insert = stored;
    });
    if (!ok) {
        // Put the date editors back to what is stored.
        Q_EMIT meetingFieldChanged(meetingId, Meeting::StartDate);
        return false;
    }
    refreshLibraryViews();
    setCurrentMeeting(meetingId);
    Q_EMIT meetingFieldChanged(meetingId, Meeting::StartDate);
    Q_EMIT meetingFieldChanged(meetingId, Meeting::EndDate);
    return true;
}

QList<Series> MeetingDocument::seriesList()
{
    try {
        return SeriesRepository(m_db->connection()).all();
    } catch (const StorageError &e) {
        report(e.message());
        return {};
    }
}

void MeetingDocument::addMeeting(const Meeting &meeting, const QString &seriesName)
{
    m_undoStack->push(new AddMeeting(this, meeting, seriesName.trimmed()));
}

bool MeetingDocument::applyMeetingField(Id meetingId, Meeting::Field field, const QVariant &value)
{
    if (!write(tr("save the meeting"),
               [&] { MeetingRepository(m_db->connection()).setField(meetingId, field, value); }))
        return false;
    if (meetingId != m_current.id) {
        // Undo of an edit in another meeting: show that meeting, so the change is seen.
        setCurrentMeeting(meetingId);
    } else {
        m_current.setValue(field, value);
    }
    if (field == Meeting::StartDate || field == Meeting::SeriesId) {
        refreshLibraryViews();
    } else if (field == Meeting::Title) {
        m_meetingList->setTitle(meetingId, value.toString());
        try {
            reloadSummary();
        } catch (const StorageError &e) {
            report(e.message());
        }
    }
    Q_EMIT meetingFieldChanged(meetingId, field);
    return true;
}

bool MeetingDocument::applyDialIns(Id meetingId, const QList<DialIn> &dialIns)
{
    if (!write(tr("save the dial-in numbers"),
               [&] { MeetingRepository(m_db->connection()).setDialIns(meetingId, dialIns); }))
        return false;
    if (meetingId != m_current.id) {
        setCurrentMeeting(meetingId);
    } else {
        m_current.dialIns = dialIns;
        m_dialIns->reload(dialIns);
    }
    return true;
}

bool MeetingDocument::insertMeeting(Meeting *meeting, QList<MeetingDay> *days, Id *seriesId, const QString &seriesName,
                                    bool *seriesCreated)
{
    const bool ok = write(tr("add the meeting"), [&] {
        const QSqlDatabase db = m_db->connection();
        SeriesRepository series(db);
        Id sid = 0;
        if (!seriesName.isEmpty()) {
            sid = series.findByName(seriesName);
            if (!sid) {
                Series s;
                s.id = *seriesId; // the id of an earlier redo, if any
                s.name = seriesName;
                sid = series.insert(s);
                *seriesCreated = true;
            } else {
                *seriesCreated = false;
            }
        }
        Meeting m = *meeting;
        m.seriesId = sid;
        MeetingRepository meetings(db);
        m.id = meetings.insert(m);
        QList<MeetingDay> stored = *days;
        for (MeetingDay &d : stored) {
            d.meetingId = m.id;
            d.id = meetings.insertDay(d);
        }
        // Only now that everything is written: keep the ids for the next redo.
        *meeting = m;
        *days = stored;
        *seriesId = sid;
    });
    if (!ok)
        return false;
    refreshLibraryViews();
    return true;
}

bool MeetingDocument::removeMeeting(Id meetingId, Id seriesToRemove)
{
    const bool ok = write(tr("remove the meeting"), [&] {
        MeetingRepository(m_db->connection()).remove(meetingId);
        if (seriesToRemove)
            SeriesRepository(m_db->connection()).remove(seriesToRemove);
    });
    if (!ok)
        return false;
    refreshLibraryViews();
    return true;
}

void MeetingDocument::refreshLibraryViews()
{
    try {
        reloadMeetingList();
        reloadSummary();
    } catch (const StorageError &e) {
        report(e.message());
    }
    Q_EMIT meetingsChanged();
}

void MeetingDocument::setNow(const QDateTime &now)
{
    m_now = now;
    m_agenda->setNow(now, m_current.timeZone);
}

void MeetingDocument::setToday(const QDate &today)
{
    m_today = today;
    m_actionItems->setToday(today);
    m_actionSummary->setToday(today);
}

} // namespace Quorum

// ------------------------------------------------------------------------------------------ agenda

namespace Quorum {

AgendaState MeetingDocument::agendaState() const
{
    AgendaState state = m_agenda->state();
    state.startDate = m_current.startDate;
    state.endDate = m_current.endDate;
    return state;
}

void MeetingDocument::editAgenda(AgendaState after, const QString &text, qint64 mergeKey)
{
    if (!m_current.id)
        return;
    after.retime();
    // Moderators and coordinators named on the agenda join the participants with that role, in
    // the same undo step, so nobody is typed twice.
    QList<Participant> participants = participantList();
    bool joined = false;
    auto join = [&](Id personId, const QString &role) {
        if (!personId)
            return;
        for (const Participant &p : participants) {
            if (p.personId == personId)
                return;
        }
        participants.append({m_current.id, personId, role, QStringLiteral("invited")});
        joined = true;
    };
    for (const AgendaEntry &e : after.entries) {
        join(e.moderatorId, QStringLiteral("moderator"));
        for (Id c : e.coordinatorIds)
            join(c, QStringLiteral("coordinator"));
    }
    AgendaState before = agendaState();
    if (!joined) {
        m_undoStack->push(new ReplaceAgenda(this, m_current.id, std::move(before), std::move(after), text, mergeKey));
        return;
    }
    m_undoStack->beginMacro(text);
    m_undoStack->push(new ReplaceAgenda(this, m_current.id, std::move(before), std::move(after), text));
    editParticipants(participants, text);
    m_undoStack->endMacro();
}

Id MeetingDocument::nextId(const char *table, Id pendingMax) const
{
    Id id = pendingMax;
    try {
        id = qMax(id, Repository(m_db->connection()).maxId(table));
    } catch (const StorageError &) {
        // Unreadable now means the insert fails too, and that failure is reported.
    }
    return id + 1;
}

Id MeetingDocument::newEntryId(const AgendaState &state) const
{
    Id pending = 0;
    for (const AgendaEntry &e : state.entries)
        pending = qMax(pending, e.id);
    return nextId("agenda_entry", pending);
}

Id MeetingDocument::newDayId(const AgendaState &state) const
{
    Id pending = 0;
    for (const MeetingDay &d : state.days)
        pending = qMax(pending, d.id);
    return nextId("meeting_day", pending);
}

namespace {
QString usernameOf(const QString &name)
{
    static const QRegularExpression unknown(QStringLiteral("^Unknown User \\((.+)\\)$"));
    const QRegularExpressionMatch m = unknown.match(name);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}
} // namespace

Id MeetingDocument::findPerson(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString username = usernameOf(trimmed);
    try {
        return PersonRepository(m_db->connection()).findByName(username.isEmpty() ? trimmed : username);
    } catch (const StorageError &) {
        return 0;
    }
}

QStringList MeetingDocument::personNames() const
{
    QStringList names;
    try {
        for (const Person &p : PersonRepository(m_db->connection()).all()) {
            names << p.shownName() << p.aliases;
            if (!p.username.isEmpty() && !p.displayName.isEmpty())
                names << p.username;
        }
    } catch (const StorageError &) {
        return {};
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList MeetingDocument::splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|;| / | & | and )\\s*"));
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

QList<Id> MeetingDocument::resolvePeople(const QStringList &names)
{
    QList<Id> ids;
    for (const QString &name : names) {
        Id id = findPerson(name);
        if (!id) {
            Person p;
            p.username = usernameOf(name);
            if (p.username.isEmpty())
                p.displayName = name.trimmed();
            auto *command = new AddPerson(this, p);
            m_undoStack->push(command);
            id = command->personId();
        }
        if (id && !ids.contains(id))
            ids << id;
    }
    return ids;
}

bool MeetingDocument::applyAgenda(Id meetingId, const AgendaState &from, const AgendaState &to,
                                  QHash<Id, EntryReferences> *references)
{
    if (!write(tr("save the agenda"),
               [&] { AgendaRepository(m_db->connection()).replace(meetingId, from, to, references); }))
        return false;
    if (from.startDate != to.startDate || from.endDate != to.endDate)
        refreshLibraryViews();
    return setCurrentMeeting(meetingId);
}

bool MeetingDocument::applyAddPerson(Person *person)
{
    Id id = 0;
    if (!write(tr("add a person"), [&] { id = PersonRepository(m_db->connection()).insert(*person); }))
        return false;
    person->id = id;
    return true;
}

bool MeetingDocument::applyRemovePerson(Id personId)
{
    return write(tr("remove a person"), [&] { PersonRepository(m_db->connection()).remove(personId); });
}

} // namespace Quorum

// ----------------------------------------------------------------------------------- topic requests

namespace Quorum {

QList<TopicRequest> MeetingDocument::topicRequestList() const
{
    QList<TopicRequest> list;
    for (const TopicRequestRow &r : m_topicRequests->rows())
        list << r.request;
    return list;
}

void MeetingDocument::editTopicRequests(QList<TopicRequest> after, const QString &text, qint64 mergeKey)
{
    if (!m_current.id)
        return;
    int position = 0;
    for (TopicRequest &t : after) {
        t.meetingId = m_current.id;
        t.position = position++;
    }
    m_undoStack->push(new ReplaceState<QList<TopicRequest>>(this, &MeetingDocument::applyTopicRequests,
                                                            CommandId::ReplaceTopicRequests, m_current.id,
                                                            topicRequestList(), after, text, mergeKey));
}

Id MeetingDocument::newTopicRequestId(const QList<TopicRequest> &requests) const
{
    Id pending = 0;
    for (const TopicRequest &t : requests)
        pending = qMax(pending, t.id);
    return nextId("topic_request", pending);
}

Id MeetingDocument::scheduleTopicRequest(Id requestId, Id dayId, Id blockId)
{
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
    e.durationMinutes = request->minutesRequired >= 0 ? request->minutesRequired : 30;
    e.preNotes = request->notes;
    e.coordinatorIds = request->requestedBy;
    if (!agenda.insert(e, int(agenda.children(dayId, blockId).size())))
        return 0;
    request->status = QStringLiteral("scheduled");
    request->scheduledEntryId = e.id;
    const QString text = tr("Schedule “%1”").arg(request->topic);
    m_undoStack->beginMacro(text);
    editAgenda(agenda, text);
    const bool added = m_agenda->indexOfEntry(e.id).isValid();
    if (added)
        editTopicRequests(requests, text);
    m_undoStack->endMacro();
    return added ? e.id : 0;
}

bool MeetingDocument::applyTopicRequests(Id meetingId, const QList<TopicRequest> &from, const QList<TopicRequest> &to)
{
    if (!write(tr("save the topic requests"), [&] { TopicRequestRepository(m_db->connection()).replace(from, to); }))
        return false;
    return setCurrentMeeting(meetingId);
}

} // namespace Quorum

// ------------------------------------------------------------------------------------- action items

namespace Quorum {

QList<ActionItem> MeetingDocument::actionItemsOf(Id meetingId) const
{
    try {
        return ActionItemRepository(m_db->connection()).list(meetingId);
    } catch (const StorageError &) {
        return {};
    }
}

void MeetingDocument::editActionItems(Id meetingId, QList<ActionItem> after, const QString &text, qint64 mergeKey)
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
    m_undoStack->push(new ReplaceState<QList<ActionItem>>(this, &MeetingDocument::applyActionItems,
                                                          CommandId::ReplaceActionItems, meetingId,
                                                          actionItemsOf(meetingId), after, text, mergeKey));
}

Id MeetingDocument::newActionItemId(const QList<ActionItem> &items) const
{
    Id pending = 0;
    for (const ActionItem &a : items)
        pending = qMax(pending, a.id);
    return nextId("action_item", pending);
}

QList<Assignee> MeetingDocument::resolveAssignees(const QStringList &names)
{
    QList<Assignee> result;
    QStringList people;
    for (const QString &name : names) {
        Id group = 0;
        try {
            group = PersonRepository(m_db->connection()).findGroupByName(name.trimmed());
        } catch (const StorageError &) {
            group = 0;
        }
        if (group) {
            result.append({0, group});
            continue;
        }
        for (Id id : resolvePeople({name}))
            result.append({id, 0});
    }
    // The same person or group named twice counts once.
    QList<Assignee> unique;
    for (const Assignee &a : result) {
        if (!unique.contains(a))
            unique << a;
    }
    return unique;
}

QHash<Id, QList<Id>> MeetingDocument::groupsOfPeople() const
{
    QHash<Id, QList<Id>> groupsOf;
    try {
        for (const PersonGroup &g : PersonRepository(m_db->connection()).groups()) {
            for (Id member : g.memberIds)
                groupsOf[member].append(g.id);
        }
    } catch (const StorageError &) {
        return {};
    }
    return groupsOf;
}

QStringList MeetingDocument::assigneeNames() const
{
    QStringList names = personNames();
    try {
        names << PersonRepository(m_db->connection()).groupNames().values();
    } catch (const StorageError &) {
        return names;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Id MeetingDocument::recordActionItem(Id entryId, const QStringList &assignees, const QString &description,
                                     const QDate &due)
{
    if (!m_current.id || description.trimmed().isEmpty())
        return 0;
    const QString text = tr("Record the action item “%1”").arg(description.left(40));
    m_undoStack->beginMacro(text);
    QList<ActionItem> after = actionItemsOf(m_current.id);
    ActionItem item;
    item.id = newActionItemId(after);
    item.entryId = entryId;
    item.description = description.trimmed();
    item.assignees = resolveAssignees(assignees);
    item.dueDate = due;
    after.append(item);
    editActionItems(m_current.id, after, text);
    m_undoStack->endMacro();
    return m_actionItems->rowOf(item.id) >= 0 ? item.id : 0;
}

bool MeetingDocument::applyActionItems(Id meetingId, const QList<ActionItem> &from, const QList<ActionItem> &to)
{
    if (!write(tr("save the action items"), [&] { ActionItemRepository(m_db->connection()).replace(from, to); }))
        return false;
    try {
        reloadSummary();
    } catch (const StorageError &e) {
        report(e.message());
    }
    return meetingId == m_current.id ? setCurrentMeeting(meetingId) : true;
}

} // namespace Quorum

// -------------------------------------------------------------------------------------- ticket links

namespace Quorum {

void MeetingDocument::editLinkPatterns(const QList<LinkPattern> &patterns)
{
    if (patterns == m_linkPatterns)
        return;
    m_undoStack->push(new ReplaceState<QList<LinkPattern>>(this, &MeetingDocument::applyLinkPatterns,
                                                           CommandId::ReplaceLinkPatterns, 0, m_linkPatterns, patterns,
                                                           tr("Change the ticket links")));
}

bool MeetingDocument::applyLinkPatterns(Id, const QList<LinkPattern> &, const QList<LinkPattern> &patterns)
{
    if (!write(tr("save the ticket links"), [&] { LinkPatternRepository(m_db->connection()).replace(patterns); }))
        return false;
    m_linkPatterns = patterns;
    m_linker = TicketLinker(patterns);
    Q_EMIT linkPatternsChanged();
    return true;
}

} // namespace Quorum

// --------------------------------------------------------------------------------------- participants

namespace Quorum {

QList<Participant> MeetingDocument::participantList() const
{
    QList<Participant> list;
    for (const ParticipantRow &r : m_participants->rows())
        list << r.participant;
    return list;
}

void MeetingDocument::editParticipants(const QList<Participant> &after, const QString &text)
{
    if (!m_current.id)
        return;
    QList<Participant> stored = after;
    for (Participant &p : stored)
        p.meetingId = m_current.id;
    if (stored == participantList())
        return;
    m_undoStack->push(new ReplaceState<QList<Participant>>(this, &MeetingDocument::applyParticipants,
                                                           CommandId::ReplaceParticipants, m_current.id,
                                                           participantList(), stored, text));
}

int MeetingDocument::addParticipants(const QList<PastedName> &names)
{
    if (!m_current.id)
        return 0;
    QList<Participant> after = participantList();
    const int before = int(after.size());
    const QString text = tr("Add participants");
    m_undoStack->beginMacro(text);
    for (const PastedName &n : names) {
        Id id = n.personId;
        if (!id)
            id = resolvePeople({n.username.isEmpty() ? n.name : QStringLiteral("Unknown User (%1)").arg(n.username)})
                     .value(0);
        const bool listed
            = std::any_of(after.begin(), after.end(), [&](const Participant &p) { return p.personId == id; });
        if (id && !listed)
            after.append({m_current.id, id, QStringLiteral("attendee"), QStringLiteral("invited")});
    }
    editParticipants(after, text);
    m_undoStack->endMacro();
    return int(participantList().size()) - before;
}

Person MeetingDocument::person(Id personId) const
{
    try {
        for (const Person &p : PersonRepository(m_db->connection()).all()) {
            if (p.id == personId)
                return p;
        }
    } catch (const StorageError &) {
        return {};
    }
    return {};
}

void MeetingDocument::editPerson(const Person &after)
{
    const Person before = person(after.id);
    if (!before.id || before == after)
        return;
    if (after.displayName.trimmed().isEmpty() && after.username.trimmed().isEmpty()) {
        report(tr("A person needs a name or a username. Nothing was changed."));
        return;
    }
    m_undoStack->push(new ReplaceState<Person>(this, &MeetingDocument::applyPerson, CommandId::UpdatePerson, 0, before,
                                               after, tr("Change “%1” in the directory").arg(before.shownName())));
}

QList<Person> MeetingDocument::people() const
{
    try {
        return PersonRepository(m_db->connection()).all();
    } catch (const StorageError &) {
        return {};
    }
}

QList<PersonGroup> MeetingDocument::groups() const
{
    try {
        return PersonRepository(m_db->connection()).groups();
    } catch (const StorageError &) {
        return {};
    }
}

Appearances MeetingDocument::appearances(Id personId) const
{
    try {
        return PersonRepository(m_db->connection()).appearances(personId);
    } catch (const StorageError &) {
        return {};
    }
}

void MeetingDocument::editGroups(const QList<PersonGroup> &after, const QString &text)
{
    const QList<PersonGroup> before = groups();
    for (const PersonGroup &g : after) {
        if (g.name.trimmed().isEmpty()) {
            report(tr("A group needs a name. Nothing was changed."));
            return;
        }
    }
    if (before == after)
        return;
    m_undoStack->push(new ReplaceState<QList<PersonGroup>>(this, &MeetingDocument::applyGroups,
                                                           CommandId::ReplaceGroups, 0, before, after, text));
}

Id MeetingDocument::newGroupId(const QList<PersonGroup> &groups) const
{
    Id pending = 0;
    for (const PersonGroup &g : groups)
        pending = qMax(pending, g.id);
    return nextId("person_group", pending);
}

bool MeetingDocument::applyGroups(Id, const QList<PersonGroup> &from, const QList<PersonGroup> &to)
{
    if (!write(tr("save the groups"), [&] { PersonRepository(m_db->connection()).replaceGroups(from, to); }))
        return false;
    refreshPeopleViews();
    return true;
}

void MeetingDocument::mergePeople(Id survivorId, Id mergedId)
{
    const Person survivor = person(survivorId);
    const Person merged = person(mergedId);
    if (!survivor.id || !merged.id || survivorId == mergedId)
        return;
    m_undoStack->push(new MergePeople(this, survivorId, mergedId,
                                      tr("Merge “%1” into “%2”").arg(merged.shownName(), survivor.shownName())));
}

bool MeetingDocument::applyMerge(Id survivorId, Id mergedId, MergeRecord *record)
{
    if (!write(tr("merge two people"), [&] { *record = PersonMerger(m_db->connection()).merge(survivorId, mergedId); }))
        return false;
    refreshPeopleViews();
    return true;
}

bool MeetingDocument::applyUnmerge(const MergeRecord &record)
{
    if (!write(tr("undo merging two people"), [&] { PersonMerger(m_db->connection()).undo(record); }))
        return false;
    refreshPeopleViews();
    return true;
}

void MeetingDocument::refreshPeopleViews()
{
    try {
        reloadSummary();
    } catch (const StorageError &e) {
        report(e.message());
    }
    setCurrentMeeting(m_current.id);
    Q_EMIT directoryChanged();
}

bool MeetingDocument::applyParticipants(Id meetingId, const QList<Participant> &,
                                        const QList<Participant> &participants)
{
    if (!write(tr("save the participants"),
               [&] { ParticipantRepository(m_db->connection()).replace(meetingId, participants); }))
        return false;
    return setCurrentMeeting(meetingId);
}

bool MeetingDocument::applyPerson(Id, const Person &, const Person &person)
{
    if (!write(tr("save the person directory"), [&] { PersonRepository(m_db->connection()).update(person); }))
        return false;
    // A name shows in every view: reload them all.
    refreshPeopleViews();
    return true;
}

} // namespace Quorum

// --------------------------------------------------------------------------------------- attachments

namespace Quorum {

QList<Attachment> MeetingDocument::attachmentList() const
{
    QList<Attachment> list;
    for (const AttachmentRow &r : m_attachments->rows())
        list << r.attachment;
    return list;
}

void MeetingDocument::editAttachments(const QList<Attachment> &after, const QString &text)
{
    if (!m_current.id)
        return;
    QList<Attachment> stored = after;
    int position = 0;
    for (Attachment &a : stored) {
        a.meetingId = m_current.id;
        a.position = position++;
    }
    if (stored == attachmentList())
        return;
    m_undoStack->push(new ReplaceState<QList<Attachment>>(this, &MeetingDocument::applyAttachments,
                                                          CommandId::ReplaceAttachments, m_current.id, attachmentList(),
                                                          stored, text));
}

namespace {

/** Reads a file the user offered, refusing it before reading when it is too large. */
bool readAttachmentFile(const QString &path, QByteArray *data, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = MeetingDocument::tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.size() > MeetingDocument::MaxAttachmentBytes) {
        *error = MeetingDocument::tr("“%1” is %2, more than the %3 an attachment may have. Nothing was added.")
                     .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                          QLocale().formattedDataSize(MeetingDocument::MaxAttachmentBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MeetingDocument::tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

int MeetingDocument::addAttachmentFiles(const QStringList &paths, Id entryId)
{
    if (!m_current.id || paths.isEmpty())
        return 0;
    QList<Attachment> after = attachmentList();
    QList<QByteArray> contents;
    for (const QString &path : paths) {
        QByteArray data;
        QString error;
        if (!readAttachmentFile(path, &data, &error)) {
            report(error);
            return 0;
        }
        contents << data;
    }
    // Content first (content-addressed, so a later undo leaves nothing wrong), then the list.
    QStringList shas;
    if (!write(tr("store the attachments"), [&] {
            AttachmentRepository files(m_db->connection());
            for (const QByteArray &data : std::as_const(contents))
                shas << files.storeBlob(data);
        }))
        return 0;
    const QMimeDatabase mimes;
    Id id = nextId("attachment", 0);
    for (const Attachment &a : std::as_const(after))
        id = qMax(id, a.id + 1);
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths.at(i));
        Attachment a;
        a.id = id++;
        a.entryId = entryId;
        a.fileName = info.fileName();
        a.mimeType = mimes.mimeTypeForFileNameAndData(paths.at(i), contents.at(i)).name();
        a.size = contents.at(i).size();
        a.sha256 = shas.at(i);
        a.modifiedAt = info.lastModified().toUTC();
        after.append(a);
    }
    editAttachments(after, paths.size() == 1 ? tr("Attach “%1”").arg(QFileInfo(paths.first()).fileName())
                                             : tr("Attach %1 files").arg(paths.size()));
    return int(attachmentList().size() - (after.size() - paths.size()));
}

bool MeetingDocument::replaceAttachmentFile(Id attachmentId, const QString &path)
{
    QList<Attachment> after = attachmentList();
    auto it = std::find_if(after.begin(), after.end(), [&](const Attachment &a) { return a.id == attachmentId; });
    QByteArray data;
    QString error;
    if (it == after.end())
        return false;
    if (!readAttachmentFile(path, &data, &error)) {
        report(error);
        return false;
    }
    QString sha;
    if (!write(tr("store the new version"), [&] { sha = AttachmentRepository(m_db->connection()).storeBlob(data); }))
        return false;
    it->sha256 = sha;
    it->size = data.size();
    it->mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    it->modifiedAt = QFileInfo(path).lastModified().toUTC();
    editAttachments(after, tr("Replace “%1” with a new version").arg(it->fileName));
    return true;
}

QByteArray MeetingDocument::attachmentContent(const QString &sha256) const
{
    try {
        return AttachmentRepository(m_db->connection()).content(sha256);
    } catch (const StorageError &) {
        return {};
    }
}

bool MeetingDocument::applyAttachments(Id meetingId, const QList<Attachment> &from, const QList<Attachment> &to)
{
    if (!write(tr("save the attachments"), [&] { AttachmentRepository(m_db->connection()).replace(from, to); }))
        return false;
    return setCurrentMeeting(meetingId);
}

} // namespace Quorum
