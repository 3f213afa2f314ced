// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Quorum::Testing {

/**
 * A throw-away PostgreSQL cluster for the tests: no server needs to be running, nothing outside a
 * temporary directory is touched.
 *
 * start() runs initdb (trust authentication, superuser "quorum_admin", UTF8, locale C) on a fresh
 * QTemporaryDir and pg_ctl starts the server on a Unix socket in that directory only (no TCP:
 * listen_addresses is empty, so the port only names the socket file), with fsync off for speed.
 * The binaries come from `pg_config --bindir` or /usr/lib/postgresql/N/bin (the newest N);
 * QUORUM_PG_BINDIR overrides both.
 *
 * PostgreSQL refuses to run as root. When the tests run as root (CI does), the directory is
 * handed to the unprivileged account nobody:nogroup and initdb and pg_ctl run through
 * `setpriv --reuid --regid --clear-groups`; the test process, being root, still reaches the socket.
 * As a normal user they run directly.
 *
 * stop(), and the destructor, stop the server (`pg_ctl -m fast`, the postmaster killed if that
 * times out) and remove the directory. A test that crashes skips its destructor and leaves a
 * server behind: every start() first looks for clusters whose owning test process (its pid is
 * written next to the data) is gone, stops them (`pg_ctl -m immediate`) and removes them.
 *
 * Every external program runs with a timeout, so a failure is a message (with the program's
 * output) rather than a hang.
 */
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /**
     * True when a cluster can be started here: initdb, pg_ctl and the QPSQL driver are installed
     * (and, as root, setpriv and the account nobody). Otherwise false, the reason in *why.
     */
    static bool isAvailable(QString *why = nullptr);
    /** The directory holding initdb and pg_ctl, or empty when none is found. */
    static QString binDir();
    /**
     * True when no process pid exists, or it is a zombie no one has reaped yet (the postmaster's
     * parent, pg_ctl, exits at once; where PID 1 reaps nothing, a stopped server stays a zombie).
     */
    static bool processGone(qint64 pid);

    /** Creates and starts the cluster. False on failure, the reason in errorString(). */
    bool start();
    /**
     * Stops the server and removes the directory. Closes the connections made by connect() first.
     * False (reason in errorString()) when the server had to be killed or did not go away.
     */
    bool stop();
    bool isRunning() const { return m_postmasterPid > 0; }
    /**
     * Stops the server at once (`pg_ctl -m immediate`), as when it goes away: its connections
     * break, the data stays. restart() brings it back on the same socket. False on failure.
     */
    bool crash();
    bool restart();

    /**
     * CREATE DATABASE name, owned by quorum_admin; a copy of the database templateDb when one is named
     * (nobody may be connected to it). False on failure, the reason in errorString().
     */
    bool createDatabase(const QString &name, const QString &templateDb = QString());
    /**
     * Creates database db holding a copy of the library file at path (LibraryCopy::run): a team
     * library. Its address (as the superuser), or empty with the reason in errorString().
     */
    QString copyLibrary(const QString &db, const QString &path);
    /** CREATE ROLE user LOGIN, then GRANT role (e.g. "team_editors") TO it, in database db. */
    bool addUser(const QString &db, const QString &user, const QString &role);
    /** uri(db) for user instead of the superuser. */
    QString uriAs(const QString &db, const QString &user) const;
    /** A libpq URI for database db as the superuser: postgresql://quorum_admin@/db?host=SOCKETDIR&port=PORT */
    QString uri(const QString &db) const;
    /**
     * Opens a QPSQL connection called connectionName to database db as user (the superuser when
     * empty). Check isOpen(); on failure lastError() and errorString() say why. The connection is
     * removed by stop() or by the destructor.
     */
    QSqlDatabase connect(const QString &connectionName, const QString &db, const QString &user = QString());

    static QString adminUser() { return QStringLiteral("quorum_admin"); }
    /** The temporary directory (data, socket and log live under it); empty before start(). */
    QString directory() const;
    QString dataDirectory() const;
    QString socketDirectory() const;
    int port() const { return m_port; }
    /** The postmaster's process id while running, else 0. */
    qint64 serverPid() const { return m_postmasterPid; }
    QString errorString() const { return m_error; }

private:
    bool startServer();
    bool fail(const QString &message);
    void removeConnections();
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    qint64 m_postmasterPid = 0;
    QStringList m_connections;
    QString m_error;
};

} // namespace Quorum::Testing
