// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

namespace Quorum {

/**
 * Who a typed name stands for in the person directory. The rule, first that fits:
 *  1. Exact: a person's display name, username or alias, in any case ("Unknown User (npease)"
 *     is the username npease).
 *  2. First name: the first word of a display name ("Tim" for Tim Jenness).
 *  3. Prefix, two letters or more: the start of a display name, of a word in it, of a username
 *     or of an alias ("Swin" for John Swinbank, "Dubois" for Richard Dubois).
 * One person at the first rule that fits is that person (Exact for rule 1, Unique after); several
 * are Ambiguous, to be asked; none at all is Unknown.
 */
struct NameMatch
{
    enum class Kind {
        Exact, ///< one person's full name, username or alias
        Unique, ///< one person's first name, or the start of one person's name
        Ambiguous, ///< several people fit: the candidates, to choose from
        Unknown, ///< nobody fits
    };
    Kind kind = Kind::Unknown;
    /** The one person (Exact, Unique) or everyone who fits (Ambiguous), sorted by shown name. */
    QList<Person> candidates;

    /** True when the name stands for one person without asking. */
    bool isSettled() const { return kind == Kind::Exact || kind == Kind::Unique; }
    /** The person the name stands for without asking, or 0. */
    Id personId() const { return isSettled() ? candidates.constFirst().id : 0; }

    static NameMatch of(const QString &typed, const QList<Person> &people);
    /** The username in "Unknown User (npease)", or an empty string. */
    static QString usernameIn(const QString &typed);
    /** The person a name the directory does not know would become: a username or a display name. */
    static Person newPerson(const QString &typed);
};

/** A typed name that needs the user: several people fit it (match.candidates), or nobody does. */
struct NameQuestion
{
    QString typed;
    NameMatch match;
};

/**
 * Asks the user to settle names: answers each question, in order, with one of its candidates'
 * ids, or 0 for "a new person with that name"; std::nullopt when the user cancelled.
 */
using NameAsker = std::function<std::optional<QList<Id>>(const QList<NameQuestion> &questions)>;

/** A typed name, settled: a group, an existing person, or a new person to add (person.id 0). */
struct NameChoice
{
    QString typed;
    Person person;
    Id groupId = 0;

    bool isNewPerson() const { return !groupId && !person.id; }
};

/** True when one of chosen is a new person: adding them is an edit of its own. */
inline bool hasNewPeople(const QList<NameChoice> &chosen)
{
    return std::any_of(chosen.cbegin(), chosen.cend(), [](const NameChoice &c) { return c.isNewPerson(); });
}

} // namespace Quorum
