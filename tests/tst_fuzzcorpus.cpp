// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

/** The fuzzers' saved inputs, replayed on every test run by the same code the fuzzers drive. */
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private:
    static QStringList inputs(const QString &kind)
    {
        QStringList files;
        const QDir dir(QStringLiteral(QUORUM_FUZZ_CORPUS) + QLatin1Char('/') + kind);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            files << dir.filePath(name);
        return files;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { Quorum::Fuzz::setUp(); }

    void shouldSurviveEveryJsonInput()
    {
        const QStringList files = inputs(QStringLiteral("json"));
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            Quorum::Fuzz::importJson(read(file)); // a failure aborts, naming no file: run it alone to see
    }

    void shouldSurviveEveryLinkPatternInput()
    {
        const QStringList files = inputs(QStringLiteral("links"));
        QVERIFY(files.size() >= 3);
        for (const QString &file : files)
            Quorum::Fuzz::linkPatterns(read(file));
    }

    void shouldSurviveEveryLibraryInput()
    {
        const QStringList files = inputs(QStringLiteral("library"));
        QVERIFY(files.size() >= 3);
        for (const QString &file : files)
            Quorum::Fuzz::openLibrary(read(file));
    }

    void shouldSurviveEveryConfluenceInput()
    {
        const QStringList files = inputs(QStringLiteral("confluence"));
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            Quorum::Fuzz::confluenceImport(read(file));
    }

    void shouldSurviveEveryInvitationInput()
    {
        const QStringList files = inputs(QStringLiteral("invitations"));
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            Quorum::Fuzz::invitationImport(read(file));
    }

    void shouldSurviveEveryPresenceNotice()
    {
        const QStringList files = inputs(QStringLiteral("presence"));
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            Quorum::Fuzz::presenceNotice(read(file));
    }

    void shouldSurviveEveryRecentDocumentsList()
    {
        const QStringList files = inputs(QStringLiteral("recent"));
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            Quorum::Fuzz::desktopRecent(read(file));
    }

    void shouldSurviveEveryTypedText()
    {
        const QStringList files = inputs(QStringLiteral("typed"));
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            Quorum::Fuzz::typedText(read(file));
    }
};

QTEST_APPLESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
