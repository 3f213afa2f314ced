// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentmodel.h"

#include "meetingdocument.h"

#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>
#include <QPixmap>

namespace Quorum {

AttachmentModel::AttachmentModel(MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
{ }

void AttachmentModel::show(const QList<AttachmentRow> &rows)
{
    resetRows(rows);
}

void AttachmentModel::update(const QList<AttachmentRow> &rows)
{
    updateRows(rows, [](const AttachmentRow &r) { return r.attachment.id; });
}

Qt::ItemFlags AttachmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn || index.column() == EntryColumn || index.column() == DescriptionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttachmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Attachment> after = m_document->attachmentList();
    Attachment &a = after[index.row()];
    const QString old = a.fileName;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == a.fileName)
            return false;
        a.fileName = name;
        m_document->editAttachments(after, tr("Rename “%1”").arg(old));
        return true;
    }
    if (index.column() == DescriptionColumn && role == Qt::EditRole) {
        const QString description = value.toString().trimmed();
        if (description == a.description)
            return false;
        a.description = description;
        m_document->editAttachments(after, tr("Describe “%1”").arg(old));
        return true;
    }
    if (index.column() == EntryColumn && role == EntryIdRole) {
        if (value.toLongLong() == a.entryId)
            return false;
        a.entryId = value.toLongLong();
        m_document->editAttachments(after, tr("Move “%1” to another agenda entry").arg(old));
        return true;
    }
    return false;
}

bool AttachmentModel::removeAttachment(int row)
{
    QList<Attachment> after = m_document->attachmentList();
    if (row < 0 || row >= after.size())
        return false;
    const QString name = after.at(row).fileName;
    after.removeAt(row);
    m_document->editAttachments(after, tr("Delete “%1”").arg(name));
    return true;
}

void AttachmentModel::setThumbnail(const QString &sha256, const QImage &image)
{
    m_thumbnails.insert(sha256, image);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).attachment.sha256 == sha256)
            Q_EMIT dataChanged(index(r, NameColumn), index(r, NameColumn), {Qt::DecorationRole});
    }
}

QStringList AttachmentModel::headers() const
{
    return {tr("Name"),        tr("Type"),         tr("Size"),       tr("Modified"),
            tr("Uploaded by"), tr("Agenda entry"), tr("Description")};
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRow &r = m_rows.at(index.row());
    const Attachment &a = r.attachment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return a.fileName;
        case TypeColumn: {
            if (a.mimeType == QLatin1String("application/octet-stream"))
                return tr("File");
            const QMimeType type = QMimeDatabase().mimeTypeForName(a.mimeType);
            return type.isValid() && !type.comment().isEmpty() ? type.comment() : a.mimeType;
        }
        case SizeColumn: return QLocale().formattedDataSize(a.size);
        case ModifiedColumn: return QLocale().toString(a.modifiedAt.toLocalTime().date(), QLocale::ShortFormat);
        case UploaderColumn: return r.uploader;
        case EntryColumn: return r.entryTitle;
        // One line in the table; the tool tip has all of it.
        case DescriptionColumn: return QString(a.description).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return a.description.isEmpty() ? a.fileName : tr("%1\n%2").arg(a.fileName, a.description);
        if (index.column() == DescriptionColumn)
            return a.description;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return a.size;
        case ModifiedColumn: return a.modifiedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case AttachmentIdRole: return a.id;
    case EntryIdRole: return a.entryId;
    case MimeTypeRole: return a.mimeType;
    case Sha256Role: return a.sha256;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && m_thumbnails.contains(a.sha256)) {
            // A thumbnail made for a high-resolution screen also comes at its size on others.
            const QImage image = m_thumbnails.value(a.sha256);
            QIcon icon;
            if (image.devicePixelRatio() > 1.0) {
                QImage small = image.scaled(image.deviceIndependentSize().toSize(), Qt::KeepAspectRatio,
                                            Qt::SmoothTransformation);
                small.setDevicePixelRatio(1.0);
                icon.addPixmap(QPixmap::fromImage(small));
            }
            icon.addPixmap(QPixmap::fromImage(image));
            return icon;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return a.fileName;
        case DescriptionColumn: return a.description;
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

} // namespace Quorum
