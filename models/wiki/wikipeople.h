// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum {

/**
 * The people and groups a set of pages names, each once, keyed as the JSON interchange format
 * keys them ("person-3", "group-1"). A name is matched, first rule that fits, to: a username
 * ("Unknown User (npease)", a mention's username); a full name, username or alias of the
 * directory or of someone the pages already named; the same surname with matching initials
 * ("K-T Lim", "KT Lim" for Kian-Tat Lim); a first name and the surname's initial ("Robert G.").
 * Only then is it a new person. Directory people keep their directory names, so the import
 * finds them again.
 */
class WikiPeople
{
public:
    WikiPeople(const QList<Person> &directory, const QStringList &groups);

    /** The key of the person a name stands for, adding a new one when none fits; empty for no name. */
    QString person(const QString &name, const QString &username = QString());
    /** The key of the person a name stands for, or an empty string; never adds. */
    QString known(const QString &name) const;
    /** The directory's person a name stands for (the same rules, against the directory alone), or 0. */
    Id directoryMatch(const QString &name) const;
    /** The key of a group ("T/CAMs"), added when new. */
    QString group(const QString &name);
    /** True when name is a group the library or the pages know. */
    bool isGroup(const QString &name) const;
    /** Every name, alias and group name, longest first: to find names at the start of a text. */
    QStringList names() const;

    QJsonArray peopleJson() const;
    QJsonArray groupsJson() const;
    /** Each person named, with the directory person it is (id 0 for a new one). */
    QList<QPair<QString, Id>> matches() const;

    /** "K-T Lim" for "Kian-Tat Lim": the same surname, and initials that are the given names'. */
    static bool initialsMatch(const QString &typed, const QString &displayName);

private:
    struct Entry
    {
        QString key;
        Person person;
        Id directoryId = 0;
    };
    int find(const QString &name, const QString &username) const;
    static int findIn(const QList<Entry> &entries, const QString &name, const QString &username);

    QList<Entry> m_entries;
    QList<Entry> m_directory;
    QStringList m_libraryGroups;
    QStringList m_groups; ///< the groups the pages named, in order
};

} // namespace Quorum
