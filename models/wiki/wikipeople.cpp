// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikipeople.h"

#include "people/namematch.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Quorum {

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QStringList givenNameInitials(const QString &givenNames)
{
    QStringList initials;
    for (const QString &part : givenNames.split(QRegularExpression(QStringLiteral("[\\s\\-.]+")), Qt::SkipEmptyParts))
        initials << part.left(1).toUpper();
    return initials;
}

} // namespace

WikiPeople::WikiPeople(const QList<Person> &directory, const QStringList &groups)
    : m_libraryGroups(groups)
{
    for (const Person &p : directory)
        m_directory.append({QString(), p, p.id});
}

bool WikiPeople::initialsMatch(const QString &typed, const QString &displayName)
{
    const QString t = typed.simplified();
    const QString d = displayName.simplified();
    const qsizetype ts = t.lastIndexOf(QLatin1Char(' '));
    const qsizetype ds = d.lastIndexOf(QLatin1Char(' '));
    if (ts <= 0 || ds <= 0)
        return false;
    if (folded(t.mid(ts + 1)) != folded(d.mid(ds + 1)))
        return false;
    const QString typedGiven = t.left(ts);
    const QString given = d.left(ds);
    if (folded(typedGiven) == folded(given))
        return true;
    QStringList typedInitials;
    // "KT", "K-T", "K.T." are initials; "Robert" is not.
    static const QRegularExpression initialsOnly(QStringLiteral("^([A-Z][\\-.]?){1,4}$"));
    if (initialsOnly.match(typedGiven).hasMatch()) {
        for (const QChar c : typedGiven) {
            if (c.isLetter())
                typedInitials << QString(c);
        }
    } else {
        return false;
    }
    const QStringList initials = givenNameInitials(given);
    return initials.size() > 1 && typedInitials == initials;
}

int WikiPeople::findIn(const QList<Entry> &entries, const QString &name, const QString &username)
{
    if (!username.isEmpty()) {
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).person.username.compare(username, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    const QString n = folded(name);
    if (n.isEmpty())
        return -1;
    for (int i = 0; i < entries.size(); ++i) {
        const Person &p = entries.at(i).person;
        if (folded(p.displayName) == n || (!p.username.isEmpty() && folded(p.username) == n))
            return i;
        for (const QString &alias : p.aliases) {
            if (folded(alias) == n)
                return i;
        }
    }
    int found = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (initialsMatch(name, entries.at(i).person.displayName)) {
            if (found >= 0)
                return -1; // two people fit: not a match
            found = i;
        }
    }
    if (found >= 0)
        return found;
    // "Robert G.": a first name and the initial of the surname, when one person fits.
    static const QRegularExpression firstAndInitial(QStringLiteral("^(\\S+)\\s+([A-Z])\\.?$"));
    const QRegularExpressionMatch m = firstAndInitial.match(name.simplified());
    if (m.hasMatch()) {
        for (int i = 0; i < entries.size(); ++i) {
            const QStringList words = entries.at(i).person.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() >= 2 && folded(words.first()) == folded(m.captured(1))
                && words.last().startsWith(m.captured(2))) {
                if (found >= 0)
                    return -1;
                found = i;
            }
        }
    }
    return found;
}

int WikiPeople::find(const QString &name, const QString &username) const
{
    return findIn(m_entries, name, username);
}

QString WikiPeople::known(const QString &name) const
{
    QString username = NameMatch::usernameIn(name);
    const int i = find(username.isEmpty() ? name : QString(), username);
    return i >= 0 ? m_entries.at(i).key : QString();
}

Id WikiPeople::directoryMatch(const QString &name) const
{
    const QString username = NameMatch::usernameIn(name);
    const int d = findIn(m_directory, username.isEmpty() ? name.simplified() : QString(), username);
    return d >= 0 ? m_directory.at(d).directoryId : 0;
}

QString WikiPeople::person(const QString &rawName, const QString &rawUsername)
{
    QString name = rawName.simplified();
    QString username = rawUsername.simplified();
    if (username.isEmpty()) {
        username = NameMatch::usernameIn(name);
        if (!username.isEmpty())
            name.clear();
    }
    if (name.isEmpty() && username.isEmpty())
        return {};
    int i = find(name, username);
    if (i < 0 && !name.isEmpty() && !username.isEmpty()) {
        // A mention with a name and a username: someone named earlier by name alone is them.
        i = find(name, QString());
        if (i >= 0 && m_entries.at(i).person.username.isEmpty() && !m_entries.at(i).directoryId)
            m_entries[i].person.username = username;
    }
    if (i < 0 && !name.isEmpty() && username.isEmpty()) {
        // Someone named by username before ("Unknown User (ktl)"), now by a name that is that username.
        i = find(QString(), name);
    }
    if (i >= 0)
        return m_entries.at(i).key;

    Entry entry;
    entry.key = QStringLiteral("person-%1").arg(m_entries.size() + 1);
    const int d = findIn(m_directory, name, username);
    if (d >= 0) {
        entry.person = m_directory.at(d).person;
        entry.directoryId = m_directory.at(d).directoryId;
    } else {
        entry.person.displayName = name;
        entry.person.username = username;
    }
    m_entries.append(entry);
    return entry.key;
}

bool WikiPeople::isGroup(const QString &name) const
{
    const QString n = folded(name);
    const auto same = [&](const QString &g) { return folded(g) == n; };
    return std::any_of(m_libraryGroups.cbegin(), m_libraryGroups.cend(), same)
           || std::any_of(m_groups.cbegin(), m_groups.cend(), same);
}

QString WikiPeople::group(const QString &rawName)
{
    const QString name = rawName.simplified();
    for (int i = 0; i < m_groups.size(); ++i) {
        if (folded(m_groups.at(i)) == folded(name))
            return QStringLiteral("group-%1").arg(i + 1);
    }
    QString stored = name;
    for (const QString &g : std::as_const(m_libraryGroups)) {
        if (folded(g) == folded(name))
            stored = g;
    }
    m_groups << stored;
    return QStringLiteral("group-%1").arg(m_groups.size());
}

QStringList WikiPeople::names() const
{
    QStringList all;
    for (const QList<Entry> *list : {&m_entries, &m_directory}) {
        for (const Entry &e : *list) {
            if (!e.person.displayName.isEmpty())
                all << e.person.displayName;
            all << e.person.aliases;
        }
    }
    all << m_libraryGroups << m_groups;
    all.removeDuplicates();
    all.removeAll(QString());
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return all;
}

QJsonArray WikiPeople::peopleJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        QJsonObject p{{QStringLiteral("key"), e.key}};
        if (!e.person.displayName.isEmpty())
            p.insert(QStringLiteral("displayName"), e.person.displayName);
        if (!e.person.username.isEmpty())
            p.insert(QStringLiteral("username"), e.person.username);
        if (!e.person.email.isEmpty())
            p.insert(QStringLiteral("email"), e.person.email);
        if (!e.person.team.isEmpty())
            p.insert(QStringLiteral("team"), e.person.team);
        if (!e.person.aliases.isEmpty())
            p.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(e.person.aliases));
        out.append(p);
    }
    return out;
}

QJsonArray WikiPeople::groupsJson() const
{
    QJsonArray out;
    for (int i = 0; i < m_groups.size(); ++i)
        out.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("group-%1").arg(i + 1)},
                               {QStringLiteral("name"), m_groups.at(i)}});
    return out;
}

QList<QPair<QString, Id>> WikiPeople::matches() const
{
    QList<QPair<QString, Id>> out;
    for (const Entry &e : m_entries)
        out.append({e.person.shownName(), e.directoryId});
    return out;
}

} // namespace Quorum
