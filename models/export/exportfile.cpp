// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "storage/storageerror.h"

#include <QDir>
#include <QSaveFile>

namespace Quorum {

bool ExportFile::write(const QString &path, const Writer &write, QString *error)
{
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
