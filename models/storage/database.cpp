// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "dialect.h"
#include "schemacheck.h"
#include "serveraddress.h"
#include "snapshot.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

void quorumInitResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Quorum {

namespace {

std::function<void(const QString &)> &upgradeProbe()
{
    static std::function<void(const QString &)> probe;
    return probe;
}

void probe(const QString &point)
{
    if (upgradeProbe())
        upgradeProbe()(point);
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("quorum-%1").arg(counter.fetchAndAddRelaxed(1));
}

/** Opens a connection to path and hardens it before it reads anything; throws StorageError. */
QSqlDatabase openConnection(const QString &name, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // A short, deliberate busy timeout: the GUI thread must not hang for the default 5 s.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        throw StorageError(db.lastError().text());
    SqliteHandle::harden(db, Database::tr("open the library"));
    return db;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/**
 * Why db cannot be opened when its schema is not what the migrations create at version (planted or
 * altered objects), in the words of open()'s refusal; empty when it is. Throws StorageError.
 */
QString foreignSchema(const QSqlDatabase &db, const QList<Migration> &migrations, int version)
{
    const QStringList foreign = SchemaCheck::differences(db, migrations, version);
    if (foreign.isEmpty())
        return {};
    return Database::tr("its database structure differs from what Quorum creates (%1), so it may have been "
                        "tampered with; nothing in it was run or changed.")
        .arg(SchemaCheck::summary(foreign));
}

/** Runs a single-value PRAGMA; throws on failure. */
QVariant pragma(const QSqlDatabase &db, const QString &sql)
{
    Statement s = Statement::run(db, sql, Database::tr("read the library header"));
    return s.next() ? s.value(0) : QVariant();
}

} // namespace

void Database::setUpgradeProbe(std::function<void(const QString &point)> probe)
{
    upgradeProbe() = std::move(probe);
}

static QList<Migration> migrationsIn(const QString &folder)
{
    quorumInitResources();
    QList<Migration> result;
    QDirIterator it(folder, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        const QString base = QFileInfo(file).completeBaseName();
        bool numbered = false;
        const int version = base.section(QLatin1Char('_'), 0, 0).toInt(&numbered);
        QFile f(file);
        if (!numbered || !f.open(QIODevice::ReadOnly))
            continue; // not a step (the server's roles.sql)
        Migration m;
        m.version = version;
        m.name = base;
        m.sql = QString::fromUtf8(f.readAll());
        result << m;
    }
    return result;
}

QList<Migration> Database::builtinMigrations()
{
    return migrationsIn(QStringLiteral(":/quorum/schema"));
}

QList<Migration> Database::serverMigrations()
{
    return migrationsIn(QStringLiteral(":/quorum/postgresql"));
}

bool Database::isServerLocation(const QString &location)
{
    return ServerAddress::isServerLocation(location);
}

int Database::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QString Database::damageOf(const QSqlDatabase &db)
{
    Statement check = Statement::run(db, QStringLiteral("PRAGMA quick_check"), tr("check the library"));
    QStringList problems;
    while (check.next()) {
        for (const QString &line : check.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***")))
                problems << line.trimmed();
        }
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return tr("integrity check: %1%2")
        .arg(problems.mid(0, 2).join(QStringLiteral("; ")),
             problems.size() > 2 ? tr("; and %1 more").arg(problems.size() - 2) : QString());
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, QString *error,
                                         const QList<Migration> &migrations, Check check, bool *busy)
{
    if (busy)
        *busy = false;
    if (isServerLocation(path))
        return openServer(path, mode, error, busy);
    const QFileInfo info(path);
    // Always hand SQLite an absolute path: a name beginning with "file:" would be parsed as a URI.
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot open “%1”: %2").arg(shown, reason);
        return nullptr;
    };

    const int latest = latestVersion(migrations);
    bool created = false;

    if (mode == Mode::CreateNew) {
        if (info.exists() || info.isSymLink())
            return fail(tr("a file with that name already exists."));
        QFile file(absolute);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(tr("the file cannot be created (%1).").arg(file.errorString()));
        file.close();
        created = true;
    } else {
        if (!info.exists())
            return fail(tr("the file does not exist."));
        if (!info.isFile())
            return fail(tr("it is not a file."));
        if (info.size() == 0)
            return fail(tr("the file is empty (0 bytes), so it is not a Quorum library."));
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("the file cannot be read (%1).").arg(file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0"))
            return fail(tr("it is not a Quorum library (not a database file at all)."));
        if (info.size() < 512)
            return fail(tr("the file is damaged (it is cut short)."));
    }

    auto removeCreated = [&] {
        if (created)
            QFile::remove(absolute);
    };

    int version = 0;
    bool checked = true; // a new library has nothing to check
    // A read-only library keeps the connection that validated it: one open and one schema comparison.
    QString validatedConnection;
    if (!created) {
        // Validate through a read-only connection, so nothing can be written to a file we refuse.
        QString probeName;
        QString reason;
        bool wasBusy = false;
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!probeName.isEmpty())
                closeConnection(probeName);
            probeName = newConnectionName();
            reason.clear();
            bool interrupted = false;
            wasBusy = false;
            QSqlDatabase probe;
            try {
                probe = openConnection(probeName, absolute, true);
                const qint32 appId = pragma(probe, QStringLiteral("PRAGMA application_id")).toInt();
                version = pragma(probe, QStringLiteral("PRAGMA user_version")).toInt();
                if (appId != ApplicationId) {
                    reason = tr("it is not a Quorum library (it is a database of another program).");
                } else if (version > latest) {
                    reason = tr("it was written by a newer version of Quorum (format %1; this version "
                                "reads up to %2). Please update Quorum; the file was not changed.")
                                 .arg(version)
                                 .arg(latest);
                } else if (reason = foreignSchema(probe, migrations, version); reason.isEmpty()) {
                    // (Planted triggers or views would run when the library is edited or read: refused above.)
                    // A library that is to be upgraded is always checked first (only a writable one is).
                    checked = check == Check::BeforeOpening || (version < latest && mode != Mode::ReadOnly);
                    if (checked) {
                        const QString damage = damageOf(probe);
                        if (!damage.isEmpty())
                            reason = tr("the file is damaged (%1).").arg(damage);
                    }
                    if (reason.isEmpty() && mode == Mode::ReadOnly && version < latest)
                        reason = tr("it uses an older format (%1). Open it in Quorum once to upgrade it.").arg(version);
                }
            } catch (const StorageError &e) {
                // A program stopped in the middle of an edit (a crash, a power cut) and left its
                // journal; a read-only connection cannot undo it.
                interrupted = e.nativeCode() == StorageError::ReadOnlyRollback;
                // Another program holds the file for a long write: busy, which says nothing of its state.
                wasBusy = e.isBusy();
                reason = interrupted ? tr("a program stopped in the middle of an edit of it (a crash or a power cut). "
                                          "Open it in Quorum once: the unfinished edit is undone and everything "
                                          "saved before it is kept.")
                         : wasBusy   ? tr("it is busy: another program is writing to it.")
                         : e.primaryCode() == StorageError::NotADatabase
                             ? tr("it is not a Quorum library (not a database file).")
                             : tr("the file is damaged or unreadable (%1).").arg(e.message());
            }
            if (!interrupted || mode != Mode::OpenExisting || attempt > 0)
                break;
            // Opening it for writing is what finishes the recovery: SQLite rolls the unfinished
            // edit back from its journal on the first read, and the file is the last committed one.
            probe = QSqlDatabase();
            closeConnection(probeName);
            probeName.clear();
            const QString recoverName = newConnectionName();
            try {
                QSqlDatabase recover = openConnection(recoverName, absolute, false);
                QSqlQuery q(recover);
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
                q.finish();
            } catch (const StorageError &) {
                // The second probe says what is wrong.
            }
            closeConnection(recoverName);
        }
        if (mode == Mode::ReadOnly && reason.isEmpty())
            validatedConnection = probeName;
        else
            closeConnection(probeName);
        if (busy)
            *busy = wasBusy;
        if (!reason.isEmpty())
            return fail(reason);
        if (mode == Mode::OpenExisting && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
            return fail(tr("the file (or its folder) is read-only, and Quorum saves every edit "
                           "at once. Copy it somewhere writable and open the copy."));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = validatedConnection.isEmpty() ? newConnectionName() : validatedConnection;
    db->m_path = absolute;
    db->m_readOnly = mode == Mode::ReadOnly;
    db->m_schemaVersion = version;
    db->m_checked = checked;

    QSqlDatabase conn;
    bool backupWritten = false;
    bool upgraded = false;
    try {
        if (!validatedConnection.isEmpty()) {
            conn = QSqlDatabase::database(validatedConnection, false);
        } else {
            conn = openConnection(db->m_connectionName, absolute, db->m_readOnly);
            // The file may have changed since the probe: its schema is compared again on this connection.
            if (const QString foreign = foreignSchema(conn, migrations, version); !foreign.isEmpty())
                throw StorageError(foreign);
        }
        // Our own triggers write the search index, which SQLite allows only with a trusted schema:
        // this one is exactly what the migrations create.
        if (!db->m_readOnly)
            SqliteHandle::trustVerifiedSchema(conn, tr("open the library"));
        // Outside any transaction, or it is silently a no-op.
        Statement::run(conn, QStringLiteral("PRAGMA foreign_keys = ON"), tr("enable foreign keys"));
        if (pragma(conn, QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
            throw StorageError(tr("foreign keys cannot be enabled."));
        if (!db->m_readOnly) {
            Statement::run(conn, QStringLiteral("PRAGMA synchronous = FULL"), tr("set durability"));
            if (pragma(conn, QStringLiteral("PRAGMA synchronous")).toInt() != 2) // 2: FULL
                throw StorageError(tr("full durability (synchronous = FULL) cannot be set."));
            const QString journal = pragma(conn, QStringLiteral("PRAGMA journal_mode = DELETE")).toString().toLower();
            if (journal != QLatin1String("delete"))
                throw StorageError(tr("the journal mode cannot be set (it is “%1”).").arg(journal));
        }

        if (!created && version < latest && !db->m_readOnly) {
            // Keep the file as it was before changing its format: known to be ours by now (its
            // marks, its schema at that format, its check). One copy per format: one that is
            // there already (an earlier upgrade of this file) is kept, never multiplied.
            const QString backup = QStringLiteral("%1.v%2-backup").arg(absolute).arg(version);
            if (!QFileInfo::exists(backup) && !QFileInfo(backup).isSymLink()) {
                Snapshot::write(conn, backup, tr("write a backup before upgrading"));
                backupWritten = true;
                probe(QStringLiteral("backup"));
            }
            db->m_backupPath = backup;
        }

        for (const Migration &m : migrations) {
            if (m.version <= db->m_schemaVersion)
                continue;
            Transaction tx(conn, tr("upgrade the library to format %1").arg(m.version));
            // SQLite parses the script itself: a trigger's body, quotes and comments are its business.
            SqliteHandle::execute(conn, m.sql, tr("apply schema step %1").arg(m.name));
            probe(QStringLiteral("v%1 applied").arg(m.version));
            Statement::run(conn, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                           tr("mark the file as a Quorum library"));
            Statement::run(conn, QStringLiteral("PRAGMA user_version = %1").arg(m.version),
                           tr("record the library format"));
            probe(QStringLiteral("v%1 recorded").arg(m.version));
            tx.commit();
            probe(QStringLiteral("v%1 committed").arg(m.version));
            db->m_schemaVersion = m.version;
            upgraded = true;
        }
    } catch (const StorageError &e) {
        if (busy)
            *busy = e.isBusy();
        conn = QSqlDatabase();
        // Nothing of the upgrade was committed, so the file is as it was: a copy of it is no backup.
        const QString unneeded = backupWritten && !upgraded ? db->m_backupPath : QString();
        db.reset();
        if (!unneeded.isEmpty())
            QFile::remove(unneeded);
        removeCreated();
        return fail(e.message());
    }
    return db;
}

namespace {

/** Runs a script of several statements (a migration) in one go; throws StorageError. */
void runServerScript(const QSqlDatabase &db, const QString &script, const QString &context)
{
    QSqlQuery q(db);
    if (!q.exec(script))
        throw StorageError::fromSql(context, q.lastError());
}

/** The format a server library records, or -1 when the database holds no Quorum library. */
int serverFormat(const QSqlDatabase &db)
{
    Statement tables = Statement::run(db, QStringLiteral("SELECT to_regclass('quorum_meta') IS NOT NULL"),
                                      Database::tr("read the library"));
    if (!tables.next() || !tables.value(0).toBool())
        return -1;
    Statement meta = Statement::run(db,
                                    QStringLiteral("SELECT (SELECT value FROM quorum_meta WHERE key = 'application'), "
                                                   "(SELECT value FROM quorum_meta WHERE key = 'format')"),
                                    Database::tr("read the library"));
    if (!meta.next() || meta.text(0) != QLatin1String("quorum"))
        return -1;
    bool ok = false;
    const int format = meta.text(1).toInt(&ok);
    return ok ? format : -1;
}

/** Opens a QPSQL connection called name to address; throws StorageError saying why it cannot. */
QSqlDatabase openServerConnection(const QString &name, const ServerAddress &address)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError(Database::tr("Qt's PostgreSQL driver is not installed (the package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    address.configure(db);
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed();
        if (why.contains(QLatin1String("password"), Qt::CaseInsensitive))
            throw StorageError(Database::tr("the server asks for a password (%1). Put it in ~/.pgpass or set "
                                            "PGPASSWORD; Quorum never asks for it or keeps it.")
                                   .arg(why));
        throw StorageError(
            Database::tr("the server cannot be reached (%1).").arg(why.isEmpty() ? db.lastError().text() : why));
    }
    // A lock held by another person's edit is waited for briefly, as a busy file is.
    Statement::run(db, QStringLiteral("SET lock_timeout = '2s'"), Database::tr("open the library"));
    return db;
}

} // namespace

std::unique_ptr<Database> Database::openServer(const QString &uri, Mode mode, QString *error, bool *busy)
{
    const ServerAddress address = ServerAddress::parse(uri);
    const QString shown = address.isValid() ? address.toString() : ServerAddress::withoutPassword(uri);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot open “%1”: %2").arg(shown, reason);
        return nullptr;
    };
    if (!address.isValid())
        return fail(address.errorString());
    if (mode == Mode::CreateNew)
        return fail(tr("a team library is set up with “quorum server-init”, not created as a file."));

    const QList<Migration> migrations = serverMigrations();
    const int latest = latestVersion(migrations);
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = newConnectionName();
    db->m_path = address.toString();
    db->m_server = true;
    try {
        QSqlDatabase conn = openServerConnection(db->m_connectionName, address);
        int version = serverFormat(conn);
        if (version < 0)
            throw StorageError(tr("the database holds no Quorum library. “quorum server-init %1” sets up an empty "
                                  "database as one.")
                                   .arg(address.toString()));
        if (version > latest)
            throw StorageError(tr("it was written by a newer version of Quorum (format %1; this version reads up to "
                                  "%2). Please update Quorum; nothing was changed.")
                                   .arg(version)
                                   .arg(latest));
        // An editor may change the records; only the library's owner may change its format.
        Statement may = Statement::run(conn,
                                       QStringLiteral("SELECT has_table_privilege('meeting', 'UPDATE'), "
                                                      "has_table_privilege('quorum_meta', 'UPDATE')"),
                                       tr("read what you may do in the library"));
        const bool known = may.next();
        const bool mayWrite = known && may.value(0).toBool();
        const bool mayUpgrade = known && may.value(1).toBool();
        if (version < latest) {
            if (mode == Mode::ReadOnly || !mayUpgrade)
                throw StorageError(tr("it uses an older format (%1). Its owner opens it in this Quorum once to upgrade "
                                      "it.")
                                       .arg(version));
            for (const Migration &m : migrations) {
                if (m.version <= version)
                    continue;
                Transaction tx(conn, tr("upgrade the library to format %1").arg(m.version));
                // One person upgrades; whoever comes second finds it done.
                Statement::run(conn, QStringLiteral("LOCK TABLE quorum_meta IN EXCLUSIVE MODE"),
                               tr("upgrade the library to format %1").arg(m.version));
                if (serverFormat(conn) >= m.version)
                    continue;
                runServerScript(conn, m.sql, tr("apply schema step %1").arg(m.name));
                Statement::run(conn, QStringLiteral("UPDATE quorum_meta SET value = ? WHERE key = 'format'"),
                               tr("record the library format"), {QString::number(m.version)});
                tx.commit();
            }
            version = latest;
        }
        db->m_schemaVersion = version;
        db->m_readOnly = mode == Mode::ReadOnly || !mayWrite;
        if (!mayWrite && mode != Mode::ReadOnly)
            db->m_readOnlyReason = tr("You may read this team library but not change it (ask its owner to add you "
                                      "to its editors).");
        if (db->m_readOnly)
            Statement::run(conn, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
                           tr("open the library"));
    } catch (const StorageError &e) {
        if (busy)
            *busy = e.isBusy();
        db.reset();
        return fail(e.message());
    }
    return db;
}

std::unique_ptr<Database> Database::initServer(const QString &uri, QString *error)
{
    const ServerAddress address = ServerAddress::parse(uri);
    const QString shown = address.isValid() ? address.toString() : ServerAddress::withoutPassword(uri);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot set up “%1”: %2").arg(shown, reason);
        return nullptr;
    };
    if (!address.isValid())
        return fail(address.errorString());
    const QString name = newConnectionName();
    try {
        QSqlDatabase conn = openServerConnection(name, address);
        if (serverFormat(conn) >= 0)
            throw StorageError(tr("it holds a Quorum library already."));
        Statement tables = Statement::run(
            conn,
            QStringLiteral(
                "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'S')"),
            tr("look into the database"));
        if (tables.next() && tables.integer(0) > 0)
            throw StorageError(tr("the database is not empty (%n tables or views). Quorum sets up only an empty "
                                  "database, so that nothing of another program is touched.",
                                  nullptr, int(tables.integer(0))));
        QFile roles(QStringLiteral(":/quorum/postgresql/roles.sql"));
        if (!roles.open(QIODevice::ReadOnly))
            throw StorageError(tr("the roles script is missing from this Quorum."));
        Transaction tx(conn, tr("set up the library"));
        for (const Migration &m : serverMigrations())
            runServerScript(conn, m.sql, tr("apply schema step %1").arg(m.name));
        Statement::run(conn, QStringLiteral("UPDATE quorum_meta SET value = ? WHERE key = 'format'"),
                       tr("record the library format"), {QString::number(latestVersion(serverMigrations()))});
        runServerScript(conn, QString::fromUtf8(roles.readAll()), tr("create the editors' and readers' roles"));
        tx.commit();
    } catch (const StorageError &e) {
        closeConnection(name);
        return fail(e.message());
    }
    closeConnection(name);
    return open(address.toString(), Mode::OpenExisting, error);
}

QSqlDatabase Database::openListener()
{
    if (!m_listenerName.isEmpty())
        return QSqlDatabase::database(m_listenerName, false);
    const QString name = m_connectionName + QStringLiteral("-listen");
    try {
        QSqlDatabase db = openServerConnection(name, ServerAddress::parse(m_path));
        m_listenerName = name;
        return db;
    } catch (const StorageError &) {
        closeConnection(name);
        throw;
    }
}

bool Database::reconnect(QString *error)
{
    if (!m_server)
        return true;
    try {
        for (const QString &name : {m_connectionName, m_listenerName}) {
            if (name.isEmpty())
                continue;
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
            if (!db.open())
                throw StorageError(
                    tr("the server cannot be reached (%1).").arg(db.lastError().databaseText().trimmed()));
            Statement::run(db, QStringLiteral("SET lock_timeout = '2s'"), tr("open the library"));
            if (m_readOnly && name == m_connectionName)
                Statement::run(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
                               tr("open the library"));
        }
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

qint64 Database::sessionId() const
{
    if (!m_server)
        return 0;
    Statement s = Statement::run(connection(), QStringLiteral("SELECT pg_backend_pid()"), tr("read the library"));
    return s.next() ? s.integer(0) : 0;
}

Database::~Database()
{
    if (!m_listenerName.isEmpty())
        closeConnection(m_listenerName);
    closeConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace Quorum
