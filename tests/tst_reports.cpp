// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/liverun.h"
#include "data/meetingtitle.h"
#include "export/actionexport.h"
#include "export/noteshtml.h"
#include "export/reportbuilder.h"
#include "export/reportprinter.h"
#include "export/reportwriter.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "runfixture.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** Text with every run of white space (line ends and layout columns too) as one space. */
QString flat(const QString &text)
{
    return text.simplified();
}

/** The text of a PDF, ligatures ("ﬀ") written out as the letters they join. */
QString pdfText(const QByteArray &pdf, bool layout = true)
{
    const QStringList args = layout ? QStringList{QStringLiteral("-layout")} : QStringList();
    return poppler(QStringLiteral("pdftotext"), args, pdf).normalized(QString::NormalizationForm_KC);
}

/** The text of each page (pdftotext ends each page with a form feed). */
QStringList pages(const QByteArray &pdf)
{
    QStringList list = pdfText(pdf).split(QLatin1Char('\f'));
    list.removeLast();
    return list;
}

/** The text of a PDF exactly as a reader copies it: ligatures left as they are. */
QString rawPdfText(const QByteArray &pdf)
{
    return poppler(QStringLiteral("pdftotext"), {}, pdf);
}

/** A page's text after its header line ("<title> <kind>"). */
QString pageBody(const QString &page, const QString &kindName)
{
    return flat(page).section(kindName + QLatin1Char(' '), 1);
}

/** count paragraphs of one line each (an A4 page holds about 48). */
void addLines(ReportDocument &doc, int count)
{
    for (int i = 0; i < count; ++i)
        doc.paragraph(QStringLiteral("Filler line %1.").arg(i));
}

/** An agenda table of blocks ("Block 1" …), each a band and its topics ("Topic 1.1" …). */
void addBlocks(ReportDocument &doc, const QString &continuedHeading, int blocks, int topics)
{
    ReportTable table;
    table.headers = {QStringLiteral("Time"), QStringLiteral("Topic")};
    table.widths = {20, 80};
    table.continuedHeading = continuedHeading;
    for (int block = 1; block <= blocks; ++block) {
        ReportRow band;
        band.style = ReportRow::Style::Band;
        band.cells = {QStringLiteral("Block %1").arg(block)};
        table.rows << band;
        for (int topic = 1; topic <= topics; ++topic) {
            ReportRow row;
            row.cells = {QStringLiteral("09:00"), QStringLiteral("Topic %1.%2").arg(block).arg(topic)};
            table.rows << row;
        }
    }
    doc.table(table);
}

/** A list of count people ("Person 001" …) in two runs side by side, under its heading. */
void addPeople(ReportDocument &doc, int count)
{
    doc.heading(QStringLiteral("Participants"), 2);
    ReportTable table;
    table.runs = 2;
    table.continuedHeading = QStringLiteral("Participants (continued)");
    table.headers = {QStringLiteral("Name"), QStringLiteral("Role")};
    table.widths = {60, 40};
    for (int i = 1; i <= count; ++i) {
        ReportRow row;
        row.cells = {QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Attendee")};
        table.rows << row;
    }
    doc.table(table);
}

/** The numbers of the people on each page, in reading order: down the left run, then down the right one. */
QList<QList<int>> peopleByPage(const QByteArray &pdf)
{
    QList<QList<int>> result;
    const QRegularExpression person(QStringLiteral("Person (\\d{3})"));
    for (const QString &page : pages(pdf)) {
        QList<int> left;
        QList<int> right;
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            QList<int> found;
            for (auto it = person.globalMatch(line); it.hasNext();)
                found << it.next().captured(1).toInt();
            if (!found.isEmpty())
                left << found.at(0);
            if (found.size() > 1)
                right << found.at(1);
        }
        result << left + right;
    }
    return result;
}

} // namespace

/** Printed agenda, minutes and action report: what they hold, how they are paged, and that they are safe. */
class TestReports : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    qint64 m_meeting = 0;

    ReportOptions options(ReportOptions::Kind kind) const
    {
        ReportOptions o;
        o.kind = kind;
        o.generated = QDate(2026, 11, 29);
        o.today = QDate(2021, 1, 1);
        return o;
    }
    ReportDocument agenda(ReportOptions::Variant variant = ReportOptions::Variant::Participant) const
    {
        ReportOptions o = options(ReportOptions::Kind::Agenda);
        o.variant = variant;
        return ReportBuilder(m_doc->database()).agenda(m_meeting, o);
    }
    ReportDocument minutes() const
    {
        return ReportBuilder(m_doc->database()).minutes(m_meeting, options(ReportOptions::Kind::Minutes));
    }
    ReportDocument runSheet() const
    {
        return ReportBuilder(m_doc->database()).runSheet(m_meeting, options(ReportOptions::Kind::RunSheet));
    }
    ReportDocument minutesWithTiming() const
    {
        ReportOptions o = options(ReportOptions::Kind::Minutes);
        o.includeTiming = true;
        return ReportBuilder(m_doc->database()).minutes(m_meeting, o);
    }
    /** Sets an entry's running notes through an undoable edit. */
    void setRunningNotes(const QString &title, const QString &notes)
    {
        AgendaState state = m_doc->agendaState();
        for (AgendaEntry &e : state.entries) {
            if (e.title == title)
                e.runningNotes = notes;
        }
        m_doc->editAgenda(state, QStringLiteral("notes"));
    }

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_meeting);
        QVERIFY(m_doc);
    }

    void shouldChooseTheSampleMeetingWhenNoneIsNamed()
    {
        QCOMPARE(ReportBuilder::defaultMeeting(m_doc->database()), m_meeting);
    }

    void shouldPrintEveryEntryOfDaysOneAndThreeInOrder()
    {
        const QByteArray pdf = ReportPrinter::toPdf(agenda(), QPageSize::A4);
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        const AgendaState state = m_doc->agendaState();
        QCOMPARE(state.days.size(), 3);
        const QHash<Id, QString> names = PersonRepository(m_doc->database().connection()).shownNames();
        int checked = 0;
        qsizetype at = 0;
        for (int day : {0, 2}) {
            const QList<Id> timeline = state.timeline(state.days.at(day).id);
            QVERIFY(!timeline.isEmpty());
            for (Id id : timeline) {
                const AgendaEntry &e = *state.entry(id);
                const QString range = ReportBuilder::timeRange(e.startTime, e.durationMinutes);
                const qsizetype row = text.indexOf(range, at);
                QVERIFY2(row >= 0, qPrintable(QStringLiteral("%1 %2 is missing or out of order").arg(range, e.title)));
                const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), row);
                const QString line = text.mid(row, lineEnd - row);
                QVERIFY2(line.contains(e.title), qPrintable(line));
                // The coordinators are on the entry's row (a long list wraps onto the next line).
                const QString rowText = flat(text.mid(row, text.indexOf(QLatin1Char('\n'), lineEnd + 1) - row));
                for (Id person : e.coordinatorIds)
                    QVERIFY2(rowText.contains(names.value(person)), qPrintable(rowText));
                at = lineEnd;
                ++checked;
            }
        }
        QVERIFY(checked >= 15);
        QVERIFY(text.contains(QStringLiteral("Leanne Guy")));
        QVERIFY(text.contains(QStringLiteral("Tim Jenness, Robert Gruendl")));
        QCOMPARE(pages(pdf).size(), 2);
    }

    void shouldWriteNotesAsSafeHtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("inline") << "Intro **bold** *it* `code` ~~gone~~"
                                << "<p>Intro <b>bold</b> <i>it</i> <code>code</code> <s>gone</s></p>\n";
        QTest::newRow("nested list") << "- one\n  - nested\n- two"
                                     << "<ul><li>one<ul><li>nested</li></ul>\n</li>\n<li>two</li></ul>\n";
        QTest::newRow("numbered and tasks") << "1. first\n2. second\n\n- [x] done\n- [ ] open"
                                            << "<ol><li>first</li>\n<li>second</li></ol>\n"
                                               "<ul><li>\u2611 done</li>\n<li>\u2610 open</li></ul>\n";
        QTest::newRow("code block") << "```\ncode <b>block</b>\n  indented\n```"
                                    << "<pre>code &lt;b&gt;block&lt;/b&gt;\n  indented</pre>\n";
        QTest::newRow("quote then list") << "> a quote\n\n- item"
                                         << "<blockquote><p>a quote</p>\n</blockquote>\n<ul><li>item</li></ul>\n";
        QTest::newRow("web link kept") << "[ok](https://example.org/?a=1&b=2)"
                                       << "<p><a href=\"https://example.org/?a=1&amp;b=2\">ok</a></p>\n";
        QTest::newRow("mail link kept") << "[me](mailto:a@example.org)"
                                        << "<p><a href=\"mailto:a@example.org\">me</a></p>\n";
        QTest::newRow("javascript link dropped") << "[x](javascript:alert(1))"
                                                 << "<p>x</p>\n";
        QTest::newRow("file link dropped") << "[x](file:///etc/passwd)"
                                           << "<p>x</p>\n";
        QTest::newRow("image becomes its description") << "![pic](/etc/hostname)"
                                                       << "<p>[pic]</p>\n";
        QTest::newRow("raw html is text")
            << "<img src=\"/etc/hostname\"> <script>alert(1)</script>"
            << "<p>&lt;img src=&quot;/etc/hostname&quot;&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n";
        QTest::newRow("raw html block is text")
            << "<iframe src=\"https://evil\"></iframe>\n\nafter"
            << "<p>&lt;iframe src=&quot;https://evil&quot;&gt;&lt;/iframe&gt;</p>\n<p>after</p>\n";
    }

    void shouldWriteNotesAsSafeHtml()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(NotesHtml::fromMarkdown(markdown), html);
    }

    void shouldLeaveThePasscodeOutOfTheJoinLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("printed");
        QTest::newRow("zoom pwd") << "https://example.zoom.us/j/91337592385?pwd=SECRET"
                                  << "https://example.zoom.us/j/91337592385";
        QTest::newRow("user and password") << "https://user:SECRET@example.zoom.us/j/1"
                                           << "https://example.zoom.us/j/1";
        QTest::newRow("passwd=") << "https://example.zoom.us/j/1?passwd=SECRET"
                                 << "https://example.zoom.us/j/1";
        QTest::newRow("token=") << "https://example.zoom.us/j/1?token=SECRET"
                                << "https://example.zoom.us/j/1";
        QTest::newRow("#pwd=") << "https://example.zoom.us/j/1#pwd=SECRET"
                               << "https://example.zoom.us/j/1";
        QTest::newRow(";pwd=") << "https://example.zoom.us/j/1;pwd=SECRET"
                               << "https://example.zoom.us/j/1";
        QTest::newRow("pwd%3D") << "https://example.zoom.us/j/1?pwd%3DSECRET"
                                << "https://example.zoom.us/j/1";
        QTest::newRow("encoded query in the path") << "https://example.zoom.us/j/1%3Fpwd%3DSECRET"
                                                   << "https://example.zoom.us/j/1";
        QTest::newRow("any other parameter") << "https://example.zoom.us/j/1?uname=Ada&tk=SECRET&zak=SECRET"
                                             << "https://example.zoom.us/j/1";
        QTest::newRow("lang kept") << "https://meet.example.org/j/1?lang=en&Passcode=SECRET"
                                   << "https://meet.example.org/j/1?lang=en";
        QTest::newRow("port kept") << "https://meet.example.org:8443/room?pwd=SECRET"
                                   << "https://meet.example.org:8443/room";
        QTest::newRow("no scheme typed") << "example.zoom.us/j/1?pwd=SECRET"
                                         << "https://example.zoom.us/j/1";
        QTest::newRow("an app link") << "zoommtg://zoom.us/join?confno=1&pwd=SECRET"
                                     << "";
        QTest::newRow("not a link") << "javascript:alert('SECRET')"
                                    << "";
        QTest::newRow("plain") << "https://washington.zoom.us/j/91337592385"
                               << "https://washington.zoom.us/j/91337592385";
    }

    void shouldLeaveThePasscodeOutOfTheJoinLink()
    {
        QFETCH(QString, url);
        QFETCH(QString, printed);
        QCOMPARE(Meeting::printableJoinUrl(url), printed);
    }

    void shouldPrintHowToJoinButNoPasscode()
    {
        m_doc->editMeetingField(Meeting::JoinUrl,
                                QStringLiteral("https://washington.zoom.us/j/91337592385?pwd=S3cr3tPwd"));
        const ReportDocument doc = agenda();
        const QString text = flat(pdfText(ReportPrinter::toPdf(doc, QPageSize::A4)));
        for (const QString &expected :
             {QStringLiteral("Tuesday, 15 September 2020"), QStringLiteral("America/Los_Angeles"),
              QStringLiteral("https://washington.zoom.us/j/91337592385"), QStringLiteral("Meeting ID 91337592385"),
              QStringLiteral("+1 786-635-1003"), QStringLiteral("91337592385@zoomcrc.com"),
              QStringLiteral("See #dm-camelot on Slack")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(QStringLiteral("S3cr3tPwd")));
        QVERIFY(!ReportWriter::toHtml(doc, ReportWriter::Target::Browser).contains(QStringLiteral("S3cr3tPwd")));
        QVERIFY(!ReportWriter::toMarkdown(doc).contains(QStringLiteral("S3cr3tPwd")));
    }

    void shouldPrintNoPasscodeInAnyFormOfTheJoinLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user and password") << "https://user:S3cr3tPwd@example.zoom.us/j/91337592385";
        QTest::newRow("passwd=") << "https://example.zoom.us/j/91337592385?passwd=S3cr3tPwd";
        QTest::newRow("token=") << "https://example.zoom.us/j/91337592385?token=S3cr3tPwd";
        QTest::newRow("#pwd=") << "https://example.zoom.us/j/91337592385#pwd=S3cr3tPwd";
        QTest::newRow(";pwd=") << "https://example.zoom.us/j/91337592385;pwd=S3cr3tPwd";
        QTest::newRow("pwd%3D") << "https://example.zoom.us/j/91337592385?pwd%3DS3cr3tPwd";
    }

    void shouldPrintNoPasscodeInAnyFormOfTheJoinLink()
    {
        // GIVEN a join link that carries the passcode in one of the forms links take
        QFETCH(QString, url);
        m_doc->editMeetingField(Meeting::JoinUrl, url);
        // WHEN the agenda and the minutes are written in every format
        for (const ReportDocument &doc : {agenda(), minutes()}) {
            const QString html = ReportWriter::toHtml(doc, ReportWriter::Target::Browser);
            const QString md = ReportWriter::toMarkdown(doc);
            // THEN the way in is there, the passcode is not
            QVERIFY2(html.contains(QStringLiteral("https://example.zoom.us/j/91337592385")), qPrintable(html));
            QVERIFY2(!html.contains(QStringLiteral("S3cr3tPwd")), qPrintable(html));
            QVERIFY2(!md.contains(QStringLiteral("S3cr3tPwd")), qPrintable(md));
        }
    }

    void shouldWriteMarkdownThatRunsNothing()
    {
        // GIVEN a meeting whose fields, notes and actions hold HTML, headings and links that run code
        m_doc->editMeetingField(Meeting::Title, QStringLiteral("<script>alert(1)</script> Review"));
        m_doc->editMeetingField(Meeting::Location, QStringLiteral("<img src=x onerror=alert(2)> Room & *1*"));
        m_doc->editMeetingField(Meeting::Description,
                                QStringLiteral("# Hijacked description\n\n<b onmouseover=alert(3)>bold</b> "
                                               "[run](javascript:alert(4)) ![i](data:image/png;base64,AAAA) "
                                               "<vbscript:msgbox(5)> [ok](https://example.org/a_(b))"));
        setRunningNotes(QStringLiteral("Welcome"),
                        QStringLiteral("# Hijacked notes\n\n[js](javascript:alert(7)) "
                                       "[data](data:text/html,<script>alert(8)</script>) [vb](vbscript:msgbox(9)) "
                                       "<javascript:alert(10)> [mail](mailto:a@example.org) &lt;b&gt;"));
        QList<ActionItem> actions = m_doc->actionItemsOf(m_meeting);
        QVERIFY(!actions.isEmpty());
        actions.first().description = QStringLiteral("# Hijacked action <img src=y onerror=alert(6)>");
        m_doc->editActionItems(m_meeting, actions, QStringLiteral("hostile"));
        // WHEN the minutes and the agenda are written as Markdown
        for (const QString &md : {ReportWriter::toMarkdown(minutes()),
                                  ReportWriter::toMarkdown(agenda(ReportOptions::Variant::Moderator))}) {
            // THEN a Markdown reader that takes HTML shows every one of them as the text it is
            QTextDocument read;
            read.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
            const QString plain = read.toPlainText();
            for (const QString &text : {QStringLiteral("<script>alert(1)</script> Review"),
                                        QStringLiteral("<img src=x onerror=alert(2)> Room & *1*"),
                                        QStringLiteral("<b onmouseover=alert(3)>bold</b>")})
                QVERIFY2(plain.contains(text), qPrintable(text + QLatin1Char('\n') + md));
            for (QTextBlock block = read.begin(); block.isValid(); block = block.next()) {
                // no heading of theirs above the notes' own level
                if (block.blockFormat().headingLevel() > 0 && block.blockFormat().headingLevel() < 5)
                    QVERIFY2(!block.text().contains(QStringLiteral("Hijacked")), qPrintable(block.text()));
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    QVERIFY2(!format.isImageFormat(), qPrintable(format.toImageFormat().name()));
                    if (format.isAnchor())
                        QVERIFY2(NotesHtml::isSafeLink(format.anchorHref()), qPrintable(format.anchorHref()));
                }
            }
            for (const QString &target : {QStringLiteral("](javascript"), QStringLiteral("](data"),
                                          QStringLiteral("](vbscript"), QStringLiteral("<javascript")})
                QVERIFY2(!md.contains(target, Qt::CaseInsensitive), qPrintable(md));
        }
        const QString md = ReportWriter::toMarkdown(minutes());
        QVERIFY2(md.contains(QStringLiteral("[mail](mailto:a@example.org)")), qPrintable(md));
    }

    void shouldPrintModeratorCopyWithNotesAndNeverSplitAnEntryFromThem()
    {
        const QByteArray pdf = ReportPrinter::toPdf(agenda(ReportOptions::Variant::Moderator), QPageSize::A4);
        const QStringList texts = pages(pdf);
        QVERIFY(texts.size() >= 3 && texts.size() <= 8);
        const AgendaState state = m_doc->agendaState();
        int checked = 0;
        for (const AgendaEntry &e : state.entries) {
            if (e.kind != AgendaEntry::Kind::Topic || e.preNotes.isEmpty())
                continue;
            // The topic's row and the last words of its pre-meeting notes are on one page.
            const QString lastWords = e.preNotes.simplified().section(QLatin1Char(' '), -2);
            const QString range = ReportBuilder::timeRange(e.startTime, e.durationMinutes);
            bool found = false;
            for (const QString &page : texts) {
                const QString text = flat(page);
                if (text.contains(range + QLatin1Char(' ') + QString::number(e.durationMinutes) + QLatin1Char(' ')
                                  + e.title.section(QLatin1Char(' '), 0, 0))) {
                    QVERIFY2(text.contains(lastWords), qPrintable(e.title));
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(e.title));
            ++checked;
        }
        QVERIFY(checked >= 10);
        // Every page that continues a table starts with its header row again.
        for (int i = 1; i < texts.size(); ++i) {
            const QString top = flat(texts.at(i)).section(QStringLiteral("Agenda (moderator copy) "), 1);
            QVERIFY2(top.startsWith(QStringLiteral("Time Min. Topic Coordinators"))
                         || top.startsWith(QStringLiteral("Name Role Name Role"))
                         || top.startsWith(QStringLiteral("Day ")) || top.startsWith(QStringLiteral("Participants")),
                     qPrintable(top.left(80)));
        }
    }

    void shouldPrintMinutesWithEveryActionItemAndAttachment()
    {
        const ReportDocument doc = minutes();
        const QByteArray pdf = ReportPrinter::toPdf(doc, QPageSize::A4);
        const QString text = flat(pdfText(pdf, false));
        const QList<ActionItem> actions = m_doc->actionItemsOf(m_meeting);
        QCOMPARE(actions.size(), 14);
        for (const ActionItem &a : actions)
            QVERIFY2(text.contains(a.description.simplified()), qPrintable(a.description));
        for (const QString &expected :
             {QStringLiteral("Participants"), QStringLiteral("Present"), QStringLiteral("Before the meeting:"),
              QStringLiteral("Notes:"), QStringLiteral("Attachments"), QStringLiteral("QuietDays.pdf"),
              QStringLiteral("Robert G. will report to Tim")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        const int pageCount = int(pages(pdf).size());
        QVERIFY2(pageCount >= 3 && pageCount <= 14, qPrintable(QString::number(pageCount)));
        const QString info = poppler(QStringLiteral("pdfinfo"), {}, pdf);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral(
                     "Title:\\s+Minutes: DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17\n"))),
                 qPrintable(info));
        // Headers name the meeting; footers count the pages and date the copy.
        const QStringList texts = pages(pdf);
        for (int i = 0; i < texts.size(); ++i) {
            const QString page = flat(texts.at(i));
            QVERIFY2(page.startsWith(
                         QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17 Minutes")),
                     qPrintable(page.left(120)));
            QVERIFY2(
                page.endsWith(
                    QStringLiteral("Generated Sunday, 29 November 2026 Page %1 of %2").arg(i + 1).arg(texts.size())),
                qPrintable(page.right(60)));
        }
    }

    void shouldKeepHostileNotesHarmless()
    {
        setRunningNotes(
            QStringLiteral("Welcome"),
            QStringLiteral("<img src=\"/etc/hostname\"> ![x](/etc/hostname) [click](javascript:alert(1)) "
                           "<a href=\"javascript:alert(2)\">raw</a> <script>alert(3)</script> "
                           "<style>body{display:none}</style> <iframe src=\"https://evil.example\"></iframe>"));
        const ReportDocument doc = minutes();
        const QString html = ReportWriter::toHtml(doc, ReportWriter::Target::Browser);
        for (const QString &bad : {QStringLiteral("<img"), QStringLiteral("<script"), QStringLiteral("<iframe"),
                                   QStringLiteral("href=\"javascript"), QStringLiteral(" src=\"")})
            QVERIFY2(!html.contains(bad, Qt::CaseInsensitive), qPrintable(bad));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(3)&lt;/script&gt;")));
        QVERIFY(html.contains(
            QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")));
        QCOMPARE(html.count(QStringLiteral("<style>")), 1); // ours, in the head
        // Only our own tags appear in the body.
        const QString body = html.section(QStringLiteral("<body>"), 1);
        QRegularExpression tag(QStringLiteral("<([a-zA-Z0-9]+)"));
        const QStringList allowed
            = {"h1", "h2", "h3", "h4", "h5",  "h6",   "p", "table", "thead", "tbody",      "tr",  "th", "td",
               "a",  "ul", "ol", "li", "pre", "code", "b", "i",     "s",     "blockquote", "div", "br", "hr"};
        for (auto it = tag.globalMatch(body); it.hasNext();) {
            const QString name = it.next().captured(1).toLower();
            QVERIFY2(allowed.contains(name), qPrintable(name));
        }

        const QString text = flat(pdfText(ReportPrinter::toPdf(doc, QPageSize::A4), false));
        // Shown as the text it is (a line may break after its slash).
        QVERIFY(text.contains(QStringLiteral("<a href=\"javascript:alert(2)\">raw</a> <script>alert(3)<")));
        const QString hostname = QString::fromUtf8(readFile(QStringLiteral("/etc/hostname"))).trimmed();
        if (hostname.size() >= 6)
            QVERIFY(!text.contains(hostname));
    }

    void shouldNeverLoadResourcesWhilePrinting()
    {
        // A document whose own HTML names local files: the printer asks for nothing outside it.
        ReportDocument doc;
        doc.title = QStringLiteral("t");
        doc.heading(QStringLiteral("<img src=\"/etc/hostname\">"), 1);
        doc.markdown(QStringLiteral("![a](file:///etc/hostname)"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const ReportPrinter::Layout layout = ReportPrinter::layout(doc, &writer);
        QVERIFY(layout.document
                    ->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(QStringLiteral("/etc/hostname")))
                    .isNull());
        QVERIFY(layout.document->toPlainText().contains(QStringLiteral("<img src=\"/etc/hostname\">")));
    }

    void shouldUseThePaperAsked_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4") << int(QPageSize::A4) << "595 x 842 pts (A4)";
        QTest::newRow("Letter") << int(QPageSize::Letter) << "612 x 792 pts (letter)";
    }

    void shouldUseThePaperAsked()
    {
        QFETCH(int, size);
        QFETCH(QString, points);
        const QByteArray pdf = ReportPrinter::toPdf(agenda(), QPageSize::PageSizeId(size));
        const QString info = poppler(QStringLiteral("pdfinfo"), {}, pdf);
        QVERIFY2(info.contains(points), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Title:\\s+DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17\n"))),
                 qPrintable(info));
        // Every font is embedded.
        const QStringList fonts
            = poppler(QStringLiteral("pdffonts"), {}, pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts)
            QVERIFY2(
                line.contains(QRegularExpression(QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))),
                qPrintable(line));
    }

    void shouldChoosePaperFromTheLocale()
    {
        QCOMPARE(ReportOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(ReportOptions::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(ReportOptions::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
        QCOMPARE(ReportOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    }

    void shouldWriteMarkdown()
    {
        const QString md = ReportWriter::toMarkdown(agenda(ReportOptions::Variant::Moderator));
        QVERIFY(md.startsWith(QStringLiteral("# DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17\n")));
        QVERIFY(md.contains(QStringLiteral("## Day 1: Tuesday, 15 September 2020\n\n| Time | Min. | Topic | "
                                           "Coordinators |\n| --- | --- | --- | --- |\n")));
        QVERIFY(md.contains(QStringLiteral("| 09:00\u201309:15 | 15 | Welcome | Wil O'Mullane |\n")));
        QVERIFY(md.contains(QStringLiteral("| *10:30\u201311:00* | *30* | *Break* |  |")));
        QVERIFY(md.contains(QStringLiteral("*Introductory remarks · Review agenda and code of conduct*")));
        QVERIFY(
            md.contains(QStringLiteral("| 12:45\u201313:15 | 30 | Security trade-offs / RFC-723 | Kian-Tat Lim |")));
        QVERIFY(md.contains(QStringLiteral("- **Passcode:** See #dm-camelot on Slack")));
        // A pipe in a cell does not open a new column.
        QCOMPARE(ReportWriter::toMarkdown([] {
                     ReportDocument d;
                     ReportTable t;
                     t.headers = {QStringLiteral("A"), QStringLiteral("B")};
                     ReportRow row;
                     row.cells = {QStringLiteral("x|y"), QStringLiteral("z")};
                     t.rows = {row};
                     d.table(t);
                     return d;
                 }()),
                 QStringLiteral("| A | B |\n| --- | --- |\n| x\\|y | z |\n"));
    }

    void shouldGroupTheActionReport()
    {
        const QList<ActionExportRow> rows = ActionExport::load(m_doc->database());
        ReportOptions o = options(ReportOptions::Kind::Actions);
        o.today = QDate(2026, 11, 29);
        const ReportDocument byAssignee = ReportBuilder::actions(rows, o, {});
        QStringList headings;
        for (const ReportBlock &b : byAssignee.blocks) {
            if (b.type == ReportBlock::Type::Heading && b.level == 2)
                headings << b.text;
        }
        QVERIFY(headings.contains(QStringLiteral("T/CAMs")));
        QCOMPARE(headings.last(), QStringLiteral("Unassigned"));
        QStringList sorted = headings.mid(0, headings.size() - 1);
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(headings.mid(0, headings.size() - 1), sorted);
        // An action given to two people is listed under each.
        int listed = 0;
        for (const ReportBlock &b : byAssignee.blocks)
            listed += b.type == ReportBlock::Type::Table ? int(b.table.rows.size()) : 0;
        QVERIFY(listed > rows.size());
        QVERIFY(byAssignee.blocks.at(1).text.startsWith(QStringLiteral("%1 action items: 11 open").arg(rows.size())));

        o.grouping = ReportOptions::Grouping::ByMeeting;
        const ReportDocument byMeeting = ReportBuilder::actions(rows, o, {});
        headings.clear();
        listed = 0;
        for (const ReportBlock &b : byMeeting.blocks) {
            if (b.type == ReportBlock::Type::Heading && b.level == 2)
                headings << b.text;
            listed += b.type == ReportBlock::Type::Table ? int(b.table.rows.size()) : 0;
        }
        QCOMPARE(listed, rows.size());
        QCOMPARE(headings.size(), 4);
        QVERIFY(headings.first().startsWith(QStringLiteral("15 Sep 2020 DM Leadership")));
        const QString text = flat(pdfText(ReportPrinter::toPdf(byMeeting, QPageSize::A4), false));
        QVERIFY(text.contains(QStringLiteral("\u26a0 15 Mar 2022 overdue")));
    }

    void shouldRepeatTheDayAndTheBlockAboveATableContinuedOnANewPage()
    {
        // The sample's participant agenda runs from Day 3 onto page 2, inside John Swinbank's block.
        const QByteArray pdf = ReportPrinter::toPdf(agenda(), QPageSize::A4);
        const QStringList texts = pages(pdf);
        QCOMPARE(texts.size(), 2);
        const QString day3
            = QStringLiteral("Day 3: %1").arg(QLocale().toString(QDate(2020, 9, 17), QLocale::LongFormat));
        QVERIFY2(pageBody(texts.at(1), QStringLiteral("Agenda"))
                     .startsWith(day3
                                 + QStringLiteral(" (continued) Time Topic Coordinators "
                                                  "11:00\u201312:30 Moderator: John Swinbank (continued) ")),
                 qPrintable(flat(texts.at(1)).left(200)));
        // The rows are each printed once.
        QCOMPARE(flat(pdfText(pdf)).count(QStringLiteral("Quiet Day")), 1);

        // A long table: every page it runs onto starts with the day, the header and the band of its first row.
        ReportDocument doc;
        doc.title = QStringLiteral("Long");
        doc.kindName = QStringLiteral("Agenda");
        doc.heading(QStringLiteral("Day 1: Monday"), 2);
        addBlocks(doc, QStringLiteral("Day 1: Monday (continued)"), 4, 25);
        const QStringList longPages = pages(ReportPrinter::toPdf(doc, QPageSize::A4));
        QVERIFY(longPages.size() >= 3);
        QString all;
        for (int i = 1; i < longPages.size(); ++i) {
            const QString body = pageBody(longPages.at(i), QStringLiteral("Agenda"));
            const QRegularExpression top(QStringLiteral("^Day 1: Monday \\(continued\\) Time Topic Block (\\d)( "
                                                        "\\(continued\\))? 09:00 Topic (\\d)\\.(\\d+) "));
            const QRegularExpressionMatch m = top.match(body);
            QVERIFY2(m.hasMatch(), qPrintable(body.left(120)));
            QCOMPARE(m.captured(1), m.captured(3)); // the band is the block of the first topic
            QCOMPARE(m.captured(2).isEmpty(),
                     m.captured(4) == QStringLiteral("1")); // "(continued)" unless it starts there
        }
        for (const QString &page : longPages)
            all += flat(page) + QLatin1Char(' ');
        qsizetype at = 0;
        for (int block = 1; block <= 4; ++block) {
            for (int topic = 1; topic <= 25; ++topic) {
                const QString name = QStringLiteral("Topic %1.%2 ").arg(block).arg(topic);
                QCOMPARE(all.count(name), 1);
                const qsizetype next = all.indexOf(name);
                QVERIFY(next > at);
                at = next;
            }
        }
    }

    void shouldKeepAListInRunsOnOnePageWhenItFits()
    {
        // The sample's moderator copy ends with the participants: all of them on the page of their heading.
        const QStringList texts = pages(ReportPrinter::toPdf(agenda(ReportOptions::Variant::Moderator), QPageSize::A4));
        const QStringList names = {QStringLiteral("Robert Lupton"), QStringLiteral("Jeff Kantor"),
                                   QStringLiteral("Gregory Dubois-Felsmann"), QStringLiteral("Fritz Mueller")};
        int withHeading = 0;
        for (const QString &page : texts) {
            if (!flat(page).contains(QStringLiteral("Participants Name Role Name Role")))
                continue;
            ++withHeading;
            for (const QString &name : names)
                QVERIFY2(flat(page).contains(name), qPrintable(name));
        }
        QCOMPARE(withHeading, 1);

        // A list that would run over the page end moves to the next page with its heading.
        ReportDocument doc;
        doc.title = QStringLiteral("List");
        doc.kindName = QStringLiteral("Agenda");
        addLines(doc, 36);
        addPeople(doc, 30);
        const QByteArray pdf = ReportPrinter::toPdf(doc, QPageSize::A4);
        const QList<QList<int>> people = peopleByPage(pdf);
        QCOMPARE(people.size(), 2);
        QVERIFY(people.at(0).isEmpty());
        QVERIFY(!pages(pdf).at(0).contains(QStringLiteral("Participants")));
        QList<int> expected;
        for (int i = 1; i <= 30; ++i)
            expected << i;
        QCOMPARE(people.at(1), expected);
    }

    void shouldReadALongListInRunsInOrderOnEveryPage()
    {
        // Too long for one page: each page reads down its left run, then its right one, and the
        // next page goes on from there.
        ReportDocument doc;
        doc.title = QStringLiteral("List");
        doc.kindName = QStringLiteral("Agenda");
        addLines(doc, 12);
        addPeople(doc, 150);
        const QByteArray pdf = ReportPrinter::toPdf(doc, QPageSize::A4);
        const QList<QList<int>> people = peopleByPage(pdf);
        QVERIFY(people.size() >= 3);
        QList<int> read;
        for (const QList<int> &page : people)
            read += page;
        QList<int> expected;
        for (int i = 1; i <= 150; ++i)
            expected << i;
        QCOMPARE(read, expected);
        const QStringList texts = pages(pdf);
        for (int i = 1; i < texts.size(); ++i)
            QVERIFY2(pageBody(texts.at(i), QStringLiteral("Agenda"))
                         .startsWith(QStringLiteral("Participants (continued) Name Role Name Role Person")),
                     qPrintable(flat(texts.at(i)).left(100)));
    }

    void shouldPrintTextThatCopiesAsPlainLetters()
    {
        // "ff", "fi" and "fl" stay letters, not the ligature characters U+FB00–U+FB06.
        const QRegularExpression ligature(QStringLiteral("[\uFB00-\uFB06]"));
        const QString text = rawPdfText(ReportPrinter::toPdf(agenda(), QPageSize::A4));
        QVERIFY2(text.contains(QStringLiteral("Security trade-offs")), qPrintable(text.left(2000)));
        QVERIFY(!text.contains(ligature));
        for (const ReportDocument &doc : {agenda(ReportOptions::Variant::Moderator), minutes()}) {
            const QString all = rawPdfText(ReportPrinter::toPdf(doc, QPageSize::A4));
            QVERIFY(all.contains(QStringLiteral("Confluence")));
            QVERIFY2(!all.contains(ligature), qPrintable(ligature.match(all).captured()));
        }
    }

    void shouldNameTheAssigneeFirstInTheMinutes()
    {
        const ReportDocument doc = minutes();
        const QString text = flat(pdfText(ReportPrinter::toPdf(doc, QPageSize::A4), false));
        const QString md = ReportWriter::toMarkdown(doc);
        const QList<ActionExportRow> rows = ActionExport::load(m_doc->database(), m_meeting);
        QCOMPARE(rows.size(), 14);
        for (const ActionExportRow &r : rows) {
            const QString box = r.item.done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
            const QString start = r.item.description.simplified().section(QLatin1Char(' '), 0, 3);
            if (r.assignees.isEmpty())
                continue;
            QVERIFY2(text.contains(QStringLiteral("%1 %2 \u2014 %3").arg(box, r.assignees, start)), qPrintable(start));
            // Markdown: a task list item, the assignee first.
            QVERIFY2(md.contains(QStringLiteral("- [%1] **%2:** %3")
                                     .arg(r.item.done ? QStringLiteral("x") : QStringLiteral(" "), r.assignees, start)),
                     qPrintable(start));
        }
        // The table gives the assignee its own column, before the action.
        QVERIFY(text.contains(QStringLiteral("Done Assigned to Action Due Agenda entry")));
        QVERIFY(!md.contains(QStringLiteral("\u2611")));
        QVERIFY(!md.contains(QStringLiteral("\u2610")));
    }

    void shouldWriteDatesAsTheWindowDoes()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        // Day headings as the agenda tab's day rows, due dates as the action items tab's Due column.
        const QString md = ReportWriter::toMarkdown(agenda());
        AgendaModel *model = m_doc->agenda();
        const QString dayRow = model->index(0, AgendaModel::TopicColumn).data().toString();
        QVERIFY2(dayRow.contains(QStringLiteral("Dienstag")), qPrintable(dayRow));
        QVERIFY2(md.contains(QStringLiteral("## %1\n").arg(dayRow)), qPrintable(md.left(600)));
        QVERIFY(md.contains(QStringLiteral("Dienstag, 15. September 2020 \u2013 Donnerstag, 17. September 2020")));

        const QString minutesMd = ReportWriter::toMarkdown(minutes());
        ActionItemModel *actions = m_doc->actionItems();
        int checked = 0;
        for (int row = 0; row < actions->rowCount(); ++row) {
            const QString due = actions->index(row, ActionItemModel::DueColumn).data().toString();
            if (due.isEmpty())
                continue;
            QVERIFY2(due.contains(QLatin1Char('.')), qPrintable(due)); // "28.09.20"
            QVERIFY2(minutesMd.contains(QStringLiteral("due %1").arg(due)), qPrintable(due));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    void shouldMarkOverdueItemsVisiblyInTheActionReport()
    {
        const QList<ActionExportRow> rows = ActionExport::load(m_doc->database());
        ReportOptions o = options(ReportOptions::Kind::Actions);
        o.today = QDate(2023, 12, 1);
        const ReportDocument doc = ReportBuilder::actions(rows, o, {});
        const QString html = ReportWriter::toHtml(doc, ReportWriter::Target::Browser);
        // Due 2022-03-15: overdue, bold, red and marked; due 2023-12-11: plain.
        QVERIFY2(
            html.contains(QStringLiteral("<b class=\"alert\" style=\"color: #b00020\">\u26a0&nbsp;15\u00a0Mar\u00a02022"
                                         "<br>overdue</b>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td nowrap>11\u00a0Dec\u00a02023</td>")));
        int listedOverdue = 0; // under each of their assignees
        for (const ActionExportRow &r : rows)
            listedOverdue += r.item.isOverdue(o.today) ? int(qMax(1, r.assigneeNames.size())) : 0;
        QVERIFY(listedOverdue >= 4);
        QCOMPARE(html.count(QStringLiteral("class=\"alert\"")), listedOverdue);
        const QString md = ReportWriter::toMarkdown(doc);
        QVERIFY(md.contains(
            QStringLiteral("Due: **\u26a0 15 Mar 2022 overdue** \u00b7 Meeting: 15 Feb 2022 DM Leadership")));
        const QString text = flat(pdfText(ReportPrinter::toPdf(doc, QPageSize::A4), false));
        QVERIFY2(text.contains(QStringLiteral("\u26a0 15 Mar 2022 overdue")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\u26a0 marks a due date that has passed.")));
    }

    void shouldShowTheMeetingByDateAndShortTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("series");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("shortTitle");
        QTest::addColumn<QString>("label");
        QTest::newRow("series and date") << "DMLT Meeting - 2024-04-22"
                                         << "DMLT Meeting" << QDate(2024, 4, 22) << "DMLT Meeting"
                                         << "22\u00a0Apr\u00a02024 DMLT Meeting";
        QTest::newRow("date range") << "DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17"
                                    << "DMLT Face-to-Face" << QDate(2020, 9, 15)
                                    << "DM Leadership Team Virtual Face-to-Face Meeting"
                                    << "15\u00a0Sep\u00a02020 DM Leadership \u2026 Meeting";
        QTest::newRow("to") << "Virtual Face-to-Face Meeting, 2022-02-15 to 17"
                            << "" << QDate(2022, 2, 15) << "Virtual Face-to-Face Meeting"
                            << "15\u00a0Feb\u00a02022 Virtual Face-to-Face Meeting";
        QTest::newRow("month name") << "F2F - 2023-Oct-24"
                                    << "" << QDate(2023, 10, 24) << "F2F"
                                    << "24\u00a0Oct\u00a02023 F2F";
        QTest::newRow("generated") << "Leadership Face-to-Face, 2016-03-29"
                                   << "Leadership Meeting" << QDate(2016, 3, 29) << "Leadership Face-to-Face"
                                   << "29\u00a0Mar\u00a02016 Leadership Face-to-Face";
        QTest::newRow("a year is a name") << "Budget 2024 review"
                                          << "" << QDate(2024, 1, 9) << "Budget 2024 review"
                                          << "9\u00a0Jan\u00a02024 Budget 2024 review";
        QTest::newRow("series as a word's start") << "DMLT Meetings review"
                                                  << "DMLT Meeting" << QDate(2024, 1, 9) << "DMLT Meetings review"
                                                  << "9\u00a0Jan\u00a02024 DMLT Meetings review";
        QTest::newRow("one long word") << "Supercalifragilisticexpialidocious-meeting"
                                       << "" << QDate(2024, 1, 9) << "Supercalifragilisticexpialidocious-meeting"
                                       << "9\u00a0Jan\u00a02024 Supercalifragilisticexpialido\u2026";
    }

    void shouldShowTheMeetingByDateAndShortTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, series);
        QFETCH(QDate, date);
        QFETCH(QString, shortTitle);
        QFETCH(QString, label);
        QCOMPARE(MeetingTitle::shorten(title, series), shortTitle);
        QCOMPARE(ReportBuilder::meetingLabel(title, series, date), label);
    }

    void shouldWriteTheRunSheetWithThePlanBesideWhatWasHeld()
    {
        // GIVEN day 1 run until 10:40: Welcome 09:02–09:17, Project news 09:17–09:52 (10 minutes
        // over), John Swinbank transition skipped, Community support from 09:55 with a 5 minute pause
        QVERIFY(runSampleDayOne(m_doc.get(), QStringLiteral("ended")));
        // WHEN the run sheet is written as Markdown
        const QString md = ReportWriter::toMarkdown(runSheet());
        // THEN every entry has its planned time and minutes, what was held, and the difference
        QVERIFY2(md.startsWith(QStringLiteral("# Run sheet: DM Leadership Team Virtual Face-to-Face Meeting")),
                 qPrintable(md.left(200)));
        const QStringList rows = {
            QStringLiteral("| Planned | Min. | Topic | Coordinators | Held | Min. |"),
            QStringLiteral("| **09:00–11:00  Moderator: John Swinbank · held 09:02–10:40 (90 min, \u00b10)** |"),
            QStringLiteral("| 09:00–09:15 | 15 | Welcome | Wil O'Mullane | 09:02–09:17 | 15 (\u00b10) |"),
            QStringLiteral("| 09:15–09:40 | 25 | Project news and updates | Wil O'Mullane | 09:17–09:52 | 35 (+10) |"),
            QStringLiteral("| 09:40–09:45 | 5 | John Swinbank transition | John Swinbank | skipped | 0 (\u22125) |"),
            QStringLiteral("| 09:45–10:30 | 45 | Community support | Leanne Guy | 09:55–10:40 | 40 (\u22125) |"),
            QStringLiteral("| *10:30–11:00* | *30* | *Break* |  | *not held* |  |"),
            QStringLiteral("| *14:30* | *0* | *Close* |  | *not held* |  |"),
            QStringLiteral("| **09:00–14:30** | **330** | **Day total** |  | **09:02–10:40** | **90 (\u00b10)** |"),
        };
        for (const QString &row : rows)
            QVERIFY2(md.contains(row), qPrintable(row + QStringLiteral("\n\n") + md));
        // The moderator's notes from before the meeting, and how the day ended against the plan.
        QVERIFY(md.contains(QStringLiteral("|  | *Introductory remarks · Review agenda and code of conduct* |")));
        QVERIFY2(md.contains(QStringLiteral("*Held 09:02–10:40: ended 230 min before the planned end (14:30).*")),
                 qPrintable(md));
        // Days not held yet show the plan.
        QVERIFY(md.contains(QStringLiteral("*Not held yet: the times are those planned.*")));
    }

    void shouldShowWhatIsRunningAndWhatMovedOnALiveDay()
    {
        // GIVEN day 1 running, Community support since 09:55
        QVERIFY(runSampleDayOne(m_doc.get(), QStringLiteral("running")));
        // WHEN the run sheet is written as HTML
        const QString html = ReportWriter::toHtml(runSheet(), ReportWriter::Target::Browser);
        // THEN the running entry says since when, the held ones their times, the skipped one so
        QVERIFY2(html.contains(QStringLiteral("<td nowrap>since 09:55</td>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td nowrap>09:17–09:52</td><td nowrap>35 (+10)</td>")));
        QVERIFY(html.contains(QStringLiteral("<td nowrap>skipped</td>")));
        QVERIFY(html.contains(QStringLiteral("Day so far")));
        QVERIFY(html.contains(QStringLiteral("The day's run started at 09:02 and has not ended")));
        // and each day with an agenda after the first starts a printed page of its own (day 2 has none)
        QVERIFY(html.contains(QStringLiteral("<h2>Day 2: ")));
        QCOMPARE(html.count(QStringLiteral("<h2 style=\"page-break-before: always\">Day 3: ")), 1);
    }

    void shouldShowTheNewPlanOfWhatReTimingMoved()
    {
        // GIVEN day 1 running late (Community support since 09:55, paused five minutes, so until
        // 10:45), the rest of it re-timed at 10:15 to follow it, the pinned break moved too
        QVERIFY(runSampleDayOne(m_doc.get(), QStringLiteral("running")));
        LiveRun::RetimeChoice choice;
        choice.movePinned = true;
        QVERIFY(m_doc->retimeRest(choice));
        // WHEN the run sheet is written
        const QString md = ReportWriter::toMarkdown(runSheet());
        // THEN the planned column keeps the plan as it stood at the start, and what moved says when it is now
        QVERIFY2(md.contains(QStringLiteral("| *10:30–11:00* | *30* | *Break* |  | *now 10:45–11:15* |  |")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| 11:00–12:00 | 60 | Improvements to the build and release system | "
                                           "Kian-Tat Lim | now 11:15–12:15 |  |")));
    }

    void shouldPrintTheRunSheetWithActualTimes()
    {
        // GIVEN day 1 run until 10:40
        QVERIFY(runSampleDayOne(m_doc.get(), QStringLiteral("ended")));
        // WHEN the run sheet is printed
        const QByteArray pdf = ReportPrinter::toPdf(runSheet(), QPageSize::A4);
        // THEN day 1 (two pages, its total kept with the last entry) has the actual times on the
        // entries' lines; day 2 has no agenda, day 3 starts a page of its own
        const QStringList all = pages(pdf);
        QCOMPARE(all.size(), 3);
        const QString text = all.at(0) + all.at(1);
        for (const QString &line :
             {QStringLiteral("09:15–09:40 25 Project news and updates Wil O'Mullane 09:17–09:52 35 (+10)"),
              QStringLiteral("09:40–09:45 5 John Swinbank transition John Swinbank skipped 0 (\u22125)"),
              QStringLiteral("14:30 0 Close not held"),
              QStringLiteral("09:00–14:30 330 Day total 09:02–10:40 90 (\u00b10)")}) {
            bool found = false;
            for (const QString &l : text.split(QLatin1Char('\n')))
                found = found || flat(l) == line;
            QVERIFY2(found, qPrintable(line + QStringLiteral("\n\n") + text));
        }
        QVERIFY(flat(all.at(1)).contains(QStringLiteral("Close not held 09:00–14:30 330 Day total")));
        QVERIFY(flat(all.at(1)).contains(QStringLiteral("Day 2: Wednesday, 16 September 2020 Nothing is planned")));
        QVERIFY(pageBody(all.at(2), QStringLiteral("Run sheet")).startsWith(QStringLiteral("Day 3: ")));
        const QString info = poppler(QStringLiteral("pdfinfo"), {}, pdf);
        QVERIFY(info.contains(QStringLiteral("Run sheet: DM Leadership Team")));
    }

    void shouldAddPlannedAgainstActualToTheMinutesWhenAsked()
    {
        // GIVEN minutes asked with planned against actual times, before any day ran
        QVERIFY(!ReportWriter::toMarkdown(minutesWithTiming()).contains(QStringLiteral("Planned and actual")));
        // WHEN day 1 has run until 10:40
        QVERIFY(runSampleDayOne(m_doc.get(), QStringLiteral("ended")));
        const QString md = ReportWriter::toMarkdown(minutesWithTiming());
        // THEN the section holds day 1 alone, per entry, block and day
        QVERIFY2(md.contains(QStringLiteral("## Planned and actual times")), qPrintable(md));
        const QString section = md.section(QStringLiteral("## Planned and actual times"), 1);
        QVERIFY(section.contains(QStringLiteral("### Day 1: ")));
        QVERIFY(!section.contains(QStringLiteral("### Day 2: ")));
        const QStringList rows = {
            QStringLiteral("| Entry | Planned | Min. | Held | Min. | \u00b1 |"),
            QStringLiteral("| **Moderator: John Swinbank** |  |  |  |  |  |"),
            QStringLiteral("| *Break* | *10:30–11:00* | *30* | *not held* |  |  |\n"
                           "| **Block total** | **09:00–11:00** | **120** | **09:02–10:40** | **90** | **\u00b10** |"),
            QStringLiteral("| Project news and updates | 09:15–09:40 | 25 | 09:17–09:52 | 35 | +10 |"),
            QStringLiteral("| John Swinbank transition | 09:40–09:45 | 5 | skipped |  | \u22125 |"),
            QStringLiteral("| **Day total** | **09:00–14:30** | **330** | **09:02–10:40** | **90** | **\u00b10** |"),
        };
        for (const QString &row : rows)
            QVERIFY2(section.contains(row), qPrintable(row + QStringLiteral("\n\n") + section));
        // and without the option the minutes have no such section
        QVERIFY(!ReportWriter::toMarkdown(minutes()).contains(QStringLiteral("Planned and actual")));
    }

    void shouldKeepABandWithTheRowBelowIt()
    {
        // Wherever the page ends, a block's band is never the last thing on a page.
        int checked = 0;
        for (int lines = 38; lines <= 50; ++lines) {
            ReportDocument doc;
            doc.title = QStringLiteral("Bands");
            doc.kindName = QStringLiteral("Agenda");
            addLines(doc, lines);
            addBlocks(doc, QStringLiteral("Day 1 (continued)"), 3, 2);
            const QStringList texts = pages(ReportPrinter::toPdf(doc, QPageSize::A4));
            for (const QString &page : texts) {
                const QString body = flat(page).section(QStringLiteral(" Generated"), 0, 0);
                QVERIFY2(!body.contains(QRegularExpression(QStringLiteral("Block \\d$"))),
                         qPrintable(QStringLiteral("%1 lines: %2").arg(lines).arg(body.right(80))));
                checked += body.contains(QStringLiteral("Block"));
            }
        }
        QVERIFY(checked > 13);
    }

    void shouldCutNoLineAndLeaveNoHeadingAtAPageFoot()
    {
        // Wherever the page ends (filler lines move everything down a line at a time), in minutes-like pages
        int headings = 0;
        int moved = 0;
        for (int filler = 36; filler <= 50; ++filler) {
            // GIVEN topics with a label and notes of list items, some wrapping, some code
            ReportDocument doc;
            doc.title = QStringLiteral("Breaks");
            doc.kindName = QStringLiteral("Minutes");
            addLines(doc, filler);
            for (int topic = 1; topic <= 6; ++topic) {
                doc.heading(QStringLiteral("Topic %1").arg(topic), 4);
                doc.label(QStringLiteral("Notes:"));
                QString notes;
                for (int item = 0; item < 2 + topic % 3; ++item) {
                    notes += QStringLiteral("- Item %1 of topic %2\n").arg(item).arg(topic);
                    if (item % 2 == 1)
                        notes += QStringLiteral("    - A detail that is long enough to wrap onto a second line of "
                                                "the page, or nearly so, %1\n")
                                     .arg(item);
                }
                if (topic % 3 == 0)
                    notes += QStringLiteral("\n```\n$ run check\nok\n```\n");
                doc.markdown(notes);
            }

            // WHEN it is laid out on pages
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            const ReportPrinter::Layout laid = ReportPrinter::layout(doc, &writer);

            // THEN every line is whole on one page, and a heading or label is on the page of what follows it
            const qreal height = laid.body.height();
            const auto page = [height](qreal y) { return int(std::floor(y / height)); };
            QTextDocument *text = laid.document.get();
            QAbstractTextDocumentLayout *layout = text->documentLayout();
            for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
                const QPointF at = layout->blockBoundingRect(block).topLeft();
                const QTextLayout *lines = block.layout();
                for (int i = 0; i < lines->lineCount(); ++i) {
                    const QRectF line = lines->lineAt(i).rect().translated(at);
                    QVERIFY2(page(line.top()) == page(line.bottom() - 1),
                             qPrintable(QStringLiteral("%1 lines: %2").arg(filler).arg(block.text())));
                }
                const int level = block.blockFormat().headingLevel();
                if (level == 0 || level == 5 || lines->lineCount() == 0)
                    continue;
                QTextBlock next = block.next();
                while (next.isValid() && next.text().isEmpty())
                    next = next.next();
                QVERIFY(next.isValid());
                const qreal top = at.y() + lines->lineAt(0).rect().top();
                const qreal nextTop = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).rect().top();
                QVERIFY2(page(nextTop) == page(top),
                         qPrintable(QStringLiteral("%1 lines: %2 at %3, then %4 at %5, page %6")
                                        .arg(filler)
                                        .arg(block.text())
                                        .arg(top)
                                        .arg(next.text())
                                        .arg(nextTop)
                                        .arg(height)));
                ++headings;
                moved += block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore;
            }
        }
        QVERIFY(headings >= 15 * 12);
        QVERIFY(moved > 0); // some page end did fall between a heading and what follows it
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
