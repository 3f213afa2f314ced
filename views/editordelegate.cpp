// SPDX-License-Identifier: GPL-3.0-or-later
#include "editordelegate.h"

#include <QComboBox>
#include <QLineEdit>

namespace Quorum {

int EditorDelegate::comboRole(const QModelIndex &) const
{
    return Qt::EditRole;
}

void EditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int role = comboRole(index);
        if (role == Qt::EditRole)
            combo->setCurrentText(index.data().toString());
        else
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(role))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), comboRole(index));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && edit->text() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Quorum
