// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Quorum {

class MeetingDocument;

/** Editors of the agenda tree: times, durations ("1h 30m"), and names with completion. */
class AgendaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AgendaDelegate(MeetingDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
