// SPDX-License-Identifier: GPL-3.0-or-later
// One window per session (issue 23): a second launch hands its library to the running window.
#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Quorum;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketPath() const { return m_dir.filePath(QStringLiteral("window")); }

    /** handOver() blocks, as it does before a launch's event loop exists: here it runs on a thread. */
    bool handOverWhileServing(const QString &library, const QString &path)
    {
        QFuture<bool> handed = QtConcurrent::run([library, path] { return SingleInstance::handOver(library, path); });
        QDeadlineTimer deadline(10000);
        while (!handed.isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        return handed.isFinished() && handed.result();
    }
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nobodyListening() { QVERIFY(!SingleInstance::handOver(QStringLiteral("/tmp/x.quorum"), socketPath())); }

    void handsOverAnAbsolutePath()
    {
        SingleInstance window(socketPath());
        QVERIFY(window.listen());
        QVERIFY(window.isListening());
        QSignalSpy opened(&window, &SingleInstance::openRequested);
        QSignalSpy raised(&window, &SingleInstance::raiseRequested);

        // Typed relative to where the second launch ran.
        QVERIFY(handOverWhileServing(QStringLiteral("minutes/Leadership 2026.quorum"), socketPath()));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(),
                 QDir::current().absoluteFilePath(QStringLiteral("minutes/Leadership 2026.quorum")));

        // A team library's address goes as it is.
        const QString address = QStringLiteral("postgresql://alice@db.example.org:5433/leadership");
        QVERIFY(handOverWhileServing(address, socketPath()));
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toString(), address);

        // No library: the window comes to the front.
        QVERIFY(handOverWhileServing(QString(), socketPath()));
        QTRY_COMPARE(raised.size(), 1);
        QCOMPARE(opened.size(), 2);

        // A name in any script survives the trip.
        const QString greek = QStringLiteral("/home/ελένη/Σύσκεψη «Α».quorum");
        QVERIFY(handOverWhileServing(greek, socketPath()));
        QTRY_COMPARE(opened.size(), 3);
        QCOMPARE(opened.at(2).at(0).toString(), greek);
    }

    void secondWindowDoesNotListen()
    {
        SingleInstance first(socketPath());
        QVERIFY(first.listen());
        SingleInstance second(socketPath());
        QVERIFY(!second.listen());
        QVERIFY(!second.errorString().isEmpty());
        QVERIFY(first.isListening());
    }

    void staleSocketIsReplaced()
    {
        // A window that crashed left its socket file: the next window listens there all the same.
        const QString path = m_dir.filePath(QStringLiteral("stale"));
        {
            QLocalServer crashed;
            QVERIFY(crashed.listen(path));
            // QLocalServer removes its file when closed; a crash does not. Keep a copy of the name.
        }
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly)); // what a crash leaves: a file no one listens on
        leftover.close();
        SingleInstance window(path);
        QVERIFY2(window.listen(), qPrintable(window.errorString()));
        QSignalSpy opened(&window, &SingleInstance::openRequested);
        QVERIFY(handOverWhileServing(QStringLiteral("/tmp/a.quorum"), path));
        QTRY_COMPARE(opened.size(), 1);
    }

    void hostileRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("unknown verb") << QByteArray("delete\t/tmp/a.quorum\n");
        QTest::newRow("relative path") << QByteArray("open\tsome/where.quorum\n");
        QTest::newRow("empty path") << QByteArray("open\t\n");
        QTest::newRow("control character") << QByteArray("open\t/tmp/a\x1b[2J.quorum\n");
        QTest::newRow("invalid UTF-8") << QByteArray("open\t/tmp/\xff\xfe.quorum\n");
        QTest::newRow("nul") << QByteArray("open\t/tmp/a\0b.quorum\n", 20);
        QTest::newRow("too long") << QByteArray("open\t/") + QByteArray(SingleInstance::MaxRequest + 10, 'a') + '\n';
        QTest::newRow("endless line") << QByteArray("open\t/") + QByteArray(3 * SingleInstance::MaxRequest, 'a');
    }
    void hostileRequestsChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        SingleInstance window(socketPath());
        QVERIFY(window.listen());
        QSignalSpy opened(&window, &SingleInstance::openRequested);
        QSignalSpy raised(&window, &SingleInstance::raiseRequested);
        QFuture<QByteArray> answer = QtConcurrent::run([bytes, path = socketPath()] {
            QLocalSocket socket;
            socket.connectToServer(path);
            if (!socket.waitForConnected(2000))
                return QByteArray("not connected");
            socket.write(bytes);
            socket.waitForBytesWritten(2000);
            QByteArray got;
            while (socket.waitForReadyRead(8000))
                got += socket.readAll();
            return got;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 15000);
        QCOMPARE(answer.result(), QByteArray()); // refused: hung up without "ok"
        QCOMPARE(opened.size(), 0);
        QCOMPARE(raised.size(), 0);
        // And the window still serves a real launch.
        QVERIFY(handOverWhileServing(QStringLiteral("/tmp/b.quorum"), socketPath()));
        QTRY_COMPARE(opened.size(), 1);
    }

    void decodeIsTheInverseOfEncode()
    {
        SingleInstance::Request open;
        open.kind = SingleInstance::Request::Kind::Open;
        open.library = QStringLiteral("/srv/a b/c.quorum");
        const SingleInstance::Request back = SingleInstance::decode(SingleInstance::encode(open));
        QCOMPARE(int(back.kind), int(open.kind));
        QCOMPARE(back.library, open.library);
        QCOMPARE(int(SingleInstance::decode("raise\n").kind), int(SingleInstance::Request::Kind::Raise));
        QCOMPARE(int(SingleInstance::decode("raise").kind), int(SingleInstance::Request::Kind::Invalid));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
