// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"
#include "data/meetinghistory.h"
#include "editcontext.h"

#include <QByteArray>
#include <QList>
#include <QUndoCommand>

namespace Quorum {

/**
 * Finalizes a meeting's minutes or reopens them: the meeting's final record before and after,
 * and for a finalization the minutes PDF added to its attachments, all in one transaction, so
 * the finalization is one undo step. Every store also appends an event (MeetingEvent) saying
 * what happened, by whom and when: an undone finalization is recorded as a reopening and an
 * undone reopening as a finalization, and no undo removes an event.
 */
class SetMeetingFinal : public QUndoCommand
{
public:
    /**
     * before/after: the final record; actor: who finalizes or reopens (the events' name when
     * the record it leaves is not final). attachmentsBefore/After and pdf: the attachment list
     * and the content a finalization adds (empty for a reopening).
     */
    SetMeetingFinal(EditContext context, Id meetingId, FinalState before, FinalState after, QString actor,
                    QList<Attachment> attachmentsBefore, QList<Attachment> attachmentsAfter, QByteArray pdf,
                    const QString &text);

    void redo() override;
    void undo() override;

private:
    bool store(const FinalState &to, const QList<Attachment> &fromList, const QList<Attachment> &toList);

    EditContext m_context;
    Id m_meetingId;
    FinalState m_before;
    FinalState m_after;
    QString m_actor;
    QList<Attachment> m_attachmentsBefore;
    QList<Attachment> m_attachmentsAfter;
    QByteArray m_pdf; ///< until stored: the content is kept by its sha256 afterwards
};

} // namespace Quorum
