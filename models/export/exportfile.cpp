// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum {

namespace {

bool cannotWrite(const QFileDevice &file, const QString &path, QString *error)
{
    *error = ExportFile::tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

/** Opens file and runs write into it; false, with *error set, when either fails. */
bool fill(QFileDevice *file, QIODevice::OpenMode mode, const QString &path, const ExportFile::Writer &write,
          QString *error)
{
    if (!file->open(mode))
        return cannotWrite(*file, path, error);
    try {
        write(file);
    } catch (const StorageError &e) {
        if (file->error() != QFileDevice::NoError) {
            // A failed write of a QSaveFile keeps no reason ("Unknown error"); trying again tells it.
            file->flush();
            return cannotWrite(*file, path, error);
        }
        *error = e.message();
        return false;
    }
    return true;
}

} // namespace

bool ExportFile::write(const QString &path, const Writer &write, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("Cannot write “%1”: it is a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        // Straight into what is not a regular file (a device such as /dev/null, a pipe): never replaced.
        QFile file(path);
        return fill(&file, QIODevice::WriteOnly | QIODevice::Unbuffered, path, write, error)
               && (file.error() == QFileDevice::NoError || cannotWrite(file, path, error));
    }
    QSaveFile file(path);
    // Flushed before the commit, which would keep the failure but not always its reason.
    return fill(&file, QIODevice::WriteOnly, path, write, error)
           && ((file.flush() && file.commit()) || cannotWrite(file, path, error));
}

ExportFile::Writer ExportFile::bytes(const QByteArray &data)
{
    return [data](QIODevice *out) {
        if (out->write(data) != data.size())
            throw StorageError(out->errorString());
    };
}

} // namespace Quorum
