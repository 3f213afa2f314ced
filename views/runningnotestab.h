// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QHash>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;
class QTreeView;

namespace Quorum {

class ActionForm;
class AttachmentOpener;
class MarkdownEditor;
class StartButton;
class MeetingDocument;
class NotesView;

/**
 * The note-taker's tab: the agenda on the left (the running entry highlighted), and on the
 * right the selected entry's pre-meeting notes (collapsible) above its running notes editor.
 * Typing is saved within a second of a pause, when focus leaves and when another entry is chosen.
 *
 * While a day runs the tab follows the clock: the running entry is shown, and each step of the
 * run (Next, Previous, Skip) moves to the new one, unless the note-taker pinned the entry shown
 * (the Pin button, or choosing another entry by hand); one click follows again. An action item
 * or a decision recorded then (Ctrl+Shift+A, Ctrl+Shift+D) goes to the running entry, whichever entry
 * is shown.
 */
class RunningNotesTab : public QWidget
{
    Q_OBJECT

public:
    /** How long typing may pause before it is saved. */
    static constexpr int SaveDelayMs = 700;

    /** opener (the window's) opens an entry's attachments; null where nothing is to be opened. */
    explicit RunningNotesTab(MeetingDocument *document, AttachmentOpener *opener = nullptr, QWidget *parent = nullptr);
    ~RunningNotesTab() override;

    /** Saves what was typed and not yet saved. */
    void flush();
    /** Shows a button for the window's Start Meeting action (owned by the caller) at the top of the tab. */
    void setStartAction(QAction *start);
    /** Whether the tab follows the running entry: a day runs and nothing is pinned. */
    bool isFollowing() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntry();
    void showExtras();
    void toggleAction(Id actionId);
    void openAttachment(Id attachmentId);
    /** The running entry of the live day; 0 when no day runs. */
    Id runningEntry() const;
    /** Shows the running entry unless pinned, and says whether the tab follows. */
    void followRun();
    void showFollowing();
    /** Who else is editing the shown entry's notes (a team library): the label above the editor. */
    void showPresence();
    /** Says that this window's user edits the shown entry's notes (typing, or the editor focused). */
    void announceEditing();

Q_SIGNALS:
    void failed(const QString &message);

private:
    MeetingDocument *m_document;
    AttachmentOpener *m_opener;
    QTreeView *m_entries;
    QLabel *m_heading;
    QToolButton *m_preToggle;
    NotesView *m_preNotes;
    MarkdownEditor *m_editor;
    NotesView *m_extras;
    ActionForm *m_actionForm;
    ActionForm *m_decisionForm; ///< the same form, recording a decision (Ctrl+Shift+D)
    QTimer *m_saveTimer;
    QHBoxLayout *m_topRow;
    StartButton *m_start = nullptr;
    QLabel *m_follow;
    // The parking lot: where a carried topic came from, and carrying the shown topic over.
    QLabel *m_carried = nullptr;
    QAction *m_carryOver = nullptr;
    QToolButton *m_pin;
    QWidget *m_presence; ///< icon and m_presenceText; hidden while nobody else edits the entry
    QLabel *m_presenceText;
    Id m_entryId = 0;
    /** The entry the open action or decision form records for (the running one while a day runs). */
    Id m_actionEntryId = 0;
    /** The tab itself moves the selection (following the run, another meeting): not a pin. */
    bool m_selecting = false;
    /** Notes typed and not stored yet, by entry: waiting for the pause, or not saved (a full disk). */
    QHash<Id, QString> m_unsaved;
    /** The stored notes each unsaved text was typed over: on a team library, someone may save meanwhile. */
    QHash<Id, QString> m_base;
    bool m_merging = false; ///< the merge dialog is open
    /** Someone else saved the entry's notes while they were typed here: theirs beside these, to merge. */
    void mergeNotes(Id entryId);
    bool m_loading = false;
};

} // namespace Quorum
