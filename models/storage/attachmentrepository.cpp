// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentrepository.h"

#include "dialect.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "storageerror.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace Quorum {

QList<Attachment> AttachmentRepository::forMeeting(Id meetingId) const
{
    Statement s
        = Statement::run(m_db,
                         QStringLiteral("SELECT a.id, a.entry_id, a.position, a.file_name, a.mime_type, b.size, "
                                        "a.sha256, a.modified_at, a.uploaded_by, a.description "
                                        "FROM attachment a JOIN blob b ON b.sha256 = a.sha256 "
                                        "WHERE a.meeting_id = ? ORDER BY a.position, a.id"),
                         tr("read the attachments"), {meetingId});
    QList<Attachment> result;
    while (s.next()) {
        Attachment a;
        a.id = s.integer(0);
        a.meetingId = meetingId;
        a.entryId = s.integer(1);
        a.position = int(s.integer(2));
        a.fileName = s.text(3);
        a.mimeType = s.text(4);
        a.size = s.integer(5);
        a.sha256 = s.text(6);
        a.modifiedAt = dateTimeFromSql(s.value(7));
        a.uploadedBy = s.integer(8);
        a.description = s.text(9);
        result.append(a);
    }
    return result;
}

QByteArray AttachmentRepository::content(const QString &sha256) const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT data FROM blob WHERE sha256 = ?"),
                                 tr("read an attachment"), {sha256});
    return s.next() ? s.value(0).toByteArray() : QByteArray();
}

void AttachmentRepository::readContent(const QString &sha256,
                                       const std::function<void(QByteArrayView piece)> &read) const
{
    const QString context = tr("read an attachment");
    if (Dialect::isServer(m_db)) {
        // A server sends the content whole (bytea); it is handed on in the same pieces.
        const QByteArray data = content(sha256);
        constexpr qsizetype piece = 3 * 64 * 1024;
        for (qsizetype offset = 0; offset < data.size(); offset += piece)
            read(QByteArrayView(data.constData() + offset, qMin(piece, data.size() - offset)));
        return;
    }
    Statement s = Statement::run(m_db, QStringLiteral("SELECT rowid FROM blob WHERE sha256 = ?"), context, {sha256});
    if (!s.next())
        return;
    sqlite3 *handle = SqliteHandle::of(m_db, context);
    sqlite3_blob *blob = nullptr;
    const auto fail = [&] {
        const StorageError e = StorageError::fromSqlite(context, sqlite3_extended_errcode(handle),
                                                        QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_blob_close(blob);
        return e;
    };
    if (sqlite3_blob_open(handle, "main", "blob", "data", s.integer(0), 0, &blob) != SQLITE_OK)
        throw fail();
    const int size = sqlite3_blob_bytes(blob);
    QByteArray buffer(qMin(size, 3 * 64 * 1024), Qt::Uninitialized);
    for (int offset = 0; offset < size; offset += int(buffer.size())) {
        const int n = qMin(int(buffer.size()), size - offset);
        if (sqlite3_blob_read(blob, buffer.data(), n, offset) != SQLITE_OK)
            throw fail();
        try {
            read(QByteArrayView(buffer.constData(), n));
        } catch (...) {
            sqlite3_blob_close(blob);
            throw;
        }
    }
    sqlite3_blob_close(blob);
}

QString AttachmentRepository::sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString AttachmentRepository::storeBlob(const QByteArray &data)
{
    const QString sha = sha256Of(data);
    // An empty content is bound as an empty blob, not as NULL (which the column refuses).
    const QByteArray content = data.isNull() ? QByteArray("") : data;
    Statement::run(m_db,
                   QStringLiteral("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                   tr("store an attachment's content"), {sha, qint64(data.size()), content});
    return sha;
}

void AttachmentRepository::replace(const QList<Attachment> &from, const QList<Attachment> &to)
{
    const QString context = tr("save the attachments");
    auto insertRow = [&](const Attachment &a) {
        Statement::run(
            m_db,
            QStringLiteral("INSERT INTO attachment (id, meeting_id, entry_id, position, file_name, mime_type, "
                           "sha256, modified_at, uploaded_by, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            context,
            {nullIfZero(a.id), a.meetingId, nullIfZero(a.entryId), a.position, a.fileName, a.mimeType, a.sha256,
             sqlDateTime(a.modifiedAt), nullIfZero(a.uploadedBy), a.description});
    };
    applyDifference(
        from, to,
        [&](const Attachment &a) {
            Statement::run(m_db, QStringLiteral("DELETE FROM attachment WHERE id = ?"), context, {a.id});
        },
        insertRow,
        [&](const Attachment &, const Attachment &a) {
            Statement::run(
                m_db,
                QStringLiteral("UPDATE attachment SET entry_id = ?, position = ?, file_name = ?, mime_type = ?, "
                               "sha256 = ?, modified_at = ?, uploaded_by = ?, description = ? WHERE id = ?"),
                context,
                {nullIfZero(a.entryId), a.position, a.fileName, a.mimeType, a.sha256, sqlDateTime(a.modifiedAt),
                 nullIfZero(a.uploadedBy), a.description, a.id});
        });
}

Id AttachmentRepository::insert(const Attachment &a, const QByteArray &data)
{
    return insertStored(a, storeBlob(data));
}

Id AttachmentRepository::insertStored(const Attachment &a, const QString &sha)
{
    const QString context = tr("store the attachment “%1”").arg(a.fileName);
    return Statement::run(
               m_db,
               QStringLiteral("INSERT INTO attachment (meeting_id, entry_id, position, file_name, mime_type, "
                              "sha256, modified_at, uploaded_by, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   + Dialect::returningId(m_db),
               context,
               {a.meetingId, nullIfZero(a.entryId), a.position, a.fileName, a.mimeType, sha, sqlDateTime(a.modifiedAt),
                nullIfZero(a.uploadedBy), a.description})
        .lastInsertId();
}

} // namespace Quorum
