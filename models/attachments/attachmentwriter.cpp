// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentwriter.h"

#include "safefilename.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace Quorum {

namespace {

QByteArray contentOf(const Database &db, const Attachment &a)
{
    const QByteArray data = AttachmentRepository(db.connection()).content(a.sha256);
    if (AttachmentRepository::sha256Of(data) != a.sha256)
        throw StorageError(AttachmentWriter::tr("The content of “%1” is damaged in the library.").arg(a.fileName));
    return data;
}

/** Creates path exclusively (O_EXCL: an existing file or symlink there makes it fail) and writes data. */
bool writeNew(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        file.close();
        file.remove();
        return false;
    }
    file.close();
    return true;
}

} // namespace

void AttachmentWriter::saveOne(const Database &db, const Attachment &attachment, const QString &path)
{
    QString error;
    if (!writeNew(path, contentOf(db, attachment), &error))
        throw StorageError(tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), error));
}

QStringList AttachmentWriter::saveAll(const Database &db, const QList<Attachment> &attachments, const QString &folder)
{
    const QFileInfo dir(folder);
    if (!dir.isDir())
        throw StorageError(tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder)));
    QStringList names;
    for (const Attachment &a : attachments)
        names << a.fileName;
    const QStringList safe = SafeFileName::makeUnique(names);
    QStringList written;
    try {
        for (int i = 0; i < attachments.size(); ++i) {
            const QByteArray data = contentOf(db, attachments.at(i));
            QString error;
            bool done = false;
            // Whatever is in the folder already stays: the new file takes the next free name.
            for (int n = 1; !done && n < 1000; ++n) {
                const QString name = n == 1 ? safe.at(i) : SafeFileName::withSuffix(safe.at(i), n);
                const QString path = QDir(folder).filePath(name);
                if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                    continue;
                if (!writeNew(path, data, &error))
                    throw StorageError(tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), error));
                written << path;
                done = true;
            }
            if (!done)
                throw StorageError(tr("No free name for “%1” in the folder.").arg(safe.at(i)));
        }
    } catch (const StorageError &) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        throw;
    }
    return written;
}

void AttachmentWriter::saveZip(const Database &db, const QList<Attachment> &attachments, const QString &zipPath)
{
    if (QFileInfo::exists(zipPath) || QFileInfo(zipPath).isSymLink())
        throw StorageError(tr("“%1” exists already.").arg(QDir::toNativeSeparators(zipPath)));
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw StorageError(tr("Cannot create “%1”: %2.").arg(QDir::toNativeSeparators(zipPath), reason));
    }
    QStringList names;
    for (const Attachment &a : attachments)
        names << a.fileName;
    const QStringList safe = SafeFileName::makeUnique(names);
    // libzip reads the buffers when the archive is closed: keep them alive until then.
    QList<QByteArray> contents;
    try {
        for (int i = 0; i < attachments.size(); ++i) {
            contents << contentOf(db, attachments.at(i));
            zip_source_t *source
                = zip_source_buffer(archive, contents.last().constData(), zip_uint64_t(contents.last().size()), 0);
            if (!source || zip_file_add(archive, safe.at(i).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
                if (source)
                    zip_source_free(source);
                throw StorageError(
                    tr("Cannot add “%1” to the ZIP: %2.").arg(safe.at(i), QString::fromUtf8(zip_strerror(archive))));
            }
        }
    } catch (const StorageError &) {
        zip_discard(archive);
        throw;
    }
    if (zip_close(archive) < 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        QFile::remove(zipPath);
        throw StorageError(tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(zipPath), reason));
    }
}

} // namespace Quorum
