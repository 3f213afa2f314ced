// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Quorum {

bool AttachmentFile::read(const QString &path, QByteArray *data, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.size() > MaxBytes) {
        *error = tr("“%1” is %2, more than the %3 an attachment may have. Nothing was added.")
                     .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                          QLocale().formattedDataSize(MaxBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace Quorum
