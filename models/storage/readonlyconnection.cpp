// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlyconnection.h"

#include <QSqlError>
#include <QUuid>

namespace Quorum {

ReadOnlyConnection::ReadOnlyConnection(const QString &path, int busyTimeoutMs)
    : m_name(QStringLiteral("quorum-read-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ReadOnlyConnection::isOpen() const
{
    return database().isOpen();
}

QString ReadOnlyConnection::errorText() const
{
    return database().lastError().text();
}

QSqlDatabase ReadOnlyConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Quorum
