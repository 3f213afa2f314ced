// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmerger.h"

#include "personrepository.h"
#include "statement.h"
#include "storageerror.h"

namespace Quorum {

namespace {

/** The tables that point at people, with the columns that make up a row. */
struct LinkTable
{
    const char *name;
    const char *columns;
    bool hasKey; ///< (owner, person) is unique: a row both people have is kept once
    const char *owner = nullptr; ///< without a key: the column whose rows name the survivor once
};

// The rowid comes along: rows read back in rowid order (a group's members) keep that order on undo.
constexpr LinkTable linkTables[] = {
    {"participant", "rowid, meeting_id, person_id, position, role, attendance", true},
    {"day_attendance", "rowid, day_id, person_id, attendance, arrived, departed", true},
    {"agenda_coordinator", "rowid, entry_id, person_id, position", true},
    {"topic_requester", "rowid, request_id, person_id, position", true},
    {"group_member", "rowid, group_id, person_id", true},
    {"action_assignee", "rowid, action_id, position, person_id, group_id", false, "action_id"},
    {"decision_maker", "rowid, decision_id, position, person_id, group_id", false, "decision_id"},
};

} // namespace

Person PersonMerger::load(Id id) const
{
    for (const Person &p : PersonRepository(m_db).all()) {
        if (p.id == id)
            return p;
    }
    throw StorageError(tr("The person is no longer in the directory."));
}

MergeRecord PersonMerger::merge(Id survivorId, Id mergedId)
{
    const QString context = tr("merge two people");
    if (survivorId == mergedId)
        throw StorageError(tr("A person cannot be merged into themselves."));
    MergeRecord record;
    record.survivor = load(survivorId);
    record.merged = load(mergedId);

    for (const LinkTable &t : linkTables) {
        const QString table = QLatin1String(t.name);
        const QStringList columns = QString::fromLatin1(t.columns).split(QStringLiteral(", "));
        Statement s = Statement::run(
            m_db, QStringLiteral("SELECT %1 FROM %2 WHERE person_id IN (?, ?)").arg(QLatin1String(t.columns), table),
            context, {survivorId, mergedId});
        while (s.next()) {
            QVariantList row;
            for (int c = 0; c < columns.size(); ++c)
                row << s.value(c);
            record.rows[table].append(row);
        }
        if (t.hasKey) {
            // Where both people have a row (a meeting both attend), the survivor's is kept; the
            // merged person's other rows become the survivor's.
            const QString owner = columns.at(1);
            Statement::run(m_db,
                           QStringLiteral("DELETE FROM %1 WHERE person_id = ? AND %2 IN "
                                          "(SELECT %2 FROM %1 WHERE person_id = ?)")
                               .arg(table, owner),
                           context, {mergedId, survivorId});
            Statement::run(m_db, QStringLiteral("UPDATE %1 SET person_id = ? WHERE person_id = ?").arg(table), context,
                           {survivorId, mergedId});
        } else {
            Statement::run(m_db, QStringLiteral("UPDATE %1 SET person_id = ? WHERE person_id = ?").arg(table), context,
                           {survivorId, mergedId});
            // Both people on one action item (or decision): the survivor is named once.
            Statement::run(m_db,
                           QStringLiteral("DELETE FROM %1 WHERE person_id = ? AND rowid NOT IN "
                                          "(SELECT min(rowid) FROM %1 WHERE person_id = ? GROUP BY %2)")
                               .arg(table, QLatin1String(t.owner)),
                           context, {survivorId, survivorId});
        }
    }
    Statement moderated = Statement::run(m_db, QStringLiteral("SELECT id FROM agenda_entry WHERE moderator_id = ?"),
                                         context, {mergedId});
    while (moderated.next())
        record.moderatedEntries << moderated.integer(0);
    Statement uploads
        = Statement::run(m_db, QStringLiteral("SELECT id FROM attachment WHERE uploaded_by = ?"), context, {mergedId});
    while (uploads.next())
        record.uploads << uploads.integer(0);
    Statement::run(m_db, QStringLiteral("UPDATE agenda_entry SET moderator_id = ? WHERE moderator_id = ?"), context,
                   {survivorId, mergedId});
    Statement::run(m_db, QStringLiteral("UPDATE attachment SET uploaded_by = ? WHERE uploaded_by = ?"), context,
                   {survivorId, mergedId});

    // The survivor takes the merged person's username (if it has none), name and aliases.
    Person survivor = record.survivor;
    if (survivor.username.isEmpty())
        survivor.username = record.merged.username;
    QStringList aliases = survivor.aliases;
    QStringList names = record.merged.aliases;
    names << record.merged.displayName;
    for (const QString &a : std::as_const(names)) {
        if (!a.isEmpty() && a.compare(survivor.displayName, Qt::CaseInsensitive) != 0
            && !aliases.contains(a, Qt::CaseInsensitive))
            aliases << a;
    }
    survivor.aliases = aliases;
    PersonRepository people(m_db);
    people.remove(mergedId); // first: the username and aliases are unique
    people.update(survivor);
    return record;
}

void PersonMerger::undo(const MergeRecord &record)
{
    const QString context = tr("undo merging two people");
    const Id survivorId = record.survivor.id;
    const Id mergedId = record.merged.id;
    PersonRepository people(m_db);
    people.update(record.survivor); // gives back the username and aliases first
    people.insert(record.merged);
    for (const LinkTable &t : linkTables) {
        const QString table = QLatin1String(t.name);
        Statement::run(m_db, QStringLiteral("DELETE FROM %1 WHERE person_id IN (?, ?)").arg(table), context,
                       {survivorId, mergedId});
        const QStringList columns = QString::fromLatin1(t.columns).split(QStringLiteral(", "));
        for (const QVariantList &row : record.rows.value(table)) {
            // A row written again since (a meeting deleted and brought back, a list stored anew) may
            // hold the rowid now: then the row takes a new one, in the order the rows come.
            Statement taken = Statement::run(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE rowid = ?").arg(table),
                                             context, {row.constFirst()});
            const qsizetype from = taken.next() ? 1 : 0;
            const QStringList names = columns.mid(from);
            Statement::run(m_db,
                           QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QStringLiteral(", ")),
                                    QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                           context, row.mid(from));
        }
    }
    for (Id entry : record.moderatedEntries)
        Statement::run(m_db, QStringLiteral("UPDATE agenda_entry SET moderator_id = ? WHERE id = ?"), context,
                       {mergedId, entry});
    for (Id attachment : record.uploads)
        Statement::run(m_db, QStringLiteral("UPDATE attachment SET uploaded_by = ? WHERE id = ?"), context,
                       {mergedId, attachment});
}

} // namespace Quorum
