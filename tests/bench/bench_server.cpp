// SPDX-License-Identifier: GPL-3.0-or-later
// Not part of the CTest run: build/tests/bench/bench_server (see docs/PERFORMANCE.md, "Team library
// on PostgreSQL"). The figures of bench_library for a team library, each next to the same figure on
// the library's file, measured in the same run: the library ($QUORUM_BENCH_LIBRARY, or 520
// generated meetings) is copied to a throw-away PostgreSQL cluster on a Unix socket first.
#include "librarygenerator.h"
#include "meetingdocument.h"
#include "pgcluster.h"
#include "storage/database.h"
#include "storage/librarycopy.h"
#include "storage/meetingrepository.h"
#include "storage/searchrepository.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

QString describe(QList<qint64> us)
{
    std::sort(us.begin(), us.end());
    const auto at = [&](double p) {
        return double(us.at(std::min<qsizetype>(us.size() - 1, qsizetype(p * double(us.size()))))) / 1000.0;
    };
    return QStringLiteral("median %1 ms, p95 %2 ms, min %3 ms, max %4 ms (%5 runs)")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(at(0.0), 0, 'f', 2)
        .arg(at(1.0), 0, 'f', 2)
        .arg(us.size());
}

} // namespace

class BenchServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_uri;
    PgCluster m_cluster;
    Id m_threeDay = 0;
    Id m_weekly = 0;

    QString location(const QString &backend) const { return backend == QLatin1String("postgresql") ? m_uri : m_path; }
    QString as(const QString &user) const
    {
        return QString(m_uri).replace(QStringLiteral("quorum_admin@"), user + QLatin1Char('@'));
    }

    std::unique_ptr<MeetingDocument> open(const QString &where)
    {
        QString error;
        auto doc = MeetingDocument::open(where, &error);
        if (!doc)
            qWarning("%s", qPrintable(error));
        return doc;
    }

    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString why;
        if (!PgCluster::isAvailable(&why))
            QSKIP(qPrintable(why));
        m_path = qEnvironmentVariable("QUORUM_BENCH_LIBRARY");
        QElapsedTimer timer;
        if (m_path.isEmpty()) {
            m_path = m_dir.filePath(QStringLiteral("ten-years.quorum"));
            QString error;
            timer.start();
            QVERIFY2(LibraryGenerator::write(m_path, {520, 1}, &error), qPrintable(error));
            qInfo("generated 520 meetings in %lld ms", timer.elapsed());
        }
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        QVERIFY(m_cluster.createDatabase(QStringLiteral("team")));
        m_uri = m_cluster.uri(QStringLiteral("team"));
        CopySummary summary;
        QString error;
        timer.start();
        QVERIFY2(LibraryCopy::run(m_path, m_uri, &summary, &error), qPrintable(error));
        qInfo("copied the library to the server in %lld ms", timer.elapsed());
        QSqlDatabase admin = m_cluster.connect(QStringLiteral("admin"), QStringLiteral("team"));
        for (const char *user : {"alice", "bob"}) {
            QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(user))));
            QVERIFY(QSqlQuery(admin).exec(QStringLiteral("GRANT team_editors TO %1").arg(QLatin1String(user))));
        }
        auto doc = open(m_path);
        QVERIFY(doc);
        for (const MeetingSummary &m : MeetingRepository(doc->database().connection()).summaries()) {
            if (m.endDate > m.startDate && !m_threeDay)
                m_threeDay = m.id;
            if (m.endDate == m.startDate)
                m_weekly = m.id;
        }
        QVERIFY(m_threeDay && m_weekly);
    }

    void cleanupTestCase()
    {
        if (m_cluster.isRunning())
            m_cluster.stop();
    }

    void openTheLibrary_data() { backends(); }
    void openTheLibrary()
    {
        // The document as a window opens it (MeetingDocument::open: schema check, the sidebar,
        // the person directory, the newest meeting shown), without the window: the first open in
        // the process is printed on its own, the others summed up.
        QFETCH(QString, backend);
        QList<qint64> us;
        for (int i = 0; i < 8; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto doc = open(location(backend));
            QVERIFY(doc);
            QVERIFY(doc->setCurrentMeeting(doc->newestMeetingId()));
            const qint64 elapsed = timer.nsecsElapsed() / 1000;
            if (i == 0)
                qInfo("%s: first open of the library: %.1f ms", qPrintable(backend), double(elapsed) / 1000.0);
            else
                us.append(elapsed);
            doc->file()->waitForCheck();
        }
        qInfo("%s: open the library: %s", qPrintable(backend), qPrintable(describe(us)));
    }

    void switchMeeting_data() { backends(); }
    void switchMeeting()
    {
        QFETCH(QString, backend);
        auto doc = open(location(backend));
        QVERIFY(doc);
        QList<qint64> us;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(doc->setCurrentMeeting(i % 2 ? m_threeDay : m_weekly));
            us.append(timer.nsecsElapsed() / 1000);
        }
        qInfo("%s: switch meeting (three-day and weekly in turn): %s", qPrintable(backend), qPrintable(describe(us)));
    }

    void fullTextSearch_data() { backends(); }
    void fullTextSearch()
    {
        QFETCH(QString, backend);
        auto doc = open(location(backend));
        QVERIFY(doc);
        QList<qint64> us;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            QList<SearchHit> hits;
            try {
                hits = SearchRepository(doc->database().connection()).search(QStringLiteral("calibration review"), 50);
            } catch (const StorageError &e) {
                QSKIP(qPrintable(
                    QStringLiteral("search does not work on %1 here: %2").arg(backend, QString::fromUtf8(e.what()))));
            }
            us.append(timer.nsecsElapsed() / 1000);
            QVERIFY(!hits.isEmpty());
        }
        qInfo("%s: full-text search (\"calibration review\", 50 hits): %s", qPrintable(backend),
              qPrintable(describe(us)));
    }

    void saveAnEdit_data() { backends(); }
    void saveAnEdit()
    {
        QFETCH(QString, backend);
        auto doc = open(backend == QLatin1String("postgresql") ? as(QStringLiteral("alice")) : m_path);
        QVERIFY(doc);
        QVERIFY(doc->setCurrentMeeting(m_weekly));
        QList<qint64> us;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            doc->editMeetingField(Meeting::Location, QStringLiteral("Room %1").arg(i));
            us.append(timer.nsecsElapsed() / 1000);
            QCoreApplication::processEvents();
        }
        QCOMPARE(doc->currentMeeting().location, QStringLiteral("Room 39"));
        qInfo("%s: save an edit of a field: %s", qPrintable(backend), qPrintable(describe(us)));
    }

    void editRoundTripToAnotherClient()
    {
        // From alice's edit method being called until bob's document has the change, through
        // bob's event loop (the server's notice, gathered for LibraryFile::NoticeGatherMs, then
        // the changed rows read): both in this process, as two connections as two users.
        auto alice = open(as(QStringLiteral("alice")));
        auto bob = open(as(QStringLiteral("bob")));
        QVERIFY(alice && bob);
        QVERIFY(alice->setCurrentMeeting(m_weekly));
        QVERIFY(bob->setCurrentMeeting(m_weekly));
        QList<qint64> us;
        for (int i = 0; i < 30; ++i) {
            const QString value = QStringLiteral("Round trip %1").arg(i);
            QEventLoop loop;
            const auto arrived = connect(bob->models(), &LibraryModels::meetingFieldChanged, &loop, [&] {
                if (bob->currentMeeting().location == value)
                    loop.quit();
            });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            alice->editMeetingField(Meeting::Location, value);
            if (bob->currentMeeting().location != value)
                loop.exec();
            disconnect(arrived);
            QCOMPARE(bob->currentMeeting().location, value);
            us.append(timer.nsecsElapsed() / 1000);
            QTest::qWait(50); // let alice's connection settle; not measured
        }
        qInfo("postgresql: an edit's round trip to another client (meeting field): %s", qPrintable(describe(us)));
    }
};

QTEST_GUILESS_MAIN(BenchServer)
#include "bench_server.moc"
