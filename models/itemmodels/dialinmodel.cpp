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

void DialInModel::show(const QList<DialIn> &dialIns)
{
    resetRows(dialIns);
}

void DialInModel::update(const QList<DialIn> &dialIns)
{
    // The lines before the first difference and after the last one stay; what lies between is
    // changed in place, and the rest of it inserted or removed.
    int head = 0;
    while (head < m_rows.size() && head < dialIns.size() && m_rows.at(head) == dialIns.at(head))
        ++head;
    int tail = 0;
    while (tail < m_rows.size() - head && tail < dialIns.size() - head
           && m_rows.at(m_rows.size() - 1 - tail) == dialIns.at(dialIns.size() - 1 - tail))
        ++tail;
    const int oldMiddle = int(m_rows.size()) - head - tail;
    const int newMiddle = int(dialIns.size()) - head - tail;
    const int common = qMin(oldMiddle, newMiddle);
    for (int i = head; i < head + common; ++i) {
        m_rows[i] = dialIns.at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1), {Qt::DisplayRole, Qt::EditRole});
    }
    if (newMiddle > oldMiddle) {
        beginInsertRows({}, head + common, head + newMiddle - 1);
        for (int i = head + common; i < head + newMiddle; ++i)
            m_rows.insert(i, dialIns.at(i));
        endInsertRows();
    } else if (oldMiddle > newMiddle) {
        beginRemoveRows({}, head + common, head + oldMiddle - 1);
        m_rows.remove(head + common, oldMiddle - newMiddle);
        endRemoveRows();
    }
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
