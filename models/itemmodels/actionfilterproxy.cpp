// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionfilterproxy.h"

#include "actionitemmodel.h"

namespace Quorum {

ActionFilterProxy::ActionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
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
    setFilterFixedString(text);
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
    case State::Open: if (a.done) return false; break;
    case State::Done: if (!a.done) return false; break;
    case State::Overdue: if (!model->isOverdue(a)) return false; break;
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
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Quorum
