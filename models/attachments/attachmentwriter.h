// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Quorum {

class Database;

/**
 * Writes attachments out of a library. Names are made safe (SafeFileName); a file never
 * replaces anything already in the folder (not a file, not a symlink): the name gets a suffix.
 */
class AttachmentWriter
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentWriter)

public:
    /**
     * Writes each attachment into folder; returns the paths written. On a failure the files of
     * this call are removed again and StorageError says why.
     */
    static QStringList saveAll(const Database &db, const QList<Attachment> &attachments, const QString &folder);
    /** Writes one attachment's bytes to a new file at path (which must not exist). */
    static void saveOne(const Database &db, const Attachment &attachment, const QString &path);
    /** One ZIP (libzip) holding the attachments under their safe names; zipPath must not exist. */
    static void saveZip(const Database &db, const QList<Attachment> &attachments, const QString &zipPath);
};

} // namespace Quorum
