// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacepart.h"

#include <QByteArray>

namespace Quorum {

/**
 * Adds files (or a new version of one) to a meeting's attachments: the first redo stores their
 * content with the list, in one transaction; the content is kept by its checksum, so an undo
 * leaves nothing wrong and a later redo needs only the list, as any other attachment edit.
 */
class AttachFiles : public ReplaceAttachments
{
public:
    AttachFiles(EditContext context, Id meetingId, QList<Attachment> before, QList<Attachment> after,
                QList<QByteArray> contents, const QString &text);

protected:
    bool store(const QList<Attachment> &from, const QList<Attachment> &to) override;

private:
    EditContext m_context;
    QList<QByteArray> m_contents; ///< until stored: a file's bytes are not kept in the undo stack
};

} // namespace Quorum
