// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Quorum {

/** Base of the repositories: each one reads and writes its tables through one connection. */
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    explicit Repository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

protected:
    QSqlDatabase m_db;
};

} // namespace Quorum
