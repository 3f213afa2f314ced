// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/backupinfo.h"
#include "data/checkreport.h"
#include "data/id.h"
#include "storage/presencenotice.h"
#include "storage/serverchange.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <future>
#include <memory>

class QLockFile;
class QTimer;
class QThreadPool;

namespace Quorum {

class Database;

/**
 * An open library file: the database, the edit lock, the check that runs in the background
 * after opening, the backups, and the one door every edit writes through (write()). It knows
 * nothing of meetings or models. Failures are said through its signals, never swallowed.
 */
class LibraryFile : public QObject
{
    Q_OBJECT

public:
    enum class Access { Edit, ReadOnly };
    /** Why a library could not be opened for editing. */
    enum class OpenProblem {
        None,
        InUse, ///< another Quorum (a window or a command line verb) holds the edit lock
        ReadOnlyFile,
        Busy, ///< another program is writing to it for longer than the busy timeout: trying again may work
        Other,
    };

    /**
     * Opens an existing library; nullptr with *error (and *problem) set when it cannot be used.
     * For editing, the library is locked ("FILE.lock") so that a second Quorum learns at once that
     * it is being edited; a lock left by a Quorum that was killed is taken over. The first screen
     * may be read at once: the check of the whole file runs meanwhile (waitForCheck()).
     */
    static std::unique_ptr<LibraryFile> open(const QString &path, QString *error, Access access = Access::Edit,
                                             OpenProblem *problem = nullptr);
    /** Creates a new, empty library at path (which must not exist), locked for editing. */
    static std::unique_ptr<LibraryFile> create(const QString &path, QString *error);
    /**
     * The edit lock of the library at path, which every writer takes (the window and the command
     * line), held for as long as the returned object lives; a lock left by a Quorum that was killed
     * is taken over. Waits up to waitMs for another writer to let go; then nullptr with *problem
     * and *error set ("… is open in Quorum on HOST by USER since TIME (process PID).").
     */
    static std::unique_ptr<QLockFile> lockForEditing(const QString &path, int waitMs, OpenProblem *problem,
                                                     QString *error);
    /**
     * Whether another program is writing to the library at path so that it cannot be read now
     * (a long write holds it whole). Answers at once, without waiting.
     */
    static bool isBusy(const QString &path);
    /** Whether another running Quorum edits the library at path; *holder says which ("on HOST by USER since …"). */
    static bool isInUse(const QString &path, QString *holder = nullptr);
    ~LibraryFile() override;

    /** The file's path, or a team library's server address (postgresql://…, never a password). */
    QString path() const;
    /** Whether the library is a team library on a PostgreSQL server (Database::isServerLocation()). */
    bool isServer() const;
    Database &database() const { return *m_db; }
    QSqlDatabase connection() const;

    /**
     * Read-only: every write is refused (the window shows why and turns editing off). Also after
     * the check of a library opened for editing found it damaged (damaged()).
     */
    bool isReadOnly() const;
    /** Why the library is read-only when the server decided it (a team library's reader), for the banner; else empty. */
    QString readOnlyReason() const;
    /**
     * Waits for the check that runs in the background after opening (PRAGMA quick_check reads the
     * whole file), and says damaged() if it failed. Every write waits for it first.
     */
    void waitForCheck();
    /**
     * Holds the check after opening and the backups back until resumeBackgroundWork(), or maxMs
     * at most: a window's first paint does not share the processor with them. Whatever waits for
     * the check (every write) still starts it at once. Without a hold, they start when the event
     * loop next runs.
     */
    void holdBackgroundWork(int maxMs);
    void resumeBackgroundWork();
    /** What damaged() said, once it has; else empty. */
    QString damage() const { return m_damage; }

    /**
     * Runs work in one write transaction. On a StorageError nothing is written and false returns:
     * a refusal of the library (a rule, a constraint) is said by storageFailed(); a failure of the
     * file or the disk by saveFailed(), once, until a write works again (saveRecovered()).
     */
    bool write(const QString &context, const std::function<void(const QSqlDatabase &)> &work);
    /**
     * Whether another program (one that ignores the edit lock, or a window of an older Quorum)
     * committed a change to the file since this one last read it or reloaded. write() refuses to
     * write over such a change: it says changedElsewhere() and storageFailed() instead. Polled
     * every ChangePollMs while the library is open, so a window also reloads while nobody types.
     */
    bool isChangedElsewhere() const;
    /** Takes the file as it is now as the one the window shows (after reloading it). */
    void acceptChanges();
    static constexpr int ChangePollMs = 2000;
    /** How long a team library gathers the server's notices before saying them (changedOnServer()). */
    static constexpr int NoticeGatherMs = 40;
    /** How often a team library asks whether its server is still there, and tries to reach it again once it is not. */
    static constexpr int HeartbeatMs = 2000;
    static constexpr int ReconnectMs = 1000;
    /** A team library: whether the server can be reached (see connectionLost()). */
    bool isConnected() const { return m_connected; }
    /**
     * A team library: tells the other windows that this one's user is editing (or has stopped
     * editing) the running notes of entryId of meetingId (a PresenceNotice the server builds, so
     * it names this session's database user). Nothing on a file, while the server is away, or when
     * the notice cannot be sent (presence is a hint, never data): false then.
     */
    bool announcePresence(Id meetingId, Id entryId, PresenceNotice::State state);
    /** When the check after opening found the file busy, it runs again this much later. */
    static constexpr int BusyCheckRetryMs = 30000;
    /** Whether the last write failed (saveFailed() was said, saveRecovered() not yet). */
    bool isSaveFailing() const { return m_saveFailing; }

    /** What the library is doing in the background, for the status bar. */
    enum class Activity { Idle, Checking, BackingUp };
    Activity activity() const;
    /** When the last edit was saved (invalid before the first). */
    QDateTime lastSaved() const { return m_lastSaved; }
    /** Says a failure to read or to do something (storageFailed()). */
    void report(const QString &message);
    /**
     * Runs work that reads the library (an export, saving attachments into files); false with
     * *error set to what went wrong when it threw a StorageError.
     */
    bool read(const std::function<void(const Database &)> &work, QString *error) const;

    /**
     * An id for a row an edit is about to add to table: past the largest one stored and past
     * pendingMax (the largest the edit has handed out already).
     */
    Id nextId(const char *table, Id pendingMax = 0) const;

    /** The integrity and consistency check of the whole library (File › Check Library). */
    CheckReport check() const;
    /**
     * Builds the search index again from the records (when check() found it damaged): a
     * maintenance write through write(), not an undo step; no record changes, so the undo
     * history stays valid. False when it was refused or failed (said as for any write).
     */
    bool rebuildSearchIndex();

    static constexpr qint64 BackupIntervalMs = qint64(30) * 60 * 1000;
    /** The folder backups go to: configured when set, else "NAME backups" beside the library. */
    QString backupFolderFor(const QString &configured) const;
    /**
     * Takes a snapshot into folder now, in the background, unless folder holds one younger than
     * intervalMs; then again after every intervalMs of editing (a write that comes that long
     * after the last snapshot starts the next). Each new snapshot thins the older ones (Backups).
     * backupWritten() or backupFailed() tells.
     */
    void startBackups(const QString &folder, qint64 intervalMs = BackupIntervalMs);
    QString backupFolder() const { return m_backupFolder; }
    /** The snapshots of this library in folder, newest first. */
    QList<BackupInfo> backups(const QString &folder) const;
    /** Copies a snapshot into target (which must not exist) and checks that the copy opens as a library. */
    static bool restore(const QString &backup, const QString &target, QString *error);
    /** Waits until a snapshot being written is done (and its signal delivered). */
    void waitForBackups();

Q_SIGNALS:
    /** Something could not be read or done; message says what. */
    void storageFailed(const QString &message);
    /**
     * Saving began to fail (a full disk, an I/O error): nothing of the edit was saved and what is
     * on screen is kept. Said once; saveRecovered() follows the first edit that saves again.
     */
    void saveFailed(const QString &message);
    void saveRecovered();
    /** The check after opening found the library damaged: it is read-only from now on. */
    void damaged(const QString &message);
    /** Another program changed the file (isChangedElsewhere()): what is shown must be read again. */
    void changedElsewhere();
    /**
     * A team library: other people changed these rows (the server's notices, gathered for a
     * moment so that one edit of many rows comes as one call). Never said for this window's own
     * writes. The models read just those parts again (LibraryModels::applyServerChanges()).
     */
    void changedOnServer(const Quorum::ServerChanges &changes);
    /** A team library: another window said who is editing which entry's notes (announcePresence()). Never this window's own. */
    void presenceNoticed(const Quorum::PresenceNotice &notice);
    /**
     * A team library: the server went away (message says so). The library is read-only and
     * isSaveFailing() until connectionRestored(), which follows by itself once the server answers
     * again (it is tried every ReconnectMs); what is typed meanwhile is kept by whoever holds it.
     */
    void connectionLost(const QString &message);
    /** The server is back: the models read it again (what others changed meanwhile), pending text is saved. */
    void connectionRestored();
    void backupWritten(const QString &path);
    void backupFailed(const QString &message);
    /** activity() changed: a check or a snapshot started or ended. */
    void activityChanged();
    /** An edit was written (lastSaved()). */
    void saved();

private:
    LibraryFile(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock);
    /** Prepares the check after opening; it starts when the event loop next runs (startCheck()). */
    void checkInBackground();
    /** Starts the check prepared by checkInBackground(), if it has not started yet. */
    void startCheck();
    void backupInBackground();
    bool isBackupDue() const;
    qint64 dataVersion() const;
    void pollForChanges();
    /** Says changedElsewhere() once for the present change. */
    void sayChangedElsewhere();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    bool m_saveFailing = false;
    QString m_backupFolder;
    qint64 m_backupInterval = BackupIntervalMs;
    QDateTime m_lastBackup; ///< when the newest snapshot was taken
    bool m_backupRunning = false;
    bool m_checkRunning = false;
    bool m_listening = false; ///< a team library's listening connection is open and subscribed
    QDateTime m_lastSaved;
    QThreadPool *m_backupPool; ///< the check after opening, then snapshots: one at a time
    std::shared_future<QString> m_check; ///< the check after opening, until its answer is taken
    std::shared_ptr<std::promise<QString>> m_checkToStart; ///< the check prepared and not yet started
    bool m_held = false; ///< holdBackgroundWork(): the check and the backups wait
    bool m_backupsHeld = false; ///< startBackups() came while held: it runs when the hold ends
    QString m_damage; ///< what damaged() said; empty while the library is sound
    /** A team library: listens for the server's change notices (changedOnServer()). */
    void listenToServer();
    void takeNotice(const QString &payload);
    void takePresence(const QString &payload);
    /** Subscribes the listening connection to the change notices (again, after a reconnect). */
    void subscribe();
    /** The server went away: read-only, said once, tried again every ReconnectMs. */
    void loseConnection(const QString &message);
    void tryReconnect();
    bool m_connected = true;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_reconnectTimer = nullptr;

    ServerChanges m_notices; ///< notices not yet said (changedOnServer())
    QTimer *m_noticeTimer = nullptr;
    qint64 m_session = 0; ///< the backend process id of this library's own connection
    qint64 m_dataVersion = -1; ///< PRAGMA data_version as this window last saw the file
    bool m_changeSaid = false; ///< changedElsewhere() was said for the present change
};

} // namespace Quorum
