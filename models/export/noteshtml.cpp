// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteshtml.h"

#include "notes/markdowntext.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace Quorum {

namespace {

QString escaped(const QString &text)
{
    // Characters XML 1.0 does not allow are left out: the fragment is XHTML too (ConfluenceWriter).
    QString out = NotesHtml::xmlText(text).toHtmlEscaped();
    out.replace(QChar::LineSeparator, QLatin1String("<br />"));
    out.replace(QChar::ParagraphSeparator, QLatin1String("<br />"));
    out.replace(QChar::ObjectReplacementCharacter, QString());
    return out;
}

/**
 * Calls run(text, format) for each run of a block's text; an image is the run "[description]" with
 * no format: nothing is ever fetched.
 */
template<typename Run>
void forEachRun(const QTextBlock &block, Run run)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            const QString alt = format.stringProperty(QTextFormat::ImageAltText);
            run(QStringLiteral("[%1]").arg(alt.isEmpty() ? QStringLiteral("image") : alt), QTextCharFormat());
            continue;
        }
        run(fragment.text(), format);
    }
}

bool isMonospace(const QTextCharFormat &format)
{
    return format.fontFixedPitch() || format.fontFamilies().toStringList().contains(QLatin1String("monospace"));
}

/** The text of a block with its bold, italic, struck-out, code and link runs. */
QString inlineHtml(const QTextBlock &block)
{
    QString out;
    forEachRun(block, [&](const QString &run, const QTextCharFormat &format) {
        QString text = escaped(run);
        if (isMonospace(format))
            text = QStringLiteral("<code>") + text + QStringLiteral("</code>");
        if (format.fontStrikeOut())
            text = QStringLiteral("<s>") + text + QStringLiteral("</s>");
        if (format.fontItalic())
            text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
        if (format.fontWeight() >= QFont::Bold)
            text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
        if (format.isAnchor() && NotesHtml::isSafeLink(format.anchorHref()))
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(format.anchorHref().toHtmlEscaped(), text);
        out += text;
    });
    return out;
}

bool isCode(const QTextBlockFormat &format)
{
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
}

/** Writes nested lists: one entry per open list, each with an open <li>. */
class ListWriter
{
public:
    explicit ListWriter(QString &out)
        : m_out(out)
    { }

    void item(QTextList *list, const QString &content, QTextBlockFormat::MarkerType marker)
    {
        const int depth = qMax(1, list->format().indent());
        closeTo(depth);
        if (m_open.size() == depth && m_open.last() != list)
            closeTo(depth - 1);
        if (m_open.size() == depth)
            m_out += QStringLiteral("</li>\n");
        while (m_open.size() < depth) {
            m_open.append(list);
            m_out += ordered(list) ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            // A list that starts deeper than the one it is in: each level between holds it in an item.
            if (m_open.size() < depth)
                m_out += QStringLiteral("<li>");
        }
        m_out += QStringLiteral("<li>");
        if (marker == QTextBlockFormat::MarkerType::Checked)
            m_out += QStringLiteral("\u2611 ");
        else if (marker == QTextBlockFormat::MarkerType::Unchecked)
            m_out += QStringLiteral("\u2610 ");
        m_out += content;
    }

    void closeTo(int depth)
    {
        while (m_open.size() > depth) {
            m_out += ordered(m_open.takeLast()) ? QStringLiteral("</li></ol>\n") : QStringLiteral("</li></ul>\n");
        }
    }

private:
    /** Numbered (decimal, alphabetic, roman) rather than bulleted. */
    static bool ordered(QTextList *list) { return list->format().style() <= QTextListFormat::ListDecimal; }

    QString &m_out;
    QList<QTextList *> m_open;
};

void read(QTextDocument &doc, const QString &markdown)
{
    // Raw HTML in the notes is read as text: it is shown, never interpreted.
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                              | QTextDocument::MarkdownNoHTML));
}

/** The longest run of c in text. */
qsizetype longestRun(const QString &text, QChar c)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar x : text) {
        run = x == c ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return longest;
}

/** text between marker and its mirror, the spaces at either end kept outside: "**bold** ". */
QString wrapped(const QString &text, const QString &marker)
{
    const QString inner = text.trimmed();
    if (inner.isEmpty())
        return text;
    const qsizetype start = text.indexOf(inner);
    return text.left(start) + marker + inner + marker + text.mid(start + inner.size());
}

/** The text of a block as Markdown, its bold, italic, struck-out, code and safe link runs kept. */
QString inlineMarkdown(const QTextBlock &block)
{
    QString out;
    forEachRun(block, [&](QString raw, const QTextCharFormat &format) {
        raw.replace(QChar::ObjectReplacementCharacter, QString());
        QString text;
        if (isMonospace(format)) {
            // A code span shows its content as it is; its fence is longer than any run of ticks in it.
            const QString fence(longestRun(raw, QLatin1Char('`')) + 1, QLatin1Char('`'));
            raw.replace(QChar::LineSeparator, QLatin1Char(' ')).replace(QChar::ParagraphSeparator, QLatin1Char(' '));
            text = fence + QLatin1Char(' ') + raw.replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char(' ')
                   + fence;
        } else {
            text = MarkdownText::escapedInline(raw);
            if (format.fontStrikeOut())
                text = wrapped(text, QStringLiteral("~~"));
            if (format.fontItalic())
                text = wrapped(text, QStringLiteral("*"));
            if (format.fontWeight() >= QFont::Bold)
                text = wrapped(text, QStringLiteral("**"));
        }
        if (format.isAnchor() && NotesHtml::isSafeLink(format.anchorHref())) {
            QString target = QString::fromUtf8(QUrl(format.anchorHref().trimmed()).toEncoded());
            target.replace(QLatin1Char('('), QLatin1String("%28")).replace(QLatin1Char(')'), QLatin1String("%29"));
            text = QStringLiteral("[%1](%2)").arg(text, target);
        }
        out += text;
    });
    return MarkdownText::escapedLineStart(out.trimmed());
}

} // namespace

QString NotesHtml::toMarkdown(const QString &markdown)
{
    QTextDocument doc;
    read(doc, markdown);
    QStringList out; // the blocks, each one or more lines
    QStringList code; // the lines of the code block being read
    int codeLevel = 0;
    bool lastWasItem = false;
    const auto quote
        = [](int level) { return level > 0 ? QString(level, QLatin1Char('>')) + QLatin1Char(' ') : QString(); };
    const auto add = [&](const QString &text, int level, bool item) {
        const QString separator = item && lastWasItem
                                      ? QStringLiteral("\n")
                                      : QStringLiteral("\n") + quote(level).trimmed() + QStringLiteral("\n");
        out << (out.isEmpty() ? QString() : separator) + text;
        lastWasItem = item;
    };
    const auto flushCode = [&]() {
        if (code.isEmpty())
            return;
        const QString fence(qMax<qsizetype>(3, longestRun(code.join(QLatin1Char('\n')), QLatin1Char('`')) + 1),
                            QLatin1Char('`'));
        QStringList lines{quote(codeLevel) + fence};
        for (const QString &line : std::as_const(code))
            lines << quote(codeLevel) + line;
        lines << quote(codeLevel) + fence;
        add(lines.join(QLatin1Char('\n')), codeLevel, false);
        code.clear();
    };

    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        QTextList *list = block.textList();
        const int level = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (!isCode(format) || list || level != codeLevel)
            flushCode();
        if (list) {
            const int depth = qMax(1, list->format().indent());
            QString marker = list->format().style() <= QTextListFormat::ListDecimal
                                 ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1)
                                 : QStringLiteral("- ");
            if (format.marker() == QTextBlockFormat::MarkerType::Checked)
                marker += QStringLiteral("[x] ");
            else if (format.marker() == QTextBlockFormat::MarkerType::Unchecked)
                marker += QStringLiteral("[ ] ");
            add(quote(level) + QString(4 * (depth - 1), QLatin1Char(' ')) + marker + inlineMarkdown(block), level,
                true);
        } else if (isCode(format)) {
            codeLevel = level;
            code << block.text();
        } else if (format.headingLevel() > 0) {
            add(quote(level) + QStringLiteral("##### ") + inlineMarkdown(block), level, false);
        } else if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            add(quote(level) + QStringLiteral("---"), level, false);
        } else if (!block.text().trimmed().isEmpty()) {
            add(quote(level) + inlineMarkdown(block), level, false);
        }
    }
    flushCode();
    return out.join(QString());
}

QString NotesHtml::xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD))
            continue;
        out += c;
    }
    return out;
}

bool NotesHtml::isSafeLink(const QString &href)
{
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
               || scheme == QLatin1String("mailto"));
}

QString NotesHtml::fromMarkdown(const QString &markdown)
{
    QTextDocument doc;
    read(doc, markdown);
    QString out;
    ListWriter lists(out);
    QStringList code; // the lines of the code block being read
    int quoteLevel = 0;
    const auto flushCode = [&]() {
        if (code.isEmpty())
            return;
        out += QStringLiteral("<pre>") + code.join(QLatin1Char('\n')) + QStringLiteral("</pre>\n");
        code.clear();
    };
    const auto setQuoteLevel = [&](int level) {
        for (; quoteLevel < level; ++quoteLevel)
            out += QStringLiteral("<blockquote>");
        for (; quoteLevel > level; --quoteLevel)
            out += QStringLiteral("</blockquote>\n");
    };

    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        QTextList *list = block.textList();
        const int level = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (!list || level != quoteLevel)
            lists.closeTo(0);
        if (!isCode(format) || list || level != quoteLevel)
            flushCode();
        setQuoteLevel(level);

        if (list) {
            lists.item(list, inlineHtml(block), format.marker());
        } else if (isCode(format)) {
            code << escaped(block.text());
        } else if (format.headingLevel() > 0) {
            // Headings in notes sit below the document's own headings (h1 to h4) and its labels (h6).
            out += QStringLiteral("<h5>") + inlineHtml(block) + QStringLiteral("</h5>\n");
        } else if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            out += QStringLiteral("<hr />\n");
        } else if (!block.text().trimmed().isEmpty()) {
            out += QStringLiteral("<p>") + inlineHtml(block) + QStringLiteral("</p>\n");
        }
    }
    lists.closeTo(0);
    flushCode();
    setQuoteLevel(0);
    return out;
}

} // namespace Quorum
