// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/agendaentry.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QHBoxLayout;
class QToolButton;
class QTreeView;

namespace Quorum {

class AttachmentOpener;
class StartButton;
class EmptyState;
class FormRows;
class MarkdownEditor;
class MeetingDocument;

/**
 * The agenda editor: the tree (day > block > entry) with a toolbar, and the selected item's details.
 * Once a day has been run the tree also shows planned vs actual (the run columns); the header's
 * context menu shows or hides them.
 */
class AgendaTab : public QWidget
{
    Q_OBJECT

public:
    /** opener (the window's) opens an entry's attachments; null where nothing is to be opened. */
    explicit AgendaTab(MeetingDocument *document, AttachmentOpener *opener = nullptr, QWidget *parent = nullptr);

    void selectEntry(Id entryId);
    /** Shows a button for the window's Start Meeting action (owned by the caller) on the toolbar. */
    void setStartAction(QAction *start);
    /** Whether the planned vs actual columns show. */
    bool showsRunColumns() const;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(const QString &text, const QKeySequence &shortcut, const QString &objectName,
                       const QString &toolTip);
    void addEntry(AgendaEntry::Kind kind);
    void updateActions();
    void showDetails();
    void restoreCurrent();
    QModelIndex currentTopicIndex() const;
    /** Stores a detail field through the model (one undo step) unless it did not change. */
    void commitDetail(int column, const QString &text);

    MeetingDocument *m_document;
    AttachmentOpener *m_opener;
    QTreeView *m_tree;
    QLabel *m_files;
    FormRows *m_form;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_start;
    QCheckBox *m_pinned;
    QCheckBox *m_recurring; ///< every meeting of the series has the entry
    QLineEdit *m_duration;
    QLineEdit *m_people;
    QLineEdit *m_dayStart;
    QLineEdit *m_dayEnd;
    QLabel *m_timing;
    /** Buttons that fix what runs late (shorten, move the pinned entry, extend the day). */
    QWidget *m_fixes;
    EmptyState *m_emptyAgenda = nullptr;
    QStringList m_fixLabels; ///< the buttons shown, to rebuild them only when they change
    QList<QPersistentModelIndex> m_fixTargets; ///< what they change
    void showFixes(const QModelIndex &idx);
    /** Shows the run columns as chosen (header menu), else once a day of the meeting has run. */
    void applyRunColumns();
    void fitTopicColumn();
    void chooseRunColumns(const QVariant &shown);
    QHBoxLayout *m_toolRow; ///< the toolbar, and the Start Meeting button at its end
    StartButton *m_startButton = nullptr;
    int m_runColumnsShown = -1; ///< as last applied: -1 not yet, 0 hidden, 1 shown
    MarkdownEditor *m_notes;
    QList<QAction *> m_entryActions;
    QAction *m_carryOver = nullptr; ///< the parking lot: carry the selected topic over to the next meeting
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_recurringAction = nullptr; ///< checkable, in the tree's context menu
    Id m_currentEntry = 0;
    Id m_currentDay = 0;
    bool m_filling = false;
};

} // namespace Quorum
