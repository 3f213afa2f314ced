// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QTextEdit;
class QLabel;
class QToolBar;

namespace Quorum {

/**
 * Rich text editing stored as Markdown: bold, italic, links, nested bullet and numbered lists,
 * code blocks, quotes and task lists. A pasted meeting chat becomes a list of who said what when. The editor keeps no undo history of its own: each change is reported through
 * markdownEdited() and undone through the library's undo stack.
 */
class MarkdownEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    /** Shows markdown without reporting it as an edit. */
    /** Notes longer than this are shown and edited as their Markdown text: formatting them would take minutes. */
    static constexpr qsizetype FormattedLimit = 200000;

    void setMarkdown(const QString &markdown);
    QString markdown() const;
    /** Whether the note is shown as its Markdown text (it is longer than FormattedLimit). */
    bool isShownAsText() const { return m_asText; }
    QTextEdit *textEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);

Q_SIGNALS:
    void markdownEdited(const QString &markdown);

private:
    QAction *addFormatAction(const QString &text, const QKeySequence &shortcut, const QString &objectName);
    void toggleBold();
    void toggleItalic();
    void insertLink();
    void makeList(bool numbered);
    void indent(int delta);
    void toggleCodeBlock();
    void toggleQuote();
    void toggleTask();

    QToolBar *m_toolBar;
    QTextEdit *m_edit;
    bool m_loading = false;
    bool m_asText = false;
    QLabel *m_asTextNotice;
};

} // namespace Quorum
