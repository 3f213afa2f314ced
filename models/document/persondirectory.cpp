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

NameMatch PersonDirectory::match(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return {};
    return NameMatch::of(name, people());
}

Id PersonDirectory::findPerson(const QString &name) const
{
    return match(name).personId();
}

QString PersonDirectory::settledName(const QString &name, bool groups) const
{
    const QString trimmed = name.trimmed();
    if (groups) {
        const Id group = reading<Id>([&](const PersonRepository &people) { return people.findGroupByName(trimmed); });
        if (group)
            return reading<QHash<Id, QString>>([](const PersonRepository &people) { return people.groupNames(); })
                .value(group, trimmed);
    }
    const NameMatch m = match(trimmed);
    return m.isSettled() ? m.candidates.constFirst().shownName() : trimmed;
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

std::optional<QList<NameChoice>> PersonDirectory::choosePeople(const QStringList &names) const
{
    return choose(names, false);
}

std::optional<QList<NameChoice>> PersonDirectory::chooseAssignees(const QStringList &names) const
{
    return choose(names, true);
}

std::optional<QList<NameChoice>> PersonDirectory::choose(const QStringList &names, bool groups) const
{
    const QList<Person> everyone = people();
    QList<NameChoice> chosen;
    QList<NameQuestion> questions;
    QHash<QString, qsizetype> asked; // the same name typed twice is asked once
    QList<qsizetype> questionOf; // for each choice, its question, or -1
    for (const QString &typed : names) {
        const QString name = typed.trimmed();
        if (name.isEmpty())
            continue;
        NameChoice choice;
        choice.typed = name;
        qsizetype question = -1;
        if (groups)
            choice.groupId = reading<Id>([&](const PersonRepository &people) { return people.findGroupByName(name); });
        if (!choice.groupId) {
            NameMatch m = NameMatch::of(name, everyone);
            if (m.isSettled()) {
                choice.person = m.candidates.constFirst();
            } else {
                const QString key = name.simplified().toCaseFolded();
                question = asked.value(key, -1);
                if (question < 0) {
                    question = questions.size();
                    asked.insert(key, question);
                    questions.append({name, std::move(m)});
                }
            }
        }
        chosen << choice;
        questionOf << question;
    }
    if (questions.isEmpty())
        return chosen;
    if (!m_asker)
        return std::nullopt;
    const std::optional<QList<Id>> answers = m_asker(questions);
    if (!answers || answers->size() != questions.size())
        return std::nullopt;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (questionOf.at(i) < 0)
            continue;
        const NameQuestion &q = questions.at(questionOf.at(i));
        const Id answer = answers->at(questionOf.at(i));
        if (!answer) {
            chosen[i].person = NameMatch::newPerson(q.typed);
            continue;
        }
        const auto it = std::find_if(q.match.candidates.cbegin(), q.match.candidates.cend(),
                                     [answer](const Person &p) { return p.id == answer; });
        if (it == q.match.candidates.cend())
            return std::nullopt; // not one of those asked about: nothing is guessed
        chosen[i].person = *it;
    }
    return chosen;
}

Id PersonDirectory::addChosen(const NameChoice &chosen, QHash<QString, Id> *newIds)
{
    if (chosen.person.id)
        return chosen.person.id;
    const QString key = chosen.person.shownName().toCaseFolded();
    if (newIds->contains(key))
        return newIds->value(key);
    Person p = chosen.person;
    Id pending = 0;
    for (Id id : std::as_const(*newIds))
        pending = qMax(pending, id);
    p.id = m_context.file->nextId("person", pending);
    // The stack deletes a command that failed: whether the person is there is read back.
    push(new AddPerson(m_context, p));
    const Id id = person(p.id).id;
    if (id)
        newIds->insert(key, id);
    return id;
}

QList<Id> PersonDirectory::addPeople(const QList<NameChoice> &chosen)
{
    QList<Id> ids;
    QHash<QString, Id> added;
    for (const NameChoice &c : chosen) {
        const Id id = c.groupId ? 0 : addChosen(c, &added);
        if (id && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QList<Assignee> PersonDirectory::addAssignees(const QList<NameChoice> &chosen)
{
    QList<Assignee> unique;
    QHash<QString, Id> added;
    for (const NameChoice &c : chosen) {
        const Assignee a = c.groupId ? Assignee{0, c.groupId} : Assignee{addChosen(c, &added), 0};
        // The same person or group named twice counts once.
        if ((a.personId || a.groupId) && !unique.contains(a))
            unique << a;
    }
    return unique;
}

bool PersonDirectory::editPerson(const Person &after)
{
    const Person before = person(after.id);
    if (!before.id || before == after)
        return false;
    if (after.displayName.trimmed().isEmpty() && after.username.trimmed().isEmpty()) {
        m_context.file->report(tr("A person needs a name or a username. Nothing was changed."));
        return false;
    }
    if (!Person::isPlausibleEmail(after.email)) {
        m_context.file->report(
            tr("“%1” does not look like an email address (name@example.org). Nothing was changed.").arg(after.email));
        return false;
    }
    push(new UpdatePerson(m_context, 0, before, after, tr("Change “%1” in the directory").arg(before.shownName())));
    return true;
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

QString PersonDirectory::describeMerge(Id survivorId, Id mergedId) const
{
    const Person survivor = person(survivorId);
    const Person merged = person(mergedId);
    if (!survivor.id || !merged.id || survivorId == mergedId)
        return {};
    const Appearances a = appearances(mergedId);
    QStringList moves;
    // No translation is loaded for English, so singular and plural are two strings.
    const auto count = [&moves](qsizetype n, const QString &one, const QString &many) {
        if (n == 1)
            moves << one;
        else if (n > 1)
            moves << many.arg(n);
    };
    count(a.meetings.size(), tr("1 meeting participation"), tr("%1 meeting participations"));
    count(a.coordinated, tr("1 agenda entry coordination"), tr("%1 agenda entry coordinations"));
    count(a.moderated, tr("1 block moderation"), tr("%1 block moderations"));
    count(a.actionItems, tr("1 action item"), tr("%1 action items"));
    count(a.requests, tr("1 topic request"), tr("%1 topic requests"));
    count(a.uploads, tr("1 uploaded attachment"), tr("%1 uploaded attachments"));
    count(a.groups.size(), tr("1 group membership"), tr("%1 group memberships"));
    QStringList names = merged.aliases;
    if (!merged.displayName.isEmpty())
        names.prepend(merged.displayName);
    if (!merged.username.isEmpty())
        names.prepend(merged.username);
    QStringList lines;
    lines << tr("Merge “%1” into “%2”?").arg(merged.shownName(), survivor.shownName());
    lines << (moves.isEmpty()
                  ? tr("Nothing in the library refers to “%1”.").arg(merged.shownName())
                  : tr("These move to “%1”: %2.").arg(survivor.shownName(), moves.join(QStringLiteral(", "))));
    for (QString &n : names)
        n = tr("“%1”").arg(n);
    lines << tr("“%1” leaves the directory; typing %2 finds “%3” from then on.")
                 .arg(merged.shownName(), names.join(QStringLiteral(", ")), survivor.shownName());
    lines << tr("Edit › Undo takes the whole merge back.");
    return lines.join(QStringLiteral("\n\n"));
}

} // namespace Quorum
