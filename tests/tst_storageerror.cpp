// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "storage/database.h"
#include "storage/readonlyconnection.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

/** StorageError: SQLite's result codes by name, and which failures are the file's or the disk's. */
class TestStorageError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTellAFailingFileFromARefusedEdit_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("primary");
        QTest::addColumn<bool>("environmental");
        QTest::newRow("no code") << 0 << 0 << false;
        QTest::newRow("SQLITE_ERROR") << 1 << 1 << false;
        QTest::newRow("SQLITE_BUSY") << 5 << 5 << true;
        QTest::newRow("SQLITE_LOCKED") << 6 << 6 << true;
        QTest::newRow("SQLITE_NOMEM") << 7 << 7 << false;
        QTest::newRow("SQLITE_READONLY") << 8 << 8 << true;
        QTest::newRow("SQLITE_INTERRUPT") << 9 << 9 << false;
        QTest::newRow("SQLITE_IOERR") << 10 << 10 << true;
        QTest::newRow("SQLITE_CORRUPT") << 11 << 11 << true;
        QTest::newRow("SQLITE_FULL") << 13 << 13 << true;
        QTest::newRow("SQLITE_CANTOPEN") << 14 << 14 << true;
        QTest::newRow("SQLITE_PROTOCOL") << 15 << 15 << true;
        QTest::newRow("SQLITE_CONSTRAINT") << 19 << 19 << false;
        QTest::newRow("SQLITE_MISMATCH") << 20 << 20 << false;
        QTest::newRow("SQLITE_NOTADB") << 26 << 26 << true;
        QTest::newRow("SQLITE_CORRUPT_VTAB") << 267 << 11 << true;
        QTest::newRow("SQLITE_READONLY_ROLLBACK") << 776 << 8 << true;
        QTest::newRow("SQLITE_IOERR_WRITE") << 778 << 10 << true;
        QTest::newRow("SQLITE_CONSTRAINT_FOREIGNKEY") << 787 << 19 << false;
        QTest::newRow("SQLITE_CONSTRAINT_NOTNULL") << 1299 << 19 << false;
        QTest::newRow("SQLITE_READONLY_DIRECTORY") << 1544 << 8 << true;
        QTest::newRow("SQLITE_CONSTRAINT_UNIQUE") << 2067 << 19 << false;
        QTest::newRow("SQLITE_IOERR_FSYNC") << 3338 << 10 << true;
    }

    void shouldTellAFailingFileFromARefusedEdit()
    {
        QFETCH(int, code);
        QFETCH(int, primary);
        QFETCH(bool, environmental);
        const StorageError e(QStringLiteral("Could not save."), code);
        QCOMPARE(e.nativeCode(), code);
        QCOMPARE(e.primaryCode(), primary);
        QCOMPARE(e.isEnvironmental(), environmental);
    }

    void shouldExplainAFailedStatementByItsCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("busy") << "5"
                              << "Could not save the title: the library is in use by another program";
        QTest::newRow("read-only folder") << "1544"
                                          << "Could not save the title: the library file is read-only.";
        QTest::newRow("write error") << "778"
                                     << "Could not save the title: the disk reported an input/output error";
        QTest::newRow("not a database") << "26"
                                        << "Could not save the title: the library file is damaged.";
        QTest::newRow("full") << "13"
                              << "Could not save the title: the disk is full.";
        QTest::newRow("unique") << "2067"
                                << "Could not save the title: it conflicts with what the library already holds "
                                   "(UNIQUE constraint failed: meeting.title).";
        QTest::newRow("another code") << "1"
                                      << "Could not save the title: UNIQUE constraint failed: meeting.title";
        QTest::newRow("no code") << ""
                                 << "Could not save the title: UNIQUE constraint failed: meeting.title";
    }

    void shouldExplainAFailedStatementByItsCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const QSqlError error(QStringLiteral("Unable to fetch row"),
                              QStringLiteral("UNIQUE constraint failed: meeting.title"), QSqlError::StatementError,
                              code);
        const StorageError e = StorageError::fromSql(QStringLiteral("save the title"), error);
        QVERIFY2(e.message().startsWith(reason), qPrintable(e.message()));
        QCOMPARE(e.nativeCode(), code.toInt());
    }

    void shouldNameTheCodesSqliteGives_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("code");
        QTest::newRow("a second thing of the same name")
            << "INSERT INTO thing (name) VALUES ('first')" << int(StorageError::ConstraintUnique);
        QTest::newRow("a row pointing at nothing")
            << "INSERT INTO part (thing_id) VALUES (99)" << int(StorageError::ConstraintForeignKey);
    }

    void shouldNameTheCodesSqliteGives()
    {
        QFETCH(QString, sql);
        QFETCH(int, code);
        // GIVEN a library with a row and a foreign key
        QTemporaryDir dir;
        QString error;
        const auto db = Database::open(
            dir.filePath(QStringLiteral("codes.quorum")), Database::Mode::CreateNew, &error,
            {{1, QStringLiteral("0001_codes"),
              QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
                             "CREATE TABLE part (id INTEGER PRIMARY KEY, thing_id INTEGER NOT NULL REFERENCES thing);"
                             "INSERT INTO thing (id, name) VALUES (1, 'first');")}});
        QVERIFY2(db, qPrintable(error));
        // WHEN an edit breaks a rule of the library
        try {
            Statement::run(db->connection(), sql, QStringLiteral("test"));
            QFAIL("the statement was not refused");
        } catch (const StorageError &e) {
            // THEN the code has its name, and the file is not to blame
            QCOMPARE(e.nativeCode(), code);
            QCOMPARE(e.primaryCode(), int(StorageError::Constraint));
            QVERIFY(!e.isEnvironmental());
        }
    }

    void shouldBlameTheFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(path, QByteArray(4096, 'x')));
        const ReadOnlyConnection db(path, 0);
        try {
            Statement::run(db.database(), QStringLiteral("SELECT count(*) FROM sqlite_master"), QStringLiteral("test"));
            QFAIL("a text file was read as a database");
        } catch (const StorageError &e) {
            QCOMPARE(e.primaryCode(), int(StorageError::NotADatabase));
            QVERIFY(e.isEnvironmental());
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageError)
#include "tst_storageerror.moc"
