// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Quorum {

/**
 * The editing rules every table shares: a line edit writes only when its text changed (so
 * leaving a cell untouched adds no undo step), and a combo box writes its item's data and opens
 * on the item the cell shows. Subclasses create the editors.
 */
class EditorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    /**
     * The role a combo box's data is written with. With Qt::EditRole (the default) the combo
     * opens on the item whose text the cell shows; with another role, on the item whose data
     * the cell holds in that role.
     */
    virtual int comboRole(const QModelIndex &index) const;
};

} // namespace Quorum
