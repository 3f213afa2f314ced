// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/editcontext.h"
#include "data/actionitem.h"
#include "data/person.h"
#include "people/namematch.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class QUndoCommand;
class QUndoStack;

namespace Quorum {

/**
 * The library's person directory: people (with aliases and usernames) and groups. Finds who a
 * typed name stands for, and makes the directory's edits as undo commands. A read that fails is
 * said through the file's storageFailed() and gives an empty answer.
 */
class PersonDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PersonDirectory)

public:
    PersonDirectory(EditContext context, QUndoStack *undoStack);

    /** Who a typed name stands for, by the rule of NameMatch::of(). */
    NameMatch match(const QString &name) const;
    /** The person a name stands for without asking (NameMatch::personId()), or 0. */
    Id findPerson(const QString &name) const;
    /**
     * The shown name of whom a typed name stands for without asking (with groups: a group's name
     * first), or the typed name as it is: what a name field shows once the cursor leaves it.
     */
    QString settledName(const QString &name, bool groups) const;
    /** Every name a person can be typed as, for completion. */
    QStringList personNames() const;
    /** People's names and the groups' names, for completing assignees. */
    QStringList assigneeNames() const;
    /** Splits "A, B / C & D" into names. */
    static QStringList splitNames(const QString &text);

    Person person(Id personId) const;
    QList<Person> people() const;
    QList<PersonGroup> groups() const;
    Appearances appearances(Id personId) const;
    /** The groups each person belongs to. */
    QHash<Id, QList<Id>> groupsOfPeople() const;

    /**
     * Who asks the user when a typed name fits several people or nobody. Without one (scripts,
     * tests that set none) such a name is not settled, so the edit that typed it changes nothing.
     */
    void setAsker(NameAsker asker) { m_asker = std::move(asker); }
    /**
     * Settles typed names: each one that stands for one person is that person; the others are put
     * to the asker, all at once. Writes nothing; std::nullopt when the user cancelled (or nobody
     * could be asked): then the edit must change nothing either.
     */
    std::optional<QList<NameChoice>> choosePeople(const QStringList &names) const;
    /** As choosePeople(), for assignees: a group by its exact name comes first. */
    std::optional<QList<NameChoice>> chooseAssignees(const QStringList &names) const;
    /**
     * The people chosen, each once and in order, adding the new ones to the directory (each an
     * undo command: call it inside an undo macro together with the edit that uses them).
     */
    QList<Id> addPeople(const QList<NameChoice> &chosen);
    /** As addPeople(), for assignees (groups and people). */
    QList<Assignee> addAssignees(const QList<NameChoice> &chosen);

    /**
     * Changes a person (seen in every meeting at once), one undo step. A person without a name
     * or with an implausible email (Person::isPlausibleEmail()) is refused and said; false then,
     * and when nothing changed.
     */
    bool editPerson(const Person &after);
    /** Stores the directory's groups, one undo step. */
    void editGroups(const QList<PersonGroup> &after, const QString &text);
    Id newGroupId(const QList<PersonGroup> &groups) const;
    /** Merges mergedId into survivorId (every reference moves; aliases are kept), one undo step. */
    void mergePeople(Id survivorId, Id mergedId);
    /**
     * What merging mergedId into survivorId would do, in words for the user to confirm: both
     * names, and how many participations, coordinations, moderations, action items, topic
     * requests, uploads and group memberships move. Empty when the merge is not possible.
     */
    QString describeMerge(Id survivorId, Id mergedId) const;

private:
    /** Pushes command, unless the models are announcing a change (see LibraryModels::isRefreshing()). */
    void push(QUndoCommand *command);
    /** Runs read; a StorageError is said and fallback returns. */
    template<typename Result, typename Read>
    Result reading(Read read, Result fallback = {}) const;
    /** Settles names, a group by its exact name first when groups is set. */
    std::optional<QList<NameChoice>> choose(const QStringList &names, bool groups) const;
    /** The id of chosen, adding it to the directory when new (newIds: the ones added in this call, by name). */
    Id addChosen(const NameChoice &chosen, QHash<QString, Id> *newIds);

    EditContext m_context;
    QUndoStack *m_undoStack;
    NameAsker m_asker;
};

} // namespace Quorum
