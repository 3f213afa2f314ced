// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace Quorum {

/**
 * Where a team library lives: a libpq URI, `postgresql://[user@]host[:port]/dbname[?param=value…]`
 * (also `postgres://`; a Unix socket directory is `?host=/path`). The password never comes from
 * the address: libpq reads it from ~/.pgpass, PGPASSFILE or PGPASSWORD itself, so it is never on
 * the command line, in settings or in the recent-files list. An address that carries a password is
 * refused with a message saying where to put it.
 */
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    /** Whether location names a server library (a postgresql:// or postgres:// URI) rather than a file. */
    static bool isServerLocation(const QString &location);
    /** Parses uri; on failure isValid() is false and errorString() says why. */
    static ServerAddress parse(const QString &uri);

    bool isValid() const { return m_error.isEmpty() && !m_database.isEmpty(); }
    QString errorString() const { return m_error; }

    QString host() const { return m_host; } ///< a host name, an address, or a socket directory; may be empty
    int port() const { return m_port; } ///< -1 when not given
    QString database() const { return m_database; }
    QString user() const { return m_user; } ///< empty: libpq's default (the login name, PGUSER)
    /** The further libpq parameters (sslmode, connect_timeout, application_name, …), in order. */
    QList<QPair<QString, QString>> options() const { return m_options; }

    /** The address as shown and remembered: postgresql://user@host:port/db?…, never a password. */
    QString toString() const;
    /** uri as it may be shown even when it cannot be used: without a password, wherever it was put. */
    static QString withoutPassword(const QString &uri);
    /** "db on host" for titles and messages. */
    QString displayName() const;

    /** Sets up db (a QPSQL connection not yet open) to reach this address. */
    void configure(QSqlDatabase &db) const;

    /** Builds an address from the parts a dialog asks for (host may be a socket directory). */
    static ServerAddress fromParts(const QString &host, int port, const QString &database, const QString &user);

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QList<QPair<QString, QString>> m_options;
    QString m_error;
};

} // namespace Quorum
