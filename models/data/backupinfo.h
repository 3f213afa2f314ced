// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Quorum {

/** One snapshot of a library. */
struct BackupInfo
{
    QString path;
    QDateTime taken; ///< local time, from the file name
    qint64 size = 0;

    bool operator==(const BackupInfo &o) const { return path == o.path && taken == o.taken && size == o.size; }
};

} // namespace Quorum
