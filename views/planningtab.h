// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QLabel;
class QTableView;
class QTableWidget;

namespace Quorum {

class MarkdownEditor;
class MeetingDocument;
class NotesView;

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
    /** Asks where topic goes (ScheduleDialog): the day and the block (0: the day itself), or nothing when cancelled. */
    std::optional<std::pair<Id, Id>> askPlace(const QString &topic);
    int currentRow() const;
    // The series' parking lot, beside the requests.
    QWidget *makeParkingLot();
    void showParked();
    void scheduleParked();
    void dismissParked();
    Id currentParked() const;

    MeetingDocument *m_document;
    QTableView *m_table;
    MarkdownEditor *m_notes;
    QLabel *m_notesLabel;
    QTableWidget *m_budget;
    QLabel *m_unscheduled;
    QAction *m_remove;
    QAction *m_schedule;
    Id m_currentRequest = 0;
    QTableView *m_parked = nullptr;
    QLabel *m_parkedLabel = nullptr;
    NotesView *m_parkedNotes = nullptr;
    QAction *m_scheduleParked = nullptr;
    QAction *m_dismissParked = nullptr;
    bool m_filling = false;
};

} // namespace Quorum
