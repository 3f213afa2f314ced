// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Quorum {

/**
 * A read-only connection of its own to a database file, for one job (a check, a snapshot): it is
 * closed and removed when it goes. Queries on it must be gone before it is. It is hardened
 * (SqliteHandle::harden) before anything is read: the file's schema is never trusted.
 */
class ReadOnlyConnection
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyConnection)

public:
    ReadOnlyConnection(const QString &path, int busyTimeoutMs);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const;
    /** Why it could not be opened. */
    QString errorText() const;
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error; ///< why it could not be made safe, when that failed
};

} // namespace Quorum
