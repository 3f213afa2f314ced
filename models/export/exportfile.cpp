// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum {

namespace {

/** Straight into what is not a regular file (a device such as /dev/null, a pipe): never replaced. */
bool writeInPlace(const QString &path, const ExportFile::Writer &write, QString *error)
{
    QFile file(path);
    const auto cannotWrite = [&] {
        *error = ExportFile::tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite();
    try {
        write(&file);
    } catch (const StorageError &e) {
        if (file.error() != QFileDevice::NoError)
            return cannotWrite();
        *error = e.message();
        return false;
    }
    return file.error() == QFileDevice::NoError || cannotWrite();
}

} // namespace

bool ExportFile::write(const QString &path, const Writer &write, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("Cannot write “%1”: it is a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.exists() && !info.isFile())
        return writeInPlace(path, write, error);
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        *error = tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    try {
        write(&file);
    } catch (const StorageError &e) {
        if (file.error() != QFileDevice::NoError)
            return cannotWrite();
        *error = e.message();
        return false;
    }
    return file.commit() || cannotWrite();
}

ExportFile::Writer ExportFile::bytes(const QByteArray &data)
{
    return [data](QIODevice *out) {
        if (out->write(data) != data.size())
            throw StorageError(out->errorString());
    };
}

} // namespace Quorum
