// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Quorum {

/** Writing a copy of a live database that can be trusted: never a file copy of it. */
class Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)

public:
    /**
     * Copies the database of source to target (which must not exist) as one consistent moment
     * into a ".part" file, checks it, fsyncs it, renames it into place, fsyncs the folder.
     * Throws StorageError; nothing is left behind on failure.
     *
     * The copy is VACUUM INTO: one read of the whole file, during which writers of the library wait.
     */
    static void write(const QSqlDatabase &source, const QString &target, const QString &context);

    /** How writeInSteps() paces itself. */
    struct Steps
    {
        int bytes = 4 << 20; ///< copied in one step
        int pauseMs = 2; ///< between steps: a waiting writer gets its turn
        int quietMs = 250; ///< after the library changed under the copy
        int maxStartsOver = 20;
        int maxWaits = 500; ///< steps in a row that find a writer holding the library
    };
    /**
     * The same, with SQLite's online backup a step at a time: a writer of the library waits for
     * one step at most. A commit by another connection makes the copy start over, so it stays one
     * consistent moment. When the library changes more than steps.maxStartsOver times, or a
     * writer holds it for steps.maxWaits steps in a row, the copy is made at once after all:
     * then it returns false.
     */
    static bool writeInSteps(const QSqlDatabase &source, const QString &target, const QString &context,
                             const Steps &steps);
    static bool writeInSteps(const QSqlDatabase &source, const QString &target, const QString &context)
    {
        return writeInSteps(source, target, context, Steps());
    }
    /** fsync of a file or a folder. */
    static bool sync(const QString &path);

private:
    /** Runs copy into target's ".part" file, then checks, syncs and renames it. */
    static void finish(const std::function<void(const QString &part)> &copy, const QString &target,
                       const QString &context);
};

} // namespace Quorum
