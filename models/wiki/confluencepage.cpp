// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluencepage.h"

#include "calendar/conferencetext.h"

#include "wikitext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace Quorum {

namespace {

enum class Section {
    Intro,
    Logistics,
    Date,
    Location,
    Participants,
    Agenda,
    Attachments,
    Summary,
    Actions,
    Planning,
    Goals,
    Decisions,
    Other
};

Section sectionOf(const QString &heading, bool *known)
{
    const QString h = heading.simplified().toLower().remove(QLatin1Char(':'));
    struct Name
    {
        const char *text;
        Section section;
    };
    static const Name names[] = {
        {"logistics", Section::Logistics},
        {"date", Section::Date},
        {"dates", Section::Date},
        {"date and time", Section::Date},
        {"when", Section::Date},
        {"time", Section::Date},
        {"location", Section::Location},
        {"where", Section::Location},
        {"how to join", Section::Location},
        {"connection details", Section::Location},
        {"participants", Section::Participants},
        {"attendees", Section::Participants},
        {"present", Section::Participants},
        {"agenda", Section::Agenda},
        {"discussion items", Section::Agenda},
        {"discussion", Section::Agenda},
        {"minutes", Section::Agenda},
        {"attached documents", Section::Attachments},
        {"attachments", Section::Attachments},
        {"documents", Section::Attachments},
        {"action item summary", Section::Summary},
        {"open action items", Section::Summary},
        {"action items", Section::Actions},
        {"actions", Section::Actions},
        {"tasks", Section::Actions},
        {"new action items", Section::Actions},
        {"pre-meeting planning", Section::Planning},
        {"pre meeting planning", Section::Planning},
        {"topic requests", Section::Planning},
        {"goals", Section::Goals},
        {"decisions", Section::Decisions},
        {"decision log", Section::Decisions},
        {"purpose", Section::Goals},
        {"background", Section::Goals},
    };
    for (const Name &n : names) {
        if (h == QLatin1String(n.text)) {
            *known = true;
            return n.section;
        }
    }
    *known = false;
    return Section::Other;
}

bool isHeadingElement(const WikiNode &n)
{
    return n.name.size() == 2 && n.name.at(0) == QLatin1Char('h') && n.name.at(1) >= QLatin1Char('1')
           && n.name.at(1) <= QLatin1Char('6');
}

const QRegularExpression &dayRow()
{
    static const QRegularExpression re(QStringLiteral("^Day\\s*(\\d{1,2})\\b\\s*[:\\-\u2013\u2014]?\\s*(.*)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &moderatorRow()
{
    static const QRegularExpression re(QStringLiteral("^Moderators?\\s*[:\\-]\\s*(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

/** "Tim Jenness / Robert Gruendl", "Jim Bosch & Robert Lupton", "A, B and C". */
QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+/\\s+|\\s*[,;&+]\\s*|\\s+and\\s+"));
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && name.size() <= 80)
            names << name;
    }
    return names;
}

QString capitalised(QString text)
{
    if (!text.isEmpty() && text.at(0).isLower())
        text[0] = text.at(0).toUpper();
    return text;
}

bool isTransparent(const WikiNode &n)
{
    if (n.is("section") || n.is("article") || n.is("main") || n.is("body") || n.is("html") || n.is("ac:layout")
        || n.is("ac:layout-section") || n.is("ac:layout-cell") || n.is("ac:rich-text-body") || n.is("#root")
        || n.is("tbody") || n.is("center") || n.is("form") || n.is("quorum-page"))
        return true;
    if (n.is("ac:structured-macro")) {
        const QString name = n.attribute("ac:name").toLower();
        return name == QLatin1String("panel") || name == QLatin1String("info") || name == QLatin1String("note")
               || name == QLatin1String("tip") || name == QLatin1String("warning") || name == QLatin1String("expand")
               || name == QLatin1String("section") || name == QLatin1String("column")
               || name == QLatin1String("details");
    }
    if (n.is("div")) {
        // A div of blocks is a container; a div of text is a paragraph.
        for (const WikiNode &c : n.children) {
            if (c.isText() && !c.text.trimmed().isEmpty())
                return false;
            if (!c.isText() && (c.is("span") || c.is("a") || c.is("strong") || c.is("em") || c.is("input")))
                return false;
        }
        return !n.hasClass("inline-task-list");
    }
    return false;
}

/** Page chrome that is not the page: navigation, breadcrumbs, comments, footers. */
bool isChrome(const WikiNode &n)
{
    if (n.is("nav") || n.is("header") || n.is("footer") || n.is("aside") || n.is("head") || n.is("title"))
        return true;
    const QString id = n.attribute("id");
    for (const char *word : {"breadcrumb", "footer", "comments-section", "navigation", "header", "sidebar",
                             "page-metadata", "likes-and-labels"}) {
        if (id.contains(QLatin1String(word)) || n.hasClass(word))
            return true;
    }
    return n.hasClass("page-metadata") || n.hasClass("pageSection") || n.hasClass("aui-header");
}

void flatten(const WikiNode &node, QList<const WikiNode *> *blocks)
{
    for (const WikiNode &c : node.children) {
        if (c.isText()) {
            if (!c.text.trimmed().isEmpty())
                blocks->append(&c);
            continue;
        }
        if (isChrome(c))
            continue;
        if (isTransparent(c))
            flatten(c, blocks);
        else
            blocks->append(&c);
    }
}

struct Entry
{
    QString key;
    QString kind = QStringLiteral("topic");
    QString title;
    QTime start;
    int minutes = -1;
    QStringList coordinators; ///< person keys
    QString preNotes;
    QString runningNotes;
};

struct Block
{
    QString key; ///< empty: entries outside any block
    QString moderator; ///< person key
    QList<Entry> entries;
    QString title;
};

struct Day
{
    QDate date;
    int number = 0;
    QList<Block> blocks;
};

struct Task
{
    WikiTask task;
    QString entryKey;
};

enum class Column { None, Time, Duration, Topic, Who, Pre, Running };

QList<Column> headerColumns(const QStringList &cells)
{
    QList<Column> columns;
    for (const QString &raw : cells) {
        const QString c = raw.toLower();
        if (c.contains(QLatin1String("pre-meeting")) || c.contains(QLatin1String("pre meeting"))
            || c.contains(QLatin1String("preparation")) || c.contains(QLatin1String("description"))
            || c.contains(QLatin1String("background")))
            columns << Column::Pre;
        else if (c.contains(QLatin1String("duration")) || c == QLatin1String("length") || c == QLatin1String("mins"))
            columns << Column::Duration;
        else if (c.startsWith(QLatin1String("time")) || c == QLatin1String("when") || c == QLatin1String("start"))
            columns << Column::Time;
        else if (c.contains(QLatin1String("topic")) || c == QLatin1String("item")
                 || c.contains(QLatin1String("subject")) || c == QLatin1String("title")
                 || c == QLatin1String("agenda item"))
            columns << Column::Topic;
        else if (c.contains(QLatin1String("coordinator")) || c == QLatin1String("who")
                 || c.contains(QLatin1String("presenter")) || c.contains(QLatin1String("lead"))
                 || c.contains(QLatin1String("owner")) || c.contains(QLatin1String("speaker")))
            columns << Column::Who;
        else if (c.contains(QLatin1String("notes")) || c.contains(QLatin1String("minutes"))
                 || c.contains(QLatin1String("discussion")) || c.contains(QLatin1String("outcome")))
            columns << Column::Running;
        else
            columns << Column::None;
    }
    return columns;
}

QList<const WikiNode *> cellsOf(const WikiNode &row)
{
    QList<const WikiNode *> cells;
    for (const WikiNode &c : row.children) {
        if (c.is("td") || c.is("th"))
            cells << &c;
    }
    return cells;
}

QStringList textsOf(const QList<const WikiNode *> &cells)
{
    QStringList texts;
    for (const WikiNode *c : cells)
        texts << c->plainText();
    return texts;
}

QList<const WikiNode *> rowsOf(const WikiNode &table)
{
    return table.findAll([](const WikiNode &n) { return n.is("tr"); });
}

class PageState
{
    Q_DECLARE_TR_FUNCTIONS(ConfluencePageReader)

public:
    PageState(WikiPeople *people, const ConfluenceImport::Options &options, ConfluencePage *page, int *keys)
        : m_people(people)
        , m_options(options)
        , m_page(page)
        , m_keys(*keys)
    { }

    void run(const WikiNode &root);

private:
    void notice(const QString &message, const QString &source)
    {
        m_page->notices.append({m_page->title, message, WikiText::excerpt(source)});
    }
    void takeTickets(const QStringList &keys)
    {
        for (const QString &k : keys) {
            if (!m_page->tickets.contains(k))
                m_page->tickets << k;
        }
    }

    void logisticsLine(const QString &text, const QStringList &links);
    void participants(const WikiNode &node);
    void agendaTable(const WikiNode &table);
    void agendaBlock(const WikiNode &node);
    void attachments(const WikiNode &node);
    void planning(const WikiNode &table);
    void summary(const WikiNode &node);
    void actions(const WikiNode &node, const QString &entryKey);
    void decisions(const WikiNode &node);
    void linkedAttachments(const WikiNode &content);
    bool tryDayHeading(const QString &text);

    Day &currentDay();
    Block &currentBlock();
    Entry *lastEntry();
    QString newKey() { return QStringLiteral("entry-%1").arg(++m_keys); } // unique across the pages read
    QJsonObject actionJson(const Task &task);
    void finish();

    WikiPeople *m_people;
    ConfluenceImport::Options m_options;
    ConfluencePage *m_page;

    QDate m_start;
    QDate m_end;
    QTime m_dayStart;
    QString m_timeZone;
    ConferenceText m_conference{tr("Given on the original page (Quorum does not keep passcodes)")};
    QStringList m_description;
    QStringList m_participants; ///< person keys, in order
    QList<Day> m_days;
    QList<Task> m_tasks;
    QJsonArray m_attachments;
    QJsonArray m_requests;
    QJsonArray m_decisions;
    QList<Column> m_columns; ///< the agenda tables' columns, kept for tables without a header
    int &m_keys;
};

Day &PageState::currentDay()
{
    if (m_days.isEmpty())
        m_days.append({m_start, 1, {}});
    return m_days.last();
}

Block &PageState::currentBlock()
{
    Day &day = currentDay();
    if (day.blocks.isEmpty())
        day.blocks.append({QString(), QString(), {}, {}});
    return day.blocks.last();
}

Entry *PageState::lastEntry()
{
    for (qsizetype d = m_days.size() - 1; d >= 0; --d) {
        for (qsizetype b = m_days[d].blocks.size() - 1; b >= 0; --b) {
            if (!m_days[d].blocks[b].entries.isEmpty())
                return &m_days[d].blocks[b].entries.last();
        }
        break; // notes never run back into an earlier day
    }
    return nullptr;
}

bool PageState::tryDayHeading(const QString &text)
{
    const QRegularExpressionMatch m = dayRow().match(text.simplified());
    if (!m.hasMatch())
        return false;
    const int number = m.captured(1).toInt();
    QDate date = WikiText::firstDate(m.captured(2));
    if (!date.isValid() && m_start.isValid())
        date = m_start.addDays(number - 1);
    // The same day named again before any of its entries (an h2 "Day 2: …" above a table whose header
    // row says it too), or day 1 found after the entries started it: one day.
    if (!m_days.isEmpty() && m_days.last().number == number) {
        if (m_days.last().blocks.isEmpty()) {
            m_days.last().date = date;
            return true;
        }
        if (m_days.last().date == date || !date.isValid())
            return true; // a day both as a heading and as the first row of its table
    }
    m_days.append({date, number, {}});
    return true;
}

void PageState::logisticsLine(const QString &text, const QStringList &links)
{
    const ConferenceText::Line line = m_conference.read(text, links);
    for (const auto &[message, source] : m_conference.takeNotices())
        notice(message, source);
    if (line == ConferenceText::Line::Passcode || line == ConferenceText::Line::Phone)
        return;
    // "All times are America/Los_Angeles." (what Quorum publishes)
    static const QRegularExpression ianaZone(QStringLiteral("\\b([A-Z][a-z]+(?:/[A-Za-z_\\-]+)+|UTC)\\b"));
    if (text.contains(QLatin1String("times are"), Qt::CaseInsensitive)) {
        const QString zone = ianaZone.match(text).captured(1);
        if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
            m_timeZone = zone;
            return;
        }
    }
    // "10:00am PT": the day's start and its time zone.
    const QTime time = WikiText::firstTime(text);
    const QString zone = WikiText::timeZoneIn(text);
    if (time.isValid() && !zone.isEmpty()) {
        m_dayStart = time;
        m_timeZone = zone;
        return;
    }
    const ConferenceDetails &conference = m_conference.details();
    if (!conference.joinUrl.isEmpty() || !conference.meetingCode.isEmpty() || line == ConferenceText::Line::Sip)
        return;
    const QString t = text.simplified();
    if (t.isEmpty())
        return;
    // "This meeting will be held on Zoom:": the place is what it is held on.
    static const QRegularExpression heldOn(
        QStringLiteral("\\b(?:held|hosted|take place|meet)\\s+(?:on|via|in|at|over)\\s+(.+?)[.:]?$"),
        QRegularExpression::CaseInsensitiveOption);
    QString &location = m_conference.details().location;
    if (const QRegularExpressionMatch h = heldOn.match(t); h.hasMatch() && location.isEmpty()) {
        location = h.captured(1).trimmed();
        return;
    }
    if (location.isEmpty() && t.size() < 120)
        location = t;
    else
        m_description << t;
}

void PageState::participants(const WikiNode &node)
{
    QList<const WikiNode *> items = node.findAll([](const WikiNode &n) { return n.is("li"); });
    if (items.isEmpty())
        items << &node;
    for (const WikiNode *item : std::as_const(items)) {
        // Mentions carry usernames; the rest is names, one per item or comma separated.
        const QList<const WikiNode *> mentions = item->findAll([](const WikiNode &n) {
            return n.is("ri:user") || (n.is("a") && (n.hasClass("confluence-userlink") || n.hasClass("user-mention")));
        });
        if (!mentions.isEmpty()) {
            for (const WikiNode *m : mentions) {
                QString username = m->attribute("ri:username");
                if (username.isEmpty())
                    username = m->attribute("data-username");
                if (username.isEmpty())
                    username = m->attribute("ri:userkey");
                if (username.isEmpty())
                    username = m->attribute("ri:account-id");
                const QString name = m->is("a") ? m->plainText() : QString();
                const QString key = m_people->person(name, username);
                if (!key.isEmpty() && !m_participants.contains(key))
                    m_participants << key;
            }
            continue;
        }
        const QString text = WikiText::text(*item);
        static const QRegularExpression separators(QStringLiteral("\\s*[,;]\\s*|\\n"));
        for (QString name : text.split(separators, Qt::SkipEmptyParts)) {
            name = name.simplified();
            name.remove(
                QRegularExpression(QStringLiteral("\\s*\\((?!\\w+\\)$)[^)]*\\)$"))); // "(notes)", not "(npease)"
            if (name.isEmpty() || name.size() > 80)
                continue;
            const QString key = m_people->person(name);
            if (!key.isEmpty() && !m_participants.contains(key))
                m_participants << key;
        }
    }
}

void PageState::agendaTable(const WikiNode &table)
{
    QList<Column> columns;
    for (const WikiNode *row : rowsOf(table)) {
        const QList<const WikiNode *> cells = cellsOf(*row);
        const QStringList texts = textsOf(cells);
        if (texts.join(QString()).trimmed().isEmpty())
            continue;
        const QList<Column> header = headerColumns(texts);
        if (header.count(Column::None) < header.size() - 1 && header.contains(Column::Topic)) {
            columns = header;
            m_columns = header;
            continue;
        }
        if (columns.isEmpty()) {
            if (!m_columns.isEmpty()) {
                columns = m_columns;
            } else if (cells.size() >= 5) {
                columns = {Column::Time, Column::Topic, Column::Who, Column::Pre, Column::Running};
            } else if (cells.size() == 4) {
                columns = {Column::Time, Column::Topic, Column::Who, Column::Running};
            } else {
                columns = {Column::Time, Column::Topic, Column::Who};
            }
        }
        const QString first = texts.value(0).simplified();
        const bool onlyFirst = texts.mid(1).join(QString()).trimmed().isEmpty();
        if (onlyFirst && tryDayHeading(first))
            continue;
        if (const QRegularExpressionMatch m = moderatorRow().match(first); m.hasMatch() && onlyFirst) {
            Day &day = currentDay();
            day.blocks.append({newKey(), m_people->person(m.captured(1).trimmed()), {}, {}});
            continue;
        }
        // "TITLE — Moderator: NAME", or a titled block without a moderator: one cell across the table.
        static const QRegularExpression titledBlock(QStringLiteral("^(.+?)\\s+\u2014\\s+Moderators?:\\s*(.+)$"));
        if (const QRegularExpressionMatch m = titledBlock.match(first); m.hasMatch() && onlyFirst) {
            currentDay().blocks.append({newKey(), m_people->person(m.captured(2).trimmed()), {}, m.captured(1)});
            continue;
        }
        if (cells.size() == 1 && cells.first()->attribute("colspan").toInt() >= 3 && !first.isEmpty()) {
            currentDay().blocks.append({newKey(), QString(), {}, first});
            continue;
        }
        const WikiNode *cell[7] = {};
        for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
            if (!cell[int(columns.at(i))])
                cell[int(columns.at(i))] = cells.at(i);
        }
        const auto textOf = [&](Column c) { return cell[int(c)] ? cell[int(c)]->plainText() : QString(); };
        const QString topic = cell[int(Column::Topic)] ? WikiText::text(*cell[int(Column::Topic)], true) : QString();
        const QString timeText = textOf(Column::Time);
        if (topic.isEmpty() && textOf(Column::Who).isEmpty() && timeText.isEmpty()) {
            // Notes without a topic (a table continued, a pasted chat): the entry above's.
            Entry *entry = lastEntry();
            QList<WikiTask> tasks;
            QStringList tickets;
            QString notes;
            for (Column c : {Column::Pre, Column::Running}) {
                if (cell[int(c)]) {
                    const QString n = WikiText::notes(*cell[int(c)], &tasks, &tickets);
                    if (!n.isEmpty())
                        notes += (notes.isEmpty() ? QString() : QStringLiteral("\n\n")) + n;
                }
            }
            takeTickets(tickets);
            if (!entry) {
                notice(tr("Notes without an agenda entry above them were not imported."), texts.join(QLatin1Char(' ')));
                continue;
            }
            if (!notes.isEmpty())
                entry->runningNotes += (entry->runningNotes.isEmpty() ? QString() : QStringLiteral("\n\n")) + notes;
            for (const WikiTask &t : std::as_const(tasks))
                m_tasks.append({t, entry->key});
            continue;
        }
        Entry entry;
        entry.key = newKey();
        entry.title = topic.isEmpty() ? tr("(untitled)") : topic;
        const bool durationColumn = columns.contains(Column::Duration);
        if (durationColumn) {
            entry.minutes = WikiText::duration(textOf(Column::Duration), true);
            if (!timeText.isEmpty())
                entry.start = WikiText::firstTime(timeText);
        } else {
            const int minutes = WikiText::duration(timeText, false);
            static const QRegularExpression range(
                QStringLiteral(
                    "(\\d{1,2}[:.]\\d\\d\\s*(?:[ap]m)?)\\s*[\u2013\u2014-]\\s*(\\d{1,2}[:.]\\d\\d\\s*(?:[ap]m)?)"),
                QRegularExpression::CaseInsensitiveOption);
            if (minutes >= 0 && !timeText.contains(QLatin1Char(':'))) {
                entry.minutes = minutes;
            } else if (const QRegularExpressionMatch r = range.match(timeText); r.hasMatch()) {
                entry.start = WikiText::firstTime(r.captured(1));
                const QTime end = WikiText::firstTime(r.captured(2));
                if (entry.start.isValid() && end.isValid() && entry.start.secsTo(end) >= 0)
                    entry.minutes = int(entry.start.secsTo(end) / 60);
            } else {
                entry.start = WikiText::firstTime(timeText);
            }
            if (!entry.start.isValid() && entry.minutes < 0 && !timeText.trimmed().isEmpty()) {
                const int colon = WikiText::duration(timeText, true);
                if (colon >= 0)
                    entry.minutes = colon;
                else
                    notice(tr("A time the import could not read; the entry has none."), timeText);
            }
        }
        const QString lower = entry.title.toLower();
        if (lower == QLatin1String("break") || lower.startsWith(QLatin1String("coffee"))
            || lower == QLatin1String("lunch") || lower.endsWith(QLatin1String(" break"))
            || lower == QLatin1String("lunch break"))
            entry.kind = QStringLiteral("break");
        else if (lower == QLatin1String("close") || lower.startsWith(QLatin1String("closing"))
                 || lower == QLatin1String("adjourn") || lower == QLatin1String("end")
                 || lower.startsWith(QLatin1String("end of")))
            entry.kind = QStringLiteral("closing");
        for (const QString &name : splitNames(textOf(Column::Who))) {
            const QString key = m_people->person(name);
            if (!key.isEmpty() && !entry.coordinators.contains(key))
                entry.coordinators << key;
        }
        QList<WikiTask> tasks;
        QStringList tickets = WikiText::tickets(entry.title);
        if (cell[int(Column::Pre)])
            entry.preNotes = WikiText::notes(*cell[int(Column::Pre)], &tasks, &tickets);
        if (cell[int(Column::Running)])
            entry.runningNotes = WikiText::notes(*cell[int(Column::Running)], &tasks, &tickets);
        takeTickets(tickets);
        takeTickets(WikiText::tickets(entry.preNotes + QLatin1Char(' ') + entry.runningNotes));
        for (const WikiTask &t : std::as_const(tasks))
            m_tasks.append({t, entry.key});
        currentBlock().entries.append(entry);
    }
}

void PageState::agendaBlock(const WikiNode &node)
{
    if (node.is("table")) {
        agendaTable(node);
        return;
    }
    const QString text = node.plainText();
    if (isHeadingElement(node) && tryDayHeading(text))
        return;
    QList<WikiTask> tasks;
    QStringList tickets;
    const QString notes = WikiText::notes(node, &tasks, &tickets);
    takeTickets(tickets);
    takeTickets(WikiText::tickets(notes));
    Entry *entry = lastEntry();
    if (!entry) {
        if (!notes.isEmpty())
            m_description << notes;
        for (const WikiTask &t : std::as_const(tasks))
            m_tasks.append({t, QString()});
        return;
    }
    if (!notes.isEmpty())
        entry->runningNotes += (entry->runningNotes.isEmpty() ? QString() : QStringLiteral("\n\n")) + notes;
    for (const WikiTask &t : std::as_const(tasks))
        m_tasks.append({t, entry->key});
}

void PageState::attachments(const WikiNode &node)
{
    static const QRegularExpression typeWords(QStringLiteral(
        "^(PDF File|File|Microsoft (?:Powerpoint|PowerPoint) Presentation|Microsoft Word Document|"
        "Microsoft Excel Spreadsheet|PNG File|JPEG File|GIF File|Image|Text File|Zip Archive|Binary File)\\s+"));
    static const QRegularExpression fileName(QStringLiteral("^(.*?\\.([A-Za-z0-9]{2,8}))(?:\\s+(.*))?$"));
    static const QRegularExpression modified(QStringLiteral("^(.*?)\\s+by\\s+(.+)$"));
    const auto add = [&](QString name, const QString &when, const QString &mimeHint) {
        name = name.simplified().remove(typeWords);
        const QRegularExpressionMatch m = fileName.match(name);
        if (!m.hasMatch()) {
            notice(tr("An attached document whose file name the import could not read."), name);
            return;
        }
        QJsonObject a{{QStringLiteral("fileName"), m.captured(1).left(255)}};
        a.insert(QStringLiteral("mimeType"),
                 !mimeHint.isEmpty()
                     ? mimeHint
                     : QMimeDatabase().mimeTypeForFile(m.captured(1), QMimeDatabase::MatchExtension).name());
        QString description = tr("Not imported: the file stays on the Confluence page.");
        if (!m.captured(3).isEmpty())
            description = m.captured(3).simplified() + QStringLiteral("\n\n") + description;
        a.insert(QStringLiteral("description"), description);
        const QRegularExpressionMatch w = modified.match(when.simplified());
        const QDate date = WikiText::firstDate(w.hasMatch() ? w.captured(1) : when);
        if (date.isValid())
            a.insert(QStringLiteral("modifiedAt"), date.toString(Qt::ISODate) + QStringLiteral("T12:00:00Z"));
        if (w.hasMatch()) {
            const QString key = m_people->person(w.captured(2));
            if (!key.isEmpty())
                a.insert(QStringLiteral("uploadedBy"), key);
        }
        m_attachments.append(a);
    };
    if (node.is("table")) {
        for (const WikiNode *row : rowsOf(node)) {
            const QList<const WikiNode *> cells = cellsOf(*row);
            if (cells.isEmpty())
                continue;
            QString first = cells.at(0)->plainText();
            if (const WikiNode *link = cells.at(0)->findElement("ri:attachment"); first.isEmpty() && link)
                first = link->attribute("ri:filename"); // storage format: the name is the link's attribute
            if (first.isEmpty() || first.compare(QLatin1String("File"), Qt::CaseInsensitive) == 0
                || first.compare(QLatin1String("Name"), Qt::CaseInsensitive) == 0)
                continue;
            add(first, cells.size() > 1 ? cells.at(1)->plainText() : QString(), QString());
        }
        return;
    }
    // Export to HTML lists the files as links into its attachments folder, each followed by "(type)".
    QList<QPair<QString, QString>> links;
    std::vector<const WikiNode *> stack{&node};
    while (!stack.empty()) {
        const WikiNode *n = stack.back();
        stack.pop_back();
        for (qsizetype i = 0; i < n->children.size(); ++i) {
            const WikiNode &c = n->children.at(i);
            if (c.is("a") && c.attribute("href").startsWith(QLatin1String("attachments/"))) {
                static const QRegularExpression type(QStringLiteral("^\\s*\\(([a-z]+/[\\w.+-]+)\\)"));
                const QString after = i + 1 < n->children.size() && n->children.at(i + 1).isText()
                                          ? n->children.at(i + 1).text
                                          : QString();
                links.append({c.plainText(), type.match(after).captured(1)});
            } else if (!c.isText()) {
                stack.push_back(&c);
            }
        }
    }
    if (!links.isEmpty()) {
        for (const auto &[name, mime] : std::as_const(links))
            add(name, QString(), mime);
        return;
    }
    const QList<const WikiNode *> items = node.findAll([](const WikiNode &n) { return n.is("li"); });
    if (!items.isEmpty()) {
        for (const WikiNode *item : items) {
            // Quorum's own: "<strong>NAME</strong> (MIME), <time/> by NAME — DESCRIPTION".
            if (const WikiNode *strong = item->findElement("strong")) {
                const QString full = item->plainText();
                QString rest = full.mid(full.indexOf(strong->plainText()) + strong->plainText().size());
                static const QRegularExpression mimeAt(QStringLiteral("^\\s*\\(([a-z]+/[^)]+)\\)"));
                const QString mime = mimeAt.match(rest).captured(1);
                QString description;
                const qsizetype dash = rest.indexOf(QStringLiteral(" \u2014 "));
                if (dash >= 0) {
                    description = rest.mid(dash + 3).trimmed();
                    rest = rest.left(dash);
                }
                QString when;
                if (const WikiNode *time = item->findElement("time"))
                    when = time->attribute("datetime");
                static const QRegularExpression by(QStringLiteral("\\bby\\s+(.+)$"));
                const QString uploader = by.match(rest).captured(1).trimmed();
                add(strong->plainText() + (description.isEmpty() ? QString() : QLatin1Char(' ') + description),
                    uploader.isEmpty() ? when : when + QStringLiteral(" by ") + uploader, mime);
                continue;
            }
            QString text = item->plainText();
            static const QRegularExpression mime(QStringLiteral("\\(([a-z]+/[\\w.+-]+)\\)\\s*$"));
            const QRegularExpressionMatch m = mime.match(text);
            if (m.hasMatch())
                text = text.left(m.capturedStart());
            add(text, QString(), m.captured(1));
        }
        return;
    }
    if (const WikiNode *macro = node.find([](const WikiNode &n) {
            return n.is("ac:structured-macro")
                   && (n.attribute("ac:name") == QLatin1String("attachments")
                       || n.attribute("ac:name") == QLatin1String("view-file"));
        })) {
        notice(tr("The page lists its files with a macro; their names are not in the page, so none was imported."),
               macro->attribute("ac:name"));
        return;
    }
    const QString text = node.plainText();
    static const QStringList ignored{QStringLiteral("file"), QStringLiteral("modified"), QStringLiteral("download all"),
                                     QStringLiteral("attachments")};
    if (!ignored.contains(text.toLower().remove(QLatin1Char(':'))) && !text.isEmpty())
        notice(tr("Text in the attached documents that is not a document."), text);
}

void PageState::planning(const WikiNode &table)
{
    if (!table.is("table")) {
        const QString text = table.plainText();
        if (!text.isEmpty())
            notice(tr("Text in the pre-meeting planning that is not a topic request."), text);
        return;
    }
    int topic = 0, by = 1, time = 2, notes = 3;
    for (const WikiNode *row : rowsOf(table)) {
        const QList<const WikiNode *> cells = cellsOf(*row);
        QStringList texts;
        for (const WikiNode *c : cells)
            texts << c->plainText().toLower();
        if (texts.contains(QLatin1String("topic"))
            || texts.join(QLatin1Char(' ')).contains(QLatin1String("requested by"))) {
            for (int i = 0; i < texts.size(); ++i) {
                if (texts.at(i).contains(QLatin1String("topic")))
                    topic = i;
                else if (texts.at(i).contains(QLatin1String("requested")))
                    by = i;
                else if (texts.at(i).contains(QLatin1String("time")))
                    time = i;
                else if (texts.at(i).contains(QLatin1String("notes")))
                    notes = i;
            }
            continue;
        }
        const QString title = cells.value(topic) ? WikiText::text(*cells.value(topic), true) : QString();
        if (title.isEmpty())
            continue;
        QJsonObject r{{QStringLiteral("topic"), title}, {QStringLiteral("status"), QStringLiteral("proposed")}};
        QJsonArray requestedBy;
        if (cells.value(by)) {
            for (const QString &name : splitNames(cells.value(by)->plainText())) {
                const QString key = m_people->person(name);
                if (!key.isEmpty() && !requestedBy.contains(key))
                    requestedBy.append(key);
            }
        }
        if (!requestedBy.isEmpty())
            r.insert(QStringLiteral("requestedBy"), requestedBy);
        if (cells.value(time)) {
            const int minutes = WikiText::duration(cells.value(time)->plainText(), true);
            if (minutes > 0)
                r.insert(QStringLiteral("minutesRequired"), minutes);
        }
        if (cells.value(notes)) {
            QList<WikiTask> tasks;
            QStringList tickets;
            const QString n = WikiText::notes(*cells.value(notes), &tasks, &tickets);
            if (!n.isEmpty())
                r.insert(QStringLiteral("notes"), n);
        }
        m_requests.append(r);
    }
}

void PageState::summary(const WikiNode &node)
{
    if (!node.is("table")) {
        if (node.is("ac:structured-macro"))
            notice(tr("The Action Item Summary is a task report; its tasks are read from the pages they are on."),
                   node.attribute("ac:name"));
        return;
    }
    int description = 0, due = 1, assignee = 2, meeting = 3;
    for (const WikiNode *row : rowsOf(node)) {
        const QList<const WikiNode *> cells = cellsOf(*row);
        const QStringList texts = textsOf(cells);
        if (texts.join(QString()).trimmed().isEmpty())
            continue;
        if (texts.value(0).compare(QLatin1String("Description"), Qt::CaseInsensitive) == 0) {
            for (int i = 0; i < texts.size(); ++i) {
                const QString t = texts.at(i).toLower();
                if (t.startsWith(QLatin1String("description")))
                    description = i;
                else if (t.startsWith(QLatin1String("due")))
                    due = i;
                else if (t.startsWith(QLatin1String("assignee")))
                    assignee = i;
                else if (t.contains(QLatin1String("appears")) || t.contains(QLatin1String("page")))
                    meeting = i;
            }
            continue;
        }
        // A row with a leading checkbox cell (the summary's second table) shifts every column.
        const int shift = (cells.size() == 5 && texts.value(0).isEmpty()) ? 1 : 0;
        SummaryTask task;
        const WikiNode *d = cells.value(description + shift);
        if (!d)
            continue;
        const WikiNode *box = row->find([](const WikiNode &n) { return n.is("input") || n.is("ac:task-status"); });
        task.done = box
                    && (box->attributes.contains(QStringLiteral("checked"))
                        || box->plainText().compare(QLatin1String("complete"), Qt::CaseInsensitive) == 0);
        task.dueDate = WikiText::firstDate(texts.value(due + shift));
        task.assignees = splitNames(texts.value(assignee + shift));
        task.meetingTitle = texts.value(meeting + shift).simplified();
        QString text = d->plainText();
        qsizetype at = 0, length = 0;
        if (WikiText::lastDate(text, &at, &length).isValid() && at + length >= text.size() - 1)
            text = text.left(at);
        for (const QString &name : std::as_const(task.assignees)) {
            if (text.startsWith(name))
                text = text.mid(name.size());
            else if (text.trimmed().endsWith(name))
                text = text.trimmed().chopped(name.size());
        }
        if (text.startsWith(task.meetingTitle) && !task.meetingTitle.isEmpty())
            text = text.mid(task.meetingTitle.size());
        text.remove(QRegularExpression(QStringLiteral("^[\\s\\-\u2013\u2014:]+")));
        task.description = text.simplified();
        if (!task.description.isEmpty())
            m_page->summaryTasks.append(task);
    }
}

void PageState::actions(const WikiNode &node, const QString &entryKey)
{
    QList<WikiTask> tasks;
    QStringList tickets;
    const QString rest = WikiText::notes(node, &tasks, &tickets);
    takeTickets(tickets);
    for (const WikiTask &t : std::as_const(tasks))
        m_tasks.append({t, entryKey});
    if (tasks.isEmpty() && !rest.isEmpty() && (node.is("ul") || node.is("ol"))) {
        // A plain list under "Action items": each item is an open task.
        for (const QString &line : rest.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            WikiTask t;
            t.text = line.trimmed().remove(QRegularExpression(QStringLiteral("^- ")));
            if (!t.text.isEmpty())
                m_tasks.append({t, entryKey});
        }
    }
}

/**
 * Files the page links to or shows (an ri:attachment in storage format, a link or image into the
 * page's attachments in an export) are the page's attached documents too, once each.
 */
void PageState::linkedAttachments(const WikiNode &content)
{
    QStringList known;
    for (const QJsonValue &a : std::as_const(m_attachments))
        known << a.toObject().value(QStringLiteral("fileName")).toString();
    for (const WikiNode *n : content.findAll([](const WikiNode &n) {
             return n.is("ri:attachment") || n.attribute("data-linked-resource-type") == QLatin1String("attachment")
                    || ((n.is("a") || n.is("img"))
                        && (n.attribute(n.is("a") ? "href" : "src").startsWith(QLatin1String("attachments/"))
                            || n.attribute(n.is("a") ? "href" : "src").contains(QLatin1String("/attachments/"))));
         })) {
        QString name = n->attribute("ri:filename");
        if (name.isEmpty())
            name = n->attribute("data-linked-resource-default-alias");
        if (name.isEmpty() && n->is("a"))
            name = n->plainText();
        if (name.isEmpty() && n->is("img"))
            name = QUrl(n->attribute("src")).fileName();
        name = name.simplified();
        if (name.isEmpty() || known.contains(name) || !name.contains(QLatin1Char('.')))
            continue;
        known << name;
        QJsonObject a{{QStringLiteral("fileName"), name.left(255)},
                      {QStringLiteral("mimeType"), n->attribute("data-linked-resource-content-type").isEmpty()
                                                       ? QStringLiteral("application/octet-stream")
                                                       : n->attribute("data-linked-resource-content-type")},
                      {QStringLiteral("description"), tr("Not imported: the file stays on the Confluence page.")}};
        m_attachments.append(a);
    }
}

void PageState::decisions(const WikiNode &node)
{
    if (!node.is("table")) {
        const QString text = node.plainText();
        if (!text.isEmpty())
            notice(tr("Text under Decisions that is not a decisions table."), text);
        return;
    }
    // Decision | Decided by | Date | Agenda entry | Ticket (Quorum's own), columns found by their headers.
    int text = 0, by = 1, date = 2, entry = 3, ticket = 4;
    for (const WikiNode *row : rowsOf(node)) {
        const QList<const WikiNode *> cells = cellsOf(*row);
        const QStringList texts = textsOf(cells);
        if (!cells.isEmpty() && cells.first()->is("th")) {
            text = by = date = entry = ticket = -1;
            for (int i = 0; i < texts.size(); ++i) {
                const QString h = texts.at(i).toLower();
                if (h.startsWith(QLatin1String("decision")))
                    text = i;
                else if (h.contains(QLatin1String("decided")) || h.contains(QLatin1String("who")))
                    by = i;
                else if (h.contains(QLatin1String("date")))
                    date = i;
                else if (h.contains(QLatin1String("entry")) || h.contains(QLatin1String("topic")))
                    entry = i;
                else if (h.contains(QLatin1String("ticket")))
                    ticket = i;
            }
            continue;
        }
        const QString decided = texts.value(text).simplified();
        if (decided.isEmpty())
            continue;
        QJsonObject d{{QStringLiteral("text"), decided}};
        QJsonArray makers;
        for (const QString &name : splitNames(texts.value(by))) {
            if (m_people->isGroup(name))
                makers.append(QJsonObject{{QStringLiteral("group"), m_people->group(name)}});
            else
                makers.append(QJsonObject{{QStringLiteral("person"), m_people->person(name)}});
        }
        d.insert(QStringLiteral("decidedBy"), makers);
        QDate when;
        if (const WikiNode *cell = cells.value(date); cell) {
            const WikiNode *time = cell->findElement("time");
            when = time ? QDate::fromString(time->attribute("datetime").left(10), Qt::ISODate)
                        : WikiText::firstDate(cell->plainText());
        }
        if (when.isValid())
            d.insert(QStringLiteral("date"), when.toString(Qt::ISODate));
        const QString entryTitle = texts.value(entry).simplified();
        if (!entryTitle.isEmpty()) {
            for (const Day &day : std::as_const(m_days)) {
                for (const Block &b : day.blocks) {
                    for (const Entry &e : b.entries) {
                        if (e.title == entryTitle)
                            d.insert(QStringLiteral("entry"), e.key);
                    }
                }
            }
        }
        const QStringList keys = WikiText::tickets(texts.value(ticket));
        if (!keys.isEmpty())
            d.insert(QStringLiteral("externalRef"), keys.first());
        m_decisions.append(d);
    }
}

QJsonObject PageState::actionJson(const Task &t)
{
    QString text = t.task.text.simplified();
    QDate due = t.task.due;
    qsizetype at = 0, length = 0;
    const QDate found = WikiText::lastDate(text, &at, &length);
    QString after;
    if (found.isValid()) {
        after = text.mid(at + length).simplified();
        text = text.left(at);
        if (!due.isValid())
            due = found;
    }
    QString ticket = t.task.ticket;
    const QStringList trailing = WikiText::tickets(after);
    if (ticket.isEmpty() && !trailing.isEmpty())
        ticket = trailing.first();
    if (!after.isEmpty()
        && WikiText::tickets(after).join(QLatin1Char(' '))
               != after.remove(QRegularExpression(QStringLiteral("[\\s\\-]+$"))))
        text += QLatin1Char(' ') + after;

    QJsonArray assignees;
    const auto addPerson = [&](const QString &key) {
        const QJsonObject a{{QStringLiteral("person"), key}};
        if (!key.isEmpty() && !assignees.contains(a))
            assignees.append(a);
    };
    const QStringList names = m_people->names();
    static const QRegularExpression unknownUser(QStringLiteral("^Unknown User \\(([^)]+)\\)"));
    static const QRegularExpression lead(QStringLiteral("^[\\s,;&]+|^and\\s+"));
    bool progress = true;
    while (progress) {
        progress = false;
        text.remove(lead);
        if (const QRegularExpressionMatch m = unknownUser.match(text); m.hasMatch()) {
            addPerson(m_people->person(QString(), m.captured(1)));
            text = text.mid(m.capturedLength());
            progress = true;
            continue;
        }
        for (const QString &name : names) {
            if (name.size() < 3 || !text.startsWith(name, Qt::CaseInsensitive))
                continue;
            if (text.size() > name.size() && text.at(name.size()).isLetterOrNumber())
                continue;
            if (m_people->isGroup(name)) {
                assignees.append(QJsonObject{{QStringLiteral("group"), m_people->group(name)}});
            } else {
                addPerson(m_people->person(name));
            }
            text = text.mid(name.size());
            progress = true;
            break;
        }
    }
    if (assignees.isEmpty()) {
        // "T/CAMs check …", "T/CAMs review …": a leading group name with a slash, as teams write them.
        static const QRegularExpression groupName(QStringLiteral("^([A-Z][\\w-]*/[\\w/-]+)\\s"));
        if (const QRegularExpressionMatch g = groupName.match(text); g.hasMatch()) {
            assignees.append(QJsonObject{{QStringLiteral("group"), m_people->group(g.captured(1))}});
            text = text.mid(g.capturedLength());
        }
    }
    if (assignees.isEmpty()) {
        // "T/CAMs — …", "New Person - …": the names before a dash.
        static const QRegularExpression dash(QStringLiteral("^(.{2,60}?)\\s+[\u2014\u2013-]\\s+"));
        static const QRegularExpression twoNames(
            QStringLiteral("^([A-Z][\\w'\u2019-]+(?:\\s+[A-Z][\\w'\u2019-]+){1,2})\\s+(?=[A-Z])"));
        if (const QRegularExpressionMatch m = dash.match(text); m.hasMatch()) {
            bool names = true;
            const QStringList parts = splitNames(m.captured(1));
            for (const QString &p : parts) {
                if (p.split(QLatin1Char(' ')).size() > 4 || p.at(0).isLower())
                    names = false;
            }
            if (names && !parts.isEmpty()) {
                for (const QString &p : parts) {
                    if (!p.contains(QLatin1Char(' ')) && !m_people->known(p).isEmpty())
                        addPerson(m_people->known(p));
                    else if (!p.contains(QLatin1Char(' ')) || m_people->isGroup(p))
                        assignees.append(QJsonObject{{QStringLiteral("group"), m_people->group(p)}});
                    else
                        addPerson(m_people->person(p));
                }
                text = text.mid(m.capturedLength());
            }
        } else {
            // "Christopher Waters Kian-Tat Lim Modify …": a new name (two or three words) followed by a known one.
            const QStringList words = text.split(QLatin1Char(' '));
            for (int n = 2; n <= 3 && n < words.size() && assignees.isEmpty(); ++n) {
                const QString candidate = words.mid(0, n).join(QLatin1Char(' '));
                if (!twoNames.match(candidate + QStringLiteral(" X")).hasMatch())
                    break;
                const QString rest = words.mid(n).join(QLatin1Char(' '));
                for (const QString &name : names) {
                    if (rest.startsWith(name) && !m_people->isGroup(name)
                        && (rest.size() == name.size() || !rest.at(name.size()).isLetterOrNumber())) {
                        addPerson(m_people->person(candidate));
                        addPerson(m_people->person(name));
                        text = rest.mid(name.size());
                        break;
                    }
                }
            }
        }
    } else {
        // Two people: the second named after the first ("A and B — …").
        text.remove(QRegularExpression(QStringLiteral("^\\s*[\u2014\u2013:-]\\s*")));
    }
    if (assignees.isEmpty()) {
        for (const QString &mention : t.task.mentions) {
            addPerson(m_people->person(mention.section(QChar(0x1f), 0, 0), mention.section(QChar(0x1f), 1)));
            break;
        }
    }
    text.remove(QRegularExpression(QStringLiteral("^[\\s\u2014\u2013:\\-]+")));
    text.remove(QRegularExpression(QStringLiteral("[\\s\u2014\u2013\\-]+$")));
    QString description = capitalised(text.simplified());
    if (description.isEmpty())
        description = tr("(no description on the page)");
    QJsonObject a{{QStringLiteral("description"), description},
                  {QStringLiteral("assignees"), assignees},
                  {QStringLiteral("done"), t.task.done}};
    if (due.isValid())
        a.insert(QStringLiteral("dueDate"), due.toString(Qt::ISODate));
    if (!t.entryKey.isEmpty())
        a.insert(QStringLiteral("entry"), t.entryKey);
    if (ticket.isEmpty()) {
        const QStringList keys = WikiText::tickets(description);
        if (!keys.isEmpty())
            ticket = keys.first();
    }
    if (!ticket.isEmpty()) {
        a.insert(QStringLiteral("externalRef"), ticket);
        takeTickets({ticket});
    }
    return a;
}

void PageState::run(const WikiNode &root)
{
    // The page's content: Confluence's #main-content, else the body, else everything.
    const WikiNode *content = root.find([](const WikiNode &n) {
        return n.attribute("id") == QLatin1String("main-content") || n.hasClass("wiki-content");
    });
    if (!content)
        content = root.findElement("body");
    if (!content)
        content = &root;

    // The title: the page's heading, its <title> without the space name, or the first heading.
    // #title-text first: a saved page's #title-heading holds the breadcrumbs too. An export's heading
    // reads as its <title>, "Space : Page".
    QString title;
    for (const char *id : {"title-text", "title-heading"}) {
        if (!title.isEmpty())
            break;
        if (const WikiNode *t = root.find([id](const WikiNode &n) { return n.attribute("id") == QLatin1String(id); }))
            title = t->plainText();
    }
    if (title.isEmpty()) {
        if (const WikiNode *t = root.findElement("title"))
            title = t->plainText();
    }
    if (title.contains(QLatin1String(" : "))) // "DMLT : DMLT Meeting - 2023-10-30": the space's name first
        title = title.section(QLatin1String(" : "), 1);
    QList<const WikiNode *> blocks;
    flatten(*content, &blocks);
    bool sectionName = false;
    if (title.isEmpty() && !blocks.isEmpty() && blocks.first()->is("h1")
        && (sectionOf(blocks.first()->plainText(), &sectionName), !sectionName))
        title = blocks.first()->plainText();
    if (!blocks.isEmpty() && blocks.first()->is("h1") && blocks.first()->plainText() == title)
        blocks.removeFirst();
    if (title.isEmpty() && !m_page->source.isEmpty()) {
        // "DMLT-Meeting---2023-11-06_213157010.html" (an export's name) or the name the page was saved as.
        title = QFileInfo(m_page->source).completeBaseName().remove(QRegularExpression(QStringLiteral("_\\d+$")));
        if (!title.contains(QLatin1Char(' '))) {
            title.replace(QStringLiteral("---"), QStringLiteral(" - "));
            title.replace(QRegularExpression(QStringLiteral("(?<=[A-Za-z])-(?=[A-Za-z])")), QStringLiteral(" "));
        }
    }
    static const QRegularExpression pageIdInName(QStringLiteral("_(\\d{4,})\\.html?$"));
    m_page->pageId = pageIdInName.match(m_page->source).captured(1);
    m_page->title = title.simplified();

    QString rest;
    ConfluencePageReader::datesInTitle(m_page->title, &m_start, &m_end, &rest);

    Section section = Section::Intro;
    QString otherHeading;
    for (const WikiNode *block : std::as_const(blocks)) {
        const QString text = block->isText() ? block->text.simplified() : block->plainText();
        bool known = false;
        const bool heading = block->is("h1") || block->is("h2") || block->is("h3") || block->is("h4") || block->is("h5")
                             || block->is("h6");
        const Section named = sectionOf(text, &known);
        if (heading || ((block->is("p") || block->isText() || block->is("div")) && known && text.size() < 40)) {
            if (known) {
                section = named;
                continue;
            }
            if (heading && section == Section::Agenda && tryDayHeading(text))
                continue;
            if (heading) {
                section = Section::Other;
                otherHeading = text;
                continue;
            }
        }
        // A table of contents: a list whose items are all section names.
        if (block->is("ul") || block->is("ol")
            || (block->is("ac:structured-macro") && block->attribute("ac:name") == QLatin1String("toc"))) {
            bool toc = true;
            for (const WikiNode *li : block->findAll([](const WikiNode &n) { return n.is("li"); })) {
                bool k = false;
                QString itemText;
                for (const WikiNode &c : li->children) {
                    if (!c.is("ul") && !c.is("ol"))
                        itemText += c.isText() ? c.text : c.plainText();
                }
                sectionOf(itemText, &k);
                if (!k && !dayRow().match(itemText.simplified()).hasMatch())
                    toc = false;
            }
            if (toc && (section == Section::Intro || block->is("ac:structured-macro")))
                continue;
        }
        if (block->is("ac:structured-macro")) {
            const QString name = block->attribute("ac:name");
            if (name == QLatin1String("toc") || name == QLatin1String("children"))
                continue;
        }
        switch (section) {
        case Section::Intro:
        case Section::Logistics:
        case Section::Date:
        case Section::Location: {
            if (block->is("table") && section != Section::Location) {
                // Some pages open with a Date/Attendees table (Confluence's meeting notes template).
                bool handled = false;
                for (const WikiNode *row : rowsOf(*block)) {
                    const QList<const WikiNode *> cells = cellsOf(*row);
                    if (cells.size() < 2)
                        continue;
                    bool k = false;
                    const Section s = sectionOf(cells.at(0)->plainText(), &k);
                    if (!k)
                        continue;
                    handled = true;
                    if (s == Section::Participants)
                        participants(*cells.at(1));
                    else if (s == Section::Date) {
                        const QList<const WikiNode *> times
                            = cells.at(1)->findAll([](const WikiNode &n) { return n.is("time"); });
                        const QDate d
                            = times.isEmpty()
                                  ? WikiText::firstDate(cells.at(1)->plainText())
                                  : QDate::fromString(times.first()->attribute("datetime").left(10), Qt::ISODate);
                        if (d.isValid()) {
                            m_start = d;
                            m_end = d;
                        }
                        logisticsLine(cells.at(1)->plainText(), {});
                    } else {
                        logisticsLine(cells.at(1)->plainText(), {});
                    }
                }
                if (handled)
                    continue;
                if (section == Section::Intro) {
                    agendaTable(*block);
                    continue;
                }
            }
            if (section == Section::Date || section == Section::Intro || section == Section::Logistics) {
                const QList<const WikiNode *> times = block->findAll([](const WikiNode &n) { return n.is("time"); });
                QList<QDate> dates;
                for (const WikiNode *t : times) {
                    const QDate d = QDate::fromString(t->attribute("datetime").left(10), Qt::ISODate);
                    if (d.isValid())
                        dates << d;
                }
                if (dates.isEmpty()) {
                    qsizetype at = 0, length = 0;
                    const QDate first = WikiText::firstDate(text, &at, &length);
                    if (first.isValid()) {
                        dates << first;
                        const QDate second = WikiText::firstDate(text.mid(at + length));
                        if (second.isValid())
                            dates << second;
                    }
                }
                if (!dates.isEmpty() && (section == Section::Date || !m_start.isValid())) {
                    m_start = dates.first();
                    m_end = dates.size() > 1 && dates.last() >= dates.first() ? dates.last() : dates.first();
                    const QTime time
                        = WikiText::firstTime(text.mid(text.lastIndexOf(QString::number(m_start.year())) + 4));
                    const QString zone = WikiText::timeZoneIn(text);
                    if (time.isValid() && !zone.isEmpty()) {
                        m_dayStart = time;
                        m_timeZone = zone;
                    }
                    continue;
                }
            }
            QList<const WikiNode *> items = block->findAll([](const WikiNode &n) { return n.is("li"); });
            if (items.isEmpty())
                items << block;
            for (const WikiNode *item : std::as_const(items)) {
                QStringList links;
                for (const WikiNode *a : item->findAll([](const WikiNode &n) { return n.is("a"); }))
                    links << a->attribute("href");
                logisticsLine(item->isText() ? item->text : item->plainText(), links);
            }
            break;
        }
        case Section::Participants: participants(*block); break;
        case Section::Agenda: agendaBlock(*block); break;
        case Section::Attachments: attachments(*block); break;
        case Section::Summary: summary(*block); break;
        case Section::Actions: actions(*block, QString()); break;
        case Section::Planning: planning(*block); break;
        case Section::Decisions: decisions(*block); break;
        case Section::Goals: {
            QList<WikiTask> tasks;
            QStringList tickets;
            const QString n = WikiText::notes(*block, &tasks, &tickets);
            if (!n.isEmpty())
                m_description << n;
            break;
        }
        case Section::Other:
            if (block->is("table") && rowsOf(*block).size() > 1) {
                const QStringList header = [&] {
                    QStringList h;
                    for (const WikiNode *c : cellsOf(*rowsOf(*block).first()))
                        h << c->plainText();
                    return h;
                }();
                if (headerColumns(header).contains(Column::Topic)) {
                    agendaTable(*block);
                    break;
                }
            }
            if (block->find([](const WikiNode &n) {
                    return n.is("ac:task") || n.is("input") || !n.attribute("data-inline-task-id").isEmpty();
                })) {
                actions(*block, QString());
                break;
            }
            notice(tr("Not recognised (under “%1”); not imported.").arg(otherHeading), text);
            break;
        }
    }
    // Export to HTML puts the page's files in a section after the content.
    if (content != &root) {
        for (const WikiNode *section : root.findAll([](const WikiNode &n) { return n.hasClass("pageSection"); })) {
            if (section->find([](const WikiNode &n) { return n.attribute("id") == QLatin1String("attachments"); }))
                attachments(*section);
        }
    }
    linkedAttachments(*content);
    finish();
}

void PageState::finish()
{
    if (!m_start.isValid() && m_options.date.isValid()) {
        m_start = m_options.date;
        m_end = m_options.date;
    }
    m_page->startDate = m_start;
    if (!m_end.isValid() || m_end < m_start)
        m_end = m_start;
    for (Day &day : m_days) {
        if (!day.date.isValid() && m_start.isValid())
            day.date = m_start.addDays(day.number - 1);
        if (day.date.isValid() && day.date > m_end)
            m_end = day.date;
    }

    QJsonObject meeting{{QStringLiteral("title"), m_page->title.left(500)}};
    if (m_start.isValid()) {
        meeting.insert(QStringLiteral("startDate"), m_start.toString(Qt::ISODate));
        meeting.insert(QStringLiteral("endDate"), m_end.toString(Qt::ISODate));
    }
    const QString zone = !m_timeZone.isEmpty() ? m_timeZone : QString();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        meeting.insert(QStringLiteral("timeZone"), zone);
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            meeting.insert(QLatin1String(key), value);
    };
    m_conference.details().writeJson(&meeting);
    put("description", m_description.join(QStringLiteral("\n\n")));

    // Days: durations from one start to the next; starts from durations where only those are given.
    QJsonArray days;
    QSet<QDate> seen;
    QHash<QString, QString> roles; ///< person key → role, for moderators and coordinators
    for (Day &day : m_days) {
        if (!day.date.isValid() || seen.contains(day.date) || day.date < m_start || day.date > m_end) {
            if (day.date.isValid())
                notice(tr("A day outside the meeting's dates, or given twice; its entries were not imported."),
                       day.date.toString(Qt::ISODate));
            continue;
        }
        seen.insert(day.date);
        QList<Entry *> order;
        for (Block &b : day.blocks) {
            for (Entry &e : b.entries)
                order << &e;
        }
        QTime clock = m_dayStart.isValid() ? m_dayStart : QTime();
        for (int i = 0; i < order.size(); ++i) {
            Entry *e = order.at(i);
            if (!e->start.isValid() && clock.isValid())
                e->start = clock;
            if (e->minutes < 0) {
                e->minutes = 0;
                if (e->start.isValid()) {
                    for (int j = i + 1; j < order.size(); ++j) {
                        if (order.at(j)->start.isValid()) {
                            const int diff = int(e->start.secsTo(order.at(j)->start) / 60);
                            if (diff > 0)
                                e->minutes = diff;
                            break;
                        }
                    }
                }
                if (e->kind == QLatin1String("closing"))
                    e->minutes = 0;
            }
            clock = e->start.isValid() ? e->start.addSecs(e->minutes * 60) : QTime();
        }
        const auto entryJson = [&](const Entry &e) {
            QJsonObject o{{QStringLiteral("key"), e.key},
                          {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("title"), e.title.left(1000)},
                          {QStringLiteral("durationMinutes"), qBound(0, e.minutes, 1440)}};
            if (e.start.isValid())
                o.insert(QStringLiteral("start"), e.start.toString(QStringLiteral("HH:mm")));
            if (!e.coordinators.isEmpty())
                o.insert(QStringLiteral("coordinators"), QJsonArray::fromStringList(e.coordinators));
            if (!e.preNotes.isEmpty())
                o.insert(QStringLiteral("preNotes"), e.preNotes);
            if (!e.runningNotes.isEmpty())
                o.insert(QStringLiteral("runningNotes"), e.runningNotes);
            for (const QString &c : e.coordinators) {
                if (!roles.contains(c))
                    roles.insert(c, QStringLiteral("coordinator"));
            }
            return o;
        };
        QJsonArray agenda;
        for (const Block &b : std::as_const(day.blocks)) {
            if (b.key.isEmpty()) {
                for (const Entry &e : b.entries)
                    agenda.append(entryJson(e));
                continue;
            }
            QJsonArray entries;
            for (const Entry &e : b.entries)
                entries.append(entryJson(e));
            QJsonObject block{{QStringLiteral("key"), b.key},
                              {QStringLiteral("kind"), QStringLiteral("block")},
                              {QStringLiteral("title"), b.title.left(1000)},
                              {QStringLiteral("entries"), entries}};
            if (!b.moderator.isEmpty()) {
                block.insert(QStringLiteral("moderator"), b.moderator);
                roles.insert(b.moderator, QStringLiteral("moderator"));
            }
            agenda.append(block);
        }
        QJsonObject d{{QStringLiteral("date"), day.date.toString(Qt::ISODate)}, {QStringLiteral("agenda"), agenda}};
        if (!order.isEmpty() && order.first()->start.isValid()) {
            d.insert(QStringLiteral("plannedStart"), order.first()->start.toString(QStringLiteral("HH:mm")));
            const Entry *last = order.last();
            if (last->start.isValid())
                d.insert(QStringLiteral("plannedEnd"),
                         last->start.addSecs(last->minutes * 60).toString(QStringLiteral("HH:mm")));
        }
        days.append(d);
    }
    meeting.insert(QStringLiteral("days"), days);

    bool happened = false;
    for (const Day &day : std::as_const(m_days)) {
        for (const Block &b : day.blocks) {
            for (const Entry &e : b.entries)
                happened = happened || !e.runningNotes.isEmpty();
        }
    }
    happened = happened || !m_tasks.isEmpty();
    QStringList everyone = m_participants;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (!everyone.contains(it.key()))
            everyone << it.key();
    }
    QJsonArray participants;
    for (const QString &key : std::as_const(everyone)) {
        participants.append(QJsonObject{
            {QStringLiteral("person"), key},
            {QStringLiteral("role"), roles.value(key, QStringLiteral("attendee"))},
            {QStringLiteral("attendance"), happened ? QStringLiteral("present") : QStringLiteral("invited")}});
    }
    meeting.insert(QStringLiteral("participants"), participants);

    QJsonArray actions;
    for (const Task &t : std::as_const(m_tasks))
        actions.append(actionJson(t));
    meeting.insert(QStringLiteral("actionItems"), actions);
    // An attached document without a date (a list of names): dated with the meeting, as the format needs one.
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        QJsonObject a = m_attachments.at(i).toObject();
        if (!a.contains(QStringLiteral("modifiedAt")) && m_start.isValid()) {
            a.insert(QStringLiteral("modifiedAt"), m_start.toString(Qt::ISODate) + QStringLiteral("T12:00:00Z"));
            m_attachments.replace(i, a);
        }
    }
    meeting.insert(QStringLiteral("attachments"), m_attachments);
    meeting.insert(QStringLiteral("topicRequests"), m_requests);
    if (!m_decisions.isEmpty())
        meeting.insert(QStringLiteral("decisions"), m_decisions);
    m_page->meeting = meeting;
}

} // namespace

ConfluencePageReader::ConfluencePageReader(WikiPeople *people, const ConfluenceImport::Options &options)
    : m_people(people)
    , m_options(options)
{ }

ConfluencePage ConfluencePageReader::read(const WikiNode &root, const QString &source)
{
    ConfluencePage page;
    page.source = source;
    PageState state(m_people, m_options, &page, &m_entryKeys);
    state.run(root);
    return page;
}

bool ConfluencePageReader::datesInTitle(const QString &title, QDate *start, QDate *end, QString *rest)
{
    // "2020-09-15/17", "2022-02-15 to 17", "2020-09-15 to 2020-09-17", "2023-Oct-24", "15 Sep 2020 – 17 Sep 2020".
    static const QRegularExpression iso(
        QStringLiteral("((?:19|20)\\d\\d)-(\\d\\d|[A-Za-z]{3})-(\\d\\d)(?:\\s*(?:/"
                       "|to|-|\u2013|\u2014)\\s*(?:((?:19|20)\\d\\d)-(\\d\\d)-)?(\\d\\d)\\b)?"));
    const QRegularExpressionMatch m = iso.match(title);
    if (m.hasMatch()) {
        int month = m.captured(2).toInt();
        if (month == 0) {
            for (int i = 1; i <= 12; ++i) {
                if (QLocale::c().monthName(i, QLocale::ShortFormat).compare(m.captured(2), Qt::CaseInsensitive) == 0)
                    month = i;
            }
        }
        *start = QDate(m.captured(1).toInt(), month, m.captured(3).toInt());
        *end = *start;
        if (!m.captured(6).isEmpty()) {
            const QDate e = m.captured(4).isEmpty()
                                ? QDate(start->year(), start->month(), m.captured(6).toInt())
                                : QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
            if (e.isValid() && e >= *start && start->daysTo(e) < 31)
                *end = e;
        }
        *rest = title.left(m.capturedStart()) + title.mid(m.capturedEnd());
    } else {
        qsizetype at = 0, length = 0;
        *start = WikiText::firstDate(title, &at, &length);
        if (!start->isValid())
            return false;
        *rest = title.left(at) + title.mid(at + length);
        qsizetype at2 = 0, length2 = 0;
        const QDate second = WikiText::firstDate(*rest, &at2, &length2);
        *end = second.isValid() && second >= *start ? second : *start;
        if (second.isValid())
            *rest = rest->left(at2) + rest->mid(at2 + length2);
    }
    rest->remove(QRegularExpression(QStringLiteral("[\\s,\\-\u2013\u2014:]+$")));
    *rest = rest->simplified();
    return start->isValid();
}

} // namespace Quorum
