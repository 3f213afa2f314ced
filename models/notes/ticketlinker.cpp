// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlinker.h"

#include <QStringList>
#include <QUrl>

namespace Quorum {

TicketLinker::TicketLinker(const QList<LinkPattern> &patterns)
{
    for (const LinkPattern &p : patterns) {
        if (!problem(p).isEmpty())
            continue;
        // Whole words only: "DM-12" in "ADM-123" is not a key.
        m_rules.append({QRegularExpression(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w-])").arg(p.pattern)), p.url});
    }
}

QString TicketLinker::problem(const LinkPattern &p)
{
    const QRegularExpression expression(p.pattern);
    if (p.pattern.trimmed().isEmpty())
        return tr("The pattern is empty.");
    if (!expression.isValid())
        return tr("The pattern is not a valid regular expression (%1).").arg(expression.errorString());
    if (expression.match(QString()).hasMatch())
        return tr("The pattern matches empty text; it must match a key such as DM-26798.");
    const QUrl url(QString(p.url).replace(QRegularExpression(QStringLiteral("\\\\\\d")), QStringLiteral("1")));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("The address must be a web address (https://…).");
    return {};
}

QString TicketLinker::linkifyText(const QString &text) const
{
    // Inline code, Markdown links and images, autolinks and bare web addresses stay as they are.
    static const QRegularExpression protectedParts(
        QStringLiteral("`+[^`]*`+|!?\\[[^\\]]*\\]\\([^)]*\\)|<[^>\\s]+>|https?://\\S+"));
    QString out;
    qsizetype from = 0;
    auto linkPlain = [this](const QString &plain) {
        QString result = plain;
        for (const Rule &rule : m_rules) {
            QString next;
            qsizetype at = 0;
            QRegularExpressionMatchIterator it = rule.expression.globalMatch(result);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                // A key already turned into a link by an earlier rule stays that link.
                const QString before = result.left(m.capturedStart());
                if (before.count(QLatin1Char('[')) > before.count(QLatin1Char(']')))
                    continue;
                QString url = rule.url;
                for (int g = 9; g >= 0; --g)
                    url.replace(QStringLiteral("\\%1").arg(g), m.captured(g));
                next += result.mid(at, m.capturedStart() - at);
                next += QStringLiteral("[%1](%2)").arg(m.captured(0), url);
                at = m.capturedEnd();
            }
            next += result.mid(at);
            result = next;
        }
        return result;
    };
    QRegularExpressionMatchIterator it = protectedParts.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += linkPlain(text.mid(from, m.capturedStart() - from));
        out += m.captured(0);
        from = m.capturedEnd();
    }
    out += linkPlain(text.mid(from));
    return out;
}

QString TicketLinker::linkify(const QString &markdown) const
{
    if (m_rules.isEmpty())
        return markdown;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        // Fenced and indented code is code, not text.
        if (!inFence && !line.startsWith(QLatin1String("    ")) && !line.startsWith(QLatin1Char('\t')))
            line = linkifyText(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Quorum
