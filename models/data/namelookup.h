// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace Quorum
