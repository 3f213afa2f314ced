// SPDX-License-Identifier: GPL-3.0-or-later
#include "chattranscript.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Quorum {

namespace {

struct Message
{
    QString speaker;
    QString time;
    QStringList lines;
};

/** Markdown characters that would change how a speaker's name or a message renders. */
QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString ChatTranscript::toMarkdown(const QString &text)
{
    // "From Tim J to Everyone: (9:13 p.m.)" with the message below, or after the colon.
    static const QRegularExpression trailingTime(
        QStringLiteral(
            "^\\s*From (.+?) to (?:.+?):\\s*\\(?(\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?)\\)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    // "09:13:05 From Tim J to Everyone: message" (the message may also follow on the next lines).
    static const QRegularExpression leadingTime(
        QStringLiteral("^\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s+From\\s+(.+?)(?:\\s+to\\s+.+?)?\\s*:\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);

    QList<Message> messages;
    const QStringList lines
        = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QRegularExpressionMatch m = trailingTime.match(line);
        if (m.hasMatch()) {
            messages.append({m.captured(1).trimmed(), m.captured(2).trimmed(), {}});
            continue;
        }
        m = leadingTime.match(line);
        if (m.hasMatch()) {
            Message message{m.captured(2).trimmed(), m.captured(1), {}};
            if (!m.captured(3).trimmed().isEmpty())
                message.lines << m.captured(3).trimmed();
            messages.append(message);
            continue;
        }
        if (messages.isEmpty()) {
            if (!line.trimmed().isEmpty())
                return {}; // text before the first message: not a transcript
            continue;
        }
        if (!line.trimmed().isEmpty())
            messages.last().lines << line.trimmed();
    }
    if (messages.isEmpty())
        return {};
    QStringList items;
    for (const Message &message : std::as_const(messages)) {
        QString item = QStringLiteral("- **%1** (%2)").arg(escaped(message.speaker), message.time);
        if (!message.lines.isEmpty())
            item += QStringLiteral(": ") + escaped(message.lines.join(QLatin1Char(' ')));
        items << item;
    }
    return items.join(QLatin1Char('\n'));
}

} // namespace Quorum
