// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"
#include "readonlyconnection.h"
#include "snapshot.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Quorum {

namespace {

const QString StampFormat = QStringLiteral("yyyy-MM-dd HH-mm-ss");

/** "NAME 2026-01-31 09-00-00 (2).quorum": a snapshot's file name after the library's name; the stamp is captured. */
const QRegularExpression &stampPattern()
{
    static const QRegularExpression stamp(
        QStringLiteral(" (\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d)( \\(\\d+\\))?\\.quorum$"));
    return stamp;
}

/** Whether name is one of library's snapshots (the stamp in *m). */
bool isSnapshotOf(const QString &base, const QString &name, QRegularExpressionMatch *m)
{
    *m = stampPattern().match(name);
    return m->hasMatch() && name.left(m->capturedStart()) == base;
}

} // namespace

QString Backups::folderFor(const QString &library, const QString &configured)
{
    if (!configured.isEmpty())
        return QDir(configured).absolutePath();
    const QFileInfo info(library);
    // Not translated: the folder keeps its name whatever the language, so its backups are always found.
    return info.absoluteDir().filePath(QStringLiteral("%1 backups").arg(info.completeBaseName()));
}

QString Backups::snapshot(const QString &library, const QString &folder, const QDateTime &now, QString *error)
{
    const QFileInfo info(library);
    if (!QDir().mkpath(folder)) {
        *error = tr("The backup folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QString target
        = QDir(folder).filePath(QStringLiteral("%1 %2.quorum").arg(info.completeBaseName(), now.toString(StampFormat)));
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = QDir(folder).filePath(
            QStringLiteral("%1 %2 (%3).quorum").arg(info.completeBaseName(), now.toString(StampFormat)).arg(n));
    try {
        // Read from a connection of its own: one consistent moment, even while the library is edited.
        const ReadOnlyConnection source(info.absoluteFilePath(), 10000);
        if (!source.isOpen())
            throw StorageError(source.errorText());
        // In steps: the window goes on saving edits while a snapshot of a big library is taken.
        Snapshot::writeInSteps(source.database(), target, tr("write a backup"));
    } catch (const StorageError &e) {
        *error = tr("No backup of “%1” was written: %2").arg(info.fileName(), e.message());
        return {};
    }
    return target;
}

QList<BackupInfo> Backups::list(const QString &library, const QString &folder)
{
    const QString base = QFileInfo(library).completeBaseName();
    QList<BackupInfo> result;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.quorum")}, QDir::Files);
    for (const QFileInfo &file : files) {
        QRegularExpressionMatch m;
        if (!isSnapshotOf(base, file.fileName(), &m))
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

int Backups::removeUnfinished(const QString &library, const QString &folder)
{
    const QString base = QFileInfo(library).completeBaseName();
    const QString suffix = QStringLiteral(".part");
    int removed = 0;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.quorum.part")}, QDir::Files);
    for (const QFileInfo &file : files) {
        QRegularExpressionMatch m;
        if (isSnapshotOf(base, file.fileName().chopped(suffix.size()), &m) && QFile::remove(file.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

void Backups::thin(const QString &library, const QString &folder)
{
    for (const BackupInfo &b : expendable(list(library, folder)))
        QFile::remove(b.path);
}

bool Backups::restore(const QString &backup, const QString &target, QString *error)
{
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        *error = tr("“%1” already exists; a backup is restored into a new file only.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(backup, part) || !Snapshot::sync(part) || !QFile::rename(part, target)) {
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
