// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QStringList>

namespace Quorum {

/** Someone in the library's shared directory. A person may be known only by a username. */
struct Person
{
    Id id = 0;
    QString displayName;
    QString username;
    QString email;
    QString team;
    QStringList aliases;

    bool operator==(const Person &o) const
    {
        return id == o.id && displayName == o.displayName && username == o.username && email == o.email
               && team == o.team && aliases == o.aliases;
    }

    /** True for no email or one that looks like an address (name@example.org); a typo is refused before it is stored. */
    static bool isPlausibleEmail(const QString &email);

    /** The name to show: the display name, or "Unknown User (username)" as the seed page does. */
    QString shownName() const
    {
        if (!displayName.isEmpty())
            return displayName;
        return QStringLiteral("Unknown User (%1)").arg(username);
    }
};

/** A named set of people that can be given action items ("T/CAMs"). */
struct PersonGroup
{
    Id id = 0;
    QString name;
    QString description;
    QList<Id> memberIds;

    bool operator==(const PersonGroup &o) const
    {
        return id == o.id && name == o.name && description == o.description && memberIds == o.memberIds;
    }
};

/** Where a person shows up in the library. */
struct Appearances
{
    QStringList meetings; ///< titles of the meetings they take part in
    int coordinated = 0; ///< agenda entries they coordinate
    int moderated = 0; ///< blocks they moderate
    int actionItems = 0; ///< action items assigned to them
    int requests = 0; ///< topics they requested
    int uploads = 0; ///< attachments they uploaded
    QStringList groups; ///< groups they belong to
};

} // namespace Quorum
