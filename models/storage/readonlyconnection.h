// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum {

/**
 * A read-only connection of its own to a database file, for one job (a check, a snapshot): it is
 * closed and removed when it goes. Queries on it must be gone before it is.
 */
class ReadOnlyConnection
{
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
};

} // namespace Quorum
