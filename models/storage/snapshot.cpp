// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "statement.h"
#include "storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

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
        const QString name = QStringLiteral("quorum-snapshot-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        bool ok = false;
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            copy.setDatabaseName(part);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (copy.open()) {
                try {
                    Statement check = Statement::run(copy, QStringLiteral("PRAGMA quick_check"), context);
                    ok = check.next() && check.text(0) == QLatin1String("ok");
                } catch (const StorageError &) {
                    ok = false;
                }
            }
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
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
