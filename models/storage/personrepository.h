// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"
#include "repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Quorum {

/** The shared person directory: people, their aliases, groups and group members. */
class PersonRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    using Repository::Repository;

    QList<Person> all() const;
    /** Shown names of every person, by id: what item models display. */
    QHash<Id, QString> shownNames() const;
    /** Inserts with person.id when it is set (restoring an undone insert), else a new id. */
    Id insert(const Person &person);
    void remove(Id id);
    /** Writes a person's names, email, team and aliases. */
    void update(const Person &person);
    /** A person whose username, display name or alias is name (case-insensitive), or 0. */
    Id findByName(const QString &name) const;
    /** A database user as the directory names them: the person whose username (or name) it is, else user itself. */
    QString nameOfUser(const QString &user) const;

    QList<PersonGroup> groups() const;
    QHash<Id, QString> groupNames() const;
    Id insertGroup(const PersonGroup &group);
    Id findGroupByName(const QString &name) const;
    /**
     * Stores the groups `to` over `from`: names, descriptions, members. A group that goes must
     * have no action items; StorageError otherwise, and nothing changes.
     */
    void replaceGroups(const QList<PersonGroup> &from, const QList<PersonGroup> &to);
    Appearances appearances(Id personId) const;
};

} // namespace Quorum
