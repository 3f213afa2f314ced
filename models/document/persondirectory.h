// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/editcontext.h"
#include "data/actionitem.h"
#include "data/person.h"
#include "people/participantlistparser.h"

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

    /** The person a name stands for (name, alias, username or "Unknown User (username)"), or 0. */
    Id findPerson(const QString &name) const;
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
     * The people names stand for, adding the unknown ones to the directory (each an undo command:
     * call it inside an undo macro together with the edit that uses them).
     */
    QList<Id> resolvePeople(const QStringList &names);
    /** Who a name stands for as an assignee: a group by its name first, else a person (added when new). */
    QList<Assignee> resolveAssignees(const QStringList &names);
    /** The person a pasted name stands for, added when new (inside an undo macro, as resolvePeople()). */
    Id resolvePasted(const PastedName &name);

    /** Changes a person (seen in every meeting at once), one undo step. */
    void editPerson(const Person &after);
    /** Stores the directory's groups, one undo step. */
    void editGroups(const QList<PersonGroup> &after, const QString &text);
    Id newGroupId(const QList<PersonGroup> &groups) const;
    /** Merges mergedId into survivorId (every reference moves; aliases are kept), one undo step. */
    void mergePeople(Id survivorId, Id mergedId);

private:
    /** Pushes command, unless the models are announcing a change (see LibraryModels::isRefreshing()). */
    void push(QUndoCommand *command);
    /** Runs read; a StorageError is said and fallback returns. */
    template<typename Result, typename Read>
    Result reading(Read read, Result fallback = {}) const;

    EditContext m_context;
    QUndoStack *m_undoStack;
};

} // namespace Quorum
