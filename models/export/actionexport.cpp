// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionexport.h"

#include "data/person.h"
#include "document/meetingreader.h"
#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/database.h"
#include "storage/invitationrepository.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Quorum {

QList<ActionExportRow> ActionExport::load(const Database &db, Id meetingId)
{
    const QSqlDatabase c = db.connection();
    const NameLookup names = MeetingReader(c).names();
    QHash<Id, MeetingSummary> meetings;
    for (const MeetingSummary &m : MeetingRepository(c).summaries())
        meetings.insert(m.id, m);
    QHash<Id, QString> entryTitles;
    // Addresses for the to-dos' ATTENDEE and ORGANIZER lines (issue 21).
    QHash<Id, Person> people;
    for (const Person &p : PersonRepository(c).all())
        people.insert(p.id, p);
    QHash<Id, QList<Id>> members;
    for (const PersonGroup &g : PersonRepository(c).groups())
        members.insert(g.id, g.memberIds);
    QHash<Id, InvitationRecord> invitations;
    QList<ActionExportRow> rows;
    QSet<Id> loadedEntries;
    for (const ActionItem &a : ActionItemRepository(c).list(meetingId)) {
        if (!loadedEntries.contains(a.meetingId)) {
            for (const AgendaEntry &e : AgendaRepository(c).forMeeting(a.meetingId))
                entryTitles.insert(e.id, e.title);
            loadedEntries.insert(a.meetingId);
        }
        const QStringList who = names.assigneeNames(a.assignees);
        const MeetingSummary m = meetings.value(a.meetingId);
        ActionExportRow row{a,
                            who.join(QStringLiteral(", ")),
                            who,
                            m.title,
                            m.startDate,
                            entryTitles.value(a.entryId),
                            m.seriesName,
                            {},
                            {},
                            {}};
        QList<Id> addressed;
        for (const Assignee &as : a.assignees)
            addressed << (as.personId ? QList<Id>{as.personId} : members.value(as.groupId));
        for (Id id : std::as_const(addressed)) {
            const Person p = people.value(id);
            const auto known = [&](const QPair<QString, QString> &r) {
                return r.second.compare(p.email.trimmed(), Qt::CaseInsensitive) == 0;
            };
            if (!icalMailto(p.email).isEmpty() && std::none_of(row.addresses.cbegin(), row.addresses.cend(), known))
                row.addresses.append({p.shownName(), p.email.trimmed()});
        }
        if (!invitations.contains(a.meetingId))
            invitations.insert(a.meetingId, InvitationRepository(c).load(a.meetingId));
        row.organizerName = invitations.value(a.meetingId).organizerName;
        row.organizerEmail = invitations.value(a.meetingId).organizerEmail;
        rows.append(row);
    }
    return rows;
}

QString ActionExport::csvField(const QString &value)
{
    // A cell a spreadsheet would take for a formula (OWASP's rule: =, +, -, @, tab, carriage
    // return first) is written as text: a leading apostrophe, and quoted.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !value.isEmpty() && formulaStarts.contains(value.front());
    if (!formula && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = formula ? QLatin1Char('\'') + value : value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ActionExport::toCsv(const QList<ActionExportRow> &rows)
{
    const QStringList header
        = {tr("Done"),      tr("Description"), tr("Assignees"),    tr("Due date"),    tr("Done date"),
           tr("Reference"), tr("Meeting"),     tr("Meeting date"), tr("Agenda entry")};
    QStringList lines;
    QStringList fields;
    for (const QString &h : header)
        fields << csvField(h);
    lines << fields.join(QLatin1Char(','));
    for (const ActionExportRow &r : rows) {
        const ActionItem &a = r.item;
        fields = {a.done ? tr("yes") : tr("no"),
                  a.description,
                  r.assignees,
                  a.dueDate.toString(Qt::ISODate),
                  a.doneDate.toString(Qt::ISODate),
                  a.externalRef,
                  r.meetingTitle,
                  r.meetingDate.toString(Qt::ISODate),
                  r.entryTitle};
        for (QString &f : fields)
            f = csvField(f);
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString ActionExport::icalText(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': break;
        default: out += c; break;
        }
    }
    return out;
}

QString ActionExport::icalParameter(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            continue;
        out += c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                   ? QChar(QLatin1Char(' '))
                   : c;
    }
    return QLatin1Char('"') + out.simplified() + QLatin1Char('"');
}

QString ActionExport::icalMailto(const QString &email)
{
    const QString address = email.trimmed();
    if (address.isEmpty() || !Person::isPlausibleEmail(address))
        return {};
    for (const QChar c : address) {
        if (c.category() == QChar::Other_Control || c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('<')
            || c == QLatin1Char('>'))
            return {};
    }
    return QStringLiteral("mailto:") + address;
}

QByteArray ActionExport::foldLine(const QByteArray &line)
{
    QByteArray out;
    int width = 0;
    for (int i = 0; i < line.size();) {
        // The length of the UTF-8 character starting here, so that none is split.
        const uchar lead = uchar(line.at(i));
        const int len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += line.mid(i, len);
        width += len;
        i += len;
    }
    return out + "\r\n";
}

QByteArray ActionExport::toICalendar(const QList<ActionExportRow> &rows, const QDateTime &stamp)
{
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    auto add = [&out](const QString &line) { out += foldLine(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//Quorum//Quorum action items//EN"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const ActionExportRow &r : rows) {
        const ActionItem &a = r.item;
        add(QStringLiteral("BEGIN:VTODO"));
        add(QStringLiteral("UID:quorum-action-%1-meeting-%2@quorum.invalid").arg(a.id).arg(a.meetingId));
        add(QStringLiteral("DTSTAMP:") + QString::fromLatin1(dtstamp));
        add(QStringLiteral("SUMMARY:") + icalText(a.description));
        QStringList details;
        if (!r.assignees.isEmpty())
            details << tr("Assignees: %1").arg(r.assignees);
        if (!r.meetingTitle.isEmpty())
            details << tr("Meeting: %1 (%2)").arg(r.meetingTitle, r.meetingDate.toString(Qt::ISODate));
        if (!r.entryTitle.isEmpty())
            details << tr("Agenda entry: %1").arg(r.entryTitle);
        if (!a.externalRef.isEmpty())
            details << tr("Reference: %1").arg(a.externalRef);
        if (!details.isEmpty())
            add(QStringLiteral("DESCRIPTION:") + icalText(details.join(QLatin1Char('\n'))));
        const QString organizer = icalMailto(r.organizerEmail);
        if (!organizer.isEmpty())
            add(QStringLiteral("ORGANIZER")
                + (r.organizerName.trimmed().isEmpty() ? QString()
                                                       : QStringLiteral(";CN=") + icalParameter(r.organizerName))
                + QLatin1Char(':') + organizer);
        for (const auto &[name, email] : r.addresses)
            add(QStringLiteral("ATTENDEE;CN=%1;ROLE=REQ-PARTICIPANT:%2").arg(icalParameter(name), icalMailto(email)));
        if (a.dueDate.isValid())
            add(QStringLiteral("DUE;VALUE=DATE:") + a.dueDate.toString(QStringLiteral("yyyyMMdd")));
        add(a.done ? QStringLiteral("STATUS:COMPLETED") : QStringLiteral("STATUS:NEEDS-ACTION"));
        if (a.done && a.doneDate.isValid())
            add(QStringLiteral("COMPLETED:") + a.doneDate.toString(QStringLiteral("yyyyMMdd"))
                + QStringLiteral("T000000Z"));
        add(QStringLiteral("END:VTODO"));
    }
    add(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Quorum
