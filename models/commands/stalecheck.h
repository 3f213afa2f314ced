// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Quorum {

/**
 * No lost update on a team library: an edit (or an undo) is a change from the rows as this
 * window read them ("from") to new ones ("to"). Before it is written, inside its transaction, the
 * rows it changes must still be as it read them; when someone else has changed one since, the
 * edit is refused (StorageError::StaleEdit) with who changed it and when, and the window reads the
 * part again. Rows the edit does not change may have changed freely: both changes stay.
 *
 * On a file there is one writer, and nothing to check. On a server, lockMeeting() first makes the
 * check and the write one step for everyone editing that meeting (a transaction-scoped advisory
 * lock), so two people's saves of the same row come one after the other and the second is refused.
 */
class StaleCheck
{
    Q_DECLARE_TR_FUNCTIONS(StaleCheck)

public:
    /** Whether db is a team library, where the check applies. */
    static bool applies(const QSqlDatabase &db);
    /** Holds the meeting's edit lock until the transaction ends (0: the library-wide parts). */
    static void lockMeeting(const QSqlDatabase &db, Id meetingId);
    /**
     * Throws StaleEdit when a row that `to` changes against `from` (changed, added, removed) is
     * not in `stored` as it is in `from`. key gives a row's identity; table names the rows (for
     * who changed it) and what says what a row is ("the action item").
     */
    template<typename Row, typename Key>
    static void requireUnchanged(const QSqlDatabase &db, const char *table, const QString &what,
                                 const QList<Row> &stored, const QList<Row> &from, const QList<Row> &to, Key key)
    {
        QHash<Id, const Row *> now;
        for (const Row &r : stored)
            now.insert(key(r), &r);
        QHash<Id, const Row *> before;
        for (const Row &r : from)
            before.insert(key(r), &r);
        QHash<Id, const Row *> after;
        for (const Row &r : to)
            after.insert(key(r), &r);
        const auto same = [](const Row *a, const Row *b) { return (!a && !b) || (a && b && *a == *b); };
        QList<Id> ids = before.keys();
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                ids << it.key();
        }
        for (Id id : std::as_const(ids)) {
            if (same(before.value(id), after.value(id)))
                continue; // not changed by this edit
            if (!same(now.value(id), before.value(id)))
                throw refusal(db, table, what, id);
        }
    }
    /** "Bob Smith at 11:20": who changed row id of table last (their directory name) and when; empty when unknown. */
    static QString changedBy(const QSqlDatabase &db, const char *table, Id id);
    /** The refusal for row id of table: "… Frossie Economou changed the action item at 11:20 …". */
    static StorageError refusal(const QSqlDatabase &db, const char *table, const QString &what, Id id);
};

} // namespace Quorum
