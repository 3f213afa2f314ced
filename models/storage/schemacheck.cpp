// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "schemaquery.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <climits>
#include <memory>

#include <sqlite3.h>

namespace Quorum {

namespace SchemaQuery {
// Written by the build (models/tools/schemagen.cpp) from resources/schema.
extern const unsigned char Built[];
extern const int BuiltSize;
} // namespace SchemaQuery

namespace {

/**
 * sql with each run of ASCII white space (space, tab, line breaks, vertical tab, form feed: what
 * SQLite itself skips) made one space, none at either end. Not QString::simplified(), which also
 * treats Unicode spaces so, where SQLite sees part of a name.
 */
QString normalized(const QString &sql)
{
    QString result;
    result.reserve(sql.size());
    bool space = false;
    for (const QChar c : sql) {
        const char16_t u = c.unicode();
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            space = !result.isEmpty();
            continue;
        }
        if (space)
            result += QLatin1Char(' ');
        space = false;
        result += c;
    }
    return result;
}

/** Triggers have names of their own; tables, views and indexes share one (in any case). */
QString keyOf(const SchemaObject &o)
{
    return (o.type == QLatin1String("trigger") ? QStringLiteral("trigger:") : QStringLiteral("object:"))
           + o.name.toLower();
}

/** A name from the file, fit for a sentence: a hostile one may be very long. */
QString shown(const QString &name)
{
    return name.size() > 60 ? name.left(59) + QChar(0x2026) : name;
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return SchemaCheck::tr("table");
    if (type == QLatin1String("view"))
        return SchemaCheck::tr("view");
    if (type == QLatin1String("trigger"))
        return SchemaCheck::tr("trigger");
    if (type == QLatin1String("index"))
        return SchemaCheck::tr("index");
    return shown(type);
}

/** "the table “x”", "the trigger “x” on table y": what an object is called in a sentence. */
QString described(const QString &adjective, const SchemaObject &o)
{
    const bool onTable = o.type == QLatin1String("trigger") || o.type == QLatin1String("index");
    return onTable ? SchemaCheck::tr("%1 %2 “%3” on table %4")
                         .arg(adjective, kindName(o.type), shown(o.name), shown(o.table))
                   : SchemaCheck::tr("%1 %2 “%3”").arg(adjective, kindName(o.type), shown(o.name));
}

/** The schema after each migration, from applying them in memory; [0] is the empty one. */
struct Schemas
{
    QMap<int, QList<SchemaObject>> at;
    int failedAt = INT_MAX; ///< the first migration that fails (its own error is said when it is applied)
    QString failure;
};

Schemas build(const QList<Migration> &migrations)
{
    const QString context = SchemaCheck::tr("work out the schema this version creates");
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw StorageError(SchemaCheck::tr("Could not %1: out of memory.").arg(context));
    }
    const auto closeOnExit = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>(db, sqlite3_close);
    SqliteHandle::harden(db, context);
    SqliteHandle::trustVerifiedSchema(db, context); // only the migrations run here
    Schemas result;
    result.at.insert(0, {});
    for (const Migration &m : migrations) {
        char *message = nullptr;
        if (sqlite3_exec(db, m.sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
            sqlite3_free(message);
            result.failedAt = m.version;
            result.failure = SchemaCheck::tr("Could not %1: schema step %2 fails (%3).").arg(context, m.name, why);
            break;
        }
        QList<SchemaObject> objects;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, SchemaQuery::Sql, -1, &s, nullptr) != SQLITE_OK)
            throw StorageError(SchemaCheck::tr("Could not %1: %2").arg(context, QString::fromUtf8(sqlite3_errmsg(db))));
        const auto text = [s](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)));
        };
        while (sqlite3_step(s) == SQLITE_ROW)
            objects.append({text(0), text(1), text(2), normalized(text(3))});
        sqlite3_finalize(s);
        result.at.insert(m.version, objects);
    }
    return result;
}

/**
 * The schemas the build wrote for the built-in migrations (schemagen), when key is theirs: the
 * same as build() gives, without running the migrations in every process that opens a library.
 */
bool readBuilt(const QByteArray &key, Schemas *result)
{
    QDataStream in(QByteArray::fromRawData(reinterpret_cast<const char *>(SchemaQuery::Built), SchemaQuery::BuiltSize));
    in.setVersion(QDataStream::Qt_6_4);
    qint32 streamVersion = 0;
    QByteArray builtKey;
    QList<QPair<int, QList<QStringList>>> schemas;
    in >> streamVersion >> builtKey;
    if (streamVersion != SchemaQuery::StreamVersion || builtKey != key)
        return false;
    in >> schemas;
    if (in.status() != QDataStream::Ok)
        return false;
    result->at.insert(0, {});
    for (const auto &[version, rows] : std::as_const(schemas)) {
        QList<SchemaObject> objects;
        for (const QStringList &row : rows)
            objects.append({row.value(0), row.value(1), row.value(2), normalized(row.value(3))});
        result->at.insert(version, objects);
    }
    return true;
}

QList<SchemaObject> at(const Schemas &schemas, int version)
{
    if (version >= schemas.failedAt)
        throw StorageError(schemas.failure);
    // A version between two steps has the schema of the step before it.
    const auto it = schemas.at.upperBound(version);
    return it == schemas.at.begin() ? QList<SchemaObject>() : std::prev(it).value();
}

} // namespace

QList<SchemaObject> SchemaCheck::expected(const QList<Migration> &migrations, int version)
{
    // Read from the build's table for the built-in migrations, else (tests bring their own) built
    // once per set of migrations; kept.
    static QMutex mutex;
    static QHash<QByteArray, Schemas> cache;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Migration &m : migrations)
        SchemaQuery::addToKey(hash, m.version, m.sql.toUtf8());
    const QByteArray key = hash.result();
    const QMutexLocker locker(&mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        Schemas schemas;
        if (!readBuilt(key, &schemas))
            schemas = build(migrations);
        it = cache.insert(key, schemas);
    }
    return at(*it, version);
}

QList<SchemaObject> SchemaCheck::applied(const QList<Migration> &migrations, int version)
{
    return at(build(migrations), version);
}

QList<SchemaObject> SchemaCheck::of(const QSqlDatabase &db)
{
    Statement s = Statement::run(db, QString::fromLatin1(SchemaQuery::Sql), tr("read the library's schema"));
    QList<SchemaObject> objects;
    while (s.next())
        objects.append({s.text(0), s.text(1), s.text(2), normalized(s.text(3))});
    return objects;
}

QStringList SchemaCheck::differences(const QSqlDatabase &db, const QList<Migration> &migrations, int version)
{
    const QList<SchemaObject> found = of(db);
    const QList<SchemaObject> wanted = expected(migrations, version);
    QHash<QString, SchemaObject> byKey;
    for (const SchemaObject &o : wanted)
        byKey.insert(keyOf(o), o);
    QStringList result;
    QSet<QString> seen;
    // SQLite's indexes for a table's UNIQUE and PRIMARY KEY come and go with its definition, which is compared.
    const auto automatic = [](const SchemaObject &o) {
        return o.type == QLatin1String("index") && o.sql.isEmpty()
               && o.name.startsWith(QLatin1String("sqlite_autoindex_"));
    };
    for (const SchemaObject &o : found) {
        if (automatic(o))
            continue;
        const QString key = keyOf(o);
        seen.insert(key);
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            // ANALYZE's statistics steer the query planner; they run nothing.
            if (o.type == QLatin1String("table") && o.name.startsWith(QLatin1String("sqlite_stat")))
                continue;
            result << described(tr("an unknown"), o);
        } else if (it->type != o.type) {
            result << tr("the %1 “%2” replaced by a %3").arg(kindName(it->type), shown(it->name), kindName(o.type));
        } else if (*it != o) {
            result << described(tr("an altered"), o);
        }
    }
    for (const SchemaObject &o : wanted) {
        if (!automatic(o) && !seen.contains(keyOf(o)))
            result << described(tr("a missing"), o);
    }
    return result;
}

QString SchemaCheck::summary(const QStringList &differences)
{
    constexpr int Shown = 4;
    const QString list = differences.mid(0, Shown).join(QStringLiteral("; "));
    return differences.size() > Shown ? tr("%1; and %2 more").arg(list).arg(differences.size() - Shown) : list;
}

QStringList SchemaCheck::fts5Tables(const QList<SchemaObject> &schema)
{
    static const QRegularExpression fts5(QStringLiteral("^CREATE VIRTUAL TABLE .* USING fts5\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const SchemaObject &o : schema) {
        if (o.type == QLatin1String("table") && fts5.match(o.sql).hasMatch())
            tables << o.name;
    }
    return tables;
}

} // namespace Quorum
