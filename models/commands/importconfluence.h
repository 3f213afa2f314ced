// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcontext.h"
#include "storage/meetingrows.h"
#include "wiki/confluenceimport.h"

#include <QUndoCommand>

namespace Quorum {

/**
 * Imports Confluence pages (ConfluenceImport::write) as one undo step. The first redo writes
 * the meetings, replacing those imported before (their rows kept), and updates the summary's
 * tasks; it keeps what it wrote as MeetingRows. Undo removes the new meetings, writes the
 * replaced ones back with their ids and puts the tasks' states back; a later redo repeats that
 * the other way. People added to the directory stay there on undo (the directory is
 * library-wide; a person nobody names is harmless and may be merged or edited).
 */
class ImportConfluence : public QUndoCommand
{
public:
    ImportConfluence(EditContext context, ConfluenceImport::Reading reading);
    void redo() override;
    void undo() override;

    /** What the first redo did (empty until then, or when it failed). */
    const ConfluenceImport::Outcome &outcome() const { return m_outcome; }

private:
    void refresh(const QList<Id> &show);

    EditContext m_context;
    ConfluenceImport::Reading m_reading;
    ConfluenceImport::Outcome m_outcome;
    bool m_written = false;
    QList<MeetingRows> m_added;
    QList<MeetingRows> m_replaced;
    Id m_previousMeeting = 0;
};

} // namespace Quorum
