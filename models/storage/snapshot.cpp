// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "readonlyconnection.h"
#include "statement.h"
#include "storageerror.h"

#include <QFile>
#include <QFileInfo>

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

void Snapshot::write(const QSqlDatabase &source, const QString &target, const QString &context)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    try {
        Statement::run(source, QStringLiteral("VACUUM INTO ?"), context, {part});
        // VACUUM INTO does not sync what it wrote; and a copy that does not check out is worthless.
        bool ok = false;
        {
            const ReadOnlyConnection copy(part, 0);
            if (copy.isOpen()) {
                try {
                    Statement check = Statement::run(copy.database(), QStringLiteral("PRAGMA quick_check"), context);
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
