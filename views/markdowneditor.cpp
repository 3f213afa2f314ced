// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "notes/chattranscript.h"

#include <QAction>
#include <QFontDatabase>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/** Pastes a meeting chat as a readable list; anything else as plain text. */
class NotesTextEdit : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        // Tab indents a list item here; Ctrl+Tab and Ctrl+Shift+Tab leave the editor, as in other
        // toolkits' text views, so the keyboard is never caught.
        const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
        if (tab && (event->modifiers() & Qt::ControlModifier)) {
            QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
            return;
        }
        QTextEdit::keyPressEvent(event);
    }

    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasText()) {
            const QString chat = ChatTranscript::toMarkdown(source->text());
            if (!chat.isEmpty()) {
                textCursor().insertMarkdown(chat + QLatin1Char('\n'));
                return;
            }
        }
        QTextEdit::insertFromMimeData(source);
    }
};

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar)
    , m_edit(new NotesTextEdit)
    , m_asTextNotice(new QLabel)
{
    m_edit->setObjectName(QStringLiteral("markdownTextEdit"));
    m_edit->setUndoRedoEnabled(false);
    m_edit->setAcceptRichText(false); // pasted HTML would bring styles Markdown cannot hold
    m_edit->setTabChangesFocus(false);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *bold = addFormatAction(tr("Bold"), QKeySequence::Bold, QStringLiteral("boldAction"));
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    connect(bold, &QAction::triggered, this, &MarkdownEditor::toggleBold);
    QAction *italic = addFormatAction(tr("Italic"), QKeySequence::Italic, QStringLiteral("italicAction"));
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    connect(italic, &QAction::triggered, this, &MarkdownEditor::toggleItalic);
    connect(addFormatAction(tr("Link…"), QKeySequence(tr("Ctrl+K")), QStringLiteral("linkAction")), &QAction::triggered,
            this, &MarkdownEditor::insertLink);
    m_toolBar->addSeparator();
    connect(addFormatAction(tr("• List"), QKeySequence(tr("Ctrl+Shift+8")), QStringLiteral("bulletListAction")),
            &QAction::triggered, this, [this] { makeList(false); });
    connect(addFormatAction(tr("1. List"), QKeySequence(tr("Ctrl+Shift+7")), QStringLiteral("numberedListAction")),
            &QAction::triggered, this, [this] { makeList(true); });
    connect(addFormatAction(tr("Indent"), QKeySequence(tr("Ctrl+]")), QStringLiteral("indentAction")),
            &QAction::triggered, this, [this] { indent(1); });
    connect(addFormatAction(tr("Outdent"), QKeySequence(tr("Ctrl+[")), QStringLiteral("outdentAction")),
            &QAction::triggered, this, [this] { indent(-1); });
    connect(addFormatAction(tr("Code"), QKeySequence(tr("Ctrl+Shift+C")), QStringLiteral("codeBlockAction")),
            &QAction::triggered, this, &MarkdownEditor::toggleCodeBlock);
    connect(addFormatAction(tr("Quote"), QKeySequence(tr("Ctrl+Shift+Q")), QStringLiteral("quoteAction")),
            &QAction::triggered, this, &MarkdownEditor::toggleQuote);
    connect(addFormatAction(tr("☐ Task"), QKeySequence(tr("Ctrl+Shift+9")), QStringLiteral("checklistAction")),
            &QAction::triggered, this, &MarkdownEditor::toggleTask);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    m_asTextNotice->setObjectName(QStringLiteral("asTextNotice"));
    m_asTextNotice->setWordWrap(true);
    m_asTextNotice->hide();
    layout->addWidget(m_asTextNotice);
    layout->addWidget(m_edit);

    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT markdownEdited(markdown());
    });
}

QAction *MarkdownEditor::addFormatAction(const QString &text, const QKeySequence &shortcut, const QString &objectName)
{
    QAction *a = m_toolBar->addAction(text);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    addAction(a);
    return a;
}

void MarkdownEditor::setMarkdown(const QString &markdown)
{
    const QScopedValueRollback<bool> guard(m_loading, true);
    m_asText = markdown.size() > FormattedLimit;
    m_toolBar->setEnabled(!m_asText);
    m_asTextNotice->setVisible(m_asText);
    if (m_asText) {
        m_asTextNotice->setText(tr("This note is very long (%1 characters), so it is shown and edited as its "
                                   "Markdown text rather than formatted.")
                                    .arg(QLocale().toString(markdown.size())));
        m_edit->setPlainText(markdown);
    } else {
        m_edit->setMarkdown(markdown);
    }
}

QString MarkdownEditor::markdown() const
{
    if (m_asText)
        return m_edit->toPlainText();
    QStringList lines
        = m_edit->document()->toMarkdown(QTextDocument::MarkdownDialectGitHub).trimmed().split(QLatin1Char('\n'));
    // Qt 6.4 indents the closing fence of a code block that follows a list by four spaces, which
    // leaves the block open in every Markdown reader: put it back at the opening fence's indent.
    QString openIndent;
    QString fence;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        const bool isFence = trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
        if (fence.isEmpty()) {
            if (isFence) {
                fence = trimmed.left(3);
                openIndent = line.left(line.indexOf(fence));
            }
        } else if (isFence && trimmed == fence) {
            line = openIndent + fence;
            fence.clear();
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void MarkdownEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void MarkdownEditor::toggleBold()
{
    QTextCharFormat f;
    f.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(f);
}

void MarkdownEditor::toggleItalic()
{
    QTextCharFormat f;
    f.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(f);
}

void MarkdownEditor::insertLink()
{
    QTextCursor cursor = m_edit->textCursor();
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Insert Link"), tr("Address:"), QLineEdit::Normal,
                                                  QStringLiteral("https://"), &ok);
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!ok || !url.isValid())
        return;
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(url.toString());
    f.setForeground(palette().link());
    f.setFontUnderline(true);
    if (!cursor.hasSelection())
        cursor.insertText(url.toString(), f);
    else
        cursor.mergeCharFormat(f);
}

void MarkdownEditor::makeList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // The same button again takes the paragraph out of the list.
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
        return;
    }
    QTextListFormat format;
    format.setStyle(style);
    format.setIndent(cursor.currentList() ? cursor.currentList()->format().indent() : 1);
    cursor.createList(format);
}

void MarkdownEditor::indent(int delta)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextList *list = cursor.currentList();
    if (!list)
        return;
    QTextListFormat format = list->format();
    const int level = qMax(1, format.indent() + delta);
    if (level == format.indent())
        return;
    format.setIndent(level);
    // A nested level is a list of its own; the item leaves its old list for it.
    list->remove(cursor.block());
    cursor.createList(format);
}

void MarkdownEditor::toggleQuote()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool quoted = block.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    block.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
    block.setLeftMargin(quoted ? 0 : 24);
    cursor.setBlockFormat(block);
}

void MarkdownEditor::toggleTask()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    if (!cursor.currentList()) {
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        cursor.createList(list);
        block = cursor.blockFormat();
        block.setMarker(QTextBlockFormat::MarkerType::Unchecked);
    } else {
        // On a task the same key ticks it, then unticks it.
        switch (block.marker()) {
        case QTextBlockFormat::MarkerType::NoMarker: block.setMarker(QTextBlockFormat::MarkerType::Unchecked); break;
        case QTextBlockFormat::MarkerType::Unchecked: block.setMarker(QTextBlockFormat::MarkerType::Checked); break;
        case QTextBlockFormat::MarkerType::Checked: block.setMarker(QTextBlockFormat::MarkerType::Unchecked); break;
        }
    }
    cursor.setBlockFormat(block);
}

void MarkdownEditor::toggleCodeBlock()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    QTextCharFormat chars;
    if (block.hasProperty(QTextFormat::BlockCodeFence)) {
        block.clearProperty(QTextFormat::BlockCodeFence);
        block.clearProperty(QTextFormat::BlockCodeLanguage);
        chars.setFont(font());
    } else {
        block.setProperty(QTextFormat::BlockCodeFence, QChar(QLatin1Char('`')));
        chars.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    cursor.setBlockFormat(block);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
}

} // namespace Quorum
