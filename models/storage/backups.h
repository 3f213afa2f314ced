// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/backupinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Quorum {

/**
 * Snapshots of a library in a folder beside it ("NAME backups"), or in a folder the user chose:
 * copied with SQLite's online backup API in steps (Snapshot; VACUUM INTO when the library keeps
 * changing) from a connection of their own, so that a snapshot is one consistent moment even
 * while the library is being edited; checked, fsynced and renamed into place.
 * Kept: the last 10, then the newest of each day for a week, then the newest of each week.
 */
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int KeepRecent = 10;

    /** The folder backups of library go to: configured when set, else "NAME backups" beside it. */
    static QString folderFor(const QString &library, const QString &configured = QString());
    /** Takes a snapshot of library into folder; returns its path, or empty with *error set. Never changes library. */
    static QString snapshot(const QString &library, const QString &folder, const QDateTime &now, QString *error);
    /** The library's snapshots in folder, newest first. */
    static QList<BackupInfo> list(const QString &library, const QString &folder);
    /** Of all (newest first), the ones the keeping rule lets go. */
    static QList<BackupInfo> expendable(const QList<BackupInfo> &all);
    /**
     * Removes the unfinished snapshots of library in folder (".part" files a killed Quorum left);
     * only while no snapshot of library is being written. Returns how many went.
     */
    static int removeUnfinished(const QString &library, const QString &folder);
    /** Removes the expendable snapshots of library in folder. */
    static void thin(const QString &library, const QString &folder);
    /** Copies backup to target (which must not exist) and checks that the copy opens as a library. */
    static bool restore(const QString &backup, const QString &target, QString *error);
};

} // namespace Quorum
