// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondirectory.h"

#include "commands/addperson.h"
#include "commands/mergepeople.h"
#include "commands/replacepart.h"
#include "libraryfile.h"
#include "librarymodels.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace Quorum {

namespace {
QString usernameOf(const QString &name)
{
    static const QRegularExpression unknown(QStringLiteral("^Unknown User \\((.+)\\)$"));
    const QRegularExpressionMatch m = unknown.match(name);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}
} // namespace

PersonDirectory::PersonDirectory(EditContext context, QUndoStack *undoStack)
    : m_context(context)
    , m_undoStack(undoStack)
{ }

template<typename Result, typename Read>
Result PersonDirectory::reading(Read read, Result fallback) const
{
    try {
        return read(PersonRepository(m_context.file->connection()));
    } catch (const StorageError &e) {
        m_context.file->report(e.message());
        return fallback;
    }
}

void PersonDirectory::push(QUndoCommand *command)
{
    if (m_context.models->isRefreshing()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

Id PersonDirectory::findPerson(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString username = usernameOf(trimmed);
    return reading<Id>(
        [&](const PersonRepository &people) { return people.findByName(username.isEmpty() ? trimmed : username); });
}

QStringList PersonDirectory::personNames() const
{
    QStringList names;
    for (const Person &p : people()) {
        names << p.shownName() << p.aliases;
        if (!p.username.isEmpty() && !p.displayName.isEmpty())
            names << p.username;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList PersonDirectory::assigneeNames() const
{
    QStringList names = personNames();
    names << reading<QHash<Id, QString>>([](const PersonRepository &people) { return people.groupNames(); }).values();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList PersonDirectory::splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|;| / | & | and )\\s*"));
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

Person PersonDirectory::person(Id personId) const
{
    for (const Person &p : people()) {
        if (p.id == personId)
            return p;
    }
    return {};
}

QList<Person> PersonDirectory::people() const
{
    return reading<QList<Person>>([](const PersonRepository &people) { return people.all(); });
}

QList<PersonGroup> PersonDirectory::groups() const
{
    return reading<QList<PersonGroup>>([](const PersonRepository &people) { return people.groups(); });
}

Appearances PersonDirectory::appearances(Id personId) const
{
    return reading<Appearances>([&](const PersonRepository &people) { return people.appearances(personId); });
}

QHash<Id, QList<Id>> PersonDirectory::groupsOfPeople() const
{
    QHash<Id, QList<Id>> groupsOf;
    for (const PersonGroup &g : groups()) {
        for (Id member : g.memberIds)
            groupsOf[member].append(g.id);
    }
    return groupsOf;
}

QList<Id> PersonDirectory::resolvePeople(const QStringList &names)
{
    QList<Id> ids;
    for (const QString &name : names) {
        Id id = findPerson(name);
        if (!id) {
            Person p;
            p.username = usernameOf(name);
            if (p.username.isEmpty())
                p.displayName = name.trimmed();
            // The stack deletes a command that failed: the new person is looked up, not asked of it.
            push(new AddPerson(m_context, p));
            id = findPerson(name);
        }
        if (id && !ids.contains(id))
            ids << id;
    }
    return ids;
}

Id PersonDirectory::resolvePasted(const PastedName &name)
{
    if (name.personId)
        return name.personId;
    return resolvePeople({name.username.isEmpty() ? name.name : QStringLiteral("Unknown User (%1)").arg(name.username)})
        .value(0);
}

QList<Assignee> PersonDirectory::resolveAssignees(const QStringList &names)
{
    QList<Assignee> unique;
    auto add = [&](const Assignee &a) {
        // The same person or group named twice counts once.
        if (!unique.contains(a))
            unique << a;
    };
    for (const QString &name : names) {
        const Id group
            = reading<Id>([&](const PersonRepository &people) { return people.findGroupByName(name.trimmed()); });
        if (group) {
            add({0, group});
            continue;
        }
        for (Id id : resolvePeople({name}))
            add({id, 0});
    }
    return unique;
}

void PersonDirectory::editPerson(const Person &after)
{
    const Person before = person(after.id);
    if (!before.id || before == after)
        return;
    if (after.displayName.trimmed().isEmpty() && after.username.trimmed().isEmpty()) {
        m_context.file->report(tr("A person needs a name or a username. Nothing was changed."));
        return;
    }
    push(new UpdatePerson(m_context, 0, before, after, tr("Change “%1” in the directory").arg(before.shownName())));
}

void PersonDirectory::editGroups(const QList<PersonGroup> &after, const QString &text)
{
    for (const PersonGroup &g : after) {
        if (g.name.trimmed().isEmpty()) {
            m_context.file->report(tr("A group needs a name. Nothing was changed."));
            return;
        }
    }
    const QList<PersonGroup> before = groups();
    if (before == after)
        return;
    push(new ReplaceGroups(m_context, 0, before, after, text));
}

Id PersonDirectory::newGroupId(const QList<PersonGroup> &groups) const
{
    Id pending = 0;
    for (const PersonGroup &g : groups)
        pending = qMax(pending, g.id);
    return m_context.file->nextId("person_group", pending);
}

void PersonDirectory::mergePeople(Id survivorId, Id mergedId)
{
    const Person survivor = person(survivorId);
    const Person merged = person(mergedId);
    if (!survivor.id || !merged.id || survivorId == mergedId)
        return;
    push(new MergePeople(m_context, survivorId, mergedId,
                         tr("Merge “%1” into “%2”").arg(merged.shownName(), survivor.shownName())));
}

} // namespace Quorum
