// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionfilterproxy.h"

#include "actionitemmodel.h"

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
    invalidateFilter();
}

void ActionFilterProxy::setAssignee(Id personId, Id groupId)
{
    m_person = personId;
    m_group = groupId;
    invalidateFilter();
}

void ActionFilterProxy::setMemberships(const QHash<Id, QList<Id>> &groupsOfPerson)
{
    m_groupsOf = groupsOfPerson;
    invalidateFilter();
}

void ActionFilterProxy::setSeries(Id seriesId)
{
    m_series = seriesId;
    invalidateFilter();
}

void ActionFilterProxy::setMeeting(Id meetingId)
{
    m_meeting = meetingId;
    invalidateFilter();
}

void ActionFilterProxy::setBefore(const QDate &date)
{
    m_before = date;
    invalidateFilter();
}

void ActionFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void ActionFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    // Connected before the proxy's own handlers, so that a changed row is matched on its new text.
    if (model) {
        const auto forget = [this] { m_rowTexts.clear(); };
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
    QSortFilterProxyModel::setSourceModel(model);
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

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ActionItemModel *>(sourceModel());
    if (!model || sourceParent.isValid())
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
