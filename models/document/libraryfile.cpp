// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfile.h"

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/librarycheck.h"
#include "storage/readonlyconnection.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QThreadPool>
#include <QTimer>

namespace Quorum {

namespace {

QString lockPathOf(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

/** "on HOST by USER since TIME (process PID)": who holds a lock that could not be taken. */
QString holderOf(const QLockFile &lock, const QString &lockPath)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return LibraryFile::tr("by another program");
    // The lock file is written when the lock is taken, by the user who took it.
    const QFileInfo info(lockPath);
    const QString user = info.owner().isEmpty() ? LibraryFile::tr("an unknown user") : info.owner();
    return LibraryFile::tr("on %1 by %2 since %3 (process %4)")
        .arg(host, user, info.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(pid);
}

} // namespace

std::unique_ptr<QLockFile> LibraryFile::lockForEditing(const QString &path, int waitMs, OpenProblem *problem,
                                                       QString *error)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(path));
    lock->setStaleLockTime(0); // a live holder keeps its lock however long it edits; a dead one's is taken over
    if (lock->tryLock(waitMs))
        return lock;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (lock->error() == QLockFile::LockFailedError) {
        *problem = OpenProblem::InUse;
        *error = tr("“%1” is open in Quorum %2.").arg(shown, holderOf(*lock, lockPathOf(path)));
    } else {
        *problem = OpenProblem::ReadOnlyFile;
        *error = tr("“%1” cannot be edited: its folder is read-only.").arg(shown);
    }
    return nullptr;
}

LibraryFile::LibraryFile(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock)
    : m_db(std::move(db))
    , m_lock(std::move(lock))
    , m_backupPool(new QThreadPool(this))
{
    m_backupPool->setMaxThreadCount(1);
    if (!m_db->isChecked())
        checkInBackground();
    if (m_db->isServer()) {
        listenToServer(); // a server tells of others' changes itself; its backups are the server's
        return;
    }
    m_dataVersion = dataVersion();
    // Polled, not watched: SQLite says whether another connection committed, whatever wrote it.
    auto *poll = new QTimer(this);
    poll->setInterval(ChangePollMs);
    connect(poll, &QTimer::timeout, this, &LibraryFile::pollForChanges);
    poll->start();
}

void LibraryFile::listenToServer()
{
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    // Long enough to gather one edit's rows, short enough to stay well within a second.
    m_noticeTimer->setInterval(NoticeGatherMs);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        const ServerChanges changes = std::exchange(m_notices, {});
        if (!changes.isEmpty())
            Q_EMIT changedOnServer(changes);
    });
    // The listening connection notices nothing when the server goes: it is asked now and then.
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        try {
            // The listener when it listens; else (it could not be opened: the server's connection
            // limit) the main connection, so a window that saves fine is not taken for disconnected.
            Statement::run(m_listening ? m_db->openListener() : m_db->connection(), QStringLiteral("SELECT 1"),
                           tr("reach the server"));
        } catch (const StorageError &e) {
            loseConnection(e.message());
        }
    });
    m_heartbeat->start();
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setInterval(ReconnectMs);
    connect(m_reconnectTimer, &QTimer::timeout, this, &LibraryFile::tryReconnect);
    try {
        m_session = m_db->sessionId();
        const QSqlDatabase listener = m_db->openListener();
        connect(listener.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == ServerChange::channel())
                        takeNotice(payload.toString());
                    else if (name == PresenceNotice::channel())
                        takePresence(payload.toString());
                });
        subscribe();
        m_listening = true;
    } catch (const StorageError &e) {
        // The library still works; what others change shows when the meeting is opened again.
        const QString message
            = tr("Other people's changes will show only when this library is opened again: %1").arg(e.message());
        QMetaObject::invokeMethod(
            this, [this, message] { report(message); }, Qt::QueuedConnection);
    }
}

void LibraryFile::subscribe()
{
    QSqlDriver *driver = m_db->openListener().driver();
    if (!driver->subscribedToNotifications().contains(ServerChange::channel())
        && !driver->subscribeToNotification(ServerChange::channel()))
        throw StorageError(tr("Could not listen for other people's changes: %1").arg(driver->lastError().text()));
    if (!driver->subscribedToNotifications().contains(PresenceNotice::channel())
        && !driver->subscribeToNotification(PresenceNotice::channel()))
        throw StorageError(tr("Could not listen for who else is editing: %1").arg(driver->lastError().text()));
}

bool LibraryFile::announcePresence(Id meetingId, Id entryId, PresenceNotice::State state)
{
    if (!m_db->isServer() || !m_connected)
        return false;
    try {
        // The server writes the user and the session, so a notice names whoever really sent it.
        Statement::run(
            m_db->connection(),
            QStringLiteral("SELECT pg_notify('quorum_presence', CAST(json_build_object('m', CAST(? AS bigint), "
                           "'e', CAST(? AS bigint), 's', CAST(? AS text), 'by', current_user, "
                           "'p', pg_backend_pid()) AS text))"),
            tr("say who is editing"),
            {meetingId, entryId, state == PresenceNotice::State::Editing ? QStringLiteral("E") : QStringLiteral("S")});
    } catch (const StorageError &) {
        // A lost connection is found and said by the heartbeat; a missed hint expires by itself.
        return false;
    }
    return true;
}

void LibraryFile::takePresence(const QString &payload)
{
    const std::optional<PresenceNotice> notice = PresenceNotice::parse(payload);
    if (!notice || notice->session == m_session)
        return;
    Q_EMIT presenceNoticed(*notice);
}

void LibraryFile::loseConnection(const QString &message)
{
    if (!m_connected)
        return;
    m_connected = false;
    m_heartbeat->stop();
    // Pending text is kept by its editor while saving fails, and saved once it works again.
    m_saveFailing = true;
    const QString said = tr("The connection to the team library was lost (%1). It is read-only until the server "
                            "answers again; Quorum reconnects by itself, and what you type is kept and saved then.")
                             .arg(message);
    Q_EMIT saveFailed(said);
    Q_EMIT connectionLost(said);
    m_reconnectTimer->start();
}

void LibraryFile::tryReconnect()
{
    QString error;
    if (!m_db->reconnect(&error))
        return; // still away: tried again at the next tick
    try {
        m_session = m_db->sessionId();
        if (m_listening)
            subscribe();
    } catch (const StorageError &) {
        return;
    }
    m_reconnectTimer->stop();
    m_connected = true;
    m_heartbeat->start();
    m_saveFailing = false;
    Q_EMIT saveRecovered();
    Q_EMIT connectionRestored();
}

void LibraryFile::takeNotice(const QString &payload)
{
    const std::optional<ServerChange> change = ServerChange::parse(payload);
    // This window's own writes are in its models already.
    if (!change || (change->session != 0 && change->session == m_session))
        return;
    m_notices.append(*change);
    if (!m_noticeTimer->isActive())
        m_noticeTimer->start();
}

LibraryFile::~LibraryFile()
{
    // A check or a snapshot being written reads the file: it finishes before the file goes.
    m_backupPool->waitForDone();
}

bool LibraryFile::isBusy(const QString &path)
{
    if (Database::isServerLocation(path))
        return false; // a server is never busy as a whole file is: its locks are per row
    try {
        // No busy timeout: the answer is wanted now, on the GUI thread.
        const ReadOnlyConnection connection(path, 0);
        if (!connection.isOpen())
            return false;
        Statement::run(connection.database(), QStringLiteral("SELECT count(*) FROM sqlite_schema"),
                       tr("see whether the library is busy"));
    } catch (const StorageError &e) {
        return e.isBusy();
    }
    return false;
}

bool LibraryFile::isInUse(const QString &path, QString *holder)
{
    if (Database::isServerLocation(path))
        return false; // a team library is meant to be open in many windows at once
    QLockFile lock(lockPathOf(path));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    if (holder)
        *holder = holderOf(lock, lockPathOf(path));
    return true;
}

std::unique_ptr<LibraryFile> LibraryFile::open(const QString &path, QString *error, Access access, OpenProblem *problem)
{
    OpenProblem ignored = OpenProblem::None;
    OpenProblem &why = problem ? *problem : ignored;
    why = OpenProblem::None;
    std::unique_ptr<QLockFile> lock;
    if (access == Access::Edit && !Database::isServerLocation(path)) {
        const QFileInfo info(path);
        if (info.isFile() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
            why = OpenProblem::ReadOnlyFile;
            *error = tr("“%1” cannot be edited: the file or its folder is read-only.")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
            return nullptr;
        }
        if (info.isFile()) {
            lock = lockForEditing(path, 0, &why, error);
            if (!lock)
                return nullptr;
        }
    }
    // The first screen comes before the whole file is read for its check: that runs meanwhile.
    bool busy = false;
    std::unique_ptr<Database> db
        = Database::open(path, access == Access::Edit ? Database::Mode::OpenExisting : Database::Mode::ReadOnly, error,
                         Database::builtinMigrations(), Database::Check::Later, &busy);
    if (!db) {
        why = busy ? OpenProblem::Busy : OpenProblem::Other;
        return nullptr;
    }
    return std::unique_ptr<LibraryFile>(new LibraryFile(std::move(db), std::move(lock)));
}

std::unique_ptr<LibraryFile> LibraryFile::create(const QString &path, QString *error)
{
    if (Database::isServerLocation(path)) {
        *error = tr("A team library on a server is set up with “quorum server-init ADDRESS”.");
        return nullptr;
    }
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::CreateNew, error);
    if (!db)
        return nullptr;
    OpenProblem why = OpenProblem::None;
    std::unique_ptr<QLockFile> lock = lockForEditing(path, 0, &why, error);
    return std::unique_ptr<LibraryFile>(new LibraryFile(std::move(db), std::move(lock)));
}

QString LibraryFile::path() const
{
    return m_db->path();
}

QSqlDatabase LibraryFile::connection() const
{
    return m_db->connection();
}

bool LibraryFile::isReadOnly() const
{
    return m_db->isReadOnly() || !m_damage.isEmpty() || !m_connected;
}

LibraryFile::Activity LibraryFile::activity() const
{
    if (m_checkRunning)
        return Activity::Checking;
    return m_backupRunning ? Activity::BackingUp : Activity::Idle;
}

void LibraryFile::checkInBackground()
{
    m_checkToStart = std::make_shared<std::promise<QString>>();
    m_check = m_checkToStart->get_future().share();
    // Queued: whoever opened the file may hold it back first (holdBackgroundWork()).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_held)
                startCheck();
        },
        Qt::QueuedConnection);
}

void LibraryFile::startCheck()
{
    if (!m_checkToStart)
        return; // started already
    const std::shared_ptr<std::promise<QString>> promise = std::move(m_checkToStart);
    m_checkToStart.reset();
    const QString library = path();
    m_checkRunning = true;
    Q_EMIT activityChanged();
    // On the pool's thread, with a connection of its own; snapshots queue behind it.
    m_backupPool->start([this, promise, library] {
        QString damage;
        bool busy = false;
        try {
            const ReadOnlyConnection connection(library, 10000);
            damage = connection.isOpen() ? Database::damageOf(connection.database())
                                         : tr("it could not be read for its check: %1").arg(connection.errorText());
        } catch (const StorageError &e) {
            // Another program writing for long is no sign of damage: the check runs again later.
            // (SQLite stops its check on the worst kinds of damage.)
            busy = e.isBusy();
            if (!busy)
                damage = tr("its check could not even finish");
        }
        promise->set_value(damage);
        QMetaObject::invokeMethod(
            this,
            [this, busy] {
                m_checkRunning = false;
                Q_EMIT activityChanged();
                waitForCheck();
                if (busy)
                    QTimer::singleShot(BusyCheckRetryMs, this, [this] {
                        if (!m_check.valid() && m_damage.isEmpty())
                            checkInBackground();
                    });
            },
            Qt::QueuedConnection);
    });
}

void LibraryFile::holdBackgroundWork(int maxMs)
{
    m_held = true;
    QTimer::singleShot(maxMs, this, &LibraryFile::resumeBackgroundWork);
}

void LibraryFile::resumeBackgroundWork()
{
    if (!m_held)
        return;
    m_held = false;
    startCheck();
    if (m_backupsHeld) {
        m_backupsHeld = false;
        startBackups(m_backupFolder, m_backupInterval);
    }
}

void LibraryFile::waitForCheck()
{
    startCheck(); // when still held or queued: it is wanted now
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

void LibraryFile::report(const QString &message)
{
    Q_EMIT storageFailed(message);
}

qint64 LibraryFile::dataVersion() const
{
    if (m_db->isServer())
        return -1; // a server tells of others' changes itself (LISTEN/NOTIFY)
    try {
        Statement s = Statement::run(m_db->connection(), QStringLiteral("PRAGMA data_version"),
                                     tr("see whether another program changed the library"));
        return s.next() ? s.value(0).toLongLong() : -1;
    } catch (const StorageError &) {
        return -1; // unreadable now: the next read or write says why
    }
}

bool LibraryFile::isChangedElsewhere() const
{
    const qint64 now = dataVersion();
    return now >= 0 && m_dataVersion >= 0 && now != m_dataVersion;
}

void LibraryFile::acceptChanges()
{
    m_dataVersion = dataVersion();
    m_changeSaid = false;
}

void LibraryFile::pollForChanges()
{
    if (!m_changeSaid && isChangedElsewhere())
        sayChangedElsewhere();
}

void LibraryFile::sayChangedElsewhere()
{
    if (m_changeSaid)
        return;
    m_changeSaid = true;
    Q_EMIT changedElsewhere();
}

bool LibraryFile::write(const QString &context, const std::function<void(const QSqlDatabase &)> &work)
{
    waitForCheck(); // nothing is written into a library before it checked out
    if (isReadOnly())
        return false; // nothing to say: the window shows that editing is off
    if (isChangedElsewhere()) {
        // The edit was made on what the window showed, which is no longer what is stored: written
        // now, it would silently undo the other program's change. The window reads the file again.
        sayChangedElsewhere();
        report(tr("“%1” was changed by another program, so this edit was not saved over that change. "
                  "Quorum has read the library again; please make the edit once more.")
                   .arg(QFileInfo(path()).fileName()));
        return false;
    }
    try {
        const QSqlDatabase db = m_db->connection();
        Transaction tx(db, context);
        work(db);
        tx.commit();
    } catch (const StorageError &e) {
        // The library refused the edit (a rule of its own, a constraint): say so, as for any mistake.
        if (!e.isEnvironmental()) {
            report(e.isStale() ? e.message() : tr("%1 Nothing of this edit was saved.").arg(e.message()));
            return false;
        }
        // A team library's server went away: read-only until it is back.
        if (e.isDisconnected()) {
            loseConnection(e.message());
            return false;
        }
        // The file or the disk failed (full, read-only, I/O, locked, damaged): what is on screen
        // stays, and the failure is said once, until saving works again.
        if (!m_saveFailing) {
            m_saveFailing = true;
            Q_EMIT saveFailed(tr("Not saved: %1 What you see is kept on screen and saved with your next edit "
                                 "once the problem is solved.")
                                  .arg(e.message()));
        }
        return false;
    }
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved();
    if (m_saveFailing) {
        m_saveFailing = false;
        Q_EMIT saveRecovered();
    }
    if (isBackupDue())
        backupInBackground();
    return true;
}

Id LibraryFile::nextId(const char *table, Id pendingMax) const
{
    try {
        return Dialect::nextId(m_db->connection(), table, pendingMax);
    } catch (const StorageError &) {
        // Unreadable now means the insert fails too, and that failure is said then.
        return pendingMax + 1;
    }
}

bool LibraryFile::read(const std::function<void(const Database &)> &work, QString *error) const
{
    try {
        work(*m_db);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

CheckReport LibraryFile::check() const
{
    return LibraryCheck::run(*m_db);
}

bool LibraryFile::rebuildSearchIndex()
{
    return write(tr("rebuild the search index"), [](const QSqlDatabase &db) { LibraryCheck::rebuildSearchIndex(db); });
}

bool LibraryFile::isServer() const
{
    return m_db->isServer();
}

QString LibraryFile::readOnlyReason() const
{
    return m_db->readOnlyReason();
}

QString LibraryFile::backupFolderFor(const QString &configured) const
{
    return Backups::folderFor(path(), configured);
}

void LibraryFile::startBackups(const QString &folder, qint64 intervalMs)
{
    if (m_db->isServer())
        return; // the server's administrator backs it up (pg_dump); `quorum copy` takes a copy as a file
    m_backupFolder = folder;
    m_backupInterval = intervalMs;
    if (m_held) {
        m_backupsHeld = true;
        return;
    }
    // Snapshots a killed Quorum left unfinished are of no use (none of this library's is being written now).
    if (!m_backupRunning)
        Backups::removeUnfinished(path(), folder);
    // A snapshot younger than the interval is recent enough: opening the library again soon
    // after (or every few minutes) does not copy all of it each time.
    const QList<BackupInfo> taken = Backups::list(path(), folder);
    m_lastBackup = taken.isEmpty() ? QDateTime() : taken.constFirst().taken;
    if (isBackupDue())
        backupInBackground();
}

QList<BackupInfo> LibraryFile::backups(const QString &folder) const
{
    if (m_db->isServer())
        return {};
    return Backups::list(path(), folder);
}

bool LibraryFile::restore(const QString &backup, const QString &target, QString *error)
{
    return Backups::restore(backup, target, error);
}

bool LibraryFile::isBackupDue() const
{
    return !m_backupFolder.isEmpty() && !m_backupRunning && m_damage.isEmpty()
           && (!m_lastBackup.isValid() || QDateTime::currentDateTime() >= m_lastBackup.addMSecs(m_backupInterval));
}

void LibraryFile::backupInBackground()
{
    startCheck(); // ahead of the snapshot on the pool's one thread, which waits for its answer
    m_backupRunning = true;
    Q_EMIT activityChanged();
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
                Q_EMIT activityChanged();
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

void LibraryFile::waitForBackups()
{
    m_backupPool->waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace Quorum
