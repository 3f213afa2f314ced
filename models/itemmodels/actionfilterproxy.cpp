// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionfilterproxy.h"

#include "actionitemmodel.h"

#include <algorithm>

namespace Quorum {

ActionFilterProxy::ActionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ActionItemModel::SortRole);
}

void ActionFilterProxy::setState(State state, int days)
{
    m_state = state;
    m_days = days;
    refilter();
}

void ActionFilterProxy::setAssignee(Id personId, Id groupId)
{
    m_person = personId;
    m_group = groupId;
    refilter();
}

void ActionFilterProxy::setMemberships(const QHash<Id, QList<Id>> &groupsOfPerson)
{
    m_groupsOf = groupsOfPerson;
    refilter();
}

void ActionFilterProxy::setSeries(Id seriesId)
{
    m_series = seriesId;
    refilter();
}

void ActionFilterProxy::setMeeting(Id meetingId)
{
    m_meeting = meetingId;
    refilter();
}

void ActionFilterProxy::setBefore(const QDate &date)
{
    m_before = date;
    refilter();
}

void ActionFilterProxy::setText(const QString &text)
{
    m_text = text;
    refilter();
}

void ActionFilterProxy::setLimit(int newest)
{
    m_limit = qMax(0, newest);
    refilter();
}

void ActionFilterProxy::refilter()
{
    m_kept.clear();
    m_passing = -1;
    invalidateFilter();
}

int ActionFilterProxy::unlimitedRowCount() const
{
    if (!m_limit)
        return rowCount();
    kept();
    return m_passing;
}

const QList<bool> &ActionFilterProxy::kept() const
{
    const auto *model = qobject_cast<const ActionItemModel *>(sourceModel());
    const int rows = model ? model->rowCount() : 0;
    if (m_passing >= 0 && m_kept.size() == rows)
        return m_kept;
    QList<int> passing;
    for (int row = 0; row < rows; ++row) {
        if (passes(row))
            passing << row;
    }
    std::stable_sort(passing.begin(), passing.end(), [this](int a, int b) { return newerThan(a, b); });
    m_kept = QList<bool>(rows, false);
    for (int i = 0; i < passing.size() && i < m_limit; ++i)
        m_kept[passing.at(i)] = true;
    m_passing = int(passing.size());
    return m_kept;
}

void ActionFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    // Connected before the proxy's own handlers, so that a changed row is matched on its new text.
    if (model) {
        const auto forget = [this] {
            m_rowTexts.clear();
            m_kept.clear();
            m_passing = -1;
        };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
        };
    }
    m_rowTexts.clear();
    m_kept.clear();
    m_passing = -1;
    QSortFilterProxyModel::setSourceModel(model);
    // Connected after the proxy's own handlers: a change to some rows can move others in or out
    // of the newest few, which the proxy would not look at again by itself.
    if (model) {
        const auto limitAgain = [this] {
            if (m_limit)
                invalidateFilter();
        };
        m_sourceConnections += {
            connect(model, &QAbstractItemModel::rowsInserted, this, limitAgain),
            connect(model, &QAbstractItemModel::rowsRemoved, this, limitAgain),
            connect(model, &QAbstractItemModel::rowsMoved, this, limitAgain),
            connect(model, &QAbstractItemModel::dataChanged, this, limitAgain),
        };
    }
}

const QString &ActionFilterProxy::textOf(int sourceRow) const
{
    // Asking the model for every column of every row on each keystroke took 20-30 ms for ten
    // years of action items. A row's text is put together the first time the filter needs it
    // (only rows that pass the other filters) and kept until the rows change.
    const QAbstractItemModel *model = sourceModel();
    if (m_rowTexts.size() != model->rowCount()) {
        m_rowTexts.clear();
        m_rowTexts.resize(model->rowCount());
    }
    QString &text = m_rowTexts[sourceRow];
    if (text.isNull()) {
        QStringList columns;
        for (int column = 0; column < model->columnCount(); ++column)
            columns << model->index(sourceRow, column).data(filterRole()).toString();
        text = columns.join(QLatin1Char('\n'));
    }
    return text;
}

bool ActionFilterProxy::newerThan(int a, int b) const
{
    const auto *model = qobject_cast<const ActionItemModel *>(sourceModel());
    const ActionItemRow &x = model->rows().at(a);
    const ActionItemRow &y = model->rows().at(b);
    if (x.meetingDate != y.meetingDate)
        return x.meetingDate > y.meetingDate;
    if (x.item.meetingId != y.item.meetingId)
        return x.item.meetingId > y.item.meetingId;
    return x.item.position < y.item.position;
}

bool ActionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const ActionItemModel *>(sourceModel());
    if (!model || model->scope() != ActionItemModel::Scope::Library || left.column() != ActionItemModel::OriginColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    // Newest first is a descending sort: a meeting's own actions still go in their order.
    const ActionItemRow &x = model->rows().at(left.row());
    const ActionItemRow &y = model->rows().at(right.row());
    if (x.item.meetingId == y.item.meetingId)
        return (x.item.position < y.item.position) == (sortOrder() == Qt::AscendingOrder);
    return newerThan(right.row(), left.row());
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !passes(sourceRow))
        return false;
    return !m_limit || kept().value(sourceRow);
}

bool ActionFilterProxy::passes(int sourceRow) const
{
    const auto *model = qobject_cast<const ActionItemModel *>(sourceModel());
    if (!model || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    const ActionItemRow &row = model->rows().at(sourceRow);
    const ActionItem &a = row.item;
    const QDate today = model->today();
    switch (m_state) {
    case State::All: break;
    case State::Open:
        if (a.done)
            return false;
        break;
    case State::Done:
        if (!a.done)
            return false;
        break;
    case State::Overdue:
        if (!a.isOverdue(today))
            return false;
        break;
    case State::DueWithin:
        if (a.done || !a.dueDate.isValid() || a.dueDate < today || a.dueDate > today.addDays(m_days))
            return false;
        break;
    }
    if (m_meeting && a.meetingId != m_meeting)
        return false;
    if (m_series && row.seriesId != m_series)
        return false;
    if (m_before.isValid() && !(row.meetingDate < m_before))
        return false;
    if (m_person || m_group) {
        const QList<Id> groups = m_person ? m_groupsOf.value(m_person) : QList<Id>{m_group};
        bool assigned = false;
        for (const Assignee &who : a.assignees) {
            if ((m_person && who.personId == m_person) || (who.groupId && groups.contains(who.groupId)))
                assigned = true;
        }
        if (!assigned)
            return false;
    }
    return m_text.isEmpty() || textOf(sourceRow).contains(m_text, Qt::CaseInsensitive);
}

} // namespace Quorum
