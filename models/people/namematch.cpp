// SPDX-License-Identifier: GPL-3.0-or-later
#include "namematch.h"

#include <QRegularExpression>

#include <algorithm>

namespace Quorum {

namespace {

/** Compared without case, accents or repeated spaces: "cristián  silva" is "Cristian Silva". */
QString fold(const QString &text)
{
    QString folded;
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_D);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QStringList wordsOf(const QString &foldedName)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    return foldedName.split(separators, Qt::SkipEmptyParts);
}

NameMatch settle(QList<Person> fitting, NameMatch::Kind kindOfOne)
{
    std::sort(fitting.begin(), fitting.end(), [](const Person &a, const Person &b) {
        return a.shownName().compare(b.shownName(), Qt::CaseInsensitive) < 0;
    });
    NameMatch m;
    m.kind = fitting.size() == 1 ? kindOfOne : NameMatch::Kind::Ambiguous;
    m.candidates = std::move(fitting);
    return m;
}

} // namespace

QString NameMatch::usernameIn(const QString &typed)
{
    static const QRegularExpression unknown(QStringLiteral("^\\s*Unknown User \\((.+)\\)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = unknown.match(typed);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

Person NameMatch::newPerson(const QString &typed)
{
    Person p;
    p.username = usernameIn(typed);
    if (p.username.isEmpty())
        p.displayName = typed.simplified();
    return p;
}

NameMatch NameMatch::of(const QString &typed, const QList<Person> &people)
{
    const QString username = usernameIn(typed);
    const QString name = fold(username.isEmpty() ? typed : username);
    if (name.isEmpty())
        return {};

    QList<Person> exact;
    QList<Person> firstName;
    QList<Person> prefix;
    for (const Person &p : people) {
        const QString display = fold(p.displayName);
        const QString user = fold(p.username);
        QStringList aliases;
        for (const QString &a : p.aliases)
            aliases << fold(a);
        if (!username.isEmpty()) {
            // "Unknown User (x)" stands for the username x and nothing else.
            if (user == name)
                exact << p;
            continue;
        }
        if (display == name || user == name || aliases.contains(name)) {
            exact << p;
            continue;
        }
        const QStringList words = wordsOf(display);
        if (!display.isEmpty() && display.section(QLatin1Char(' '), 0, 0) == name) {
            firstName << p;
            continue;
        }
        if (name.size() < 2)
            continue;
        const auto startsWithName = [&name](const QString &s) { return s.startsWith(name); };
        if (startsWithName(display) || startsWithName(user) || std::any_of(words.cbegin(), words.cend(), startsWithName)
            || std::any_of(aliases.cbegin(), aliases.cend(), startsWithName))
            prefix << p;
    }
    if (!exact.isEmpty())
        return settle(exact, Kind::Exact);
    if (!firstName.isEmpty())
        return settle(firstName, Kind::Unique);
    if (!prefix.isEmpty())
        return settle(prefix, Kind::Unique);
    return {};
}

} // namespace Quorum
