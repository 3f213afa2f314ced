// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentmodel.h"

#include <QLocale>
#include <QMimeDatabase>

namespace Quorum {

QStringList AttachmentModel::headers() const
{
    return {tr("Name"), tr("Type"), tr("Size"), tr("Modified"), tr("Uploaded by"), tr("Agenda entry")};
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
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return a.description.isEmpty() ? a.fileName : tr("%1\n%2").arg(a.fileName, a.description);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return a.size;
        case ModifiedColumn: return a.modifiedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case AttachmentIdRole:
        return a.id;
    default:
        return {};
    }
}

} // namespace Quorum
