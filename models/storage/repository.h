// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace Quorum {

/** Base of the repositories: each one reads and writes its tables through one connection. */
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    explicit Repository(const QSqlDatabase &db)
        : m_db(db)
    { }

    /** The largest id in table (0 when it is empty): new rows of an undoable edit get the next ones. */
    Id maxId(const char *table) const;

protected:
    /**
     * Stores the list `to` over `from` (rows with ids): remove(row) for rows that went,
     * insert(row) for new ones, update(old, row) for rows that differ.
     */
    template<typename Row, typename Remove, typename Insert, typename Update>
    static void applyDifference(const QList<Row> &from, const QList<Row> &to, Remove remove, Insert insert,
                                Update update)
    {
        QHash<Id, const Row *> before;
        for (const Row &r : from)
            before.insert(r.id, &r);
        QSet<Id> kept;
        for (const Row &r : to)
            kept.insert(r.id);
        for (const Row &r : from) {
            if (!kept.contains(r.id))
                remove(r);
        }
        for (const Row &r : to) {
            const Row *old = before.value(r.id);
            if (!old)
                insert(r);
            else if (!(*old == r))
                update(*old, r);
        }
    }

    QSqlDatabase m_db;
};

} // namespace Quorum
