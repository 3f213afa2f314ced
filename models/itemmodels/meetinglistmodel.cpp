// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetinglistmodel.h"

#include <QLocale>

namespace Quorum {

// internalId 0 marks a series row; a meeting row carries its group's row + 1.

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void MeetingListModel::reload(const QList<MeetingSummary> &summaries)
{
    beginResetModel();
    m_groups.clear();
    QHash<Id, qsizetype> groupOfSeries;
    for (const MeetingSummary &m : summaries) {
        // Summaries come newest first, so groups are created in order of their newest meeting.
        auto it = groupOfSeries.find(m.seriesId);
        if (it == groupOfSeries.end()) {
            it = groupOfSeries.insert(m.seriesId, m_groups.size());
            m_groups.append({m.seriesId ? m.seriesName : tr("Not in a series"), {}});
        }
        m_groups[*it].meetings.append(m);
    }
    endResetModel();
}

void MeetingListModel::setTitle(Id meetingId, const QString &title)
{
    const QModelIndex idx = indexOfMeeting(meetingId);
    if (!idx.isValid())
        return;
    m_groups[int(idx.internalId()) - 1].meetings[idx.row()].title = title;
    Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole, Qt::ToolTipRole});
}

QModelIndex MeetingListModel::indexOfMeeting(Id meetingId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups.at(g).meetings.size(); ++r) {
            if (m_groups.at(g).meetings.at(r).id == meetingId)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex MeetingListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MeetingListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).meetings.size());
    return 0;
}

int MeetingListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return g.name;
        return {};
    }
    const MeetingSummary &m = m_groups.at(int(index.internalId()) - 1).meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The date first: titles of one series often differ only at their end.
        return tr("%1  %2").arg(m.startDate.toString(Qt::ISODate), m.title);
    case TitleRole: return m.title;
    case Qt::ToolTipRole: {
        const QLocale locale;
        const QString start = locale.toString(m.startDate, QLocale::ShortFormat);
        return m.endDate > m.startDate
                   ? tr("%1\n%2 – %3").arg(m.title, start, locale.toString(m.endDate, QLocale::ShortFormat))
                   : tr("%1\n%2").arg(m.title, start);
    }
    case MeetingIdRole: return m.id;
    case StartDateRole: return m.startDate;
    default: return {};
    }
}

Qt::ItemFlags MeetingListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Quorum
