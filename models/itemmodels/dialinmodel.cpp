// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialinmodel.h"

#include "meetingdocument.h"

namespace Quorum {

DialInModel::DialInModel(MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
{ }

QStringList DialInModel::headers() const
{
    return {tr("Country or label"), tr("Phone number")};
}

void DialInModel::reload(const QList<DialIn> &dialIns)
{
    if (dialIns.size() == m_rows.size() && !dialIns.isEmpty()) {
        // A dial-in line is its place in the list: an edit of one cell (or its undo) keeps the view's editor.
        m_rows = dialIns;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::EditRole});
        return;
    }
    resetRows(dialIns);
}

QVariant DialInModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const DialIn &d = m_rows.at(index.row());
    return index.column() == LabelColumn ? d.label : d.number;
}

bool DialInModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<DialIn> changed = m_rows;
    const QString text = value.toString().trimmed();
    if (index.column() == NumberColumn) {
        if (text.isEmpty())
            return false; // a dial-in line needs a number; removing it is a separate action
        changed[index.row()].number = text;
    } else {
        changed[index.row()].label = text;
    }
    if (changed == m_rows)
        return false;
    m_document->editDialIns(changed);
    return true;
}

Qt::ItemFlags DialInModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

void DialInModel::appendDialIn(const QString &label, const QString &number)
{
    QList<DialIn> changed = m_rows;
    changed.append({label.trimmed(), number.trimmed()});
    m_document->editDialIns(changed);
}

void DialInModel::removeDialIn(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QList<DialIn> changed = m_rows;
    changed.removeAt(row);
    m_document->editDialIns(changed);
}

} // namespace Quorum
