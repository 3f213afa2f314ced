// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Quorum {

/** A file the user offers as an attachment, read with the limits an attachment has. */
class AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFile)

public:
    /** Files larger than this are refused before they are read. */
    static constexpr qint64 MaxBytes = qint64(512) * 1024 * 1024;

    /** Reads the file at path into *data; false with *error set when it is not a file, too large or unreadable. */
    static bool read(const QString &path, QByteArray *data, QString *error);
};

} // namespace Quorum
