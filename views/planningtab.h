// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QWidget>

class QTableView;

namespace Quorum {

class MeetingDocument;
class NotesView;

/** Topics requested before the meeting, their notes, and where they were scheduled. */
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

    QTableView *m_table;
    NotesView *m_notes;
};

} // namespace Quorum
