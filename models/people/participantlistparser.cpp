// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantlistparser.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Quorum {

QList<PastedName> ParticipantListParser::parse(const QString &text, const std::function<Id(const QString &)> &find)
{
    static const QRegularExpression separators(QStringLiteral("[\\n\\r,;]+"));
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*•◦▪]+|\\d+[.)])\\s*"));
    static const QRegularExpression unknownUser(QStringLiteral("^Unknown User \\((.+)\\)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QList<PastedName> result;
    QSet<Id> seenPeople;
    QSet<QString> seenNames;
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed().remove(bullet).replace(spaces, QStringLiteral(" ")).trimmed();
        if (part.isEmpty())
            continue;
        PastedName name;
        name.name = part;
        const QRegularExpressionMatch m = unknownUser.match(part);
        if (m.hasMatch())
            name.username = m.captured(1).trimmed();
        name.personId = find(name.username.isEmpty() ? part : name.username);
        if (name.personId ? seenPeople.contains(name.personId) : seenNames.contains(part.toCaseFolded()))
            continue;
        seenPeople.insert(name.personId);
        seenNames.insert(part.toCaseFolded());
        result.append(name);
    }
    return result;
}

} // namespace Quorum
