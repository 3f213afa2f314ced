// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachfiles.h"

#include "storage/attachmentrepository.h"

#include <QCoreApplication>

namespace Quorum {

AttachFiles::AttachFiles(EditContext context, Id meetingId, QList<Attachment> before, QList<Attachment> after,
                         QList<QByteArray> contents, const QString &text)
    : ReplaceAttachments(context, meetingId, std::move(before), std::move(after), text)
    , m_context(context)
    , m_contents(std::move(contents))
{ }

bool AttachFiles::store(const QList<Attachment> &from, const QList<Attachment> &to)
{
    if (m_contents.isEmpty())
        return ReplaceAttachments::store(from, to);
    // The content and the list in one transaction: a failure leaves neither.
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::AttachFiles", "store the attachments"), [&](const QSqlDatabase &db) {
            AttachmentRepository files(db);
            for (const QByteArray &data : std::as_const(m_contents))
                files.storeBlob(data);
            AttachmentsPart::write(db, meetingId(), from, to);
        });
    if (!written)
        return false;
    m_contents.clear();
    AttachmentsPart::refresh(*m_context.models, meetingId());
    return true;
}

} // namespace Quorum
