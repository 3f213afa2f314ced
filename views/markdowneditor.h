// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QTextEdit;
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
    void setMarkdown(const QString &markdown);
    QString markdown() const;
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
};

} // namespace Quorum
