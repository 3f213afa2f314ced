// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/libraryfile.h"
#include "fixtures.h"
#include "storage/database.h"
#include "storage/schemacheck.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** Statements that make a plain SQLite file without Quorum, with the given header fields. */
QStringList foreignDatabase(int applicationId, int userVersion)
{
    return {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
            QStringLiteral("INSERT INTO notes (body) VALUES ('hello')"),
            QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(userVersion)};
}

QList<Migration> testMigrations(int count)
{
    QList<Migration> all = {
        {1, QStringLiteral("0001_first"),
         QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                        "-- a comment; with a semicolon\n"
                        "INSERT INTO thing (name) VALUES ('semi;colon');")},
        {2, QStringLiteral("0002_second"),
         QStringLiteral("ALTER TABLE thing ADD COLUMN note TEXT NOT NULL DEFAULT '';\n"
                        "UPDATE thing SET note = 'migrated';")},
    };
    return all.mid(0, count);
}

/** Makes old.quorum in dir at schema 1 of testMigrations(), then opens it with a second step that runs script. */
std::unique_ptr<Database> upgradeWith(const QTemporaryDir &dir, const QString &script, QString *error)
{
    const QString path = dir.filePath(QStringLiteral("old.quorum"));
    if (!Database::open(path, Database::Mode::CreateNew, error, testMigrations(1)))
        return nullptr;
    QList<Migration> migrations = testMigrations(2);
    migrations[1].sql = script;
    return Database::open(path, Database::Mode::OpenExisting, error, migrations);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldExpectTheSchemaTheMigrationsCreateAtEveryVersion()
    {
        // GIVEN the built-in migrations, whose schemas the build wrote down (schemagen)
        const QList<Migration> migrations = Database::builtinMigrations();
        // WHEN the expected schema of each version is read
        // THEN it is the one the migrations create when applied now, object for object
        for (int version = 0; version <= Database::latestVersion() + 1; ++version) {
            const QList<SchemaObject> expected = SchemaCheck::expected(migrations, version);
            QCOMPARE(expected, SchemaCheck::applied(migrations, version));
            QCOMPARE(expected.isEmpty(), version == 0);
        }
        // AND a library made by the migrations has exactly that schema
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("new.quorum")), Database::Mode::CreateNew, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(SchemaCheck::of(db->connection()), SchemaCheck::expected(migrations, Database::latestVersion()));
    }

    void shouldCreateLibraryAtLatestSchemaFromEmpty()
    {
        // GIVEN a path that does not exist
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.quorum"));
        // WHEN a library is created there
        QString error;
        auto db = Database::open(path, Database::Mode::CreateNew, &error);
        // THEN it carries the Quorum marks, the latest schema and every table
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 1);
        QCOMPARE(queryValue(db->connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        QCOMPARE(queryValue(db->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
                 Database::latestVersion());
        QCOMPARE(queryValue(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(queryValue(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        for (const char *table :
             {"series", "person", "person_alias", "person_group", "group_member", "meeting", "dial_in", "meeting_day",
              "agenda_entry", "agenda_coordinator", "participant", "action_item", "action_assignee", "blob",
              "attachment", "topic_request", "topic_requester"}) {
            QCOMPARE(queryValue(db->connection(),
                                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                {QString::fromLatin1(table)})
                         .toInt(),
                     1);
        }
    }

    void shouldEnforceForeignKeysOnReopenedLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fk.quorum"));
        QString error;
        QVERIFY(Database::open(path, Database::Mode::CreateNew, &error));
        auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(queryValue(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            Statement::run(db->connection(),
                           QStringLiteral("INSERT INTO meeting_day (meeting_id, day_date) VALUES (999, '2020-01-01')"),
                           QStringLiteral("insert an orphan day")));
    }

    void shouldRefuseCreatingOverAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.quorum"));
        QVERIFY(writeFile(path, "someone's notes"));
        const QString before = fileSha256(path);
        QString error;
        QVERIFY(!Database::open(path, Database::Mode::CreateNew, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(fileSha256(path), before);
    }

    void shouldRefuseBadFileAndLeaveItUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("mode");
        for (int mode : {int(Database::Mode::OpenExisting), int(Database::Mode::ReadOnly)}) {
            const char *m = mode == int(Database::Mode::ReadOnly) ? " (read-only)" : "";
            QTest::addRow("missing%s", m) << "missing"
                                          << "does not exist" << mode;
            QTest::addRow("zero bytes%s", m) << "zero"
                                             << "empty (0 bytes)" << mode;
            QTest::addRow("garbage%s", m) << "garbage"
                                          << "not a Quorum library" << mode;
            QTest::addRow("text file%s", m) << "text"
                                            << "not a Quorum library" << mode;
            QTest::addRow("truncated%s", m) << "truncated"
                                            << "damaged" << mode;
            QTest::addRow("corrupt page%s", m) << "corrupt"
                                               << "damaged" << mode;
            QTest::addRow("another program's database%s", m) << "foreign"
                                                             << "another program" << mode;
            QTest::addRow("plain SQLite without marks%s", m) << "unmarked"
                                                             << "another program" << mode;
            QTest::addRow("newer schema%s", m) << "newer"
                                               << "newer version of Quorum" << mode;
            QTest::addRow("a folder%s", m) << "folder"
                                           << "not a file" << mode;
        }
    }

    void shouldRefuseBadFileAndLeaveItUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QFETCH(int, mode);
        // GIVEN a file that is not a usable library
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.quorum"));
        if (kind == QLatin1String("zero")) {
            QVERIFY(writeFile(path, {}));
        } else if (kind == QLatin1String("garbage")) {
            QByteArray bytes;
            for (int i = 0; i < 8192; ++i)
                bytes.append(char((i * 7919 + 13) % 251));
            QVERIFY(writeFile(path, bytes));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(path, "Agenda\n- Welcome\n- Project news\n"));
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("corrupt")) {
            QTemporaryDir source;
            const QByteArray good = readFile(writeSample(source));
            QVERIFY(good.size() > 64 * 1024);
            QByteArray bytes = good;
            if (kind == QLatin1String("truncated")) {
                bytes.truncate(good.size() / 3);
            } else {
                // Scribble over the interior of a b-tree page well inside the file.
                for (int i = 0; i < 600; ++i)
                    bytes[4096 * 5 + 8 + i] = char(0xA5 ^ i);
            }
            QVERIFY(writeFile(path, bytes));
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(runInFile(path, foreignDatabase(0x12345678, 3)));
        } else if (kind == QLatin1String("unmarked")) {
            QVERIFY(runInFile(path, foreignDatabase(0, 0)));
        } else if (kind == QLatin1String("newer")) {
            QString error;
            {
                auto db = Database::open(path, Database::Mode::CreateNew, &error);
                QVERIFY2(db, qPrintable(error));
                Statement::run(db->connection(),
                               QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1),
                               QStringLiteral("test"));
            }
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.quorum")));
        }
        const QStringList filesBefore = filesIn(dir.path());
        const QString shaBefore = fileSha256(path);

        // WHEN it is opened
        QString error;
        auto db = Database::open(path, Database::Mode(mode), &error);

        // THEN it is refused with one message naming the file and the reason, and nothing changed
        QVERIFY(!db);
        QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(fileSha256(path), shaBefore);
        QCOMPARE(filesIn(dir.path()), filesBefore);
        if (kind == QLatin1String("missing"))
            QVERIFY(!QFileInfo::exists(path));
    }

    void shouldMigrateOlderLibraryInOneStepAfterBackup()
    {
        // GIVEN a library at schema 1 of a two-step history
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.quorum"));
        QString error;
        QVERIFY(Database::open(path, Database::Mode::CreateNew, &error, testMigrations(1)));
        const QString shaBefore = fileSha256(path);

        // WHEN a build that knows schema 2 opens it
        auto db = Database::open(path, Database::Mode::OpenExisting, &error, testMigrations(2));

        // THEN it is migrated, its data kept, and a backup of the old file sits beside it
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(queryValue(db->connection(), QStringLiteral("SELECT name || '/' || note FROM thing")).toString(),
                 QStringLiteral("semi;colon/migrated"));
        QVERIFY(!db->backupPath().isEmpty());
        QVERIFY(QFileInfo::exists(db->backupPath()));
        QCOMPARE(QFileInfo(db->backupPath()).absolutePath(), QFileInfo(path).absolutePath());
        db.reset();
        auto backup = Database::open(QFileInfo(dir.path()).absoluteFilePath() + QStringLiteral("/old.quorum.v1-backup"),
                                     Database::Mode::ReadOnly, &error, testMigrations(1));
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->schemaVersion(), 1);
        QCOMPARE(queryValue(backup->connection(), QStringLiteral("SELECT name FROM thing")).toString(),
                 QStringLiteral("semi;colon"));
        QVERIFY(shaBefore != fileSha256(path));
    }

    void shouldUpgradeAVersionOneLibraryToTheShippedSchema()
    {
        // GIVEN a library written by the first version of Quorum (schema 1)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.quorum"));
        QString error;
        const QList<Migration> shipped = Database::builtinMigrations();
        QVERIFY(shipped.size() >= 2);
        {
            auto v1 = Database::open(path, Database::Mode::CreateNew, &error, shipped.mid(0, 1));
            QVERIFY2(v1, qPrintable(error));
            Statement::run(v1->connection(), QStringLiteral("INSERT INTO series (name) VALUES ('Weekly')"),
                           QStringLiteral("t"));
        }
        // WHEN this version opens it
        auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        // THEN it is upgraded in place, its data kept, a backup beside it, and the new table there
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QCOMPARE(queryValue(db->connection(), QStringLiteral("SELECT name FROM series")).toString(),
                 QStringLiteral("Weekly"));
        QCOMPARE(queryValue(db->connection(), QStringLiteral("SELECT count(*) FROM link_pattern")).toInt(), 0);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v1-backup")));
    }

    void shouldLeaveLibraryAtOldSchemaWhenMigrationFails_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not SQL") << "ALTER TABLE thing ADD COLUMN ok TEXT; THIS IS NOT SQL;"
                                 << "near \"THIS\": syntax error";
        QTest::newRow("a broken constraint") << "ALTER TABLE thing ADD COLUMN ok TEXT;\n"
                                                "INSERT INTO thing (id, name) VALUES (1, 'twice');"
                                             << "UNIQUE constraint failed: thing.id";
        QTest::newRow("a transaction of its own") << "ALTER TABLE thing ADD COLUMN ok TEXT; COMMIT;"
                                                  << "begins or ends a transaction";
    }

    void shouldLeaveLibraryAtOldSchemaWhenMigrationFails()
    {
        QFETCH(QString, script);
        QFETCH(QString, reason);
        // GIVEN a library at schema 1, WHEN a migration fails after its first statement ran
        QTemporaryDir dir;
        QString error;
        QVERIFY(!upgradeWith(dir, script, &error));
        // THEN the message names the step and SQLite's reason, and the library is as it was, with
        // no backup beside it (nothing of the upgrade was committed, so a copy would be a second original)
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("old.quorum")});
        QVERIFY2(error.contains(QStringLiteral("0002_second")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        auto db = Database::open(dir.filePath(QStringLiteral("old.quorum")), Database::Mode::OpenExisting, &error,
                                 testMigrations(1));
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(queryValue(db->connection(),
                            QStringLiteral("SELECT count(*) FROM pragma_table_info('thing') WHERE name = 'ok'"))
                     .toInt(),
                 0);
        QCOMPARE(queryValue(db->connection(), QStringLiteral("SELECT group_concat(name, '|') FROM thing")).toString(),
                 QStringLiteral("semi;colon"));
    }

    void shouldRefuseOlderLibraryInReadOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.quorum"));
        QString error;
        QVERIFY(Database::open(path, Database::Mode::CreateNew, &error, testMigrations(1)));
        const QString before = fileSha256(path);
        QVERIFY(!Database::open(path, Database::Mode::ReadOnly, &error, testMigrations(2)));
        QVERIFY2(error.contains(QStringLiteral("older format")), qPrintable(error));
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("old.quorum")});
    }

    void shouldRunAMigrationScriptAsSqliteReadsIt_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("names");
        QTest::newRow("two statements")
            << "INSERT INTO thing (name) VALUES ('a');\nINSERT INTO thing (name) VALUES ('b');"
            << "semi;colon|a|b";
        QTest::newRow("semicolons and quotes in a string") << "INSERT INTO thing (name) VALUES ('it''s; \"fine\"');"
                                                           << "semi;colon|it's; \"fine\"";
        QTest::newRow("comments")
            << "-- a note; not a statement\nINSERT INTO thing (name) VALUES ('a'); /* nor; this */"
            << "semi;colon|a";
        QTest::newRow("no last semicolon") << "INSERT INTO thing (name) VALUES ('a')"
                                           << "semi;colon|a";
        QTest::newRow("empty statements") << " ;\n;INSERT INTO thing (name) VALUES ('a');;"
                                          << "semi;colon|a";
        QTest::newRow("a trigger with statements in its body")
            << "CREATE TABLE log (what TEXT);\n"
               "CREATE TRIGGER shout AFTER INSERT ON thing BEGIN\n"
               "  INSERT INTO log VALUES (new.name); UPDATE thing SET name = upper(new.name) WHERE id = new.id;\n"
               "END;\n"
               "INSERT INTO thing (name) VALUES ('a');"
            << "semi;colon|A";
        QTest::newRow("a CASE … END; inside a trigger")
            << "CREATE TRIGGER shout AFTER INSERT ON thing BEGIN\n"
               "  UPDATE thing SET name = upper(new.name) WHERE id = new.id AND CASE new.name WHEN 'b' THEN 0 ELSE 1 "
               "END;\n"
               "  UPDATE thing SET name = name || '!' WHERE id = new.id;\n"
               "END;\n"
               "INSERT INTO thing (name) VALUES ('a'); INSERT INTO thing (name) VALUES ('b');"
            << "semi;colon|A!|b!";
    }

    void shouldRunAMigrationScriptAsSqliteReadsIt()
    {
        QFETCH(QString, script);
        QFETCH(QString, names);
        // GIVEN a library at schema 1, WHEN a migration with that script is applied
        QTemporaryDir dir;
        QString error;
        const auto db = upgradeWith(dir, script, &error);
        // THEN every statement of it ran, once
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(queryValue(db->connection(),
                            QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM thing ORDER BY id)"))
                     .toString(),
                 names);
    }

    void shouldRefuseALibraryWithAPlantedTriggerWithoutRunningIt_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("for editing") << false;
        QTest::newRow("read-only") << true;
    }

    void shouldRefuseALibraryWithAPlantedTriggerWithoutRunningIt()
    {
        QFETCH(bool, readOnly);
        // GIVEN a library from someone else with a trigger that rewrites every join link
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("planted.quorum"));
        QVERIFY(runInFile(path, {QStringLiteral("CREATE TRIGGER steal AFTER INSERT ON meeting BEGIN "
                                                "UPDATE meeting SET join_url = 'https://evil.example/j'; END")}));
        const QString linksBefore
            = valueInFile(path, QStringLiteral("SELECT group_concat(join_url) FROM meeting")).toString();
        QVERIFY(!linksBefore.contains(QStringLiteral("evil")));
        const QStringList filesBefore = filesIn(dir.path());
        const QString shaBefore = fileSha256(path);

        // WHEN it is opened, as the window and the command line open it
        QString error;
        std::unique_ptr<LibraryFile> file
            = LibraryFile::open(path, &error, readOnly ? LibraryFile::Access::ReadOnly : LibraryFile::Access::Edit);
        if (file) {
            // (the old behaviour: the first new meeting ran the trigger)
            file->write(QStringLiteral("add a meeting"), [](const QSqlDatabase &db) {
                Statement::run(db,
                               QStringLiteral("INSERT INTO meeting (title, start_date, end_date) "
                                              "VALUES ('New', '2030-01-01', '2030-01-01')"),
                               QStringLiteral("test"));
            });
            file.reset();
        }

        // THEN the trigger never ran, and the file is refused in one sentence naming the trigger
        QCOMPARE(valueInFile(path, QStringLiteral("SELECT group_concat(join_url) FROM meeting")).toString(),
                 linksBefore);
        QVERIFY(!file);
        QVERIFY2(error.contains(QStringLiteral("an unknown trigger “steal” on table meeting")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("tampered")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(Database::open(path, Database::Mode::ReadOnly, &error), nullptr);
        QCOMPARE(fileSha256(path), shaBefore);
        QCOMPARE(filesIn(dir.path()), filesBefore);
    }

    void shouldRefuseAlteredOrReplacedSchemaObjects_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("a table replaced by an endless view")
            << QStringList{QStringLiteral("DROP TABLE blob"),
                           QStringLiteral("CREATE VIEW blob (sha256, size, data) AS WITH RECURSIVE r(n) AS "
                                          "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n, n, n FROM r")}
            << "the table “blob” replaced by a view";
        QTest::newRow("an extra view") << QStringList{QStringLiteral("CREATE VIEW peek AS SELECT * FROM person")}
                                       << "an unknown view “peek”";
        QTest::newRow("an extra index") << QStringList{QStringLiteral("CREATE INDEX slow ON meeting(lower(title))")}
                                        << "an unknown index “slow” on table meeting";
        QTest::newRow("an altered trigger")
            << QStringList{QStringLiteral("DROP TRIGGER search_meeting_delete"),
                           QStringLiteral("CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN "
                                          "DELETE FROM person; END")}
            << "an altered trigger “search_meeting_delete” on table meeting";
        QTest::newRow("a missing trigger") << QStringList{QStringLiteral("DROP TRIGGER search_meeting_delete")}
                                           << "a missing trigger “search_meeting_delete” on table meeting";
    }

    void shouldRefuseAlteredOrReplacedSchemaObjects()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("altered.quorum"));
        QVERIFY(runInFile(path, statements));
        const QString shaBefore = fileSha256(path);
        for (auto mode : {Database::Mode::OpenExisting, Database::Mode::ReadOnly}) {
            QString error;
            QVERIFY(!Database::open(path, mode, &error));
            QVERIFY2(error.contains(named), qPrintable(error));
        }
        QCOMPARE(fileSha256(path), shaBefore);
    }

    void shouldOpenEveryConnectionDefensiveWithAnUntrustedSchema()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("hardened.quorum"));
        QString error;
        auto readOnly = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error));
        QCOMPARE(queryValue(readOnly->connection(), QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
        readOnly.reset();
        // Defensive: SQL cannot write the schema or the search index's own tables.
        auto editable = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(editable, qPrintable(error));
        Statement::run(editable->connection(), QStringLiteral("PRAGMA writable_schema = ON"), QStringLiteral("t"));
        QVERIFY_THROWS_EXCEPTION(
            StorageError, Statement::run(editable->connection(),
                                         QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE meeting (x)' "
                                                        "WHERE name = 'meeting'"),
                                         QStringLiteral("t")));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Statement::run(editable->connection(), QStringLiteral("DELETE FROM search_index_data"),
                                                QStringLiteral("t")));
    }

    void shouldNotBackUpALibraryThatLiesAboutItsFormat()
    {
        // GIVEN a current library that claims an older format
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("lying.quorum"));
        QVERIFY(runInFile(path, {QStringLiteral("PRAGMA user_version = 3")}));
        const QString shaBefore = fileSha256(path);
        // WHEN it is opened three times
        QStringList errors;
        for (int i = 0; i < 3; ++i) {
            QString error;
            QVERIFY(!Database::open(path, Database::Mode::OpenExisting, &error));
            errors << error;
        }
        // THEN no copy of it is written, and each time it is refused for what it is
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("lying.quorum")});
        QCOMPARE(fileSha256(path), shaBefore);
        for (const QString &error : std::as_const(errors))
            QVERIFY2(error.contains(QStringLiteral("database structure differs")), qPrintable(error));
    }

    void shouldKeepOneBackupPerFormatHoweverOftenAnOlderFileIsUpgraded()
    {
        // GIVEN a real library at format 3
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.quorum"));
        QString error;
        {
            auto v3 = Database::open(path, Database::Mode::CreateNew, &error, Database::builtinMigrations().mid(0, 3));
            QVERIFY2(v3, qPrintable(error));
            QCOMPARE(v3->schemaVersion(), 3);
            Statement::run(v3->connection(), QStringLiteral("INSERT INTO series (name) VALUES ('Weekly')"),
                           QStringLiteral("t"));
        }
        const QByteArray older = readFile(path);
        // WHEN it is upgraded, and the same older file comes back and is upgraded again, twice
        QString firstBackup;
        for (int i = 0; i < 3; ++i) {
            if (i > 0) {
                QVERIFY(QFile::remove(path));
                QVERIFY(writeFile(path, older));
            }
            auto db = Database::open(path, Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), Database::latestVersion());
            QCOMPARE(db->backupPath(), path + QStringLiteral(".v3-backup"));
            if (i == 0)
                firstBackup = fileSha256(db->backupPath());
        }
        // THEN there is exactly one backup of format 3: the first, kept
        QCOMPARE(filesIn(dir.path()),
                 QStringList({QStringLiteral("older.quorum"), QStringLiteral("older.quorum.v3-backup")}));
        QCOMPARE(fileSha256(path + QStringLiteral(".v3-backup")), firstBackup);
        QCOMPARE(valueInFile(path + QStringLiteral(".v3-backup"), QStringLiteral("PRAGMA user_version")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
