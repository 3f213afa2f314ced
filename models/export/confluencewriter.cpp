// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluencewriter.h"

#include "agenda/agendastate.h"
#include "document/meetingreader.h"
#include "noteshtml.h"
#include "reportbuilder.h"
#include "storage/database.h"
#include "storage/linkpatternrepository.h"

#include <QHash>
#include <QXmlStreamReader>

#include <utility>

namespace Quorum {

namespace {

using Attributes = QList<QPair<QString, QString>>;

const QString Dash = QStringLiteral(" \u2014 ");

/** Text as XML character data: the characters XML 1.0 forbids left out, the rest escaped. */
QString escaped(const QString &text)
{
    return NotesHtml::xmlText(text).toHtmlEscaped();
}

/**
 * Writes XHTML one element at a time: every open element is closed in order, so what it writes is
 * well-formed whatever the text holds.
 */
class Xhtml
{
public:
    void open(const QString &tag, const Attributes &attributes = {})
    {
        m_out += QLatin1Char('<') + tag + attributeText(attributes) + QLatin1Char('>');
        m_open.append(tag);
    }
    void close() { m_out += QStringLiteral("</") + m_open.takeLast() + QLatin1Char('>'); }
    void closeTo(qsizetype depth)
    {
        while (m_open.size() > depth)
            close();
    }
    /** An element without content, written as Confluence writes it: <time datetime="…" />. */
    void empty(const QString &tag, const Attributes &attributes = {})
    {
        m_out += QLatin1Char('<') + tag + attributeText(attributes) + QStringLiteral(" />");
    }
    void text(const QString &text) { m_out += escaped(text); }
    void element(const QString &tag, const QString &text, const Attributes &attributes = {})
    {
        open(tag, attributes);
        this->text(text);
        close();
    }
    void newline() { m_out += QLatin1Char('\n'); }
    /** What another writer wrote, its elements closed. */
    void append(Xhtml &other) { m_out += other.take(); }
    QString take()
    {
        closeTo(0);
        return std::exchange(m_out, QString());
    }

private:
    static QString attributeText(const Attributes &attributes)
    {
        QString out;
        for (const auto &[name, value] : attributes)
            out += QLatin1Char(' ') + name + QStringLiteral("=\"") + escaped(value) + QLatin1Char('"');
        return out;
    }

    QString m_out;
    QStringList m_open;
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/** The people of ids by their shown names: "Tim Jenness / Robert Gruendl", as the seed page writes them. */
QString peopleText(const NameLookup &names, const QList<Id> &ids)
{
    QStringList shown;
    for (Id id : ids)
        shown << names.person(id);
    return shown.join(QStringLiteral(" / "));
}

/** "30 minutes", "1 hour", "2 hours": the time a topic request asks for. */
QString minutesText(int minutes)
{
    if (minutes < 0)
        return {};
    if (minutes == 60)
        return ConfluenceWriter::tr("1 hour");
    if (minutes > 0 && minutes % 60 == 0)
        return ConfluenceWriter::tr("%1 hours").arg(minutes / 60);
    if (minutes == 1)
        return ConfluenceWriter::tr("1 minute");
    return ConfluenceWriter::tr("%1 minutes").arg(minutes);
}

/** Writes a meeting's parts into an Xhtml. */
class PageWriter
{
public:
    PageWriter(const MeetingContent &content, const NameLookup &names, const TicketLinker &linker)
        : m_c(content)
        , m_names(names)
        , m_linker(linker)
    {
        m_agenda.startDate = content.meeting.startDate;
        m_agenda.endDate = content.meeting.endDate;
        m_agenda.days = content.days;
        m_agenda.entries = content.entries;
        for (const ActionItem &a : content.actions) {
            if (m_agenda.entry(a.entryId))
                m_actionsOf[a.entryId] << &a;
            else
                m_looseActions << &a;
        }
    }

    QString write(bool minutes)
    {
        m_minutes = minutes;
        m_x.element(QStringLiteral("h1"), m_c.meeting.title);
        m_x.newline();
        notes(m_c.meeting.description);
        logistics();
        agenda();
        if (minutes) {
            actionItems();
            decisions();
        }
        attachments();
        planning();
        return m_x.take();
    }

private:
    void ticketText(const QString &text) { ticketText(m_x, text); }

    // Text with its ticket keys: a Jira macro, a link, or (no pattern) the text itself.
    void ticketText(Xhtml &x, const QString &text) const
    {
        qsizetype from = 0;
        for (const TicketLinker::Key &key : m_linker.keysIn(text)) {
            x.text(text.mid(from, key.start - from));
            from = key.start + key.length;
            if (ConfluenceWriter::isJira(key.pattern)) {
                x.open(QStringLiteral("ac:structured-macro"), {{QStringLiteral("ac:name"), QStringLiteral("jira")}});
                x.element(QStringLiteral("ac:parameter"), key.key,
                          {{QStringLiteral("ac:name"), QStringLiteral("key")}});
                x.close();
            } else if (NotesHtml::isSafeLink(key.url)) {
                x.element(QStringLiteral("a"), key.key, {{QStringLiteral("href"), key.url}});
            } else {
                x.text(key.key);
            }
        }
        x.text(text.mid(from));
    }

    void dateElement(const QDate &date)
    {
        m_x.empty(QStringLiteral("time"), {{QStringLiteral("datetime"), isoDate(date)}});
    }

    /**
     * Markdown notes as XHTML: NotesHtml's fragment, read back as XML and written again with only
     * the elements Confluence knows (b → strong, i → em, s → a struck-out span), links checked
     * again, and ticket keys outside links and code as in ticketText().
     */
    void notes(const QString &markdown)
    {
        if (markdown.trimmed().isEmpty())
            return;
        const QString html = NotesHtml::fromMarkdown(markdown);
        QXmlStreamReader reader(QStringLiteral("<notes>") + html + QStringLiteral("</notes>"));
        Xhtml x;
        QList<bool> written; // per open element of the notes: whether it was written
        int plain = 0; // open a, code and pre elements: their text has no ticket macros
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement: {
                const QString name = reader.name().toString();
                if (name == QLatin1String("notes"))
                    break;
                QString tag;
                Attributes attributes;
                if (name == QLatin1String("b"))
                    tag = QStringLiteral("strong");
                else if (name == QLatin1String("i"))
                    tag = QStringLiteral("em");
                else if (name == QLatin1String("s")) {
                    tag = QStringLiteral("span");
                    attributes = {{QStringLiteral("style"), QStringLiteral("text-decoration: line-through;")}};
                } else if (name == QLatin1String("a")) {
                    const QString href = reader.attributes().value(QStringLiteral("href")).toString();
                    if (NotesHtml::isSafeLink(href)) {
                        tag = name;
                        attributes = {{QStringLiteral("href"), href}};
                    }
                } else if (name == QLatin1String("br") || name == QLatin1String("hr")) {
                    x.empty(name);
                    written << false;
                    break;
                } else {
                    static const QStringList kept{QStringLiteral("p"),    QStringLiteral("ul"),
                                                  QStringLiteral("ol"),   QStringLiteral("li"),
                                                  QStringLiteral("code"), QStringLiteral("pre"),
                                                  QStringLiteral("h5"),   QStringLiteral("blockquote")};
                    if (kept.contains(name))
                        tag = name;
                }
                if (name == QLatin1String("a") || name == QLatin1String("code") || name == QLatin1String("pre"))
                    ++plain;
                if (!tag.isEmpty())
                    x.open(tag, attributes);
                written << !tag.isEmpty();
                break;
            }
            case QXmlStreamReader::EndElement: {
                const QString name = reader.name().toString();
                if (name == QLatin1String("notes") || written.isEmpty())
                    break;
                if (name == QLatin1String("a") || name == QLatin1String("code") || name == QLatin1String("pre"))
                    --plain;
                if (written.takeLast() && name != QLatin1String("br") && name != QLatin1String("hr"))
                    x.close();
                break;
            }
            case QXmlStreamReader::Characters:
                if (plain > 0)
                    x.text(reader.text().toString());
                else
                    ticketText(x, reader.text().toString());
                break;
            default: break;
            }
        }
        if (reader.hasError()) {
            // NotesHtml writes well-formed XHTML; were it ever not, the words still arrive, as text.
            m_x.element(QStringLiteral("p"), markdown);
            return;
        }
        m_x.append(x);
    }

    void logistics()
    {
        const Meeting &m = m_c.meeting;
        m_x.element(QStringLiteral("h2"), ConfluenceWriter::tr("Logistics"));
        m_x.newline();
        m_x.element(QStringLiteral("h3"), ConfluenceWriter::tr("Date"));
        m_x.newline();
        m_x.open(QStringLiteral("p"));
        dateElement(m.startDate);
        if (m.endDate.isValid() && m.endDate != m.startDate) {
            m_x.text(QStringLiteral(" \u2013 "));
            dateElement(m.endDate);
        }
        m_x.close();
        m_x.newline();
        if (!m.timeZone.isEmpty()) {
            m_x.element(QStringLiteral("p"), ConfluenceWriter::tr("All times are %1.").arg(m.timeZone));
            m_x.newline();
        }

        m_x.element(QStringLiteral("h3"), ConfluenceWriter::tr("Location"));
        m_x.newline();
        if (!m.location.isEmpty()) {
            m_x.element(QStringLiteral("p"), m.location);
            m_x.newline();
        }
        // The join link without its secrets (Zoom's pwd …), as every printed document shows it.
        const QString join = Meeting::printableJoinUrl(m.joinUrl);
        const bool anyWay
            = !join.isEmpty() || !m.meetingCode.isEmpty() || !m.dialIns.isEmpty() || !m.sipAddress.isEmpty();
        if (anyWay) {
            m_x.open(QStringLiteral("ul"));
            if (!join.isEmpty()) {
                m_x.open(QStringLiteral("li"));
                m_x.text(ConfluenceWriter::tr("Join: "));
                m_x.element(QStringLiteral("a"), join, {{QStringLiteral("href"), join}});
                if (!m.meetingCode.isEmpty())
                    m_x.text(ConfluenceWriter::tr(" (ID: %1)").arg(m.meetingCode));
                m_x.close();
            } else if (!m.meetingCode.isEmpty()) {
                m_x.element(QStringLiteral("li"), ConfluenceWriter::tr("Meeting ID: %1").arg(m.meetingCode));
            }
            for (const DialIn &d : m.dialIns) {
                m_x.element(QStringLiteral("li"),
                            d.label.isEmpty() ? ConfluenceWriter::tr("Join by phone %1").arg(d.number)
                                              : ConfluenceWriter::tr("Join by phone (%1) %2").arg(d.label, d.number));
            }
            if (!m.sipAddress.isEmpty())
                m_x.element(QStringLiteral("li"), ConfluenceWriter::tr("Join using SIP %1").arg(m.sipAddress));
            m_x.close();
            m_x.newline();
        }
        // Only ever the hint: the library holds no passcode.
        if (!m.passcodeHint.isEmpty()) {
            m_x.element(QStringLiteral("p"), ConfluenceWriter::tr("Passcode: %1").arg(m.passcodeHint));
            m_x.newline();
        }

        if (m_c.participants.isEmpty())
            return;
        m_x.element(QStringLiteral("h3"), ConfluenceWriter::tr("Participants"));
        m_x.newline();
        m_x.open(QStringLiteral("ul"));
        for (const Participant &p : m_c.participants)
            m_x.element(QStringLiteral("li"), m_names.person(p.personId));
        m_x.close();
        m_x.newline();
    }

    void agenda()
    {
        m_x.element(QStringLiteral("h2"), ConfluenceWriter::tr("Agenda"));
        m_x.newline();
        for (int i = 0; i < m_agenda.days.size(); ++i) {
            const MeetingDay &day = m_agenda.days.at(i);
            m_x.open(QStringLiteral("table"));
            m_x.open(QStringLiteral("tbody"));
            m_x.newline();
            m_x.open(QStringLiteral("tr"));
            m_x.open(QStringLiteral("th"), {{QStringLiteral("colspan"), QStringLiteral("5")}});
            m_x.element(QStringLiteral("h3"), ConfluenceWriter::tr("Day %1: %2").arg(i + 1).arg(isoDate(day.date)));
            m_x.close();
            m_x.close();
            m_x.newline();
            m_x.open(QStringLiteral("tr"));
            for (const QString &header :
                 {ConfluenceWriter::tr("Time"), ConfluenceWriter::tr("Topic"), ConfluenceWriter::tr("Coordinator"),
                  ConfluenceWriter::tr("Pre-meeting notes"), ConfluenceWriter::tr("Running notes")})
                m_x.element(QStringLiteral("th"), header);
            m_x.close();
            m_x.newline();
            for (Id id : m_agenda.children(day.id, 0)) {
                const AgendaEntry *e = m_agenda.entry(id);
                if (e->kind != AgendaEntry::Kind::Block) {
                    entryRow(*e);
                    continue;
                }
                blockRow(*e);
                for (Id child : m_agenda.children(day.id, id))
                    entryRow(*m_agenda.entry(child));
            }
            m_x.close();
            m_x.close();
            m_x.newline();
        }
    }

    /** "Moderator: X", "Title — Moderator: X" or "Title", in one cell across the row. */
    void blockRow(const AgendaEntry &block)
    {
        const QString moderator = m_names.person(block.moderatorId);
        QString text = moderator.isEmpty() ? QString() : ConfluenceWriter::tr("Moderator: %1").arg(moderator);
        if (!block.title.isEmpty())
            text = text.isEmpty() ? block.title : block.title + Dash + text;
        m_x.open(QStringLiteral("tr"));
        m_x.element(QStringLiteral("td"), text, {{QStringLiteral("colspan"), QStringLiteral("5")}});
        m_x.close();
        m_x.newline();
    }

    void entryRow(const AgendaEntry &e)
    {
        m_x.open(QStringLiteral("tr"));
        m_x.element(QStringLiteral("td"), ReportBuilder::timeRange(e.startTime, e.durationMinutes, QLocale::c()));
        m_x.open(QStringLiteral("td"));
        ticketText(e.title);
        m_x.close();
        m_x.element(QStringLiteral("td"), peopleText(m_names, e.coordinatorIds));
        m_x.open(QStringLiteral("td"));
        notes(e.preNotes);
        m_x.close();
        m_x.open(QStringLiteral("td"));
        if (m_minutes) {
            notes(e.runningNotes);
            tasks(m_actionsOf.value(e.id));
        }
        m_x.close();
        m_x.close();
        m_x.newline();
    }

    /** Action items as a Confluence task list, numbered through the page. */
    void tasks(const QList<const ActionItem *> &actions)
    {
        if (actions.isEmpty())
            return;
        m_x.open(QStringLiteral("ac:task-list"));
        for (const ActionItem *a : actions) {
            m_x.open(QStringLiteral("ac:task"));
            m_x.element(QStringLiteral("ac:task-id"), QString::number(++m_taskId));
            m_x.element(QStringLiteral("ac:task-status"),
                        a->done ? QStringLiteral("complete") : QStringLiteral("incomplete"));
            m_x.open(QStringLiteral("ac:task-body"));
            const QString who = m_names.joinAssignees(a->assignees);
            if (!who.isEmpty())
                m_x.text(who + Dash);
            QString text = a->description;
            if (!a->externalRef.isEmpty() && !text.contains(a->externalRef))
                text += QStringLiteral(" (") + a->externalRef + QLatin1Char(')');
            ticketText(text);
            if (a->dueDate.isValid()) {
                m_x.text(QStringLiteral(" "));
                dateElement(a->dueDate);
            }
            m_x.close();
            m_x.close();
        }
        m_x.close();
    }

    void actionItems()
    {
        if (m_c.actions.isEmpty())
            return;
        m_x.element(QStringLiteral("h2"), ConfluenceWriter::tr("Action items"));
        m_x.newline();
        const qsizetype placed = m_c.actions.size() - m_looseActions.size();
        if (placed > 0) {
            m_x.element(QStringLiteral("p"),
                        ConfluenceWriter::tr("The running notes hold %1 of the meeting's %2 action items, each under "
                                             "the agenda entry it was recorded under.")
                            .arg(placed)
                            .arg(m_c.actions.size()));
            m_x.newline();
        }
        tasks(m_looseActions);
        m_x.newline();
    }

    QString entryTitle(Id entryId) const
    {
        const AgendaEntry *e = m_agenda.entry(entryId);
        return e ? e->title : QString();
    }

    /** "<h2>HEADING</h2>" and a table opened with its header row: a section that is one table. */
    void openSectionTable(const QString &heading, const QStringList &headers)
    {
        m_x.element(QStringLiteral("h2"), heading);
        m_x.newline();
        m_x.open(QStringLiteral("table"));
        m_x.open(QStringLiteral("tbody"));
        m_x.newline();
        headerRow(headers);
    }

    void headerRow(const QStringList &headers)
    {
        m_x.open(QStringLiteral("tr"));
        for (const QString &header : headers)
            m_x.element(QStringLiteral("th"), header);
        m_x.close();
        m_x.newline();
    }

    void decisions()
    {
        if (m_c.decisions.isEmpty())
            return;
        openSectionTable(ConfluenceWriter::tr("Decisions"),
                         {ConfluenceWriter::tr("Decision"), ConfluenceWriter::tr("Decided by"),
                          ConfluenceWriter::tr("Date"), ConfluenceWriter::tr("Agenda entry"),
                          ConfluenceWriter::tr("Ticket")});
        for (const Decision &d : m_c.decisions) {
            m_x.open(QStringLiteral("tr"));
            m_x.open(QStringLiteral("td"));
            ticketText(d.text);
            m_x.close();
            m_x.element(QStringLiteral("td"), m_names.joinAssignees(d.decidedBy));
            m_x.open(QStringLiteral("td"));
            if (d.date.isValid())
                dateElement(d.date);
            m_x.close();
            m_x.element(QStringLiteral("td"), entryTitle(d.entryId));
            m_x.open(QStringLiteral("td"));
            ticketText(d.externalRef);
            m_x.close();
            m_x.close();
            m_x.newline();
        }
        m_x.close();
        m_x.close();
        m_x.newline();
    }

    void attachments()
    {
        if (m_c.attachments.isEmpty())
            return;
        m_x.element(QStringLiteral("h2"), ConfluenceWriter::tr("Attached documents"));
        m_x.newline();
        m_x.open(QStringLiteral("ul"));
        for (const Attachment &a : m_c.attachments) {
            m_x.open(QStringLiteral("li"));
            m_x.element(QStringLiteral("strong"), a.fileName);
            if (!a.mimeType.isEmpty())
                m_x.text(QStringLiteral(" (") + a.mimeType + QLatin1Char(')'));
            if (a.modifiedAt.isValid()) {
                m_x.text(QStringLiteral(", "));
                dateElement(a.modifiedAt.toUTC().date());
            }
            if (const QString by = m_names.person(a.uploadedBy); !by.isEmpty())
                m_x.text(ConfluenceWriter::tr(" by %1").arg(by));
            if (!a.description.isEmpty())
                m_x.text(Dash + a.description);
            m_x.close();
            m_x.newline();
        }
        m_x.close();
        m_x.newline();
    }

    void planning()
    {
        if (m_c.requests.isEmpty())
            return;
        openSectionTable(ConfluenceWriter::tr("Pre-meeting planning"),
                         {ConfluenceWriter::tr("Topic"), ConfluenceWriter::tr("Requested by"),
                          ConfluenceWriter::tr("Time required"), ConfluenceWriter::tr("Notes")});
        for (const TopicRequest &r : m_c.requests) {
            m_x.open(QStringLiteral("tr"));
            m_x.open(QStringLiteral("td"));
            ticketText(r.topic);
            m_x.close();
            m_x.element(QStringLiteral("td"), peopleText(m_names, r.requestedBy));
            m_x.element(QStringLiteral("td"), minutesText(r.minutesRequired));
            m_x.open(QStringLiteral("td"));
            notes(r.notes);
            m_x.close();
            m_x.close();
            m_x.newline();
        }
        m_x.close();
        m_x.close();
        m_x.newline();
    }

    const MeetingContent &m_c;
    const NameLookup &m_names;
    const TicketLinker &m_linker;
    AgendaState m_agenda;
    QHash<Id, QList<const ActionItem *>> m_actionsOf;
    QList<const ActionItem *> m_looseActions; ///< of no entry (or of one since removed)
    Xhtml m_x;
    bool m_minutes = false;
    int m_taskId = 0;
};

} // namespace

ConfluenceWriter::ConfluenceWriter(MeetingContent content, NameLookup names, const QList<LinkPattern> &patterns)
    : m_content(std::move(content))
    , m_names(std::move(names))
    , m_linker(patterns)
{ }

ConfluenceWriter ConfluenceWriter::read(const Database &db, Id meetingId)
{
    const MeetingReader reader(db.connection());
    return ConfluenceWriter(reader.load(meetingId), reader.names(), LinkPatternRepository(db.connection()).all());
}

bool ConfluenceWriter::publishes(ReportOptions::Kind kind)
{
    return kind == ReportOptions::Kind::Agenda || kind == ReportOptions::Kind::Minutes;
}

bool ConfluenceWriter::isJira(const LinkPattern &pattern)
{
    return pattern.url.contains(QLatin1String("/browse/"));
}

QString ConfluenceWriter::agenda() const
{
    return document(false);
}

QString ConfluenceWriter::minutes() const
{
    return document(true);
}

QString ConfluenceWriter::write(ReportOptions::Kind kind) const
{
    if (!publishes(kind))
        return {};
    return document(kind == ReportOptions::Kind::Minutes);
}

QString ConfluenceWriter::document(bool minutes) const
{
    return PageWriter(m_content, m_names, m_linker).write(minutes);
}

} // namespace Quorum
