// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"
#include "rowtablemodel.h"

#include <QHash>
#include <QImage>

namespace Quorum {

class MeetingDocument;

struct AttachmentRow
{
    Attachment attachment;
    QString uploader;
    QString entryTitle;

    bool operator==(const AttachmentRow &o) const
    {
        return attachment == o.attachment && uploader == o.uploader && entryTitle == o.entryTitle;
    }
};

class AttachmentModel : public RowTableModel<AttachmentRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, ModifiedColumn, UploaderColumn, EntryColumn, DescriptionColumn };
    enum Role { AttachmentIdRole = Qt::UserRole + 1, SortRole, EntryIdRole, MimeTypeRole, Sha256Role };

    explicit AttachmentModel(MeetingDocument *document);

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<AttachmentRow> &rows);
    /** The same rows as they are now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<AttachmentRow> &rows);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** The name (renames), the description, or the agenda entry (EntryIdRole, 0 for none): one undo step each. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeAttachment(int row);
    /** A small picture of the attachment (an image, or a PDF's first page), shown as its decoration. */
    void setThumbnail(const QString &sha256, const QImage &image);

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
    QHash<QString, QImage> m_thumbnails;
};

} // namespace Quorum
