// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/ticketlinker.h"

#include <QTest>

using namespace Quorum;

class TestTicketLinker : public QObject
{
    Q_OBJECT

private:
    TicketLinker linker() const
    {
        return TicketLinker({{QStringLiteral("DM-(\\d+)"), QStringLiteral("https://jira.example.org/browse/DM-\\1")},
                             {QStringLiteral("RFC-\\d+"), QStringLiteral("https://jira.example.org/browse/\\0")},
                             {QStringLiteral("DMTN-(\\d+)"), QStringLiteral("https://dmtn-\\1.example.io")}});
    }

private Q_SLOTS:
    void shouldLinkKeys_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("linked");
        QTest::newRow("a key") << "See DM-26798."
                               << "See [DM-26798](https://jira.example.org/browse/DM-26798).";
        QTest::newRow("whole match") << "RFC-723 first"
                                     << "[RFC-723](https://jira.example.org/browse/RFC-723) first";
        QTest::newRow("two patterns, one line")
            << "DMTN-148 and DM-15198"
            << "[DMTN-148](https://dmtn-148.example.io) and [DM-15198](https://jira.example.org/browse/DM-15198)";
        QTest::newRow("in a list")
            << "- follow up on DM-15198/DMTN-139"
            << "- follow up on "
               "[DM-15198](https://jira.example.org/browse/DM-15198)/[DMTN-139](https://dmtn-139.example.io)";
        QTest::newRow("not part of a word") << "ADM-12 and DM-12x"
                                            << "ADM-12 and DM-12x";
        QTest::newRow("inline code stays") << "run `DM-1` now"
                                           << "run `DM-1` now";
        QTest::newRow("existing link stays") << "[DM-2](https://other/DM-2)"
                                             << "[DM-2](https://other/DM-2)";
        QTest::newRow("web address stays") << "https://x.org/DM-3"
                                           << "https://x.org/DM-3";
        QTest::newRow("fenced code stays") << "```\nDM-4\n```\nDM-5"
                                           << "```\nDM-4\n```\n[DM-5](https://jira.example.org/browse/DM-5)";
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

    void shouldExplainUnusablePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::newRow("good") << "DM-(\\d+)"
                              << "https://jira/browse/DM-\\1" << true;
        QTest::newRow("broken expression") << "DM-(\\d+"
                                           << "https://jira/" << false;
        QTest::newRow("matches nothing at all") << "x*"
                                                << "https://jira/" << false;
        QTest::newRow("not a web address") << "DM-\\d+"
                                           << "javascript:alert(1)" << false;
        QTest::newRow("empty") << ""
                               << "https://jira/" << false;
    }

    void shouldExplainUnusablePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, usable);
        QCOMPARE(TicketLinker::problem({pattern, url}).isEmpty(), usable);
    }
};

QTEST_GUILESS_MAIN(TestTicketLinker)
#include "tst_ticketlinker.moc"
