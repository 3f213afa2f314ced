// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluencepublisher.h"
#include "document/meetingreader.h"
#include "export/confluencewriter.h"
#include "export/exporter.h"
#include "export/noteshtml.h"
#include "export/reportbuilder.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QMimeData>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** One element of a parsed fragment: its qualified name, attributes, text and children. */
struct Node
{
    QString name;
    QHash<QString, QString> attributes; ///< by qualified name
    QString text; ///< the text directly inside, and of every descendant
    QList<std::shared_ptr<Node>> children;

    QList<const Node *> all(const QString &qualifiedName) const
    {
        QList<const Node *> found;
        for (const auto &child : children) {
            if (child->name == qualifiedName)
                found << child.get();
            found << child->all(qualifiedName);
        }
        return found;
    }
    QList<const Node *> childrenNamed(const QString &qualifiedName) const
    {
        QList<const Node *> found;
        for (const auto &child : children) {
            if (child->name == qualifiedName)
                found << child.get();
        }
        return found;
    }
};

/**
 * The fragment inside a root that declares Confluence's prefixes, as Confluence reads it; an empty
 * root and *error when it is not well-formed XML.
 */
std::shared_ptr<Node> parse(const QString &fragment, QString *error)
{
    const QString xml = QStringLiteral("<root xmlns:ac=\"http://atlassian.com/content\" "
                                       "xmlns:ri=\"http://atlassian.com/resource/identifier\">")
                        + fragment + QStringLiteral("</root>");
    QXmlStreamReader reader(xml);
    auto root = std::make_shared<Node>();
    QList<Node *> open;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            auto node = std::make_shared<Node>();
            node->name = reader.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                node->attributes.insert(a.qualifiedName().toString(), a.value().toString());
            if (open.isEmpty())
                root = node;
            else
                open.last()->children << node;
            open << node.get();
            break;
        }
        case QXmlStreamReader::EndElement: open.removeLast(); break;
        case QXmlStreamReader::Characters:
            for (Node *n : std::as_const(open))
                n->text += reader.text();
            break;
        default: break;
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("line %1, column %2: %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return std::make_shared<Node>();
    }
    return root;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs quorum as a script would: no display, no platform chosen. */
Run quorum(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QUORUM_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString Hostile = QStringLiteral("<script>alert('x')</script> ]]> & \"q\" \u0001end");

} // namespace

/** The agenda and the minutes as Confluence storage format: shapes, tasks, macros, escaping. */
class TestConfluenceWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_seed = 0;
    MeetingContent m_content;
    NameLookup m_names;
    QList<LinkPattern> m_patterns;

    QString exported(ReportOptions::Kind kind, Id meetingId) const
    {
        ExportRequest r;
        r.format = ExportRequest::Format::Confluence;
        r.report.kind = kind;
        r.meetingId = meetingId;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Exporter::write(*m_db, r, &out);
        return QString::fromUtf8(out.data());
    }

    /** The first topic of a meeting. */
    static AgendaEntry &topicOf(MeetingContent &c)
    {
        return *std::find_if(c.entries.begin(), c.entries.end(),
                             [](const AgendaEntry &e) { return e.kind == AgendaEntry::Kind::Topic; });
    }

    /** A meeting whose every text is hostile. */
    static MeetingContent hostileMeeting(NameLookup *names)
    {
        MeetingContent c;
        c.meeting.id = 7;
        c.meeting.title = Hostile;
        c.meeting.startDate = QDate(2026, 1, 5);
        c.meeting.endDate = QDate(2026, 1, 5);
        c.meeting.location = Hostile;
        c.meeting.joinUrl = QStringLiteral("javascript:alert(1)");
        c.meeting.passcodeHint = Hostile;
        c.meeting.dialIns = {{Hostile, Hostile}};
        c.meeting.description = Hostile;
        c.days = {{}};
        c.days[0].id = 70;
        c.days[0].meetingId = 7;
        c.days[0].date = c.meeting.startDate;
        AgendaEntry block;
        block.id = 71;
        block.dayId = 70;
        block.kind = AgendaEntry::Kind::Block;
        block.title = Hostile;
        block.moderatorId = 1;
        AgendaEntry topic;
        topic.id = 72;
        topic.dayId = 70;
        topic.parentId = 71;
        topic.title = Hostile;
        topic.coordinatorIds = {1};
        topic.preNotes
            = Hostile + QStringLiteral("\n\n- [link](javascript:alert(1))\n- `code ]]>`\n\n```\n]]><x>\n```");
        topic.runningNotes = Hostile + QStringLiteral("\n\n<img src=x onerror=alert(1)>\n\n<![CDATA[ x ]]>");
        c.entries = {block, topic};
        Participant p;
        p.meetingId = 7;
        p.personId = 1;
        c.participants = {p};
        ActionItem a;
        a.id = 73;
        a.meetingId = 7;
        a.entryId = 72;
        a.description = Hostile;
        a.assignees = {{1, 0}};
        a.dueDate = QDate(2026, 2, 1);
        a.externalRef = Hostile;
        ActionItem loose = a;
        loose.id = 74;
        loose.entryId = 0;
        loose.done = true;
        c.actions = {a, loose};
        Attachment file;
        file.fileName = Hostile;
        file.mimeType = Hostile;
        file.description = Hostile;
        file.uploadedBy = 1;
        file.modifiedAt = QDateTime(QDate(2026, 1, 4), QTime(12, 0), Qt::UTC);
        c.attachments = {file};
        TopicRequest r;
        r.topic = Hostile;
        r.requestedBy = {1};
        r.minutesRequired = 90;
        r.notes = Hostile;
        c.requests = {r};
        Decision d;
        d.text = Hostile;
        d.decidedBy = {{1, 0}};
        d.entryId = 72;
        d.date = QDate(2026, 1, 5);
        d.externalRef = Hostile;
        c.decisions = {d};
        names->people.insert(1, Hostile);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = writeSample(m_dir, QStringLiteral("confluence.quorum"), &m_seed);
        QString error;
        m_db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        QVERIFY2(m_db, qPrintable(error));
        const MeetingReader reader(m_db->connection());
        m_content = reader.load(m_seed);
        m_names = reader.names();
        m_patterns = LinkPatternRepository(m_db->connection()).all();
    }

    void cleanupTestCase() { m_db.reset(); }

    void shouldPublishTheSeedMinutesAsXmlWithEveryActionItemOnceAsATask()
    {
        // GIVEN the sample's seed meeting and its 14 action items
        QCOMPARE(m_seed, qint64(1));
        QCOMPARE(m_content.actions.size(), 14);
        // WHEN its minutes are published
        QString error;
        const auto root = parse(exported(ReportOptions::Kind::Minutes, m_seed), &error);
        // THEN they are well-formed XML with one task per action item, numbered, in order
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<const Node *> tasks = root->all(QStringLiteral("ac:task"));
        QCOMPARE(tasks.size(), 14);
        QCOMPARE(root->all(QStringLiteral("ac:task-list")).size(), 10); // the seed's 10 entries with actions
        int complete = 0;
        for (int i = 0; i < tasks.size(); ++i) {
            const Node *task = tasks.at(i);
            const ActionItem &a = m_content.actions.at(i);
            QCOMPARE(task->childrenNamed(QStringLiteral("ac:task-id")).value(0)->text, QString::number(i + 1));
            const QString status = task->childrenNamed(QStringLiteral("ac:task-status")).value(0)->text;
            QCOMPARE(status, a.done ? QStringLiteral("complete") : QStringLiteral("incomplete"));
            complete += status == QLatin1String("complete");
            const Node *body = task->childrenNamed(QStringLiteral("ac:task-body")).value(0);
            QVERIFY(body);
            QVERIFY2(body->text.startsWith(m_names.joinAssignees(a.assignees) + QStringLiteral(" \u2014 ")),
                     qPrintable(body->text));
            const QList<const Node *> due = body->childrenNamed(QStringLiteral("time"));
            QCOMPARE(due.size(), a.dueDate.isValid() ? 1 : 0);
            if (a.dueDate.isValid())
                QCOMPARE(due.at(0)->attributes.value(QStringLiteral("datetime")), a.dueDate.toString(Qt::ISODate));
        }
        const auto done = std::count_if(m_content.actions.cbegin(), m_content.actions.cend(),
                                        [](const ActionItem &a) { return a.done; });
        QCOMPARE(complete, int(done));
        // The group assignee and the two assignees, as the seed writes them.
        const QString text = root->text;
        QVERIFY(text.contains(QStringLiteral("T/CAMs \u2014 At the next T/CAM call")));
        QCOMPARE(text.count(QStringLiteral("Send out Doodle polls")), 1);
        // Each task sits in the Running notes cell (the fifth) of the entry it was recorded under.
        for (const Node *row : root->all(QStringLiteral("tr"))) {
            const QList<const Node *> cells = row->childrenNamed(QStringLiteral("td"));
            for (int c = 0; c < cells.size(); ++c) {
                if (!cells.at(c)->all(QStringLiteral("ac:task")).isEmpty())
                    QCOMPARE(c, 4);
            }
        }
    }

    void shouldWriteTheAgendaTablesInTheSeedsShape_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("agenda") << int(ReportOptions::Kind::Agenda);
        QTest::newRow("minutes") << int(ReportOptions::Kind::Minutes);
    }

    void shouldWriteTheAgendaTablesInTheSeedsShape()
    {
        QFETCH(int, kind);
        QString error;
        const auto root = parse(exported(ReportOptions::Kind(kind), m_seed), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(root->childrenNamed(QStringLiteral("h1")).value(0)->text, m_content.meeting.title);
        QStringList days;
        int moderated = 0;
        int headers = 0;
        int entries = 0;
        const QList<const Node *> tables = root->childrenNamed(QStringLiteral("table"));
        QVERIFY(tables.size() > 3);
        for (const Node *table : tables.mid(0, 3)) {
            for (const Node *row : table->all(QStringLiteral("tr"))) {
                const QList<const Node *> th = row->childrenNamed(QStringLiteral("th"));
                const QList<const Node *> td = row->childrenNamed(QStringLiteral("td"));
                if (th.size() == 1 && th.at(0)->attributes.value(QStringLiteral("colspan")) == QLatin1String("5")) {
                    QCOMPARE(th.at(0)->childrenNamed(QStringLiteral("h3")).size(), 1);
                    days << th.at(0)->text;
                } else if (th.size() == 5) {
                    ++headers;
                    QCOMPARE(th.at(0)->text, QStringLiteral("Time"));
                    QCOMPARE(th.at(4)->text, QStringLiteral("Running notes"));
                } else if (td.size() == 1) {
                    QCOMPARE(td.at(0)->attributes.value(QStringLiteral("colspan")), QStringLiteral("5"));
                    QVERIFY2(td.at(0)->text.startsWith(QStringLiteral("Moderator: ")), qPrintable(td.at(0)->text));
                    ++moderated;
                } else if (td.size() == 5) {
                    ++entries;
                }
            }
        }
        // The agenda tables come first: one per day; the planning table follows.
        QCOMPARE(days, QStringList({QStringLiteral("Day 1: 2020-09-15"), QStringLiteral("Day 2: 2020-09-16"),
                                    QStringLiteral("Day 3: 2020-09-17")}));
        QCOMPARE(headers, 3);
        QCOMPARE(moderated, 5);
        const auto agendaEntries
            = std::count_if(m_content.entries.cbegin(), m_content.entries.cend(),
                            [](const AgendaEntry &e) { return e.kind != AgendaEntry::Kind::Block; });
        QCOMPARE(entries, int(agendaEntries));
        // The first entry: start and end, topic, coordinator, the pre-meeting notes as a list.
        const QList<const Node *> first
            = tables.at(0)->all(QStringLiteral("tr")).at(3)->childrenNamed(QStringLiteral("td"));
        QCOMPARE(first.at(0)->text, QStringLiteral("09:00\u201309:15"));
        QCOMPARE(first.at(1)->text, QStringLiteral("Welcome"));
        QCOMPARE(first.at(2)->text, QStringLiteral("Wil O'Mullane"));
        QCOMPARE(first.at(3)->all(QStringLiteral("li")).size(), 2);
        // The agenda leaves the running notes to be written and holds no action items.
        const bool minutes = ReportOptions::Kind(kind) == ReportOptions::Kind::Minutes;
        QCOMPARE(first.at(4)->text.isEmpty(), !minutes);
        QCOMPARE(root->all(QStringLiteral("ac:task")).isEmpty(), !minutes);
        QCOMPARE(root->all(QStringLiteral("ac:task-list")).isEmpty(), !minutes);
        // Logistics, participants, attachments and planning in both.
        const QStringList h2 = [&] {
            QStringList texts;
            for (const Node *h : root->childrenNamed(QStringLiteral("h2")))
                texts << h->text;
            return texts;
        }();
        QCOMPARE(h2.contains(QStringLiteral("Action items")), minutes);
        for (const char *heading : {"Logistics", "Agenda", "Attached documents", "Pre-meeting planning"})
            QVERIFY2(h2.contains(QLatin1String(heading)), heading);
        const QList<const Node *> lists = root->childrenNamed(QStringLiteral("ul"));
        QVERIFY(!lists.isEmpty());
        QCOMPARE(lists.at(1)->childrenNamed(QStringLiteral("li")).size(), 21); // the participants
        QVERIFY(lists.at(1)->text.contains(QStringLiteral("Unknown User (npease)")));
        QCOMPARE(lists.last()->childrenNamed(QStringLiteral("li")).size(), 13); // the attachments
        QCOMPARE(tables.last()->all(QStringLiteral("tr")).size(), 1 + 6); // planning: header and 6 requests
    }

    void shouldWriteTheLogisticsWithoutTheJoinLinksSecrets()
    {
        MeetingContent c = m_content;
        c.meeting.joinUrl = QStringLiteral("https://example.zoom.us/j/123?pwd=SECRET");
        const QString page = ConfluenceWriter(c, m_names, m_patterns).agenda();
        QString error;
        const auto root = parse(page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!page.contains(QStringLiteral("SECRET")));
        const QList<const Node *> links = root->childrenNamed(QStringLiteral("ul")).at(0)->all(QStringLiteral("a"));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0)->attributes.value(QStringLiteral("href")),
                 QStringLiteral("https://example.zoom.us/j/123"));
        QVERIFY(root->text.contains(QStringLiteral("(ID: 91337592385)")));
        QVERIFY(root->text.contains(QStringLiteral("Join by phone (US) +1 786-635-1003")));
        QVERIFY(root->text.contains(QStringLiteral("Join using SIP 91337592385@zoomcrc.com")));
        QVERIFY(root->text.contains(QStringLiteral("Passcode: See #dm-camelot on Slack")));
        QCOMPARE(root->childrenNamed(QStringLiteral("p")).at(2)->all(QStringLiteral("time")).size(), 2);
    }

    void shouldWriteTicketKeysAsJiraMacrosOnlyWhenAJiraPatternExists()
    {
        // GIVEN the sample's patterns: DM- and RFC- point at Jira, DMTN- at documents
        const auto macroKeys = [](const QString &page) {
            QString error;
            const auto root = parse(page, &error);
            QStringList keys;
            for (const Node *macro : root->all(QStringLiteral("ac:structured-macro"))) {
                if (macro->attributes.value(QStringLiteral("ac:name")) == QLatin1String("jira"))
                    keys << macro->childrenNamed(QStringLiteral("ac:parameter")).value(0)->text;
            }
            return keys;
        };
        const QString withPatterns = ConfluenceWriter(m_content, m_names, m_patterns).minutes();
        // THEN DM-26798 (an action's ticket) is a Jira macro, DMTN-148 a link to its document
        QVERIFY(macroKeys(withPatterns).contains(QStringLiteral("DM-26798")));
        QVERIFY(macroKeys(withPatterns).contains(QStringLiteral("RFC-723")));
        QVERIFY(!macroKeys(withPatterns).contains(QStringLiteral("DMTN-148")));
        QVERIFY(withPatterns.contains(QStringLiteral("<a href=\"https://dmtn-148.lsst.io\">DMTN-148</a>")));
        QVERIFY(withPatterns.contains(
            QStringLiteral("<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">DM-26798</ac:parameter>"
                           "</ac:structured-macro>")));
        // AND without a pattern every key stays text
        const QString without = ConfluenceWriter(m_content, m_names, {}).minutes();
        QVERIFY(macroKeys(without).isEmpty());
        QVERIFY(!without.contains(QStringLiteral("ac:structured-macro")));
        QVERIFY(without.contains(QStringLiteral("DM-26798")));
        QVERIFY(!without.contains(QStringLiteral("dmtn-148.lsst.io")));
        // AND keys in code and in links are left alone
        MeetingContent c = m_content;
        topicOf(c).runningNotes = QStringLiteral("`DM-1` and [DM-2](https://example.org/x) and DM-3");
        const QList<QString> keys = macroKeys(ConfluenceWriter(c, m_names, m_patterns).minutes());
        QVERIFY(!keys.contains(QStringLiteral("DM-1")));
        QVERIFY(!keys.contains(QStringLiteral("DM-2")));
        QVERIFY(keys.contains(QStringLiteral("DM-3")));
    }

    void shouldKeepHostileTextInertAndTheFragmentWellFormed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("agenda") << int(ReportOptions::Kind::Agenda);
        QTest::newRow("minutes") << int(ReportOptions::Kind::Minutes);
    }

    void shouldKeepHostileTextInertAndTheFragmentWellFormed()
    {
        QFETCH(int, kind);
        // GIVEN a meeting whose title, notes, names, files and actions hold script, CDATA ends,
        // ampersands, quotes and a control character
        NameLookup names;
        const MeetingContent c = hostileMeeting(&names);
        // WHEN it is published
        const QString page = ConfluenceWriter(c, names, m_patterns).write(ReportOptions::Kind(kind));
        // THEN it is well-formed XML, and nothing of it is markup
        QString error;
        const auto root = parse(page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + page));
        QVERIFY(!page.contains(QStringLiteral("<script")));
        QVERIFY(!page.contains(QStringLiteral("<img")));
        QVERIFY(!page.contains(QStringLiteral("]]>")));
        QVERIFY(!page.contains(QStringLiteral("javascript:")));
        QVERIFY(!page.contains(QChar(0x0001)));
        QVERIFY(
            page.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; ]]&gt; &amp; &quot;q&quot; end")));
        QCOMPARE(root->childrenNamed(QStringLiteral("h1")).value(0)->text,
                 QStringLiteral("<script>alert('x')</script> ]]> & \"q\" end"));
        for (const QString &element : {QStringLiteral("script"), QStringLiteral("img"), QStringLiteral("x")})
            QVERIFY2(root->all(element).isEmpty(), qPrintable(element));
        // Only the elements the writer knows appear.
        const QSet<QString> known{QStringLiteral("h1"),
                                  QStringLiteral("h2"),
                                  QStringLiteral("h3"),
                                  QStringLiteral("h5"),
                                  QStringLiteral("p"),
                                  QStringLiteral("ul"),
                                  QStringLiteral("ol"),
                                  QStringLiteral("li"),
                                  QStringLiteral("a"),
                                  QStringLiteral("strong"),
                                  QStringLiteral("em"),
                                  QStringLiteral("code"),
                                  QStringLiteral("pre"),
                                  QStringLiteral("table"),
                                  QStringLiteral("tbody"),
                                  QStringLiteral("tr"),
                                  QStringLiteral("th"),
                                  QStringLiteral("td"),
                                  QStringLiteral("time"),
                                  QStringLiteral("ac:task-list"),
                                  QStringLiteral("ac:task"),
                                  QStringLiteral("ac:task-id"),
                                  QStringLiteral("ac:task-status"),
                                  QStringLiteral("ac:task-body"),
                                  QStringLiteral("br"),
                                  QStringLiteral("span"),
                                  QStringLiteral("blockquote"),
                                  QStringLiteral("hr")};
        std::function<void(const Node *)> check = [&](const Node *n) {
            for (const auto &child : n->children) {
                QVERIFY2(known.contains(child->name), qPrintable(child->name));
                check(child.get());
            }
        };
        check(root.get());
        if (ReportOptions::Kind(kind) == ReportOptions::Kind::Minutes)
            QCOMPARE(root->all(QStringLiteral("ac:task")).size(), 2);
    }

    void shouldWriteNotesAsWellFormedXhtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("nested lists") << "- a\n  - b\n    - c\n- d\n\n1. one\n2. two\n   - sub";
        QTest::newRow("list deeper than its parent") << "text\n\n      - deep\n- top";
        QTest::newRow("code and emphasis") << "**bold** *it* ~~gone~~ `x < y`\n\n```\na && b ]]>\n```";
        QTest::newRow("quote and rule") << "> quoted\n> - item\n\n---\n\nafter";
        QTest::newRow("control characters") << QStringLiteral("a\u0001b\u0008c\uFFFE\uFFFFd\u2028e");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x");
        QTest::newRow("tasks") << "- [ ] open\n- [x] done";
        QTest::newRow("html") << "<div><p>x</p><br><hr></div> &amp; &nbsp;";
    }

    void shouldWriteNotesAsWellFormedXhtml()
    {
        QFETCH(QString, markdown);
        QString error;
        parse(NotesHtml::fromMarkdown(markdown), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + NotesHtml::fromMarkdown(markdown)));
        MeetingContent c = m_content;
        topicOf(c).preNotes = markdown;
        topicOf(c).runningNotes = markdown;
        parse(ConfluenceWriter(c, m_names, m_patterns).minutes(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void shouldPutActionsOfNoEntryUnderActionItems()
    {
        MeetingContent c = m_content;
        c.actions[0].entryId = 0;
        QString error;
        const auto root = parse(ConfluenceWriter(c, m_names, m_patterns).minutes(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(root->all(QStringLiteral("ac:task")).size(), 14);
        const QList<const Node *> topLevel = root->childrenNamed(QStringLiteral("ac:task-list"));
        QCOMPARE(topLevel.size(), 1);
        QCOMPARE(topLevel.at(0)->childrenNamed(QStringLiteral("ac:task")).size(), 1);
        QVERIFY(topLevel.at(0)->text.contains(QStringLiteral("Provide a briefing")));
    }

    void shouldRefuseOtherKindsAndNameTheFile()
    {
        ExportRequest r;
        r.format = ExportRequest::Format::Confluence;
        QVERIFY(ExportRequest::formatKeys().contains(QStringLiteral("confluence")));
        QVERIFY(!r.isDocument());
        for (const ReportOptions::Kind kind :
             {ReportOptions::Kind::Actions, ReportOptions::Kind::RunSheet, ReportOptions::Kind::Decisions}) {
            r.report.kind = kind;
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*m_db, r, &out));
            QVERIFY(out.data().isEmpty());
            QVERIFY(ConfluenceWriter(m_content, m_names, m_patterns).write(kind).isEmpty());
        }
        r.report.kind = ReportOptions::Kind::Minutes;
        r.meetingId = m_seed;
        QCOMPARE(
            Exporter::suggestedFileName(*m_db, r),
            QStringLiteral("Minutes_ DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15_17.confluence.html"));
        r.meetingId = 999;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY_THROWS_EXCEPTION(StorageError, Exporter::write(*m_db, r, &out));
    }

    void shouldPublishFromTheCommandLine()
    {
        // GIVEN the sample library
        const QString out = m_dir.filePath(QStringLiteral("minutes.html"));
        // WHEN the minutes of meeting 1 are exported to a file
        const Run r = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("confluence"),
                              QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--meeting"),
                              QString::number(m_seed), m_path, QStringLiteral("-o"), out});
        // THEN the file holds what the exporter writes
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QCOMPARE(QString::fromUtf8(readFile(out)), exported(ReportOptions::Kind::Minutes, m_seed));
        // AND without --meeting: the default meeting of every document, on standard output
        const Run agenda = quorum({QStringLiteral("export"), QStringLiteral("--format=confluence"),
                                   QStringLiteral("--kind"), QStringLiteral("agenda"), m_path});
        QVERIFY2(agenda.exitCode == 0, agenda.err.constData());
        QCOMPARE(QString::fromUtf8(agenda.out),
                 exported(ReportOptions::Kind::Agenda, ReportBuilder::defaultMeeting(*m_db)));
        // AND other kinds and the printed documents' options are refused, writing nothing
        const QString refused = m_dir.filePath(QStringLiteral("refused.html"));
        for (const QStringList &extra :
             {QStringList{QStringLiteral("--kind"), QStringLiteral("actions")}, QStringList{},
              QStringList{QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--variant"),
                          QStringLiteral("moderator")},
              QStringList{QStringLiteral("--kind"), QStringLiteral("agenda"), QStringLiteral("--with-timing")}}) {
            const Run no
                = quorum(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("confluence")}
                         + extra + QStringList{m_path, QStringLiteral("-o"), refused});
            QCOMPARE(no.exitCode, 2);
            QVERIFY(no.err.contains("confluence"));
            QVERIFY(!QFile::exists(refused));
        }
        // AND an unknown meeting is refused
        const Run missing = quorum({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("confluence"),
                                    QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--meeting"),
                                    QStringLiteral("999"), m_path});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("999"));
        // AND --help lists the format
        const Run help = quorum({QStringLiteral("--help")});
        QVERIFY(help.out.contains("json|csv|ics|pdf|html|md|confluence"));
    }

    void shouldCopyTheShownMeetingOntoTheClipboard()
    {
        QTemporaryDir dir;
        qint64 seed = 0;
        const std::unique_ptr<MeetingDocument> doc = openSampleDocument(dir, QStringLiteral("clip.quorum"), &seed);
        QVERIFY(doc);
        QGuiApplication::clipboard()->clear();
        QString error;
        const QString said = ConfluencePublisher::copy(*doc, ReportOptions::Kind::Minutes, &error);
        QVERIFY2(!said.isEmpty(), qPrintable(error));
        QVERIFY(said.contains(QStringLiteral("minutes")));
        QVERIFY(said.contains(doc->currentMeeting().title));
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, exported(ReportOptions::Kind::Minutes, seed));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasText());
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasHtml());
        // The agenda: no task list.
        QVERIFY(!ConfluencePublisher::copy(*doc, ReportOptions::Kind::Agenda, &error).isEmpty());
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("ac:task")));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("<h1>")));
    }

    void shouldCopyAndExportFromTheFileMenu()
    {
        // GIVEN the window showing the seed meeting
        QTemporaryDir dir;
        Id seed = 0;
        const QString path = writeSample(dir, QStringLiteral("window.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Each shortcut is taken by one action of the window only.
        for (const QString &keys : {QStringLiteral("Ctrl+Alt+C"), QStringLiteral("Ctrl+Alt+Shift+C")}) {
            int taken = 0;
            for (const QAction *a : w.findChildren<QAction *>())
                taken += a->shortcuts().contains(QKeySequence(keys));
            QCOMPARE(taken, 1);
        }
        // WHEN the minutes are copied with the shortcut
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        // THEN the clipboard holds the storage format and the status bar says what was copied
        QCOMPARE(QGuiApplication::clipboard()->text(), exported(ReportOptions::Kind::Minutes, seed));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("minutes")),
                 qPrintable(w.statusBar()->currentMessage()));
        // AND the agenda is exported to the file chosen, under the name offered
        const QString target = dir.filePath(QStringLiteral("agenda.html"));
        QString suggested;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &offered) {
            suggested = offered;
            return target;
        };
        w.setFileDialogs(dialogs);
        auto *exportAgenda = w.findChild<QAction *>(QStringLiteral("exportAgendaAsConfluenceAction"));
        QVERIFY(exportAgenda && exportAgenda->isEnabled());
        exportAgenda->trigger();
        QVERIFY2(suggested.endsWith(QStringLiteral(".confluence.html")), qPrintable(suggested));
        QCOMPARE(QString::fromUtf8(readFile(target)), exported(ReportOptions::Kind::Agenda, seed));
    }
};

QTEST_MAIN(TestConfluenceWriter)
#include "tst_confluencewriter.moc"
