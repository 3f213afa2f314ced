// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTableWidget;

namespace Quorum {

class MarkdownEditor;
class MeetingDocument;

/** Topics requested before the meeting: edit them, schedule them, and see whether they fit. */
class PlanningTab : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningTab(MeetingDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    /** The user asked to see the agenda entry a request was scheduled as. */
    void entryRequested(Id entryId);

private:
    void showNotes();
    void updateBudget();
    void updateActions();
    void schedule();
    int currentRow() const;

    MeetingDocument *m_document;
    QTableView *m_table;
    MarkdownEditor *m_notes;
    QLabel *m_notesLabel;
    QTableWidget *m_budget;
    QLabel *m_unscheduled;
    QAction *m_remove;
    QAction *m_schedule;
    Id m_currentRequest = 0;
    bool m_filling = false;
};

} // namespace Quorum
