// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Quorum {

/** One numbered schema step, applied in one transaction. */
struct Migration
{
    int version = 0;
    QString name;
    QString sql; ///< a script of statements, run whole as SQLite parses it
};

/**
 * One open library file. Opening validates the file before anything could write to it: a file
 * that is not a Quorum library, is damaged, or comes from a newer Quorum is refused untouched.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        OpenExisting, ///< read and write an existing library; an older schema is migrated after a backup
        ReadOnly, ///< read an existing library at the current schema; nothing is ever written
        CreateNew, ///< create a new library; refused when the path exists
    };

    /** 'QRM1': marks a SQLite file as a Quorum library (PRAGMA application_id). */
    static constexpr qint32 ApplicationId = 0x51524D31;

    /** The migrations shipped in resources/schema, in order. */
    static QList<Migration> builtinMigrations();
    /** The server schema's migrations, shipped in resources/schema/postgresql, in order. */
    static QList<Migration> serverMigrations();
    /** Whether location names a team library on a server (postgresql://…) rather than a file. */
    static bool isServerLocation(const QString &location);
    /**
     * `quorum server-init`: sets up an empty PostgreSQL database at uri as a Quorum team library
     * (the schema, and the roles DB_editors and DB_readers), all or nothing, and opens it.
     * nullptr with *error when the server cannot be reached, the database is not empty, or the
     * user may not create tables there.
     */
    static std::unique_ptr<Database> initServer(const QString &uri, QString *error);
    static int latestVersion(const QList<Migration> &migrations = builtinMigrations());

    enum class Check {
        BeforeOpening, ///< PRAGMA quick_check before anything else: a damaged file is refused
        Later, ///< the caller runs damageOf() itself, off the GUI thread (an upgrade still checks first)
        /**
         * The header and the structure only, for a read-only verb of the command line: the full
         * check reads every page (324 MB for ten years) before a query of a few milliseconds, and
         * a read that meets damage fails with a message anyway. `quorum check` checks in full.
         */
        HeaderAndStructure,
    };

    /**
     * Opens path. Returns nullptr and sets *error to one sentence naming the file and the
     * reason when the file cannot be used; *busy (when given) says whether the reason is that
     * another program held the file for longer than the busy timeout, so that trying again later
     * may work (busy is never reported as damage). Tests may pass their own migrations.
     *
     * path may also be a server address (isServerLocation()): then the library is the database
     * there, migrations and check do not apply (the server's own migrations do), and a user who
     * may only read (a member of DB_readers) gets a read-only library whatever mode asks.
     */
    static std::unique_ptr<Database> open(const QString &path, Mode mode, QString *error,
                                          const QList<Migration> &migrations = builtinMigrations(),
                                          Check check = Check::BeforeOpening, bool *busy = nullptr);
    /**
     * PRAGMA quick_check of db: empty when it is sound, else what it found ("integrity check: …").
     * It reads every page. Throws StorageError when it cannot run (a damaged file, too).
     */
    static QString damageOf(const QSqlDatabase &db);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /** The file's absolute path, or a server library's address (without a password). */
    QString path() const { return m_path; }
    /** Whether the library is a database on a server rather than a file. */
    bool isServer() const { return m_server; }
    /**
     * Why this library is read-only when the reason is not the caller's choice (a server user who
     * may only read it), for the window's banner and the verbs' refusal; else empty.
     */
    QString readOnlyReason() const { return m_readOnlyReason; }
    /**
     * A server library: a second connection of its own that only listens for the change notices
     * (ServerChange::channel()), so that they arrive at once and never wait behind a query. Closed
     * with the database. Throws StorageError when it cannot be opened.
     */
    QSqlDatabase openListener();
    /**
     * A server library whose connection broke: opens it (and the listener) again, with the same
     * session settings. False, and *error, while the server cannot be reached.
     */
    bool reconnect(QString *error);
    /** A server library: the backend process id of connection() (the "p" of its own change notices); 0 for a file. */
    qint64 sessionId() const;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /** Whether PRAGMA quick_check passed before opening (false with Check::Later). */
    bool isChecked() const { return m_checked; }
    /** The backup written before migrating an older file during open(), or empty. */
    QString backupPath() const { return m_backupPath; }

    /**
     * Tests only: called at each point of an upgrade ("backup", "v2 applied", "v2 recorded",
     * "v2 committed"), so that a test process can die there and show what a crash leaves.
     */
    static void setUpgradeProbe(std::function<void(const QString &point)> probe);

private:
    Database() = default;
    static std::unique_ptr<Database> openServer(const QString &uri, Mode mode, QString *error, bool *busy);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    bool m_checked = true;
    QString m_backupPath;
    bool m_server = false;
    QString m_listenerName;
    QString m_readOnlyReason;
};

} // namespace Quorum
