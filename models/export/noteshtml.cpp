// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteshtml.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace Quorum {

namespace {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QChar::LineSeparator, QLatin1String("<br>"));
    out.replace(QChar::ParagraphSeparator, QLatin1String("<br>"));
    out.replace(QChar::ObjectReplacementCharacter, QString());
    return out;
}

/** The text of a block with its bold, italic, struck-out, code and link runs. */
QString inlineHtml(const QTextBlock &block)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            const QString alt = format.stringProperty(QTextFormat::ImageAltText);
            out += QStringLiteral("[%1]").arg(escaped(alt.isEmpty() ? QStringLiteral("image") : alt));
            continue;
        }
        QString text = escaped(fragment.text());
        if (format.fontFixedPitch() || format.fontFamilies().toStringList().contains(QLatin1String("monospace")))
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
    }
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

} // namespace

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
    // Raw HTML in the notes is read as text: it is shown, never interpreted.
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                              | QTextDocument::MarkdownNoHTML));
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
            out += QStringLiteral("<hr>\n");
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
