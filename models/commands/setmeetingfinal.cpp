// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmeetingfinal.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/attachmentrepository.h"
#include "storage/historyrepository.h"

#include <QCoreApplication>

namespace Quorum {

SetMeetingFinal::SetMeetingFinal(EditContext context, Id meetingId, FinalState before, FinalState after, QString actor,
                                 QList<Attachment> attachmentsBefore, QList<Attachment> attachmentsAfter,
                                 QByteArray pdf, const QString &text)
    : m_context(context)
    , m_meetingId(meetingId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_actor(std::move(actor))
    , m_attachmentsBefore(std::move(attachmentsBefore))
    , m_attachmentsAfter(std::move(attachmentsAfter))
    , m_pdf(std::move(pdf))
{
    setText(text);
}

void SetMeetingFinal::redo()
{
    setObsolete(!store(m_after, m_attachmentsBefore, m_attachmentsAfter));
}

void SetMeetingFinal::undo()
{
    setObsolete(!store(m_before, m_attachmentsAfter, m_attachmentsBefore));
}

bool SetMeetingFinal::store(const FinalState &to, const QList<Attachment> &fromList, const QList<Attachment> &toList)
{
    const QDateTime now = m_context.models->now().toUTC();
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::SetMeetingFinal", "save the final record"), [&](const QSqlDatabase &db) {
            if (fromList != toList) {
                AttachmentRepository files(db);
                if (!m_pdf.isEmpty())
                    files.storeBlob(m_pdf);
                files.replace(fromList, toList);
            }
            HistoryRepository history(db);
            history.setFinalState(m_meetingId, to);
            MeetingEvent event;
            event.meetingId = m_meetingId;
            event.kind = to.isFinal() ? MeetingEvent::Kind::Finalized : MeetingEvent::Kind::Reopened;
            event.by = to.isFinal() ? to.by : m_actor;
            event.at
                = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
            event.sha256 = to.sha256;
            history.addEvent(event);
        });
    if (!written)
        return false;
    m_pdf.clear();
    if (fromList != toList)
        m_context.models->refreshAttachments(m_meetingId);
    m_context.models->refreshFinal(m_meetingId);
    return true;
}

} // namespace Quorum
