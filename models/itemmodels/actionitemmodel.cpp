// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Quorum {

ActionItemModel::ActionItemModel(Scope scope, QObject *parent)
    : RowTableModel(parent)
    , m_scope(scope)
{
}

QStringList ActionItemModel::headers() const
{
    return {tr("Done"), tr("Description"), tr("Assignees"), tr("Due"), tr("Reference"),
            m_scope == Scope::Meeting ? tr("Agenda entry") : tr("Appears on")};
}

void ActionItemModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole, OverdueRole});
}

bool ActionItemModel::isOverdue(const ActionItem &item) const
{
    return !item.done && item.dueDate.isValid() && item.dueDate < m_today;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItemRow &r = m_rows.at(index.row());
    const ActionItem &a = r.item;
    const bool overdue = isOverdue(a);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DoneColumn: return a.done && a.doneDate.isValid() ? QLocale().toString(a.doneDate, QLocale::ShortFormat) : QString();
        case DescriptionColumn: return a.description;
        case AssigneesColumn: return r.assignees.isEmpty() ? tr("(unassigned)") : r.assignees;
        case DueColumn: return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
        case OriginColumn: return r.origin;
        case ReferenceColumn: return a.externalRef;
        }
        return {};
    case Qt::CheckStateRole:
        return index.column() == DoneColumn ? QVariant(a.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && overdue)
            return tr("Overdue since %1").arg(QLocale().toString(a.dueDate, QLocale::LongFormat));
        if (index.column() == DescriptionColumn)
            return a.description;
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (a.done)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case SortRole:
        switch (index.column()) {
        case DoneColumn: return a.done;
        case DueColumn: return a.dueDate.isValid() ? a.dueDate : QDate(9999, 12, 31);
        default: return data(index, Qt::DisplayRole);
        }
    case ActionIdRole:
        return a.id;
    case MeetingIdRole:
        return a.meetingId;
    case OpenRole:
        return !a.done;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

} // namespace Quorum
