// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

namespace Quorum {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

/** Removes what opens a block (quote, heading, bullet or number, task box); true when there was any. */
bool stripBlockMarkers(QString &line)
{
    static const QRegularExpression marker(QStringLiteral("^(?:>\\s?|#{1,6}(?:\\s+|$)|[-*+](?:\\s+|$)|\\d{1,9}[.)]\\s+|"
                                                          "\\[[ xX]\\]\\s+)"));
    bool any = false;
    for (;;) {
        const QRegularExpressionMatch m = marker.match(line);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        line.remove(0, m.capturedLength());
        any = true;
    }
    if (any) {
        static const QRegularExpression closingHashes(QStringLiteral("\\s+#+\\s*$"));
        line.remove(closingHashes);
    }
    return any;
}

/** Links and images become their text; a target that holds a search mark stays visible. */
QString withoutLinkTargets(const QString &text)
{
    // [text](target), ![alt](target), [text][ref]; a target cut off by the end of a snippet counts.
    static const QRegularExpression link(
        QStringLiteral("!?\\[([^\\]\\n]*)\\](?:\\(([^)\\n]*)(?:\\)|$)|\\[[^\\]\\n]*\\])"));
    QString out;
    qsizetype from = 0;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += m.captured(1);
        const QString target = m.captured(2);
        if (target.contains(QChar(0x2)) || target.contains(QChar(0x3)))
            out += QStringLiteral(" (") + target.trimmed() + QLatin1Char(')');
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    static const QRegularExpression autolink(QStringLiteral("<((?:https?|mailto|ftp):[^>\\s]*)>"));
    out.replace(autolink, QStringLiteral("\\1"));
    return out;
}

QString withoutInlineMarkup(QString text)
{
    static const QRegularExpression code(QStringLiteral("`+"));
    static const QRegularExpression strong(QStringLiteral("(?<![\\\\])(\\*\\*|__)(?=\\S)(.+?)(?<=[^\\s\\\\])\\1"),
                                           Unicode);
    static const QRegularExpression struck(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
    static const QRegularExpression starred(
        QStringLiteral("(?<![\\w*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?![\\w*])"), Unicode);
    static const QRegularExpression underlined(
        QStringLiteral("(?<![\\w\\\\])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?!\\w)"), Unicode);
    static const QRegularExpression strayStrong(QStringLiteral("(?<!\\\\)\\*\\*+"));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    text = withoutLinkTargets(text);
    text.remove(code);
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(struck, QStringLiteral("\\1"));
    text.replace(starred, QStringLiteral("\\1"));
    text.replace(underlined, QStringLiteral("\\1"));
    // Emphasis whose other half was cut off with the snippet.
    text.remove(strayStrong);
    text.replace(lineBreak, QStringLiteral(" "));
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

} // namespace

QString MarkdownText::toLine(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^(?:```|~~~)"));
    static const QRegularExpression rule(QStringLiteral("^(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|=+)$"));
    static const QRegularExpression tableRule(QStringLiteral("^\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?$"));
    static const QRegularExpression cellBorder(QStringLiteral("\\s*(?<!\\\\)\\|\\s*"));

    QStringList blocks;
    QString block;
    bool breakBefore = false;
    const auto endBlock = [&] {
        if (!block.isEmpty())
            blocks << block;
        block.clear();
    };
    for (const QString &raw : markdown.split(QLatin1Char('\n'))) {
        QString line = raw.trimmed();
        if (line.isEmpty() || fence.match(line).hasMatch() || rule.match(line).hasMatch()
            || tableRule.match(line).hasMatch()) {
            breakBefore = true;
            continue;
        }
        bool opensBlock = stripBlockMarkers(line);
        if (line.startsWith(QLatin1Char('|'))) {
            opensBlock = true;
            line = line.split(cellBorder, Qt::SkipEmptyParts).join(QStringLiteral(" · "));
        }
        if (opensBlock || breakBefore)
            endBlock();
        breakBefore = false;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        block += block.isEmpty() ? line : QLatin1Char(' ') + line;
    }
    endBlock();
    QString text = withoutInlineMarkup(blocks.join(QStringLiteral(" · ")));
    return text.simplified();
}

QString MarkdownText::escapedInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator) {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringView(u"\\`*_[]<>&|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString MarkdownText::escapedLineStart(const QString &line)
{
    const auto markerEnds = [&](qsizetype at) { return at >= line.size() || line.at(at).isSpace(); };
    if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('='))
        || ((line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('+'))) && markerEnds(1)))
        return QLatin1Char('\\') + line;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < line.size()
        && (line.at(digits) == QLatin1Char('.') || line.at(digits) == QLatin1Char(')')) && markerEnds(digits + 1))
        return line.left(digits) + QLatin1Char('\\') + line.mid(digits);
    return line;
}

QString MarkdownText::escaped(const QString &text)
{
    return escapedLineStart(escapedInline(text).trimmed());
}

} // namespace Quorum
