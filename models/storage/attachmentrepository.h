// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"
#include "repository.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace Quorum {

class AttachmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    using Repository::Repository;

    /** Metadata only; content() reads the bytes. */
    QList<Attachment> forMeeting(Id meetingId) const;
    QByteArray content(const QString &sha256) const;
    /**
     * The content of sha256 handed to read in pieces of at most a few hundred kilobytes, each but
     * the last a multiple of three bytes long (whole groups of base64), read straight from the
     * file into one buffer: for an export that writes it on at once. Nothing when there is none.
     */
    void readContent(const QString &sha256, const std::function<void(QByteArrayView piece)> &read) const;
    /**
     * Stores data (once per sha256) and the attachment. The attachment's size and sha256 are
     * computed from data; the returned id is the new attachment's.
     */
    Id insert(const Attachment &attachment, const QByteArray &data);
    /** Stores the attachment, whose content storeBlob() stored under sha already. */
    Id insertStored(const Attachment &attachment, const QString &sha);
    /** Stores content once per sha256 and returns the sha256. */
    QString storeBlob(const QByteArray &data);
    /** Stores a meeting's attachment list (metadata; the content is in the blob table already). */
    void replace(const QList<Attachment> &from, const QList<Attachment> &to);

    static QString sha256Of(const QByteArray &data);
};

} // namespace Quorum
