// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikitext.h"

#include "notes/chattranscript.h"

#include <QLocale>
#include <QRegularExpression>

namespace Quorum {

namespace {

constexpr QChar Bullets[] = {QChar(0x2022), QChar(0x25E6), QChar(0x25AA)}; // • ◦ ▪

bool isTaskMark(QChar c)
{
    return c == QChar(0x2611) || c == QChar(0x2713) || c == QChar(0x2714) || c == QChar(0x2610) || c == QChar(0x2612);
}

int bulletLevel(QChar c)
{
    for (int i = 0; i < 3; ++i) {
        if (c == Bullets[i])
            return i;
    }
    return -1;
}

bool isHeading(const WikiNode &n)
{
    return n.name.size() == 2 && n.name.at(0) == QLatin1Char('h') && n.name.at(1) >= QLatin1Char('1')
           && n.name.at(1) <= QLatin1Char('6');
}

QString macroName(const WikiNode &n)
{
    return n.attribute("ac:name").toLower();
}

QString macroParameter(const WikiNode &macro, const char *name)
{
    for (const WikiNode &c : macro.children) {
        if (c.is("ac:parameter") && c.attribute("ac:name").compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return c.plainText();
    }
    return {};
}

bool isBlock(const WikiNode &n)
{
    static const char *const blocks[] = {"p",
                                         "div",
                                         "ul",
                                         "ol",
                                         "li",
                                         "table",
                                         "tbody",
                                         "thead",
                                         "tr",
                                         "pre",
                                         "blockquote",
                                         "ac:task-list",
                                         "ac:rich-text-body",
                                         "ac:layout",
                                         "ac:layout-section",
                                         "ac:layout-cell",
                                         "section",
                                         "article",
                                         "dl",
                                         "hr"};
    if (n.isText())
        return false;
    if (isHeading(n))
        return true;
    for (const char *b : blocks) {
        if (n.is(b))
            return true;
    }
    if (n.is("ac:structured-macro")) {
        const QString name = macroName(n);
        return name != QLatin1String("jira") && name != QLatin1String("status");
    }
    return false;
}

QString jiraKey(const WikiNode &n)
{
    if (n.is("ac:structured-macro") && macroName(n) == QLatin1String("jira"))
        return macroParameter(n, "key");
    if (n.hasClass("jira-issue") && !n.attribute("data-jira-key").isEmpty())
        return n.attribute("data-jira-key");
    return {};
}

QString userName(const WikiNode &n, QString *username)
{
    if (n.is("ri:user")) {
        QString u = n.attribute("ri:username");
        if (u.isEmpty())
            u = n.attribute("ri:userkey");
        if (u.isEmpty())
            u = n.attribute("ri:account-id");
        *username = u;
        return QString();
    }
    if (n.is("a") && (n.hasClass("confluence-userlink") || n.hasClass("user-mention"))) {
        *username = n.attribute("data-username");
        return n.plainText();
    }
    return QString();
}

bool isMention(const WikiNode &n)
{
    return n.is("ri:user") || (n.is("a") && (n.hasClass("confluence-userlink") || n.hasClass("user-mention")));
}

QString mentionText(const WikiNode &n)
{
    QString username;
    const QString name = userName(n, &username);
    if (!name.isEmpty())
        return name;
    return username.isEmpty() ? QString() : QStringLiteral("Unknown User (%1)").arg(username);
}

/** Jira's rendering leaves "Getting issue details..." and "STATUS" behind; they are not notes. */
QString withoutJiraLeftovers(QString text)
{
    static const QRegularExpression details(QStringLiteral("\\s*-?\\s*Getting issue details\\.\\.\\.\\s*"));
    static const QRegularExpression status(QStringLiteral("(?<=[A-Z0-9]-\\d)(\\d*)\\s+STATUS\\b"));
    text.replace(details, QStringLiteral(" "));
    text.replace(status, QStringLiteral("\\1"));
    return text.simplified();
}

struct Line
{
    QString text;
    int level = -1; ///< list level, or -1 for a paragraph
    bool code = false;
};

class NotesBuilder
{
public:
    NotesBuilder(QList<WikiTask> *tasks, QStringList *tickets, bool plain = false)
        : m_tasks(tasks)
        , m_tickets(tickets)
        , m_plain(plain)
    { }

    void walk(const WikiNode &node, int depth, bool looseListText = false)
    {
        for (const WikiNode &child : node.children) {
            if (child.isText()) {
                m_inline += child.text;
                continue;
            }
            if (child.is("ac:task")) {
                flush(depth, looseListText);
                task(child);
                continue;
            }
            if (child.is("li") && !child.attribute("data-inline-task-id").isEmpty()) {
                flush(depth, looseListText);
                WikiTask t;
                t.done = child.hasClass("checked");
                collectTaskDetails(child, &t);
                t.text = withoutJiraLeftovers(inlineText(child));
                m_tasks->append(t);
                continue;
            }
            if (child.is("input")) {
                if (child.attribute("type").compare(QLatin1String("checkbox"), Qt::CaseInsensitive) == 0) {
                    flush(depth, looseListText);
                    m_inline += child.attributes.contains(QStringLiteral("checked")) ? QChar(0x2611) : QChar(0x2610);
                    m_inline += QLatin1Char(' ');
                    m_pendingCheckbox = true;
                }
                continue;
            }
            if (child.is("br")) {
                flush(depth, looseListText);
                continue;
            }
            if (!isBlock(child)) {
                m_inline += inlineText(child);
                if (m_pendingCheckbox)
                    collectTaskDetails(child, &m_checkboxTask);
                continue;
            }
            if (m_pendingCheckbox && (child.is("div") || child.is("p"))) {
                // A checkbox's text sits in the divs after it (the seed's rendering): one task.
                collectTaskDetails(child, &m_checkboxTask);
                m_inline += QLatin1Char(' ') + inlineText(child) + QLatin1Char(' ');
                continue;
            }
            if (!(m_pendingCheckbox && m_inline.simplified().size() <= 1))
                flush(depth, looseListText);
            block(child, depth);
        }
        // A checkbox alone in its div: its text follows in the next divs (the seed's rendering).
        if (!(m_pendingCheckbox && m_inline.simplified().size() <= 1))
            flush(depth, looseListText);
    }

    QString markdown() const
    {
        // A pasted chat: from its first "From X to Everyone:" line on, as ChatTranscript writes it.
        QList<Line> lines = m_lines;
        static const QRegularExpression chatLine(QStringLiteral("^From .+ to .+:"));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).level >= 0 || lines.at(i).code || !chatLine.match(lines.at(i).text).hasMatch())
                continue;
            QStringList rest;
            for (int j = i; j < lines.size(); ++j)
                rest << lines.at(j).text;
            const QString chat = ChatTranscript::toMarkdown(rest.join(QLatin1Char('\n')));
            if (!chat.isEmpty()) {
                lines = lines.mid(0, i);
                lines.append({chat.trimmed(), -2, false});
            }
            break;
        }
        QString out;
        const Line *previous = nullptr;
        for (const Line &line : std::as_const(lines)) {
            if (previous) {
                const bool together = previous->level >= 0 && line.level >= 0;
                out += together ? QStringLiteral("\n") : QStringLiteral("\n\n");
            }
            if (line.code)
                out += QStringLiteral("```\n") + line.text + QStringLiteral("\n```");
            else if (line.level >= 0)
                out += QString(line.level * 2, QLatin1Char(' ')) + QStringLiteral("- ") + line.text;
            else
                out += line.text;
            previous = &line;
        }
        return out.trimmed();
    }

private:
    void task(const WikiNode &node)
    {
        WikiTask t;
        for (const WikiNode &c : node.children) {
            if (c.is("ac:task-status"))
                t.done = c.plainText().compare(QLatin1String("complete"), Qt::CaseInsensitive) == 0;
            if (c.is("ac:task-body")) {
                collectTaskDetails(c, &t);
                t.text = withoutJiraLeftovers(inlineText(c));
            }
        }
        if (!t.text.isEmpty() || !t.mentions.isEmpty())
            m_tasks->append(t);
    }

    void collectTaskDetails(const WikiNode &node, WikiTask *t)
    {
        std::vector<const WikiNode *> stack{&node};
        while (!stack.empty()) {
            const WikiNode *n = stack.back();
            stack.pop_back();
            if (isMention(*n)) {
                QString username;
                const QString name = userName(*n, &username);
                t->mentions << name + QChar(0x1f) + username;
                continue;
            }
            if (n->is("time") && !t->due.isValid())
                t->due = QDate::fromString(n->attribute("datetime").left(10), Qt::ISODate);
            const QString key = jiraKey(*n);
            if (!key.isEmpty() && t->ticket.isEmpty())
                t->ticket = key;
            for (auto it = n->children.crbegin(); it != n->children.crend(); ++it)
                stack.push_back(&*it);
        }
    }

    void block(const WikiNode &child, int depth)
    {
        if (child.is("ul") || child.is("ol")) {
            for (const WikiNode &item : child.children) {
                if (item.is("li") && item.attribute("data-inline-task-id").isEmpty()) {
                    walk(item, depth + 1);
                } else if (item.isText() || !isBlock(item)) {
                    WikiNode loose;
                    loose.name = QStringLiteral("span");
                    loose.children << item;
                    walk(loose, depth + 1, true);
                } else {
                    WikiNode wrapper;
                    wrapper.name = QStringLiteral("div");
                    wrapper.children << item;
                    walk(wrapper, depth + 1);
                }
            }
            return;
        }
        if (child.is("pre")
            || (child.is("ac:structured-macro")
                && (macroName(child) == QLatin1String("code") || macroName(child) == QLatin1String("noformat")))) {
            const WikiNode *body = child.findElement("ac:plain-text-body");
            QString code = rawText(body ? *body : child).trimmed();
            code.replace(QStringLiteral("```"), QStringLiteral("``\u200b`"));
            if (!code.isEmpty())
                m_lines.append({code, -1, true});
            return;
        }
        if (child.is("ac:structured-macro")) {
            const QString name = macroName(child);
            if (name == QLatin1String("toc") || name == QLatin1String("children")
                || name.startsWith(QLatin1String("tasks-report")) || name == QLatin1String("attachments"))
                return;
            for (const WikiNode &c : child.children) {
                if (c.is("ac:rich-text-body"))
                    walk(c, depth);
            }
            return;
        }
        if (child.is("table") || child.is("tbody") || child.is("thead")) {
            for (const WikiNode *row : child.findAll([](const WikiNode &n) { return n.is("tr"); })) {
                QStringList cells;
                for (const WikiNode &cell : row->children) {
                    if (cell.is("td") || cell.is("th"))
                        cells << inlineText(cell);
                }
                const QString line = cells.join(QStringLiteral(" | ")).trimmed();
                if (!line.isEmpty() && line != QLatin1String("|"))
                    m_lines.append({line, -1, false});
            }
            return;
        }
        if (child.is("ac:task-list")) {
            for (const WikiNode &t : child.children) {
                if (t.is("ac:task"))
                    task(t);
            }
            return;
        }
        if (isHeading(child)) {
            const QString text = inlineText(child).simplified();
            if (!text.isEmpty())
                m_lines.append({QStringLiteral("**%1**").arg(text), -1, false});
            return;
        }
        if (child.is("hr"))
            return;
        walk(child, depth);
    }

    static QString rawText(const WikiNode &node)
    {
        QString out;
        std::vector<const WikiNode *> stack{&node};
        while (!stack.empty()) {
            const WikiNode *n = stack.back();
            stack.pop_back();
            if (n->isText())
                out += n->text;
            else if (n->is("br"))
                out += QLatin1Char('\n');
            for (auto it = n->children.crbegin(); it != n->children.crend(); ++it)
                stack.push_back(&*it);
        }
        return out;
    }

    QString inlineText(const WikiNode &node)
    {
        if (node.isText())
            return node.text;
        const QString key = jiraKey(node);
        if (!key.isEmpty()) {
            if (!m_tickets->contains(key))
                m_tickets->append(key);
            return QLatin1Char(' ') + key + QLatin1Char(' ');
        }
        if (isMention(node))
            return mentionText(node);
        if (node.is("time"))
            return node.attribute("datetime").left(10);
        if (node.is("ac:structured-macro") && macroName(node) == QLatin1String("status"))
            return macroParameter(node, "title");
        if (node.is("ac:link")) {
            const WikiNode *body
                = node.find([](const WikiNode &n) { return n.is("ac:plain-text-link-body") || n.is("ac:link-body"); });
            if (body)
                return body->plainText();
            for (const WikiNode &c : node.children) {
                if (c.is("ri:page"))
                    return c.attribute("ri:content-title");
                if (c.is("ri:attachment"))
                    return c.attribute("ri:filename");
                if (c.is("ri:user"))
                    return mentionText(c);
            }
            return {};
        }
        if (node.is("img") || node.is("ac:image") || node.is("ac:parameter") || node.is("ac:emoticon"))
            return {};
        if (node.is("input")) {
            if (node.attribute("type").compare(QLatin1String("checkbox"), Qt::CaseInsensitive) == 0)
                return node.attributes.contains(QStringLiteral("checked")) ? QStringLiteral("\u2611 ")
                                                                           : QStringLiteral("\u2610 ");
            return {};
        }
        QString inner;
        for (const WikiNode &c : node.children) {
            if (isBlock(c))
                inner += QLatin1Char(' ') + inlineText(c) + QLatin1Char(' ');
            else
                inner += inlineText(c);
        }
        const QString trimmed = inner.simplified();
        if (trimmed.isEmpty())
            return inner.isEmpty() ? QString() : QStringLiteral(" ");
        if (m_plain)
            return inner;
        if (node.is("a")) {
            const QString href = node.attribute("href");
            if ((href.startsWith(QLatin1String("http")) || href.startsWith(QLatin1String("mailto:")))
                && href != trimmed)
                return QStringLiteral("[%1](%2)").arg(trimmed, href);
            return inner;
        }
        if (node.is("em") || node.is("i"))
            return QStringLiteral("*%1*").arg(trimmed);
        if (node.is("strong") || node.is("b"))
            return QStringLiteral("**%1**").arg(trimmed);
        if (node.is("code") || node.is("tt"))
            return QStringLiteral("`%1`").arg(trimmed);
        return inner;
    }

    /** The inline text gathered so far, as paragraphs, list items and tasks. */
    void flush(int depth, bool looseListText)
    {
        const QString text = m_inline;
        m_inline.clear();
        const bool checkbox = m_pendingCheckbox;
        m_pendingCheckbox = false;
        WikiTask checkboxTask = m_checkboxTask;
        m_checkboxTask = WikiTask();
        if (text.simplified().isEmpty())
            return;

        // Split at bullets (a list flattened into text) and at task marks.
        struct Segment
        {
            QString text;
            int bullet = -1;
            bool task = false;
        };
        QList<Segment> segments{{}};
        for (const QChar c : text) {
            const int level = bulletLevel(c);
            if (level >= 0) {
                segments.append({QString(), level, false});
                continue;
            }
            if (isTaskMark(c)) {
                segments.append({QString(c), segments.last().bullet, true});
                continue;
            }
            segments.last().text += c;
        }
        bool first = true;
        for (const Segment &s : std::as_const(segments)) {
            const QString t = s.text.simplified();
            if (t.isEmpty() || (s.task && t.size() <= 1)) {
                first = false;
                continue;
            }
            if (s.task) {
                WikiTask task = checkbox ? checkboxTask : WikiTask();
                task.done = t.at(0) != QChar(0x2610);
                task.text = withoutJiraLeftovers(t.mid(1));
                m_tasks->append(task);
            } else if (s.bullet >= 0) {
                m_lines.append({withoutJiraLeftovers(t), s.bullet, false});
            } else if (depth > 0) {
                const QStringList items = looseListText && first ? sentences(t) : QStringList{t};
                for (const QString &item : items)
                    m_lines.append({withoutJiraLeftovers(item), depth - 1, false});
            } else {
                m_lines.append({withoutJiraLeftovers(t), -1, false});
            }
            first = false;
        }
    }

    /** List items run together without their tags ("…regular work.Flying to NL…"): one item each. */
    static QStringList sentences(const QString &text)
    {
        static const QRegularExpression glue(
            QStringLiteral("(?:(?<=[a-z][.?!])|(?<=[)\u201d\"]))(?=[A-Z\u201c(]|\\d{4}-\\d\\d)"));
        QStringList out;
        for (const QString &part : text.split(glue, Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
        return out;
    }

    QList<WikiTask> *m_tasks;
    QStringList *m_tickets;
    QList<Line> m_lines;
    QString m_inline;
    bool m_pendingCheckbox = false;
    WikiTask m_checkboxTask;
    bool m_plain = false; ///< text without Markdown: links as their text, no emphasis
};

QDate dateAt(const QRegularExpressionMatch &m)
{
    const QLocale c = QLocale::c();
    if (!m.captured(QStringLiteral("iy")).isEmpty())
        return QDate(m.captured(QStringLiteral("iy")).toInt(), m.captured(QStringLiteral("im")).toInt(),
                     m.captured(QStringLiteral("id")).toInt());
    const QString monthName = m.captured(QStringLiteral("m1")).isEmpty() ? m.captured(QStringLiteral("m2"))
                                                                         : m.captured(QStringLiteral("m1"));
    const int day = m.captured(QStringLiteral("d1")).isEmpty() ? m.captured(QStringLiteral("d2")).toInt()
                                                               : m.captured(QStringLiteral("d1")).toInt();
    const int year = m.captured(QStringLiteral("y1")).isEmpty() ? m.captured(QStringLiteral("y2")).toInt()
                                                                : m.captured(QStringLiteral("y1")).toInt();
    for (int month = 1; month <= 12; ++month) {
        if (c.monthName(month, QLocale::ShortFormat).compare(monthName.left(3), Qt::CaseInsensitive) == 0)
            return QDate(year, month, day);
    }
    return {};
}

const QRegularExpression &dateExpression()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d-])(?:(?<iy>(?:19|20)\\d\\d)-(?<im>[01]?\\d)-(?<id>[0-3]?\\d)(?!\\d)"
                       "|(?<d1>[0-3]?\\d)\\s+(?<m1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(?<"
                       "y1>(?:19|20)\\d\\d)"
                       "|(?<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?<d2>[0-3]?\\d)(?:st|nd|"
                       "rd|th)?,?\\s+"
                       "(?<y2>(?:19|20)\\d\\d))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString WikiText::notes(const WikiNode &node, QList<WikiTask> *tasks, QStringList *tickets)
{
    NotesBuilder builder(tasks, tickets);
    if (node.is("td") || node.is("th") || node.is("#root") || node.is("body")) {
        builder.walk(node, 0);
    } else {
        WikiNode wrapper; // the node itself is a list, a paragraph, a table: walked as one
        wrapper.name = QStringLiteral("div");
        wrapper.children << node;
        builder.walk(wrapper, 0);
    }
    return builder.markdown();
}

QString WikiText::text(const WikiNode &node, bool plain)
{
    QList<WikiTask> tasks;
    QStringList tickets;
    NotesBuilder builder(&tasks, &tickets, plain);
    WikiNode wrapper;
    wrapper.name = QStringLiteral("span");
    wrapper.children << node;
    builder.walk(wrapper, 0);
    QString out = builder.markdown();
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.simplified();
}

QDate WikiText::firstDate(const QString &text, qsizetype *start, qsizetype *length)
{
    for (auto it = dateExpression().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d = dateAt(m);
        if (d.isValid()) {
            if (start)
                *start = m.capturedStart();
            if (length)
                *length = m.capturedLength();
            return d;
        }
    }
    return {};
}

QDate WikiText::lastDate(const QString &text, qsizetype *start, qsizetype *length)
{
    QDate last;
    for (auto it = dateExpression().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d = dateAt(m);
        if (d.isValid()) {
            last = d;
            if (start)
                *start = m.capturedStart();
            if (length)
                *length = m.capturedLength();
        }
    }
    return last;
}

QTime WikiText::firstTime(const QString &text)
{
    static const QRegularExpression clock(
        QStringLiteral("(?<![\\d:])([01]?\\d|2[0-3])(?:[:.h]([0-5]\\d))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d])"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = clock.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2).isEmpty() && m.captured(3).isEmpty())
            continue; // a bare number is not a time
        int hour = m.captured(1).toInt();
        const QString half = m.captured(3).toLower();
        if (half.startsWith(QLatin1Char('p')) && hour < 12)
            hour += 12;
        if (half.startsWith(QLatin1Char('a')) && hour == 12)
            hour = 0;
        return QTime(hour, m.captured(2).toInt());
    }
    return {};
}

int WikiText::duration(const QString &text, bool colonIsDuration)
{
    const QString t = text.simplified().toLower();
    static const QRegularExpression hm(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    if (colonIsDuration) {
        const QRegularExpressionMatch m = hm.match(t);
        if (m.hasMatch())
            return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    }
    static const QRegularExpression parts(
        QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)\\b"));
    int minutes = -1;
    for (auto it = parts.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double value = QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const bool hours = m.captured(2).startsWith(QLatin1Char('h'));
        minutes = qMax(0, minutes) + int(value * (hours ? 60 : 1) + 0.5);
    }
    if (minutes < 0 && (t == QLatin1String("an hour") || t == QLatin1String("1 hour")))
        minutes = 60;
    return minutes > 24 * 60 ? -1 : minutes;
}

QStringList WikiText::tickets(const QString &text)
{
    static const QRegularExpression key(QStringLiteral("\\b([A-Z][A-Z0-9]{1,15}-\\d{1,7})\\b"));
    QStringList out;
    for (auto it = key.globalMatch(text); it.hasNext();) {
        const QString k = it.next().captured(1);
        if (!out.contains(k))
            out << k;
    }
    return out;
}

QString WikiText::timeZoneIn(const QString &text)
{
    static const QList<QPair<QRegularExpression, QString>> zones{
        {QRegularExpression(QStringLiteral("\\b(PT|PST|PDT|Pacific)\\b")), QStringLiteral("America/Los_Angeles")},
        {QRegularExpression(QStringLiteral("\\b(MT|MST|MDT|Mountain)\\b")), QStringLiteral("America/Denver")},
        {QRegularExpression(QStringLiteral("\\b(CT|CST|CDT|Central)\\b")), QStringLiteral("America/Chicago")},
        {QRegularExpression(QStringLiteral("\\b(ET|EST|EDT|Eastern)\\b")), QStringLiteral("America/New_York")},
        {QRegularExpression(QStringLiteral("\\b(CET|CEST)\\b")), QStringLiteral("Europe/Paris")},
        {QRegularExpression(QStringLiteral("\\b(UTC|GMT)\\b")), QStringLiteral("UTC")},
        {QRegularExpression(QStringLiteral("\\b(CLT|CLST|Chile)\\b")), QStringLiteral("America/Santiago")},
    };
    for (const auto &[re, zone] : zones) {
        if (re.match(text).hasMatch())
            return zone;
    }
    return {};
}

QString WikiText::excerpt(const QString &text, int n)
{
    const QString t = text.simplified();
    return t.size() <= n ? t : t.left(n - 1) + QChar(0x2026);
}

} // namespace Quorum
