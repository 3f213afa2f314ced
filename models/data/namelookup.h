// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionitem.h"
#include "id.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Quorum {

/** Shown names of people and groups by id, as the item models display them. */
struct NameLookup
{
    QHash<Id, QString> people;
    QHash<Id, QString> groups;

    QString person(Id id) const { return people.value(id); }
    QString joinPeople(const QList<Id> &ids) const
    {
        QStringList names;
        for (Id id : ids)
            names << people.value(id);
        return names.join(QStringLiteral(", "));
    }
    /** The shown name of each assignee, a person's or a group's, in order. */
    QStringList assigneeNames(const QList<Assignee> &assignees) const
    {
        QStringList names;
        for (const Assignee &who : assignees)
            names << (who.personId ? people.value(who.personId) : groups.value(who.groupId));
        return names;
    }
    /** "Leanne Guy, DM Leadership": the assignees as one line. */
    QString joinAssignees(const QList<Assignee> &assignees) const
    {
        return assigneeNames(assignees).join(QStringLiteral(", "));
    }
};

} // namespace Quorum
