// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/actionexport.h"

#include <QTest>

using namespace Quorum;

namespace {

ActionExportRow row(const QString &description, const QString &assignees = {}, const QString &entry = {})
{
    ActionExportRow r;
    r.item.id = 7;
    r.item.meetingId = 1;
    r.item.description = description;
    r.item.dueDate = QDate(2020, 9, 28);
    r.assignees = assignees;
    r.meetingTitle = QStringLiteral("DMLT, September");
    r.meetingDate = QDate(2020, 9, 15);
    r.entryTitle = entry;
    return r;
}

} // namespace

class TestActionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldQuoteCsvFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "Attach diagram"
                               << "Attach diagram";
        QTest::newRow("comma") << "Tim, K-T and Robert"
                               << "\"Tim, K-T and Robert\"";
        QTest::newRow("quote") << "the \"TAP schema problem\""
                               << "\"the \"\"TAP schema problem\"\"\"";
        QTest::newRow("line break") << "one\ntwo"
                                    << "\"one\ntwo\"";
        QTest::newRow("carriage return") << "one\r\ntwo"
                                         << "\"one\r\ntwo\"";
        QTest::newRow("non-ASCII") << "Cristián Silva — PSTN-017"
                                   << "Cristián Silva — PSTN-017";
        QTest::newRow("empty") << ""
                               << "";
        // Formula injection (OWASP): what a spreadsheet would run is written as text.
        QTest::newRow("formula") << "=HYPERLINK(\"http://evil.example\",\"Click\")"
                                 << "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"";
        QTest::newRow("plus") << "+1-1"
                              << "\"'+1-1\"";
        QTest::newRow("minus") << "-2+3"
                               << "\"'-2+3\"";
        QTest::newRow("at") << "@SUM(A1:A2)"
                            << "\"'@SUM(A1:A2)\"";
        QTest::newRow("tab") << "\t=1+1"
                             << "\"'\t=1+1\"";
        QTest::newRow("carriage return first") << "\r=1+1"
                                               << "\"'\r=1+1\"";
        QTest::newRow("inside is fine") << "Update DMTN-155 = done"
                                        << "Update DMTN-155 = done";
    }

    void shouldQuoteCsvFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(ActionExport::csvField(value), field);
    }

    void shouldWriteCsvWithCrlfAndUtf8()
    {
        const QByteArray csv = ActionExport::toCsv(
            {row(QStringLiteral("Follow up with Fritz, Frossie"), QStringLiteral("Wil O'Mullane, Cristián Silva"))});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
        QVERIFY(lines.at(0).endsWith('\r'));
        QVERIFY(lines.at(1).startsWith(
            "no,\"Follow up with Fritz, Frossie\",\"Wil O'Mullane, Cristián Silva\",2020-09-28,,"));
        QVERIFY(csv.contains(QStringLiteral("Cristián").toUtf8()));
    }

    void shouldEscapeICalendarText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("comma and semicolon") << "a, b; c"
                                             << "a\\, b\\; c";
        QTest::newRow("backslash") << "C:\\docs"
                                   << "C:\\\\docs";
        QTest::newRow("newline") << "one\r\ntwo"
                                 << "one\\ntwo";
    }

    void shouldEscapeICalendarText()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(ActionExport::icalText(value), escaped);
    }

    void shouldKeepICalendarLineRules()
    {
        // GIVEN a long description full of multi-byte characters
        QString longText;
        for (int i = 0; i < 40; ++i)
            longText += QStringLiteral("Ärger über Größe — ");
        ActionExportRow done = row(longText, QStringLiteral("T/CAMs"), QStringLiteral("Team status"));
        done.item.done = true;
        done.item.doneDate = QDate(2020, 9, 30);
        const QByteArray ics = ActionExport::toICalendar({row(QStringLiteral("Write, then send; done")), done},
                                                         QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC));
        // THEN every line ends in CRLF, is at most 75 octets, and is whole UTF-8
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        }
        // AND unfolding gives back the escaped text and the properties
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains("SUMMARY:Write\\, then send\\; done\r\n"));
        QVERIFY(unfolded.contains(("SUMMARY:" + ActionExport::icalText(longText) + QStringLiteral("\r\n")).toUtf8()));
        QVERIFY(unfolded.contains("DUE;VALUE=DATE:20200928\r\n"));
        QVERIFY(unfolded.contains("STATUS:NEEDS-ACTION\r\n"));
        QVERIFY(unfolded.contains("STATUS:COMPLETED\r\nCOMPLETED:20200930T000000Z\r\n"));
        QVERIFY(unfolded.contains("DTSTAMP:20261129T080000Z\r\n"));
        QVERIFY(unfolded.contains(
            "DESCRIPTION:Assignees: T/CAMs\\nMeeting: DMLT\\, September (2020-09-15)\\nAgenda entry: Team status\r\n"));
        QCOMPARE(ics.count("BEGIN:VTODO"), 2);
        QCOMPARE(ics.count("UID:"), 2);
    }
};

QTEST_GUILESS_MAIN(TestActionExport)
#include "tst_actionexport.moc"
