// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

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

    /** The largest id in table (0 when it is empty): new rows of an undoable edit get the next ones. */
    Id maxId(const char *table) const;

protected:
    QSqlDatabase m_db;
};

} // namespace Quorum
