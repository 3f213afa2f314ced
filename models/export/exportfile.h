// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace Quorum {

/** Writing an export to a file, all or nothing. */
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    using Writer = std::function<void(QIODevice *)>;

    /**
     * A folder is refused; what is not a regular file (a device such as /dev/null, a pipe) is
     * written into as it is, never replaced. Otherwise:
     * Writes what write() gives to path through a QSaveFile: an earlier file at path is replaced
     * only when every byte is written. When write() throws StorageError or the disk refuses,
     * nothing changes at path and *error says why.
     */
    static bool write(const QString &path, const Writer &write, QString *error);

    /** A Writer that writes data; throws StorageError when out takes less. */
    static Writer bytes(const QByteArray &data);
};

} // namespace Quorum
