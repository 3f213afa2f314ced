// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "readonlyconnection.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace Quorum {

bool Snapshot::sync(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

namespace {

/**
 * Copies source into the new file part with the online backup API, a step at a time. Returns
 * false when the library kept changing under it (part is then removed); throws on an error.
 */
bool copyInSteps(const QSqlDatabase &source, const QString &part, const QString &context, const Snapshot::Steps &steps)
{
    sqlite3 *from = SqliteHandle::of(source, context);
    int pageBytes = 4096;
    {
        Statement pageSize = Statement::run(source, QStringLiteral("PRAGMA page_size"), context);
        if (pageSize.next())
            pageBytes = qMax(512, int(pageSize.integer(0)));
    }
    const int pagesPerStep = qMax(1, steps.bytes / pageBytes);
    sqlite3 *to = nullptr;
    const auto fail = [&](const char *message) {
        const QString why = QString::fromUtf8(message);
        sqlite3_close(to);
        QFile::remove(part);
        throw StorageError(Snapshot::tr("Could not %1: %2").arg(context, why));
    };
    if (sqlite3_open_v2(QFile::encodeName(part).constData(), &to,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, nullptr)
        != SQLITE_OK)
        fail(to ? sqlite3_errmsg(to) : "out of memory");
    try {
        SqliteHandle::harden(to, context);
    } catch (const StorageError &) {
        fail("the copy's connection cannot be made safe");
    }
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        fail(sqlite3_errmsg(to));
    int startsOver = 0;
    int waits = 0;
    int remaining = -1;
    int rc = SQLITE_OK;
    while (true) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // A writer holds the library: let it finish (a long row of these: it keeps writing).
            if (++waits > steps.maxWaits)
                break;
            QThread::msleep(steps.pauseMs);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        waits = 0;
        const int left = sqlite3_backup_remaining(backup);
        if (remaining >= 0 && left >= remaining) {
            // No headway: another connection committed and the copy started over.
            if (++startsOver > steps.maxStartsOver)
                break;
            QThread::msleep(steps.quietMs);
        }
        remaining = left;
        QThread::msleep(steps.pauseMs);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE && rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
        fail(sqlite3_errstr(rc));
    if (sqlite3_close(to) != SQLITE_OK)
        fail("the copy could not be closed");
    if (rc == SQLITE_DONE)
        return true;
    QFile::remove(part);
    return false;
}

} // namespace

void Snapshot::write(const QSqlDatabase &source, const QString &target, const QString &context)
{
    finish([&](const QString &part) { Statement::run(source, QStringLiteral("VACUUM INTO ?"), context, {part}); },
           target, context);
}

bool Snapshot::writeInSteps(const QSqlDatabase &source, const QString &target, const QString &context,
                            const Steps &steps)
{
    bool inSteps = false;
    finish(
        [&](const QString &part) {
            inSteps = copyInSteps(source, part, context, steps);
            if (!inSteps)
                Statement::run(source, QStringLiteral("VACUUM INTO ?"), context, {part});
        },
        target, context);
    return inSteps;
}

void Snapshot::finish(const std::function<void(const QString &part)> &copy, const QString &target,
                      const QString &context)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    try {
        copy(part);
        // The copy is not synced yet; and a copy that does not check out is worthless.
        bool ok = false;
        {
            const ReadOnlyConnection copied(part, 0);
            if (copied.isOpen()) {
                try {
                    Statement check = Statement::run(copied.database(), QStringLiteral("PRAGMA quick_check"), context);
                    ok = check.next() && check.text(0) == QLatin1String("ok");
                } catch (const StorageError &) {
                    ok = false;
                }
            }
        }
        if (!ok)
            throw StorageError(tr("Could not %1: the copy did not pass its check.").arg(context));
        if (!sync(part) || !QFile::rename(part, target) || !sync(QFileInfo(target).absolutePath()))
            throw StorageError(tr("Could not %1: the copy could not be saved on disk.").arg(context));
    } catch (const StorageError &) {
        QFile::remove(part);
        throw;
    }
}

} // namespace Quorum
