// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycheck.h"

#include "bulkindex.h"
#include "database.h"
#include "dialect.h"
#include "readonlyconnection.h"
#include "schemacheck.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

#include <sqlite3.h>

namespace Quorum {

namespace {

/** What a row of a table is called in a sentence, singular and plural. */
QPair<QString, QString> recordName(const QString &table)
{
    static const QMap<QString, QPair<const char *, const char *>> names = {
        {QStringLiteral("series"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "series"), QT_TRANSLATE_NOOP("LibraryCheck", "series")}},
        {QStringLiteral("person"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "person"), QT_TRANSLATE_NOOP("LibraryCheck", "people")}},
        {QStringLiteral("person_alias"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "alias"), QT_TRANSLATE_NOOP("LibraryCheck", "aliases")}},
        {QStringLiteral("person_group"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "group"), QT_TRANSLATE_NOOP("LibraryCheck", "groups")}},
        {QStringLiteral("group_member"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "group membership"),
          QT_TRANSLATE_NOOP("LibraryCheck", "group memberships")}},
        {QStringLiteral("meeting"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "meeting"), QT_TRANSLATE_NOOP("LibraryCheck", "meetings")}},
        {QStringLiteral("dial_in"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "dial-in number"), QT_TRANSLATE_NOOP("LibraryCheck", "dial-in numbers")}},
        {QStringLiteral("meeting_day"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "meeting day"), QT_TRANSLATE_NOOP("LibraryCheck", "meeting days")}},
        {QStringLiteral("agenda_entry"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "agenda entry"), QT_TRANSLATE_NOOP("LibraryCheck", "agenda entries")}},
        {QStringLiteral("agenda_coordinator"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "coordinator"), QT_TRANSLATE_NOOP("LibraryCheck", "coordinators")}},
        {QStringLiteral("participant"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "participant"), QT_TRANSLATE_NOOP("LibraryCheck", "participants")}},
        {QStringLiteral("action_item"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "action item"), QT_TRANSLATE_NOOP("LibraryCheck", "action items")}},
        {QStringLiteral("action_assignee"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "assignment"), QT_TRANSLATE_NOOP("LibraryCheck", "assignments")}},
        {QStringLiteral("decision"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "decision"), QT_TRANSLATE_NOOP("LibraryCheck", "decisions")}},
        {QStringLiteral("decision_maker"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "decision maker"), QT_TRANSLATE_NOOP("LibraryCheck", "decision makers")}},
        {QStringLiteral("blob"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "attachment content"),
          QT_TRANSLATE_NOOP("LibraryCheck", "attachment contents")}},
        {QStringLiteral("attachment"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "attachment"), QT_TRANSLATE_NOOP("LibraryCheck", "attachments")}},
        {QStringLiteral("topic_request"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "topic request"), QT_TRANSLATE_NOOP("LibraryCheck", "topic requests")}},
        {QStringLiteral("topic_requester"),
         {QT_TRANSLATE_NOOP("LibraryCheck", "requester"), QT_TRANSLATE_NOOP("LibraryCheck", "requesters")}},
    };
    const auto it = names.constFind(table);
    if (it == names.constEnd())
        return {table, table};
    return {LibraryCheck::tr(it->first), LibraryCheck::tr(it->second)};
}

/** "Participants" for "participant": what a sentence about such records begins with. */
QString capitalizedPlural(const QString &table)
{
    QString many = recordName(table).second;
    if (!many.isEmpty())
        many[0] = many.at(0).toUpper();
    return many;
}

QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    Statement s = Statement::run(db, sql, LibraryCheck::tr("check the library"));
    QStringList out;
    while (s.next())
        out << s.text(0);
    return out;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/**
 * FTS5's own check of table on handle: empty when the index agrees with what it holds, else
 * what SQLite says. It is an INSERT (FTS5's command form), so it needs a connection that may
 * write; it runs in a savepoint that is rolled back, and writes nothing. *unchecked says why it
 * could not run at all.
 */
QString fts5Damage(sqlite3 *handle, const QString &table, QString *unchecked)
{
    if (sqlite3_exec(handle, "SAVEPOINT quorum_index_check", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *unchecked = QString::fromUtf8(sqlite3_errmsg(handle));
        return {};
    }
    const QByteArray sql = QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(quoted(table)).toUtf8();
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    sqlite3_exec(handle, "ROLLBACK TO quorum_index_check; RELEASE quorum_index_check", nullptr, nullptr, nullptr);
    if (rc == SQLITE_DONE)
        return {};
    if ((rc & 0xff) == SQLITE_CORRUPT)
        return why;
    *unchecked = why;
    return {};
}

} // namespace

CheckReport LibraryCheck::run(const Database &db)
{
    CheckReport report;
    report.file = db.path();
    check(db.connection(), db.isReadOnly() ? nullptr : &db, &report);
    return report;
}

CheckReport LibraryCheck::runOnFile(const QString &path)
{
    CheckReport report;
    const QFileInfo info(path);
    report.file = info.absoluteFilePath();
    if (!info.isFile()) {
        report.problems << tr("The file does not exist or is not a file.");
        return report;
    }
    QFile file(report.file);
    if (!file.open(QIODevice::ReadOnly)) {
        report.problems << tr("The file cannot be read (%1).").arg(file.errorString());
        return report;
    }
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        report.problems << tr(
            "The file is not a Quorum library: it is not a database at all (or its first page is destroyed).");
        return report;
    }
    file.close();
    const ReadOnlyConnection db(report.file, 2000);
    if (!db.isOpen())
        report.problems << tr("The file cannot be opened (%1).").arg(db.errorText());
    else
        check(db.database(), nullptr, &report);
    return report;
}

QStringList LibraryCheck::relationProblems(const QSqlDatabase &db)
{
    QStringList problems;
    // 2. References: every record points to records that exist.
    // A server enforces them itself (at the latest when a transaction that deferred them commits).
    QMap<QPair<QString, QString>, qint64> missing;
    if (!Dialect::isServer(db)) {
        Statement fk = Statement::run(db, QStringLiteral("PRAGMA foreign_key_check"), tr("check references"));
        while (fk.next())
            ++missing[{fk.text(0), fk.text(2)}];
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        problems << tr("%1 that refer to a %2 that is not in the library: %3.")
                        .arg(capitalizedPlural(it.key().first), recordName(it.key().second).first)
                        .arg(it.value());
    }

    // 3. Records that must belong together. A rule about a table or column that a library of an
    // older format does not have yet (it is checked before its upgrade) holds there.
    const auto has = [&](const char *table, const char *column) {
        const QString sql = Dialect::isServer(db)
                                ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema "
                                                 "= current_schema() AND table_name = ? AND column_name = ?")
                                : QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
        Statement s = Statement::run(db, sql, tr("check the library"), {QLatin1String(table), QLatin1String(column)});
        return s.next() && s.integer(0) > 0;
    };
    const auto countWrong = [&](const QString &sql, const char *what) {
        Statement s = Statement::run(db, sql, tr("check the library"));
        const qint64 n = s.next() ? s.integer(0) : 0;
        if (n > 0)
            problems << tr(what).arg(n);
    };
    const struct
    {
        const char *sql;
        const char *what;
        const char *table = "meeting"; ///< a rule of a later format: a table and column it needs
        const char *column = "id";
    } pairs[] = {
        {"SELECT count(*) FROM agenda_entry e JOIN agenda_entry p ON p.id = e.parent_id WHERE p.day_id <> e.day_id "
         "OR p.kind <> 'block'",
         QT_TRANSLATE_NOOP(
             "LibraryCheck",
             "Agenda entries that sit in a block of another day, or under an entry that is not a block: %1.")},
        {"SELECT count(*) FROM meeting_day d JOIN meeting m ON m.id = d.meeting_id "
         "WHERE d.day_date < m.start_date OR d.day_date > m.end_date",
         QT_TRANSLATE_NOOP("LibraryCheck", "Meeting days outside their meeting's dates: %1.")},
        {"SELECT count(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM meeting_day d WHERE d.meeting_id = m.id)",
         QT_TRANSLATE_NOOP("LibraryCheck", "Meetings without a single day: %1.")},
        // The parking lot (0008): a topic is carried from an earlier meeting, never from its own.
        {"SELECT count(*) FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id "
         "JOIN agenda_entry s ON s.id = e.carried_from_entry_id JOIN meeting_day sd ON sd.id = s.day_id "
         "WHERE sd.meeting_id = d.meeting_id",
         QT_TRANSLATE_NOOP("LibraryCheck", "Agenda entries carried from an entry of their own meeting: %1."),
         "agenda_entry", "carried_from_entry_id"},
    };
    // Records of a meeting that point to an agenda entry: it must be an entry of the same meeting.
    const struct
    {
        const char *table;
        const char *column;
        const char *what;
    } entryLinks[] = {
        {"action_item", "entry_id",
         QT_TRANSLATE_NOOP("LibraryCheck", "Action items that point to an agenda entry of another meeting: %1.")},
        {"attachment", "entry_id",
         QT_TRANSLATE_NOOP("LibraryCheck", "Attachments that point to an agenda entry of another meeting: %1.")},
        {"topic_request", "scheduled_entry_id",
         QT_TRANSLATE_NOOP("LibraryCheck", "Topic requests scheduled into another meeting's agenda: %1.")},
        {"decision", "entry_id",
         QT_TRANSLATE_NOOP("LibraryCheck", "Decisions that point to an agenda entry of another meeting: %1.")},
    };
    for (const auto &link : entryLinks) {
        if (!has(link.table, link.column))
            continue;
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 r JOIN agenda_entry e ON e.id = r.%2 "
                                           "JOIN meeting_day d ON d.id = e.day_id WHERE d.meeting_id <> r.meeting_id")
                                .arg(QLatin1String(link.table), QLatin1String(link.column));
        countWrong(sql, link.what);
    }
    for (const auto &pair : pairs) {
        if (has(pair.table, pair.column))
            countWrong(QString::fromLatin1(pair.sql), pair.what);
    }
    return problems;
}

void LibraryCheck::check(const QSqlDatabase &db, const Database *writable, CheckReport *report)
{
    if (Dialect::isServer(db)) {
        checkServer(db, report);
        return;
    }
    int version = 0;
    try {
        Statement header = Statement::run(db, QStringLiteral("PRAGMA application_id"), tr("read the library header"));
        if (!header.next() || header.integer(0) != Database::ApplicationId) {
            report->problems << tr("The file is a database, but not a Quorum library (it belongs to another program).");
            return;
        }
        Statement format = Statement::run(db, QStringLiteral("PRAGMA user_version"), tr("read the library header"));
        version = format.next() ? int(format.integer(0)) : 0;
    } catch (const StorageError &e) {
        report->busy = e.isBusy();
        if (report->busy)
            report->problems << tr("The library is busy: another program is writing to it, so it could not be "
                                   "checked now. Nothing suggests damage; check it again when the other program is "
                                   "done.");
        else if (e.nativeCode() == StorageError::ReadOnlyRollback) // a journal left by a program that stopped
            report->problems << tr("A program stopped in the middle of an edit of this library (a crash or a power "
                                   "cut). Open it in Quorum once: the unfinished edit is undone and everything saved "
                                   "before it is kept. Then check it again.");
        else
            report->problems << tr("The file is damaged: even its header cannot be read (%1).").arg(e.message());
        return;
    }

    // 0. Its schema, before anything in it is read: planted triggers run when a library is
    // edited, and a table replaced by a view could make every read of it endless.
    const QList<Migration> migrations = Database::builtinMigrations();
    if (version > Database::latestVersion(migrations)) {
        report->problems << tr("The library was written by a newer version of Quorum (format %1; this version knows "
                               "up to %2), so it cannot be checked here.")
                                .arg(version)
                                .arg(Database::latestVersion(migrations));
        return;
    }
    report->checked << tr("its database structure against what Quorum creates");
    QStringList fts5Tables;
    try {
        const QStringList foreign = SchemaCheck::differences(db, migrations, version);
        if (!foreign.isEmpty()) {
            report->problems << tr("The file's database structure differs from what Quorum creates, so it may have "
                                   "been tampered with: %1. Quorum refuses to open it, and its records were not "
                                   "read, so that nothing planted in it runs.")
                                    .arg(foreign.join(QStringLiteral("; ")));
            return;
        }
        fts5Tables = SchemaCheck::fts5Tables(SchemaCheck::of(db));
    } catch (const StorageError &e) {
        report->problems << tr("The file is damaged: its list of tables cannot be read (%1).").arg(e.message());
        return;
    }

    // 1. The file's structure.
    report->checked << tr("the file's structure (SQLite integrity check)");
    try {
        QStringList found;
        for (const QString &line : rows(db, QStringLiteral("PRAGMA integrity_check(100)"))) {
            for (const QString &part : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                found << part.trimmed();
        }
        if (found != QStringList{QStringLiteral("ok")}) {
            report->problems << tr("The file is damaged: SQLite's integrity check found faults in how the data is "
                                   "stored (%1 in all), for example “%2”. Some records may be missing or wrong.")
                                    .arg(found.size())
                                    .arg(found.value(0));
        }
    } catch (const StorageError &) {
        report->problems << tr("The file is damaged so badly that its structure cannot be checked: none of its "
                               "records can be trusted.");
        return;
    }

    // The search index: derived from the records, so damage to it is repaired by building it again.
    if (!fts5Tables.isEmpty())
        checkSearchIndex(db, writable, fts5Tables, report);

    checkRecords(db, report);
}

void LibraryCheck::checkRecords(const QSqlDatabase &db, CheckReport *report)
{
    try {
        // 2. References: every record points to records that exist.
        report->checked << tr("references between records");
        // 3. Records that must belong together.
        report->checked << tr("records that belong together");
        report->problems << relationProblems(db);

        // 4. Attachments: every content matches the checksum it is stored under.
        Statement blobs = Statement::run(
            db,
            QStringLiteral("SELECT b.sha256, b.size, b.data, (SELECT %1(a.file_name, '”, “') FROM attachment a "
                           "WHERE a.sha256 = b.sha256) FROM blob b")
                .arg(QLatin1String(Dialect::isServer(db) ? "string_agg" : "group_concat")),
            tr("check the attachments"));
        qint64 count = 0;
        qint64 unused = 0;
        qint64 unusedBytes = 0;
        while (blobs.next()) {
            ++count;
            const QByteArray data = blobs.value(2).toByteArray();
            const QString names = blobs.text(3);
            const QString hash
                = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            if (hash != blobs.text(0) || data.size() != blobs.integer(1)) {
                report->problems
                    << (names.isEmpty()
                            ? tr("A stored attachment content (no longer used) is damaged: it differs from "
                                 "what was stored.")
                            : tr("The content of “%1” is damaged: it differs from what was stored.").arg(names));
            }
            if (names.isEmpty()) {
                ++unused;
                unusedBytes += data.size();
            }
        }
        report->checked << tr("attachment contents against their checksums (%1)").arg(count);
        if (unused > 0) {
            report->notes << tr("Attachment contents kept although no attachment uses them now, so that undo can "
                                "bring them back: %1 (%2).")
                                 .arg(unused)
                                 .arg(QLocale().formattedDataSize(unusedBytes));
        }
    } catch (const StorageError &e) {
        report->problems << tr("Part of the library cannot be read: %1").arg(e.message());
    }
}

void LibraryCheck::checkSearchIndex(const QSqlDatabase &db, const Database *writable, const QStringList &tables,
                                    CheckReport *report)
{
    report->checked << tr("the search index (FTS5 integrity check)");
    // FTS5 runs its check as an INSERT: on the library's own connection when it may write, else on
    // a connection of its own opened for writing (a savepoint rolled back; the file is not changed).
    sqlite3 *own = nullptr;
    QString unchecked;
    try {
        if (writable) {
            own = SqliteHandle::of(writable->connection(), tr("check the search index"));
        } else {
            const QByteArray path = QFile::encodeName(QFileInfo(db.databaseName()).absoluteFilePath());
            if (sqlite3_open_v2(path.constData(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr)
                != SQLITE_OK) {
                unchecked = QString::fromUtf8(own ? sqlite3_errmsg(own) : "out of memory");
                sqlite3_close(own);
                own = nullptr;
            } else {
                SqliteHandle::harden(own, tr("check the search index"));
                sqlite3_busy_timeout(own, 2000);
            }
        }
    } catch (const StorageError &e) {
        unchecked = e.message();
    }
    QStringList damage;
    for (const QString &table : tables) {
        if (own && unchecked.isEmpty()) {
            const QString why = fts5Damage(own, table, &unchecked);
            if (!why.isEmpty())
                damage << why;
        }
    }
    if (!writable)
        sqlite3_close(own);
    if (!damage.isEmpty()) {
        report->searchIndexDamaged = true;
        report->problems << tr("The search index is damaged (%1): a search may miss records or show wrong ones. It "
                               "is made from the records, which are not affected, and can be rebuilt.")
                                .arg(damage.join(QStringLiteral("; ")));
    } else if (!unchecked.isEmpty()) {
        report->notes << tr("The search index could not be checked (%1).").arg(unchecked);
    }
}

void LibraryCheck::rebuildSearchIndex(const QSqlDatabase &db)
{
    const QString context = tr("rebuild the search index");
    if (Dialect::isServer(db)) {
        // The rows of the views its triggers fill it from; its trigger makes each row's document.
        Statement::run(db, QStringLiteral("DELETE FROM search_index"), context);
        Statement::run(
            db,
            QStringLiteral("INSERT INTO search_index (row_id, title, body, people, kind, meeting_id, "
                           "entry_id) SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM (%1) v")
                .arg(serverIndexSources()),
            context);
        return;
    }
    for (const QString &table : SchemaCheck::fts5Tables(SchemaCheck::of(db))) {
        // First made to agree with the rows it holds (FTS5 reads none of its damaged index for
        // this), then its rows are made again from the records.
        Statement::run(db, QStringLiteral("INSERT INTO %1(%1) VALUES('rebuild')").arg(quoted(table)), context);
    }
    // From the views that the triggers fill it from, the ones with its columns after an id and a row_id.
    for (const BulkIndex::Source &source : BulkIndex::sources(db, context)) {
        Statement::run(db, QStringLiteral("DELETE FROM %1").arg(quoted(source.table)), context);
        BulkIndex::fill(db, source, {}, context);
    }
}

void LibraryCheck::checkServer(const QSqlDatabase &db, CheckReport *report)
{
    // 0. What the database holds: a Quorum library of a format this version knows. The server
    // keeps its own storage sound and enforces the schema's keys and CHECKs itself.
    try {
        Statement meta
            = Statement::run(db,
                             QStringLiteral("SELECT (SELECT value FROM quorum_meta WHERE key = 'application'), "
                                            "(SELECT value FROM quorum_meta WHERE key = 'format')"),
                             tr("read the library header"));
        const bool known = meta.next() && meta.text(0) == QLatin1String("quorum");
        bool ok = false;
        const int version = known ? meta.text(1).toInt(&ok) : 0;
        const int latest = Database::latestVersion(Database::serverMigrations());
        if (!known || !ok) {
            report->problems << tr("The database is not a Quorum team library: its quorum_meta does not say so.");
            return;
        }
        if (version > latest) {
            report->problems << tr("The library was written by a newer version of Quorum (format %1; this version "
                                   "knows up to %2), so it cannot be checked here.")
                                    .arg(version)
                                    .arg(latest);
            return;
        }
        report->checked << tr("its format on the server (%1)").arg(version);
    } catch (const StorageError &e) {
        report->problems << tr("The database is not a Quorum team library: %1").arg(e.message());
        return;
    }

    // The search index: one row for every record, holding what the record's view says now.
    report->checked << tr("the search index against the records");
    try {
        Statement index = Statement::run(
            db,
            QStringLiteral("SELECT count(*) FILTER (WHERE s.row_id IS NULL), count(*) FILTER (WHERE v.row_id IS NULL), "
                           "count(*) FILTER (WHERE s.row_id IS NOT NULL AND v.row_id IS NOT NULL) "
                           "FROM (%1) v FULL JOIN search_index s ON s.row_id = v.row_id "
                           "WHERE s.row_id IS NULL OR v.row_id IS NULL OR s.title IS DISTINCT FROM v.title "
                           "OR s.body IS DISTINCT FROM v.body OR s.people IS DISTINCT FROM v.people "
                           "OR s.kind IS DISTINCT FROM v.kind OR s.meeting_id IS DISTINCT FROM v.meeting_id "
                           "OR s.entry_id IS DISTINCT FROM v.entry_id")
                .arg(serverIndexSources()),
            tr("check the search index"));
        if (index.next() && (index.integer(0) + index.integer(1) + index.integer(2)) > 0) {
            report->searchIndexDamaged = true;
            report->problems << tr("The search index is out of step with the records (%1 missing, %2 of records that "
                                   "are gone, %3 out of date): a search may miss records or show wrong ones. It is "
                                   "made from the records, which are not affected, and can be rebuilt.")
                                    .arg(index.integer(0))
                                    .arg(index.integer(1))
                                    .arg(index.integer(2));
        }
    } catch (const StorageError &e) {
        report->notes << tr("The search index could not be checked (%1).").arg(e.message());
    }

    checkRecords(db, report);
}

QString LibraryCheck::serverIndexSources()
{
    QStringList parts;
    for (const char *kind : {"meeting", "entry", "action", "attachment", "person", "decision"}) {
        parts << QStringLiteral("SELECT row_id, title, body, people, kind, meeting_id, entry_id FROM search_%1_source")
                     .arg(QLatin1String(kind));
    }
    return parts.join(QLatin1String(" UNION ALL "));
}

} // namespace Quorum
