// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "dialect.h"
#include "statement.h"
#include "storageerror.h"

namespace Quorum {

QList<Person> PersonRepository::all() const
{
    QList<Person> result;
    QHash<Id, qsizetype> index;
    Statement s
        = Statement::run(m_db, QStringLiteral("SELECT id, display_name, username, email, team FROM person ORDER BY id"),
                         tr("read the person directory"));
    while (s.next()) {
        Person p;
        p.id = s.integer(0);
        p.displayName = s.text(1);
        p.username = s.text(2);
        p.email = s.text(3);
        p.team = s.text(4);
        index.insert(p.id, result.size());
        result.append(p);
    }
    Statement a = Statement::run(m_db, QStringLiteral("SELECT person_id, alias FROM person_alias ORDER BY rowid"),
                                 tr("read the person directory"));
    while (a.next())
        result[index.value(a.integer(0))].aliases.append(a.text(1));
    return result;
}

QHash<Id, QString> PersonRepository::shownNames() const
{
    QHash<Id, QString> names;
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id, display_name, username FROM person"),
                                 tr("read the person directory"));
    while (s.next()) {
        Person p;
        p.displayName = s.text(1);
        p.username = s.text(2);
        names.insert(s.integer(0), p.shownName());
    }
    return names;
}

Id PersonRepository::insert(const Person &person)
{
    const QString context = tr("add “%1” to the person directory").arg(person.shownName());
    const Id id = Statement::run(m_db,
                                 QStringLiteral("INSERT INTO person (id, display_name, username, email, team) "
                                                "VALUES (?, ?, ?, ?, ?)")
                                     + Dialect::returningId(m_db),
                                 context,
                                 {nullIfZero(person.id), person.displayName, nullIfEmpty(person.username), person.email,
                                  person.team})
                      .lastInsertId();
    for (const QString &alias : person.aliases)
        Statement::run(m_db, QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (?, ?)"), context,
                       {id, alias});
    return id;
}

void PersonRepository::update(const Person &person)
{
    const QString context = tr("save “%1” in the person directory").arg(person.shownName());
    Statement::run(m_db,
                   QStringLiteral("UPDATE person SET display_name = ?, username = ?, email = ?, team = ? WHERE id = ?"),
                   context, {person.displayName, nullIfEmpty(person.username), person.email, person.team, person.id});
    Statement::run(m_db, QStringLiteral("DELETE FROM person_alias WHERE person_id = ?"), context, {person.id});
    for (const QString &alias : person.aliases)
        Statement::run(m_db, QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (?, ?)"), context,
                       {person.id, alias});
}

void PersonRepository::remove(Id id)
{
    Statement::run(m_db, QStringLiteral("DELETE FROM person WHERE id = ?"), tr("remove a person from the directory"),
                   {id});
}

Id PersonRepository::findByName(const QString &name) const
{
    Statement s = Statement::run(
        m_db,
        QStringLiteral(
            "SELECT id FROM person WHERE %1 OR %2 UNION ALL SELECT person_id FROM person_alias WHERE %3 LIMIT 1")
            .arg(Dialect::equalsIgnoringCase(m_db, QStringLiteral("username")),
                 Dialect::equalsIgnoringCase(m_db, QStringLiteral("display_name")),
                 Dialect::equalsIgnoringCase(m_db, QStringLiteral("alias"))),
        tr("look up a person"), {name, name, name});
    return s.next() ? s.integer(0) : 0;
}

QString PersonRepository::nameOfUser(const QString &user) const
{
    const Id person = findByName(user);
    return person ? shownNames().value(person, user) : user;
}

QList<PersonGroup> PersonRepository::groups() const
{
    QList<PersonGroup> result;
    QHash<Id, qsizetype> index;
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id, name, description FROM person_group ORDER BY id"),
                                 tr("read the groups"));
    while (s.next()) {
        index.insert(s.integer(0), result.size());
        result.append({s.integer(0), s.text(1), s.text(2), {}});
    }
    Statement m = Statement::run(m_db, QStringLiteral("SELECT group_id, person_id FROM group_member ORDER BY rowid"),
                                 tr("read the groups"));
    while (m.next())
        result[index.value(m.integer(0))].memberIds.append(m.integer(1));
    return result;
}

QHash<Id, QString> PersonRepository::groupNames() const
{
    QHash<Id, QString> names;
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id, name FROM person_group"), tr("read the groups"));
    while (s.next())
        names.insert(s.integer(0), s.text(1));
    return names;
}

Id PersonRepository::insertGroup(const PersonGroup &group)
{
    const QString context = tr("add the group “%1”").arg(group.name);
    const Id id = Statement::run(m_db,
                                 QStringLiteral("INSERT INTO person_group (name, description) VALUES (?, ?)")
                                     + Dialect::returningId(m_db),
                                 context, {group.name, group.description})
                      .lastInsertId();
    for (Id member : group.memberIds)
        Statement::run(m_db, QStringLiteral("INSERT INTO group_member (group_id, person_id) VALUES (?, ?)"), context,
                       {id, member});
    return id;
}

void PersonRepository::replaceGroups(const QList<PersonGroup> &from, const QList<PersonGroup> &to)
{
    const QString context = tr("save the groups");
    auto setMembers = [&](const PersonGroup &g) {
        Statement::run(m_db, QStringLiteral("DELETE FROM group_member WHERE group_id = ?"), context, {g.id});
        for (Id member : g.memberIds)
            Statement::run(m_db, QStringLiteral("INSERT INTO group_member (group_id, person_id) VALUES (?, ?)"),
                           context, {g.id, member});
    };
    applyDifference(
        from, to,
        [&](const PersonGroup &g) {
            Statement uses = Statement::run(
                m_db, QStringLiteral("SELECT count(*) FROM action_assignee WHERE group_id = ?"), context, {g.id});
            if (uses.next() && uses.integer(0) > 0)
                throw StorageError(
                    tr("The group “%1” has action items. Assign them to someone else before removing it.").arg(g.name));
            Statement::run(m_db, QStringLiteral("DELETE FROM person_group WHERE id = ?"), context, {g.id});
        },
        [&](const PersonGroup &g) {
            Statement::run(m_db, QStringLiteral("INSERT INTO person_group (id, name, description) VALUES (?, ?, ?)"),
                           context, {g.id, g.name, g.description});
            setMembers(g);
        },
        [&](const PersonGroup &old, const PersonGroup &g) {
            Statement::run(m_db, QStringLiteral("UPDATE person_group SET name = ?, description = ? WHERE id = ?"),
                           context, {g.name, g.description, g.id});
            if (old.memberIds != g.memberIds)
                setMembers(g);
        });
}

Appearances PersonRepository::appearances(Id personId) const
{
    const QString context = tr("find where a person appears");
    Appearances a;
    Statement meetings
        = Statement::run(m_db,
                         QStringLiteral("SELECT m.title FROM participant p JOIN meeting m ON m.id = p.meeting_id "
                                        "WHERE p.person_id = ? ORDER BY m.start_date DESC"),
                         context, {personId});
    while (meetings.next())
        a.meetings << meetings.text(0);
    auto count = [&](const char *sql) {
        Statement s = Statement::run(m_db, QString::fromLatin1(sql), context, {personId});
        return s.next() ? int(s.integer(0)) : 0;
    };
    a.coordinated = count("SELECT count(*) FROM agenda_coordinator WHERE person_id = ?");
    a.moderated = count("SELECT count(*) FROM agenda_entry WHERE moderator_id = ?");
    a.actionItems = count("SELECT count(*) FROM action_assignee WHERE person_id = ?");
    a.requests = count("SELECT count(*) FROM topic_requester WHERE person_id = ?");
    a.uploads = count("SELECT count(*) FROM attachment WHERE uploaded_by = ?");
    Statement groups
        = Statement::run(m_db,
                         QStringLiteral("SELECT g.name FROM group_member m JOIN person_group g ON g.id = m.group_id "
                                        "WHERE m.person_id = ? ORDER BY g.name"),
                         context, {personId});
    while (groups.next())
        a.groups << groups.text(0);
    return a;
}

Id PersonRepository::findGroupByName(const QString &name) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT id FROM person_group WHERE %1")
                                     .arg(Dialect::equalsIgnoringCase(m_db, QStringLiteral("name"))),
                                 tr("look up a group"), {name});
    return s.next() ? s.integer(0) : 0;
}

} // namespace Quorum
