// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"
#include "rowtablemodel.h"

namespace Quorum {

struct AttachmentRow
{
    Attachment attachment;
    QString uploader;
    QString entryTitle;
};

class AttachmentModel : public RowTableModel<AttachmentRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, ModifiedColumn, UploaderColumn, EntryColumn };
    enum Role { AttachmentIdRole = Qt::UserRole + 1, SortRole };

    using RowTableModel::RowTableModel;

    void reload(const QList<AttachmentRow> &rows) { resetRows(rows); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
};

} // namespace Quorum
