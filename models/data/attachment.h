// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QDateTime>

namespace Quorum {

/** A file kept inside the library. The bytes live in the blob table, keyed by sha256. */
struct Attachment
{
    Id id = 0;
    Id meetingId = 0;
    Id entryId = 0; ///< the agenda entry it belongs to, or 0
    int position = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; ///< lower-case hex
    QDateTime modifiedAt; ///< UTC
    Id uploadedBy = 0;
    QString description;

    bool operator==(const Attachment &o) const
    {
        return id == o.id && meetingId == o.meetingId && entryId == o.entryId && position == o.position
               && fileName == o.fileName && mimeType == o.mimeType && size == o.size && sha256 == o.sha256
               && modifiedAt == o.modifiedAt && uploadedBy == o.uploadedBy && description == o.description;
    }
};

} // namespace Quorum
