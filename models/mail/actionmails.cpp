// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionmails.h"

#include "attachments/safefilename.h"
#include "export/reportwriter.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Quorum {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

ReportDocument document(const PersonActions &actions, const ActionMails::Options &options)
{
    ReportDocument doc;
    doc.title = ActionMails::tr("Open action items for %1")
                    .arg(MailMessage::withoutControls(actions.person.shownName()).simplified());
    doc.kindName = ActionMails::tr("Action items");
    doc.generated = options.date.date();
    doc.heading(doc.title, 1);
    const auto overdue = std::count_if(actions.rows.begin(), actions.rows.end(),
                                       [&](const ActionExportRow &r) { return r.item.isOverdue(options.today); });
    doc.paragraph(
        overdue ? ActionMails::tr("%n open action item(s), %1 of them overdue as of %2.", "", int(actions.rows.size()))
                      .arg(overdue)
                      .arg(shortDate(options.today))
                : ActionMails::tr("%n open action item(s), none overdue as of %1.", "", int(actions.rows.size()))
                      .arg(shortDate(options.today)));
    ReportTable table;
    table.headers = {ActionMails::tr("Due"), ActionMails::tr("Action"), ActionMails::tr("Meeting"),
                     ActionMails::tr("Agenda entry"), ActionMails::tr("Given to")};
    table.widths = {14, 38, 20, 16, 12};
    table.noWrap = {0};
    for (qsizetype i = 0; i < actions.rows.size(); ++i) {
        const ActionExportRow &r = actions.rows.at(i);
        ReportRow row;
        QString due = r.item.dueDate.isValid() ? shortDate(r.item.dueDate) : ActionMails::tr("no due date");
        if (r.item.isOverdue(options.today)) {
            due += QLatin1Char(' ') + ActionMails::tr("(overdue)");
            row.alerts = {0};
        }
        const QString action = r.item.externalRef.isEmpty()
                                   ? r.item.description
                                   : r.item.description + QStringLiteral(" (") + r.item.externalRef + QLatin1Char(')');
        const QString meeting = QStringLiteral("%1 %2").arg(shortDate(r.meetingDate), r.meetingTitle).trimmed();
        const QString group = actions.viaGroup.value(i);
        row.cells = {due, action, meeting, r.entryTitle,
                     group.isEmpty() ? ActionMails::tr("you") : ActionMails::tr("%1 (group)").arg(group)};
        table.rows << row;
    }
    doc.table(table);
    doc.note(ActionMails::tr("Reply to the meeting's organizer if an action is done or no longer yours."));
    return doc;
}

} // namespace

QList<PersonActions> ActionMails::collect(const Database &db, const QDate &today)
{
    const PersonRepository repository(db.connection());
    const QList<Person> people = repository.all();
    QHash<Id, PersonGroup> groups;
    for (const PersonGroup &g : repository.groups())
        groups.insert(g.id, g);

    QHash<Id, PersonActions> byPerson;
    for (const ActionExportRow &r : ActionExport::load(db)) {
        if (r.item.done)
            continue;
        // Given to the person directly wins over a group: each action once per person.
        QHash<Id, QString> receivers;
        for (const Assignee &a : r.item.assignees) {
            if (a.groupId) {
                for (Id member : groups.value(a.groupId).memberIds) {
                    if (!receivers.contains(member))
                        receivers.insert(member, groups.value(a.groupId).name);
                }
            }
        }
        for (const Assignee &a : r.item.assignees) {
            if (a.personId)
                receivers.insert(a.personId, QString());
        }
        for (auto it = receivers.cbegin(); it != receivers.cend(); ++it) {
            PersonActions &p = byPerson[it.key()];
            p.rows << r;
            p.viaGroup << it.value();
        }
    }

    QList<PersonActions> all;
    for (const Person &person : people) {
        if (!byPerson.contains(person.id))
            continue;
        PersonActions p = byPerson.take(person.id);
        p.person = person;
        QList<qsizetype> order(p.rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const ActionExportRow &x = p.rows.at(a);
            const ActionExportRow &y = p.rows.at(b);
            const bool xo = x.item.isOverdue(today);
            const bool yo = y.item.isOverdue(today);
            if (xo != yo)
                return xo;
            const bool xd = x.item.dueDate.isValid();
            const bool yd = y.item.dueDate.isValid();
            if (xd != yd)
                return xd;
            if (x.item.dueDate != y.item.dueDate)
                return x.item.dueDate < y.item.dueDate;
            if (x.meetingDate != y.meetingDate)
                return x.meetingDate < y.meetingDate;
            return x.item.position < y.item.position;
        });
        PersonActions sorted;
        sorted.person = p.person;
        for (qsizetype i : order) {
            sorted.rows << p.rows.at(i);
            sorted.viaGroup << p.viaGroup.at(i);
        }
        all << sorted;
    }
    return all;
}

MailMessage ActionMails::message(const PersonActions &actions, const Options &options)
{
    const ReportDocument doc = document(actions, options);
    MailMessage m;
    m.from = options.from;
    m.to = {{actions.person.shownName(), actions.person.email.trimmed()}};
    m.subject = tr("Your open action items (%1)").arg(actions.rows.size());
    m.date = options.date;
    m.plainText = ReportWriter::toMarkdown(doc);
    m.html = ReportWriter::toHtml(doc, ReportWriter::Target::Browser);
    return m;
}

ActionMails ActionMails::make(const Database &db, const Options &options)
{
    ActionMails mails;
    QStringList names;
    for (const PersonActions &p : collect(db, options.today)) {
        if (!MailAddress::isValidAddress(p.person.email.trimmed())) {
            mails.withoutAddress << p.person;
            continue;
        }
        mails.messages << message(p, options);
        names << p.person.shownName() + QStringLiteral(".eml");
    }
    mails.fileNames = SafeFileName::makeUnique(names);
    return mails;
}

} // namespace Quorum
