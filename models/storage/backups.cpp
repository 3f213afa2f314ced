// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"
#include "statement.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace Quorum {

namespace {

const QString StampFormat = QStringLiteral("yyyy-MM-dd HH-mm-ss");

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/** Runs work on a connection of its own to path, closed and removed afterwards. */
template<typename Work>
void withConnection(const QString &path, bool readOnly, Work work)
{
    const QString name = QStringLiteral("quorum-backup-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        try {
            if (!db.open())
                throw StorageError(db.lastError().text());
            work(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString Backups::folderFor(const QString &library, const QString &configured)
{
    if (!configured.isEmpty())
        return QDir(configured).absolutePath();
    const QFileInfo info(library);
    return info.absoluteDir().filePath(tr("%1 backups").arg(info.completeBaseName()));
}

QString Backups::snapshot(const QString &library, const QString &folder, const QDateTime &now, QString *error)
{
    const QFileInfo info(library);
    if (!QDir().mkpath(folder)) {
        *error = tr("The backup folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QString target = QDir(folder).filePath(QStringLiteral("%1 %2.quorum").arg(info.completeBaseName(), now.toString(StampFormat)));
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = QDir(folder).filePath(QStringLiteral("%1 %2 (%3).quorum").arg(info.completeBaseName(), now.toString(StampFormat)).arg(n));
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    try {
        // VACUUM INTO reads one consistent moment of the library, even while it is being edited.
        withConnection(info.absoluteFilePath(), true, [&](const QSqlDatabase &db) {
            Statement::run(db, QStringLiteral("VACUUM INTO ?"), tr("write a backup"), {part});
        });
        // VACUUM INTO does not sync what it wrote, and a snapshot that does not check out is worthless.
        withConnection(part, true, [&](const QSqlDatabase &db) {
            Statement check = Statement::run(db, QStringLiteral("PRAGMA quick_check"), tr("check the backup"));
            if (!check.next() || check.text(0) != QLatin1String("ok"))
                throw StorageError(tr("the copy did not pass its check."));
        });
        if (!syncPath(part) || !QFile::rename(part, target) || !syncPath(folder))
            throw StorageError(tr("the copy could not be saved on disk."));
    } catch (const StorageError &e) {
        QFile::remove(part);
        *error = tr("No backup of “%1” was written: %2").arg(info.fileName(), e.message());
        return {};
    }
    return target;
}

QList<BackupInfo> Backups::list(const QString &library, const QString &folder)
{
    const QString base = QFileInfo(library).completeBaseName();
    static const QRegularExpression stamp(QStringLiteral(" (\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d)( \\(\\d+\\))?\\.quorum$"));
    QList<BackupInfo> result;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.quorum")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        const QRegularExpressionMatch m = stamp.match(name);
        if (!m.hasMatch() || name.left(m.capturedStart()) != base)
            continue;
        const QDateTime taken = QDateTime::fromString(m.captured(1), StampFormat);
        if (taken.isValid())
            result.append({file.absoluteFilePath(), taken, file.size()});
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return result;
}

QList<BackupInfo> Backups::expendable(const QList<BackupInfo> &all)
{
    if (all.isEmpty())
        return {};
    const QDate newest = all.constFirst().taken.date();
    QSet<QDate> days;
    QSet<qint64> weeks;
    QList<BackupInfo> result;
    for (int i = 0; i < all.size(); ++i) {
        const BackupInfo &b = all.at(i);
        const QDate day = b.taken.date();
        // Newest first, so the first one seen of a day (or of a week) is that day's newest.
        bool first = false;
        if (day.daysTo(newest) < 7) {
            first = !days.contains(day);
            days.insert(day);
        } else {
            const qint64 week = QDate(1970, 1, 5).daysTo(day) / 7; // weeks that start on a Monday
            first = !weeks.contains(week);
            weeks.insert(week);
        }
        if (i >= KeepRecent && !first)
            result << b;
    }
    return result;
}

void Backups::thin(const QString &library, const QString &folder)
{
    for (const BackupInfo &b : expendable(list(library, folder)))
        QFile::remove(b.path);
}

bool Backups::restore(const QString &backup, const QString &target, QString *error)
{
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        *error = tr("“%1” already exists; a backup is restored into a new file only.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(backup, part) || !syncPath(part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        *error = tr("The backup could not be copied to “%1”.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    // The copy must open as a library (an older one is upgraded now, as opening it would).
    QString reason;
    if (!Database::open(target, Database::Mode::OpenExisting, &reason)) {
        QFile::remove(target);
        *error = tr("The backup cannot be used: %1").arg(reason);
        return false;
    }
    return true;
}

} // namespace Quorum
