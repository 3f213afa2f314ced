// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class QTreeView;

namespace Quorum {

class ActionForm;
class AttachmentOpener;
class MarkdownEditor;
class MeetingDocument;
class NotesView;

/**
 * The note-taker's tab: the agenda on the left (the running entry highlighted), and on the
 * right the selected entry's pre-meeting notes (collapsible) above its running notes editor.
 * Typing is saved within a second of a pause, when focus leaves and when another entry is chosen.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntry();
    void showExtras();
    void toggleAction(Id actionId);
    void openAttachment(Id attachmentId);

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
    QTimer *m_saveTimer;
    Id m_entryId = 0;
    /** Notes typed and not stored yet, by entry: waiting for the pause, or not saved (a full disk). */
    QHash<Id, QString> m_unsaved;
    bool m_loading = false;
};

} // namespace Quorum
