// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/desktoprecent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Quorum;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QString corpus(const QString &name)
{
    return QStringLiteral(QUORUM_FUZZ_CORPUS "/recent/") + name;
}

QList<DesktopRecent::Entry> entriesOf(const QByteArray &xbel)
{
    QList<DesktopRecent::Entry> entries;
    QString error;
    if (!DesktopRecent::read(xbel, &entries, &error))
        qWarning("%s", qPrintable(error));
    return entries;
}

} // namespace

class TestDesktopRecent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString list() const { return m_dir.filePath(QStringLiteral("share/recently-used.xbel")); }
    QString library(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init() { QFile::remove(list()); }

    void shouldNameTheUsersDataFolder()
    {
        // The test run sets XDG_DATA_HOME so that no test writes the user's own list.
        QVERIFY(!qEnvironmentVariableIsEmpty("XDG_DATA_HOME"));
        QCOMPARE(DesktopRecent::defaultListFile(), qEnvironmentVariable("XDG_DATA_HOME") + "/recently-used.xbel");
    }

    void shouldStartAListWhenThereIsNone()
    {
        QString error;
        QVERIFY2(DesktopRecent::add(library("Leadership meeting.quorum"), &error, list()), qPrintable(error));
        const QList<DesktopRecent::Entry> entries = entriesOf(readAll(list()));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].href,
                 QUrl::fromLocalFile(library("Leadership meeting.quorum")).toString(QUrl::FullyEncoded));
        QVERIFY(entries[0].href.contains("Leadership%20meeting.quorum"));
        QCOMPARE(entries[0].mimeType, "application/x-quorum-library");
        QCOMPARE(entries[0].applications, QStringList("Quorum"));
        QCOMPARE(entries[0].count, 1);
        QVERIFY(entries[0].added.isValid());
        QCOMPARE(entries[0].visited, entries[0].added);
        // The namespaces GLib and KDE look for, with their usual prefixes.
        const QByteArray xbel = readAll(list());
        QVERIFY(xbel.contains("xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\""));
        QVERIFY(xbel.contains("xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\""));
        QVERIFY(xbel.contains("<bookmark:application name=\"Quorum\" exec=\"quorum %f\""));
    }

    void shouldKeepOtherApplicationsEntries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("others");
        QTest::newRow("GTK") << "gtk.xbel" << QStringList{"file:///home/ada/notes.txt"};
        QTest::newRow("KDE") << "kde.xbel" << QStringList{"file:///home/ada/Dokumente/Bericht%20Q3.odt"};
    }

    void shouldKeepOtherApplicationsEntries()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, others);
        const QByteArray before = readAll(corpus(file));
        QVERIFY(!before.isEmpty());
        QVERIFY(QDir().mkpath(QFileInfo(list()).absolutePath()));
        QVERIFY(write(list(), before));
        QString error;
        QVERIFY2(DesktopRecent::add(library("Board.quorum"), &error, list()), qPrintable(error));
        const QByteArray after = readAll(list());
        const QList<DesktopRecent::Entry> entries = entriesOf(after);
        QStringList hrefs;
        for (const DesktopRecent::Entry &e : entries)
            hrefs.append(e.href);
        QCOMPARE(hrefs.mid(0, others.size()), others);
        QCOMPARE(hrefs.last(), QUrl::fromLocalFile(library("Board.quorum")).toString(QUrl::FullyEncoded));
        // Every other application's words are there as they were: titles, groups, private marks,
        // the document type, comments.
        for (const char *kept :
             {"count=\"2\"", "<bookmark:private/>", "<!DOCTYPE xbel>", "<!-- a comment -->",
              "<bookmark:group>office</bookmark:group>", "Bericht &lt;Q3&gt;", "timestamp=\"1764601200\""}) {
            if (before.contains(kept))
                QVERIFY2(after.contains(kept), kept);
        }
    }

    void shouldRefreshItsOwnEntryRatherThanAddASecond()
    {
        QString error;
        const QString path = library("Board.quorum");
        QVERIFY(DesktopRecent::add(path, &error, list()));
        const DesktopRecent::Entry first = entriesOf(readAll(list())).value(0);
        QTest::qWait(20);
        QVERIFY(DesktopRecent::add(library("Other.quorum"), &error, list()));
        QVERIFY(DesktopRecent::add(path, &error, list()));
        const QList<DesktopRecent::Entry> entries = entriesOf(readAll(list()));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].href, QUrl::fromLocalFile(library("Other.quorum")).toString(QUrl::FullyEncoded));
        QCOMPARE(entries[1].href, first.href);
        QCOMPARE(entries[1].count, 2);
        QCOMPARE(entries[1].added, first.added); // when it was first added is kept
        QVERIFY(entries[1].visited > first.visited);
        // Named another way (a dot folder, encoded otherwise), it is still the same file.
        const QByteArray odd = DesktopRecent::withDocument("<xbel version=\"1.0\"><bookmark href=\"file://"
                                                               + QUrl::toPercentEncoding(m_dir.path(), "/")
                                                               + "/./Board.quorum\"/></xbel>",
                                                           path, QDateTime::currentDateTimeUtc(), &error);
        QCOMPARE(entriesOf(odd).size(), 1);
    }

    void shouldWriteHostileNamesAsAValidUri()
    {
        QString error;
        const QString path = library("Q3 <review> & \"plans\" ü 会议 #1?.quorum");
        QVERIFY2(DesktopRecent::add(path, &error, list()), qPrintable(error));
        const QList<DesktopRecent::Entry> entries = entriesOf(readAll(list()));
        QCOMPARE(entries.size(), 1);
        const QUrl url(entries[0].href, QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.toLocalFile(), path);
        for (const char c : QByteArray("<>\" #?"))
            QVERIFY2(!entries[0].href.mid(7).contains(QLatin1Char(c)), entries[0].href.toUtf8());
    }

    void shouldBeReadByGLibAsGnomeReadsIt_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("items");
        QTest::newRow("a new list") << QString() << "Board.quorum" << 1;
        QTest::newRow("GTK's list") << "gtk.xbel"
                                    << "Board.quorum" << 3;
        QTest::newRow("KDE's list") << "kde.xbel"
                                    << "Board.quorum" << 2;
        QTest::newRow("a hostile name") << "gtk.xbel"
                                        << "Q3 <review> & \"plans\" ü 会议 #1?.quorum" << 3;
    }

    void shouldBeReadByGLibAsGnomeReadsIt()
    {
        QFETCH(QString, start);
        QFETCH(QString, name);
        QFETCH(int, items);
        QVERIFY(QDir().mkpath(QFileInfo(list()).absolutePath()));
        if (!start.isEmpty())
            QVERIFY(write(list(), readAll(corpus(start))));
        QString error;
        QVERIFY2(DesktopRecent::add(library(name), &error, list()), qPrintable(error));
        QVERIFY2(DesktopRecent::add(library(name), &error, list()), qPrintable(error));
        QProcess glib;
        const QString uri = QUrl::fromLocalFile(library(name)).toString(QUrl::FullyEncoded);
        glib.start(GLIB_BOOKMARK_PROBE, {list(), uri});
        QVERIFY(glib.waitForFinished());
        QVERIFY2(glib.exitCode() == 0, glib.readAllStandardError() + readAll(list()));
        const QStringList said = QString::fromUtf8(glib.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(said.contains(QStringLiteral("items %1").arg(items)), qPrintable(said.join(" | ")));
        QVERIFY(said.contains("mime application/x-quorum-library"));
        // GLib gives the command line as it would run it, the file put in for %f.
        QVERIFY2(said.contains("exec quorum " + library(name)), qPrintable(said.join(" | ")));
        QVERIFY(said.contains("count 2"));
    }

    void shouldLeaveAListItCannotReadAsItIs_data()
    {
        QTest::addColumn<QByteArray>("xbel");
        QTest::newRow("truncated") << readAll(corpus("truncated.xbel"));
        QTest::newRow("foreign XML") << readAll(corpus("foreign.xbel"));
        QTest::newRow("a root in another namespace") << readAll(corpus("namespaced-root.xbel"));
        QTest::newRow("not XML") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11);
        QTest::newRow("two roots") << QByteArray("<xbel/><xbel/>");
        QTest::newRow("entity expansion") << readAll(corpus("entities.xbel"));
    }

    void shouldLeaveAListItCannotReadAsItIs()
    {
        QFETCH(QByteArray, xbel);
        QVERIFY(QDir().mkpath(QFileInfo(list()).absolutePath()));
        QVERIFY(write(list(), xbel));
        QString error;
        QVERIFY(!DesktopRecent::add(library("Board.quorum"), &error, list()));
        QVERIFY2(error.contains("was left as it is"), qPrintable(error));
        QCOMPARE(readAll(list()), xbel);
    }

    void shouldLeaveAHugeListAlone()
    {
        QVERIFY(QDir().mkpath(QFileInfo(list()).absolutePath()));
        QFile f(list());
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(DesktopRecent::MaxBytes + 1));
        f.close();
        QString error;
        QVERIFY(!DesktopRecent::add(library("Board.quorum"), &error, list()));
        QVERIFY(error.contains("larger than 16 MB"));
        QCOMPARE(QFileInfo(list()).size(), DesktopRecent::MaxBytes + 1);
    }

    void shouldSayWhenTheListCannotBeWritten()
    {
        // A list that is a folder cannot be replaced; nothing is lost and the reason is given.
        QVERIFY(QDir().mkpath(list()));
        QString error;
        QVERIFY(!DesktopRecent::add(library("Board.quorum"), &error, list()));
        QVERIFY2(!error.isEmpty(), "no reason given");
        QVERIFY(QFileInfo(list()).isDir());
        QVERIFY(QDir().rmdir(list()));
    }
};

QTEST_GUILESS_MAIN(TestDesktopRecent)
#include "tst_desktoprecent.moc"
