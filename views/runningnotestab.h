// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeView;

namespace Quorum {

class MeetingDocument;
class NotesView;

/** Per agenda entry: its pre-meeting notes, running notes, action items and attachments. */
class RunningNotesTab : public QWidget
{
    Q_OBJECT

public:
    explicit RunningNotesTab(MeetingDocument *document, QWidget *parent = nullptr);

private:
    void showNotes();

    MeetingDocument *m_document;
    QTreeView *m_entries;
    NotesView *m_notes;
};

} // namespace Quorum
