// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsoninterchange.h"
#include "notes/ticketlinker.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

namespace {

QByteArray documentWithPatterns(const QByteArray &patterns, int version)
{
    return "{\"format\": \"quorum-library\", \"formatVersion\": " + QByteArray::number(version)
           + ", \"linkPatterns\": [" + patterns + "], \"meetings\": []}";
}

} // namespace

class TestTicketLinker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    TicketLinker linker() const
    {
        return TicketLinker({{QStringLiteral("DM-"), QStringLiteral("https://jira.example.org/browse/DM-{n}")},
                             {QStringLiteral("RFC-"), QStringLiteral("https://jira.example.org/browse/{key}")},
                             {QStringLiteral("DMTN-"), QStringLiteral("https://dmtn-{n}.example.io")}});
    }

    std::unique_ptr<Database> newLibrary()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("lib%1.quorum").arg(++m_libraries)),
                                 Database::Mode::CreateNew, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

private Q_SLOTS:
    void shouldLinkKeys_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("linked");
        QTest::newRow("a key") << "See DM-26798."
                               << "See [DM-26798](https://jira.example.org/browse/DM-26798).";
        QTest::newRow("whole key") << "RFC-723 first"
                                   << "[RFC-723](https://jira.example.org/browse/RFC-723) first";
        QTest::newRow("two patterns, one line")
            << "DMTN-148 and DM-15198"
            << "[DMTN-148](https://dmtn-148.example.io) and [DM-15198](https://jira.example.org/browse/DM-15198)";
        QTest::newRow("in a list")
            << "- follow up on DM-15198/DMTN-139"
            << "- follow up on "
               "[DM-15198](https://jira.example.org/browse/DM-15198)/[DMTN-139](https://dmtn-139.example.io)";
        QTest::newRow("not part of a word") << "ADM-12 and DM-12x and DM-12-3 and DM-"
                                            << "ADM-12 and DM-12x and DM-12-3 and DM-";
        QTest::newRow("in brackets") << "(DM-1)"
                                     << "([DM-1](https://jira.example.org/browse/DM-1))";
        QTest::newRow("inline code stays") << "run `DM-1` now"
                                           << "run `DM-1` now";
        QTest::newRow("existing link stays") << "[DM-2](https://other/DM-2)"
                                             << "[DM-2](https://other/DM-2)";
        QTest::newRow("autolink stays") << "<https://other/DM-2>"
                                        << "<https://other/DM-2>";
        QTest::newRow("web address stays") << "https://x.org/DM-3"
                                           << "https://x.org/DM-3";
        QTest::newRow("fenced code stays") << "```\nDM-4\n```\nDM-5"
                                           << "```\nDM-4\n```\n[DM-5](https://jira.example.org/browse/DM-5)";
        QTest::newRow("unclosed code") << "` DM-6"
                                       << "` [DM-6](https://jira.example.org/browse/DM-6)";
        QTest::newRow("no key") << "Nothing to link."
                                << "Nothing to link.";
    }

    void shouldLinkKeys()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, linked);
        QCOMPARE(linker().linkify(markdown), linked);
        QCOMPARE(linker().linkify(linked), linked); // linking twice changes nothing more
    }

    void shouldLeaveKeysAloneWithoutPatterns()
    {
        QCOMPARE(TicketLinker().linkify(QStringLiteral("See DM-26798.")), QStringLiteral("See DM-26798."));
    }

    void shouldTakeTheLongestPrefix()
    {
        const TicketLinker l({{QStringLiteral("A-"), QStringLiteral("https://a.example/{n}")},
                              {QStringLiteral("A-1#"), QStringLiteral("https://b.example/{n}/{key}")}});
        QCOMPARE(l.linkify(QStringLiteral("A-1#5 A-7")),
                 QStringLiteral("[A-1#5](https://b.example/5/A-1%235) [A-7](https://a.example/7)"));
    }

    void shouldLinkAMegabyteLineInOnePass()
    {
        // GIVEN a 1 MB line built to make a backtracking matcher go over it again from every
        // opening bracket, backtick and angle bracket, with keys at the start, middle and end
        QString line = QStringLiteral("DM-1 ");
        const QString hostile = QStringLiteral("[](x `<a!["); // nothing in it ever closes
        while (line.size() < 500'000)
            line += hostile;
        line += QStringLiteral(" DM-2 ");
        while (line.size() < 1'000'000)
            line += QStringLiteral("Xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        line += QStringLiteral(" DM-3");
        // WHEN it is linked
        const QString linked = linker().linkify(line);
        // THEN it is done, and each key is a link and the rest is as it was
        QCOMPARE(linked.count(QStringLiteral("](https://jira.example.org/browse/DM-")), 3);
        QCOMPARE(linked.size(), line.size() + 3 * QStringLiteral("[](https://jira.example.org/browse/DM-1)").size());
        QVERIFY(linked.startsWith(QStringLiteral("[DM-1](https://jira.example.org/browse/DM-1) [](x `<a![")));
        QVERIFY(linked.endsWith(QStringLiteral("aaa [DM-3](https://jira.example.org/browse/DM-3)")));
    }

    void shouldExplainUnusablePatterns_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::newRow("good") << "DM-"
                              << "https://jira/browse/DM-{n}" << true;
        QTest::newRow("the whole key") << "#"
                                       << "https://github.example/issues?q={key}" << true;
        QTest::newRow("a regular expression") << "X(?:a|aa)+"
                                              << "https://jira/{n}" << false;
        QTest::newRow("ends in a digit") << "DM1"
                                         << "https://jira/{n}" << false;
        QTest::newRow("too long") << QString(33, QLatin1Char('A')) << "https://jira/{n}" << false;
        QTest::newRow("no number in the address") << "DM-"
                                                  << "https://jira/" << false;
        QTest::newRow("not a web address") << "DM-"
                                           << "javascript:alert({n})" << false;
        QTest::newRow("breaks out of the link") << "DM-"
                                                << "https://jira/{n}) [x](javascript:alert(1)" << false;
        QTest::newRow("empty") << ""
                               << "https://jira/{n}" << false;
    }

    void shouldExplainUnusablePatterns()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, url);
        QFETCH(bool, usable);
        const QString problem = TicketLinker::problem({prefix, url});
        QCOMPARE(problem.isEmpty(), usable);
        if (!usable && !prefix.isEmpty())
            QVERIFY2(problem.contains(prefix), qPrintable(problem)); // it names the pattern
    }

    void shouldConvertTheSimpleExpressionsOfEarlierVersions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("converted"); // prefix and address, in turn; empty when refused
        QTest::newRow("group") << "DM-(\\d+)"
                               << "https://jira/browse/DM-\\1" << QStringList{"DM-", "https://jira/browse/DM-{n}"};
        QTest::newRow("whole match") << "RFC-\\d+"
                                     << "https://jira/browse/\\0" << QStringList{"RFC-", "https://jira/browse/{key}"};
        QTest::newRow("alternatives") << "(?:DM|SP)-\\d+"
                                      << "https://jira/browse/\\0"
                                      << QStringList{"DM-", "https://jira/browse/{key}", "SP-",
                                                     "https://jira/browse/{key}"};
        QTest::newRow("captured alternatives")
            << "(DM|SP)-([0-9]+)"
            << "https://jira/\\1/\\2" << QStringList{"DM-", "https://jira/DM/{n}", "SP-", "https://jira/SP/{n}"};
        QTest::newRow("escaped dash") << "DMTN\\-(\\d+)"
                                      << "https://dmtn-\\1.lsst.io" << QStringList{"DMTN-", "https://dmtn-{n}.lsst.io"};
        QTest::newRow("backtracking") << "X(?:a|aa)+"
                                      << "https://jira/\\0" << QStringList();
        QTest::newRow("anything else") << "DM-\\d{3,}"
                                       << "https://jira/\\0" << QStringList();
        QTest::newRow("a group it lacks") << "DM-\\d+"
                                          << "https://jira/\\1" << QStringList();
    }

    void shouldConvertTheSimpleExpressionsOfEarlierVersions()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(QStringList, converted);
        QString problem;
        const QList<LinkPattern> patterns = TicketLinker::accepted({pattern, url}, &problem);
        QStringList parts;
        for (const LinkPattern &p : patterns)
            parts << p.prefix << p.url;
        QCOMPARE(parts, converted);
        QCOMPARE(problem.isEmpty(), !converted.isEmpty());
        if (converted.isEmpty())
            QVERIFY2(problem.contains(pattern), qPrintable(problem));
    }

    void shouldRefuseAnImportedExpressionItCannotConvert()
    {
        // GIVEN a library, and a document whose pattern would backtrack without end
        auto db = newLibrary();
        QVERIFY(db);
        const QByteArray json
            = documentWithPatterns("{\"pattern\": \"DM-(\\\\d+)\", \"url\": \"https://jira/DM-\\\\1\"}, "
                                   "{\"pattern\": \"X(?:a|aa)+\", \"url\": \"https://x/\\\\0\"}",
                                   2);
        // WHEN it is imported
        QString message;
        try {
            JsonInterchange::importDocument(*db, json);
        } catch (const StorageError &e) {
            message = e.message();
        }
        // THEN it is refused in words that name the pattern, and nothing of it is stored
        QVERIFY2(message.contains(QStringLiteral("X(?:a|aa)+")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("linkPatterns[1]")), qPrintable(message));
        QVERIFY(LinkPatternRepository(db->connection()).all().isEmpty());
    }

    void shouldImportAnEarlierVersionsPatternsConvertedAndWriteThemAsPrefixes()
    {
        // GIVEN a version 2 document with the expressions that version wrote
        auto db = newLibrary();
        QVERIFY(db);
        const QByteArray json
            = documentWithPatterns("{\"pattern\": \"DM-(\\\\d+)\", \"url\": \"https://jira/DM-\\\\1\"}, "
                                   "{\"pattern\": \"(?:RFC|SP)-\\\\d+\", \"url\": \"https://jira/\\\\0\"}",
                                   2);
        // WHEN it is imported and the library exported
        JsonInterchange::importDocument(*db, json);
        const QList<LinkPattern> stored = LinkPatternRepository(db->connection()).all();
        const QByteArray exported = JsonInterchange::exportLibrary(*db);
        // THEN each prefix is a pattern of its own, written in this version's form
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0), (LinkPattern{QStringLiteral("DM-"), QStringLiteral("https://jira/DM-{n}")}));
        QCOMPARE(stored.at(2), (LinkPattern{QStringLiteral("SP-"), QStringLiteral("https://jira/{key}")}));
        QVERIFY2(exported.contains("\"prefix\": \"RFC-\""), exported.constData());
        QVERIFY(!exported.contains("\"pattern\""));
        QVERIFY(exported.contains("\"formatVersion\": 4"));
        QCOMPARE(TicketLinker(stored).linkify(QStringLiteral("SP-4")), QStringLiteral("[SP-4](https://jira/SP-4)"));
    }

    void shouldConvertStoredExpressionsOnReadingAndKeepTheOthersForTheDialog()
    {
        // GIVEN a library whose rows an earlier version wrote
        auto db = newLibrary();
        QVERIFY(db);
        for (const auto &[pattern, url] :
             {std::pair{QStringLiteral("DMTN-(\\d+)"), QStringLiteral("https://dmtn-\\1.lsst.io")},
              std::pair{QStringLiteral("X(?:a|aa)+"), QStringLiteral("https://x/\\0")}})
            Statement::run(db->connection(),
                           QStringLiteral("INSERT INTO link_pattern (position, pattern, url) VALUES (0, ?, ?)"),
                           QStringLiteral("test"), {pattern, url});
        // WHEN they are read
        const QList<LinkPattern> read = LinkPatternRepository(db->connection()).all();
        // THEN the simple one is a prefix now; the other is there as it was, and links nothing
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0), (LinkPattern{QStringLiteral("DMTN-"), QStringLiteral("https://dmtn-{n}.lsst.io")}));
        QCOMPARE(read.at(1).prefix, QStringLiteral("X(?:a|aa)+"));
        QVERIFY(!TicketLinker::problem(read.at(1)).isEmpty());
        QCOMPARE(TicketLinker(read).linkify(QStringLiteral("DMTN-9 Xaa")),
                 QStringLiteral("[DMTN-9](https://dmtn-9.lsst.io) Xaa"));
    }
};

QTEST_GUILESS_MAIN(TestTicketLinker)
#include "tst_ticketlinker.moc"
