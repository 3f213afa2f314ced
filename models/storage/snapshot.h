// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Quorum {

/** Writing a copy of a live database that can be trusted: never a file copy of it. */
class Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)

public:
    /**
     * Copies the database of source to target (which must not exist) as one consistent moment:
     * VACUUM INTO a ".part" file, check it, fsync it, rename it into place, fsync the folder.
     * Throws StorageError; nothing is left behind on failure.
     */
    static void write(const QSqlDatabase &source, const QString &target, const QString &context);
    /** fsync of a file or a folder. */
    static bool sync(const QString &path);
};

} // namespace Quorum
