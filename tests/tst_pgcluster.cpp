// SPDX-License-Identifier: GPL-3.0-or-later
// The throw-away PostgreSQL cluster the server tests run on (tests/testlib/pgcluster.*).
#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Quorum::Testing::PgCluster;

class tst_PgCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void utf8RoundTrip();
    void uriWorksWithPsql();
    void notificationReachesOtherConnection();
    void readerCannotInsert();
    void badInput();
    void stopRemovesEverything();

private:
    PgCluster m_cluster;
};

void tst_PgCluster::initTestCase()
{
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY(m_cluster.isRunning());
    QVERIFY(m_cluster.serverPid() > 0);
    QVERIFY(!PgCluster::processGone(m_cluster.serverPid()));
    QVERIFY(QFileInfo(m_cluster.socketDirectory()).isDir());
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("quorum_test")), qPrintable(m_cluster.errorString()));
}

void tst_PgCluster::cleanupTestCase()
{
    QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
}

void tst_PgCluster::utf8RoundTrip()
{
    const QString text = QStringLiteral("Grüße aus Zürich — 会议纪要 ✓ 🗓");
    {
        QSqlDatabase db = m_cluster.connect(QStringLiteral("utf8"), QStringLiteral("quorum_test"));
        QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?) RETURNING id")));
        query.addBindValue(text);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        const int id = query.value(0).toInt();

        QVERIFY(query.prepare(QStringLiteral("SELECT body, length(body), octet_length(body) FROM notes WHERE id = ?")));
        query.addBindValue(id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), text);
        // Characters, not bytes or UTF-16 units: the server holds it as UTF-8.
        QCOMPARE(query.value(1).toInt(), int(text.toUcs4().size()));
        QCOMPARE(query.value(2).toInt(), int(text.toUtf8().size()));
        QVERIFY(query.exec(QStringLiteral("SHOW server_encoding")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("UTF8"));
    }
}

void tst_PgCluster::uriWorksWithPsql()
{
    const QString uri = m_cluster.uri(QStringLiteral("quorum_test"));
    QVERIFY(uri.startsWith(QStringLiteral("postgresql://quorum_admin@/quorum_test?host=/")));
    QVERIFY(uri.endsWith(QStringLiteral("&port=%1").arg(m_cluster.port())));
    const QString psql = PgCluster::binDir() + QStringLiteral("/psql");
    if (!QFileInfo(psql).isExecutable())
        QSKIP("psql is not installed next to initdb");
    QProcess process;
    process.start(psql,
                  {uri, QStringLiteral("-XAtc"), QStringLiteral("SELECT current_user || ' ' || current_database()")});
    QVERIFY(process.waitForFinished(15'000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("quorum_admin quorum_test"));
}

void tst_PgCluster::notificationReachesOtherConnection()
{
    {
        QSqlDatabase listener = m_cluster.connect(QStringLiteral("listener"), QStringLiteral("quorum_test"));
        QVERIFY2(listener.isOpen(), qPrintable(m_cluster.errorString()));
        QSqlDatabase sender = m_cluster.connect(QStringLiteral("sender"), QStringLiteral("quorum_test"));
        QVERIFY2(sender.isOpen(), qPrintable(m_cluster.errorString()));

        QSqlDriver *driver = listener.driver();
        QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
        QVERIFY(driver->subscribeToNotification(QStringLiteral("quorum_changes")));
        QVERIFY(driver->subscribedToNotifications().contains(QStringLiteral("quorum_changes")));
        QSignalSpy spy(driver, &QSqlDriver::notification);

        QSqlQuery query(sender);
        QVERIFY2(query.exec(QStringLiteral("SELECT pg_notify('quorum_changes', 'agenda_entries 42')")),
                 qPrintable(query.lastError().text()));
        // Another channel: must not arrive.
        QVERIFY(query.exec(QStringLiteral("NOTIFY other_channel, 'ignored'")));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);
        const QList<QVariant> arguments = spy.takeFirst();
        QCOMPARE(arguments.at(0).toString(), QStringLiteral("quorum_changes"));
        QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
        QCOMPARE(arguments.at(2).toString(), QStringLiteral("agenda_entries 42"));

        QVERIFY(driver->unsubscribeFromNotification(QStringLiteral("quorum_changes")));
        QVERIFY(query.exec(QStringLiteral("NOTIFY quorum_changes, 'after unsubscribing'")));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
    }
}

void tst_PgCluster::readerCannotInsert()
{
    {
        QSqlDatabase admin = m_cluster.connect(QStringLiteral("roles"), QStringLiteral("quorum_test"));
        QVERIFY2(admin.isOpen(), qPrintable(m_cluster.errorString()));
        QSqlQuery query(admin);
        for (const char *statement :
             {"CREATE TABLE minutes (id serial PRIMARY KEY, body text NOT NULL)", "CREATE ROLE quorum_editors NOLOGIN",
              "CREATE ROLE quorum_readers NOLOGIN", "GRANT SELECT, INSERT, UPDATE, DELETE ON minutes TO quorum_editors",
              "GRANT USAGE ON SEQUENCE minutes_id_seq TO quorum_editors", "GRANT SELECT ON minutes TO quorum_readers",
              "CREATE ROLE alice LOGIN IN ROLE quorum_editors", "CREATE ROLE bob LOGIN IN ROLE quorum_readers"}) {
            QVERIFY2(query.exec(QString::fromLatin1(statement)),
                     qPrintable(QString::fromLatin1(statement) + QStringLiteral(": ") + query.lastError().text()));
        }

        QSqlDatabase editor
            = m_cluster.connect(QStringLiteral("alice"), QStringLiteral("quorum_test"), QStringLiteral("alice"));
        QVERIFY2(editor.isOpen(), qPrintable(m_cluster.errorString()));
        QSqlQuery edit(editor);
        QVERIFY2(edit.exec(QStringLiteral("INSERT INTO minutes (body) VALUES ('by alice')")),
                 qPrintable(edit.lastError().text()));

        QSqlDatabase reader
            = m_cluster.connect(QStringLiteral("bob"), QStringLiteral("quorum_test"), QStringLiteral("bob"));
        QVERIFY2(reader.isOpen(), qPrintable(m_cluster.errorString()));
        QSqlQuery read(reader);
        QVERIFY2(read.exec(QStringLiteral("SELECT body FROM minutes")), qPrintable(read.lastError().text()));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("by alice"));
        QVERIFY(!read.exec(QStringLiteral("INSERT INTO minutes (body) VALUES ('by bob')")));
        QCOMPARE(read.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
        QVERIFY(!read.exec(QStringLiteral("UPDATE minutes SET body = 'changed by bob'")));
        QCOMPARE(read.lastError().nativeErrorCode(), QStringLiteral("42501"));

        QVERIFY(query.exec(QStringLiteral("SELECT count(*), min(body) FROM minutes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("by alice"));
    }
}

void tst_PgCluster::badInput()
{
    {
        // A user that does not exist, a database that does not exist: refused with the reason.
        QSqlDatabase nobody
            = m_cluster.connect(QStringLiteral("ghost"), QStringLiteral("quorum_test"), QStringLiteral("ghost"));
        QVERIFY(!nobody.isOpen());
        QVERIFY2(m_cluster.errorString().contains(QStringLiteral("ghost")), qPrintable(m_cluster.errorString()));
        QSqlDatabase missing = m_cluster.connect(QStringLiteral("missing"), QStringLiteral("no_such_db"));
        QVERIFY(!missing.isOpen());
        QVERIFY2(m_cluster.errorString().contains(QStringLiteral("no_such_db")), qPrintable(m_cluster.errorString()));
    }
    QVERIFY(!m_cluster.createDatabase(QString()));
    QVERIFY(!m_cluster.errorString().isEmpty());
    QVERIFY(!m_cluster.createDatabase(QStringLiteral("quorum_test"))); // exists already
    QVERIFY2(m_cluster.errorString().contains(QStringLiteral("already exists")), qPrintable(m_cluster.errorString()));
    // A name that needs quoting is a name, not SQL.
    for (const QString &name : {QStringLiteral("team \"library\"; DROP DATABASE quorum_test"),
                                QStringLiteral("team.library"), QStringLiteral("\"quoted\"")}) {
        QVERIFY2(m_cluster.createDatabase(name), qPrintable(m_cluster.errorString()));
        QSqlDatabase db = m_cluster.connect(QStringLiteral("named ") + name, name);
        QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT current_database()")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), name);
    }
    {
        QSqlDatabase db = m_cluster.connect(QStringLiteral("still-there"), QStringLiteral("quorum_test"));
        QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
    }
    QVERIFY(!m_cluster.start()); // already running
    QVERIFY(m_cluster.errorString().contains(QStringLiteral("already started")));
}

void tst_PgCluster::stopRemovesEverything()
{
    // A test that crashed never ran its destructor: its owner.pid names a process that is gone.
    PgCluster orphan;
    QVERIFY2(orphan.start(), qPrintable(orphan.errorString()));
    const QString orphanDir = orphan.directory();
    const qint64 orphanPid = orphan.serverPid();
    QProcess finished;
    finished.start(QStringLiteral("true"), QStringList());
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    QFile owner(orphanDir + QStringLiteral("/owner.pid"));
    QVERIFY(owner.open(QIODevice::WriteOnly | QIODevice::Truncate));
    owner.write(QByteArray::number(deadPid));
    owner.close();

    // An orphan claimed by a process that died while removing it is claimed again.
    const QString abandonedClaim = QDir::tempPath() + QStringLiteral("/quorum-pgorphan-%1-abandoned").arg(deadPid);
    QVERIFY(QDir().mkpath(abandonedClaim + QStringLiteral("/data")));
    // A claim by a live process is its own business.
    const QString liveClaim = QDir::tempPath() + QStringLiteral("/quorum-pgorphan-%1-busy").arg(m_cluster.serverPid());
    QVERIFY(QDir().mkpath(liveClaim));

    // The next start() stops that server and removes its directory; a live owner's is left alone.
    PgCluster cluster;
    QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
    QVERIFY(!QFileInfo::exists(orphanDir));
    QVERIFY(!QFileInfo::exists(abandonedClaim));
    QVERIFY(QFileInfo::exists(liveClaim));
    QVERIFY(QDir(liveClaim).removeRecursively());
    QVERIFY(PgCluster::processGone(orphanPid));
    QVERIFY(!PgCluster::processGone(m_cluster.serverPid()));
    QVERIFY(QFileInfo(m_cluster.directory()).isDir());
    // Its own stop() finds nothing left to do.
    QVERIFY2(orphan.stop(), qPrintable(orphan.errorString()));

    const QString dir = cluster.directory();
    const qint64 pid = cluster.serverPid();
    QVERIFY(QFileInfo(dir).isDir());
    QVERIFY(!PgCluster::processGone(pid));
    QVERIFY(pid != m_cluster.serverPid());
    {
        QSqlDatabase db = cluster.connect(QStringLiteral("second"), QStringLiteral("postgres"));
        QVERIFY2(db.isOpen(), qPrintable(cluster.errorString()));
    }
    // The connection is closed by stop(); the server does not wait for it.
    QVERIFY2(cluster.stop(), qPrintable(cluster.errorString()));
    QVERIFY(!cluster.isRunning());
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(PgCluster::processGone(pid));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("second")));
    // Stopped: nothing to connect to, no database to create; stopping again is harmless.
    QVERIFY(!cluster.createDatabase(QStringLiteral("late")));
    QVERIFY(cluster.errorString().contains(QStringLiteral("not running")));
    QVERIFY(!cluster.connect(QStringLiteral("late"), QStringLiteral("postgres")).isValid());
    QVERIFY(cluster.stop());
    // The first cluster is untouched.
    QVERIFY(!PgCluster::processGone(m_cluster.serverPid()));
}

QTEST_GUILESS_MAIN(tst_PgCluster)
#include "tst_pgcluster.moc"
