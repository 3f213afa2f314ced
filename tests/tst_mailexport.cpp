// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/meetingreader.h"
#include "export/exporter.h"
#include "export/reportbuilder.h"
#include "mail/actionmails.h"
#include "mail/minutesmail.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"
#include "testlib/fixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QDate Today(2024, 4, 30);
const QDateTime Sent(QDate(2024, 4, 30), QTime(9, 30), Qt::UTC);
const QString TcamAction
    = QStringLiteral("At the next T/CAM call, consider plans for appropriately tracking schedule / variance in the "
                     "era of Covid.");
const QString Hostile = QStringLiteral("Cristián\r\nBcc: victim@example.com\r\n\r\nSilva");

/** What Python's email module reads in each file (tests/mail/parse_eml.py); fails the test on error. */
QJsonArray parsed(const QStringList &files)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QProcess p;
    p.start(python, QStringList{QStringLiteral(QUORUM_MAIL_SCRIPTS "/parse_eml.py")} + files);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

QJsonObject parsedOne(const QByteArray &message, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!writeFile(path, message))
        return {};
    return parsed({path}).at(0).toObject();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

/** The positions of texts in text, in order; -1 for one that is not there. */
QList<qsizetype> positions(const QString &text, const QStringList &texts)
{
    QList<qsizetype> out;
    for (const QString &t : texts)
        out << text.indexOf(t);
    return out;
}

bool ascending(const QList<qsizetype> &positions)
{
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (positions.at(i) < 0 || (i > 0 && positions.at(i) <= positions.at(i - 1)))
            return false;
    }
    return true;
}

ProgramRun quorum(const QStringList &args)
{
    return runHeadless(QStringLiteral(QUORUM_EXECUTABLE), args);
}

} // namespace

class TestMailExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed: the messages cannot be read back with Python's email module.");
        QVERIFY(m_dir.isValid());
        m_path = writeSample(m_dir, QStringLiteral("sample.quorum"), &m_reference);
        // The sample's one group action (T/CAMs) is done: open it again, so group actions are mailed,
        // and give a person a name that tries to add a header.
        QVERIFY(runInFile(m_path, {QStringLiteral("UPDATE action_item SET done = 0, done_date = NULL WHERE "
                                                  "description LIKE 'At the next T/CAM call%'"),
                                   QStringLiteral("UPDATE person SET display_name = '%1' WHERE email = "
                                                  "'cristian.silva@example.org'")
                                       .arg(Hostile)}));
        QString error;
        m_db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanupTestCase() { m_db.reset(); }

    void shouldMailTheMinutesWithThePdfExporterMakes()
    {
        // GIVEN the minutes PDF as Exporter makes it
        ExportRequest request;
        request.format = ExportRequest::Format::Pdf;
        request.report.kind = ReportOptions::Kind::Minutes;
        request.report.today = Today;
        request.report.generated = Today;
        request.meetingId = m_reference;
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        Exporter::write(*m_db, request, &pdf);
        QVERIFY(pdf.data().startsWith("%PDF"));

        // WHEN the minutes mail is made with it
        MinutesMail::Options options;
        options.from = {QStringLiteral("DM Secretary"), QStringLiteral("dm-secretary@example.org")};
        options.today = Today;
        options.date = Sent;
        const MinutesMail mail = MinutesMail::make(*m_db, m_reference, options, pdf.data());
        const QJsonObject m = parsedOne(mail.message.toBytes(), m_dir, QStringLiteral("minutes.eml"));

        // THEN Python reads it whole: headers, the parts, the attachment byte for byte
        QCOMPARE(strings(m.value(QStringLiteral("defects"))), QStringList());
        const Meeting meeting = MeetingReader(m_db->connection()).meeting(m_reference);
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), MinutesMail::subject(meeting));
        QVERIFY(m.value(QStringLiteral("subject"))
                    .toString()
                    .startsWith(QLatin1String("Minutes: ") + meeting.title + QLatin1String(" (")));
        QCOMPARE(m.value(QStringLiteral("from")).toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("dm-secretary@example.org"));
        QCOMPARE(m.value(QStringLiteral("unsent")).toString(), QStringLiteral("1"));
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2024-04-30T09:30:00+00:00"));
        QCOMPARE(
            strings(m.value(QStringLiteral("contentTypes"))),
            (QStringList{"multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf"}));
        const QJsonObject attachment = m.value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(attachment.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(pdf.data(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(attachment.value(QStringLiteral("fileName")).toString(), Exporter::suggestedFileName(*m_db, request));

        // … to each participant with an address; the others are named as not reachable
        QStringList expectedTo;
        QStringList expectedUnreachable;
        QHash<Id, Person> people;
        for (const Person &p : PersonRepository(m_db->connection()).all())
            people.insert(p.id, p);
        for (const Participant &p : MeetingReader(m_db->connection()).participants(m_reference)) {
            const Person person = people.value(p.personId);
            if (person.email.isEmpty())
                expectedUnreachable << person.shownName();
            else if (!expectedTo.contains(person.email))
                expectedTo << person.email;
        }
        QVERIFY(!expectedTo.isEmpty());
        QStringList to;
        for (const QJsonValue &a : m.value(QStringLiteral("to")).toArray())
            to << a.toArray().at(1).toString();
        QCOMPARE(to, expectedTo);
        QCOMPARE(mail.unreachable, expectedUnreachable);

        // … and the text holds the summary, every decision and every action item, overdue ones said so
        const QString html = m.value(QStringLiteral("htmlText")).toString();
        const QString plain = m.value(QStringLiteral("plain")).toString();
        QVERIFY(plain.contains(ReportBuilder::meetingDates(meeting)));
        QVERIFY(html.contains(ReportBuilder::meetingDates(meeting)));
        const MeetingContent content = MeetingReader(m_db->connection()).load(m_reference);
        QVERIFY(!content.actions.isEmpty());
        int overdue = 0;
        for (const ActionItem &a : content.actions) {
            QVERIFY2(html.contains(a.description.simplified()), qPrintable(a.description));
            overdue += a.isOverdue(Today) ? 1 : 0;
        }
        for (const Decision &d : content.decisions)
            QVERIFY2(html.contains(d.text.simplified()), qPrintable(d.text));
        QCOMPARE(int(html.count(QLatin1String("overdue"))), overdue);
        QVERIFY(html.contains(QLatin1String("Participants")));
    }

    void shouldWriteTheMinutesMailThroughTheExporter()
    {
        ExportRequest request;
        request.format = ExportRequest::Format::Eml;
        request.report.kind = ReportOptions::Kind::Minutes;
        request.mailFrom = QStringLiteral("Secretary <secretary@example.org>");
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Exporter::write(*m_db, request, &out);
        const QJsonObject m = parsedOne(out.data(), m_dir, QStringLiteral("exported.eml"));
        QCOMPARE(m.value(QStringLiteral("attachments")).toArray().size(), 1);
        QVERIFY(Exporter::suggestedFileName(*m_db, request).endsWith(QLatin1String(".eml")));

        request.mailFrom = QStringLiteral("Secretary <secretary@example.org>\r\nBcc: victim@example.com");
        QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*m_db, request, &out));
        request.mailFrom.clear();
        request.report.kind = ReportOptions::Kind::Agenda;
        QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*m_db, request, &out));
        request.report.kind = ReportOptions::Kind::Minutes;
        request.meetingId = 9999;
        QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*m_db, request, &out));
    }

    void shouldMailEachPersonTheirOpenActions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("actions"); // overdue first, then by due date
        QTest::addColumn<int>("overdue");
        QTest::newRow("Frossie Economou")
            << "Frossie Economou"
            << QStringList{TcamAction,
                           "Will recommend additional Level 3 milestones for implementation beyond just the DAX-9 "
                           "Butler provenance milestone.",
                           "Write an initial draft in the Dev Guide for what \"best effort\" support means.",
                           "You have some text for PSTN-017."}
            << 3;
        // The T/CAMs group's members: the group action, and their own.
        QTest::newRow("Fritz Mueller") << "Fritz Mueller" << QStringList{TcamAction} << 1;
        QTest::newRow("John Swinbank") << "John Swinbank" << QStringList{TcamAction} << 1;
        QTest::newRow("Leanne Guy") << "Leanne Guy" << QStringList{TcamAction} << 1;
        QTest::newRow("Yusra AlSayyad")
            << "Yusra AlSayyad"
            << QStringList{TcamAction,
                           "Convene a group to redo the T-12 month DRP diagram and define scope expectations."}
            << 2;
        QTest::newRow("Kian-Tat Lim")
            << "Kian-Tat Lim"
            << QStringList{TcamAction, "Convene a meeting with Colin, Tim, Robert, Yusra to resolve graph generation "
                                       "with per-dataset quantities (likely based on Consolidated DB work)."}
            << 2;
    }
    void shouldMailEachPersonTheirOpenActions()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, actions);
        QFETCH(int, overdue);
        ActionMails::Options options;
        options.today = Today;
        options.date = Sent;
        const ActionMails mails = ActionMails::make(*m_db, options);
        const qsizetype i = mails.fileNames.indexOf(name + QLatin1String(".eml"));
        QVERIFY2(i >= 0, qPrintable(mails.fileNames.join(QLatin1String(", "))));
        const QJsonObject m = parsedOne(mails.messages.at(i).toBytes(), m_dir, QStringLiteral("person.eml"));
        QCOMPARE(strings(m.value(QStringLiteral("defects"))), QStringList());
        QCOMPARE(m.value(QStringLiteral("to")).toArray().at(0).toArray().at(0).toString(), name);
        QCOMPARE(m.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Your open action items (%1)").arg(actions.size()));
        QCOMPARE(strings(m.value(QStringLiteral("contentTypes"))),
                 (QStringList{"multipart/alternative", "text/plain", "text/html"}));
        const QString html = m.value(QStringLiteral("htmlText")).toString();
        QVERIFY2(ascending(positions(html, actions)), qPrintable(html));
        QCOMPARE(int(html.count(QLatin1String("(overdue)"))), overdue);
        // Exactly these: the table has a row per action and no more.
        const QString plain = m.value(QStringLiteral("plain")).toString();
        int rows = 0;
        for (const QString &line : plain.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("| ")) && !line.startsWith(QLatin1String("| ---")))
                ++rows;
        }
        QCOMPARE(rows - 1, int(actions.size())); // less the header row
        // Where each was recorded: the meeting.
        QVERIFY(html.contains(QLatin1String("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17")));
    }

    void shouldReportPeopleWithoutAnAddress()
    {
        ActionMails::Options options;
        options.today = Today;
        const ActionMails mails = ActionMails::make(*m_db, options);
        QStringList without;
        for (const Person &p : mails.withoutAddress)
            without << p.username;
        // mbutler is a T/CAMs member without an email; npease and gcomoretto have no open actions.
        QCOMPARE(without, QStringList{QStringLiteral("mbutler")});
        QVERIFY(!mails.fileNames.contains(QStringLiteral("Unknown User (mbutler).eml")));
        QCOMPARE(mails.messages.size(), mails.fileNames.size());
    }

    void shouldNotLetANameAddAHeader()
    {
        ActionMails::Options options;
        options.today = Today;
        const ActionMails mails = ActionMails::make(*m_db, options);
        qsizetype at = -1;
        for (qsizetype i = 0; i < mails.messages.size(); ++i) {
            if (mails.messages.at(i).to.value(0).address == QLatin1String("cristian.silva@example.org"))
                at = i;
        }
        QVERIFY(at >= 0);
        QVERIFY(!mails.fileNames.at(at).contains(QLatin1Char('\n')));
        const QByteArray bytes = mails.messages.at(at).toBytes();
        QVERIFY(!bytes.contains("\r\nBcc:"));
        const QJsonObject m = parsedOne(bytes, m_dir, QStringLiteral("hostile.eml"));
        QVERIFY(!strings(m.value(QStringLiteral("headers"))).contains(QStringLiteral("Bcc")));
        QCOMPARE(m.value(QStringLiteral("to")).toArray().size(), 1);
        QCOMPARE(m.value(QStringLiteral("to")).toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("cristian.silva@example.org"));
        QCOMPARE(m.value(QStringLiteral("to")).toArray().at(0).toArray().at(0).toString(),
                 QStringLiteral("Cristián Bcc: victim@example.com Silva"));
    }

    void shouldWriteTheMailsFromTheCommandLine()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mails"));
        const ProgramRun r
            = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("eml"),
                      QStringLiteral("--kind"), QStringLiteral("actions-by-person"), QStringLiteral("--from"),
                      QStringLiteral("Quorum <quorum@example.org>"), m_path, QStringLiteral("-o"), folder});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Skipped, no mail address: Unknown User (mbutler)."), r.out.constData());
        const QStringList files = filesIn(folder);
        QVERIFY(files.contains(QStringLiteral("Frossie Economou.eml")));
        QVERIFY(!files.contains(QStringLiteral("Unknown User (mbutler).eml")));
        QStringList paths;
        for (const QString &f : files)
            paths << QDir(folder).filePath(f);
        const QJsonArray all = parsed(paths);
        QCOMPARE(all.size(), files.size());
        for (const QJsonValue &v : all) {
            const QJsonObject m = v.toObject();
            QCOMPARE(strings(m.value(QStringLiteral("defects"))), QStringList());
            QCOMPARE(m.value(QStringLiteral("from")).toArray().at(0).toArray().at(1).toString(),
                     QStringLiteral("quorum@example.org"));
        }

        const QString minutes = m_dir.filePath(QStringLiteral("minutes.eml"));
        const ProgramRun one = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("eml"),
                                       QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--meeting"),
                                       QString::number(m_reference), m_path, QStringLiteral("-o"), minutes});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QCOMPARE(parsed({minutes}).at(0).toObject().value(QStringLiteral("attachments")).toArray().size(), 1);

        // Refusals: usage errors, with nothing written.
        const QString refused = m_dir.filePath(QStringLiteral("refused"));
        for (const QStringList &args :
             {QStringList{"--kind", "actions-by-person", m_path},
              QStringList{"--kind", "agenda", m_path, "-o", refused},
              QStringList{"--kind", "actions-by-person", "--meeting", "1", m_path, "-o", refused},
              QStringList{"--kind", "actions-by-person", "--from", "Quorum <quorum@example>", m_path, "-o", refused},
              QStringList{"--kind", "minutes", "--state", "open", m_path, "-o", refused}}) {
            const ProgramRun bad = quorum(QStringList{"export", "--format", "eml"} + args);
            QVERIFY2(bad.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QString::fromUtf8(bad.err)));
            QVERIFY(!QFileInfo::exists(refused));
        }
        QCOMPARE(quorum({"export", "--format", "csv", "--kind", "actions", "--from", "q@example.org", m_path}).exitCode,
                 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_reference = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestMailExport)
#include "tst_mailexport.moc"
