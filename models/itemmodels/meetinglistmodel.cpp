// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetinglistmodel.h"

#include "data/meetingtitle.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace Quorum {

// A series row's internal id is 0; a meeting row's is the meeting's id, which stays with the row
// when it moves (to another place or series), so a view's selection follows the meeting.

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QList<MeetingListModel::Group> MeetingListModel::grouped(const QList<MeetingSummary> &summaries)
{
    QList<Group> groups;
    QHash<Id, qsizetype> groupOfSeries;
    for (const MeetingSummary &m : summaries) {
        // Summaries come newest first, so groups are created in order of their newest meeting.
        auto it = groupOfSeries.find(m.seriesId);
        if (it == groupOfSeries.end()) {
            it = groupOfSeries.insert(m.seriesId, groups.size());
            groups.append({m.seriesId, m.seriesId ? m.seriesName : tr("Not in a series"), {}});
        }
        groups[*it].meetings.append(m);
    }
    return groups;
}

void MeetingListModel::rememberSeries()
{
    m_seriesOf.clear();
    for (const Group &g : std::as_const(m_groups)) {
        for (const MeetingSummary &m : g.meetings)
            m_seriesOf.insert(m.id, g.seriesId);
    }
}

void MeetingListModel::show(const QList<MeetingSummary> &summaries)
{
    beginResetModel();
    m_groups = grouped(summaries);
    rememberSeries();
    endResetModel();
}

QPair<int, int> MeetingListModel::find(Id meetingId) const
{
    const auto series = m_seriesOf.constFind(meetingId);
    const int g = series == m_seriesOf.constEnd() ? -1 : groupRow(*series);
    if (g < 0)
        return {-1, -1};
    const QList<MeetingSummary> &meetings = m_groups.at(g).meetings;
    for (int r = 0; r < meetings.size(); ++r) {
        if (meetings.at(r).id == meetingId)
            return {g, r};
    }
    return {-1, -1};
}

int MeetingListModel::groupRow(Id seriesId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).seriesId == seriesId)
            return g;
    }
    return -1;
}

void MeetingListModel::update(const QList<MeetingSummary> &summaries)
{
    const QList<Group> wanted = grouped(summaries);
    // Meetings that went are removed first, so that the rows after them do not move; then the
    // series left empty that went too.
    QSet<Id> wantedMeetings;
    QSet<Id> wantedSeries;
    for (const MeetingSummary &m : summaries) {
        wantedMeetings.insert(m.id);
        wantedSeries.insert(m.seriesId);
    }
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        QList<MeetingSummary> &meetings = m_groups[g].meetings;
        for (int last = int(meetings.size()) - 1; last >= 0; --last) {
            if (wantedMeetings.contains(meetings.at(last).id))
                continue;
            int first = last;
            while (first > 0 && !wantedMeetings.contains(meetings.at(first - 1).id))
                --first;
            beginRemoveRows(index(g, 0), first, last);
            for (int r = first; r <= last; ++r)
                m_seriesOf.remove(meetings.at(r).id);
            meetings.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }
        if (meetings.isEmpty() && !wantedSeries.contains(m_groups.at(g).seriesId)) {
            beginRemoveRows({}, g, g);
            m_groups.removeAt(g);
            endRemoveRows();
        }
    }
    // Each wanted series, then each of its meetings, is put at its place (moved there from
    // further down or from another series, or inserted); what is left over at the end went.
    for (int g = 0; g < wanted.size(); ++g) {
        const Group &w = wanted.at(g);
        const int from = groupRow(w.seriesId);
        if (from < 0) {
            beginInsertRows({}, g, g);
            m_groups.insert(g, {w.seriesId, w.name, {}});
            endInsertRows();
        } else if (from != g) {
            beginMoveRows({}, from, from, {}, g);
            m_groups.move(from, g);
            endMoveRows();
        }
        if (m_groups.at(g).name != w.name) {
            m_groups[g].name = w.name;
            Q_EMIT dataChanged(index(g, 0), index(g, 0));
        }
        const QModelIndex parent = index(g, 0);
        for (int r = 0; r < w.meetings.size(); ++r) {
            const MeetingSummary &m = w.meetings.at(r);
            QList<MeetingSummary> &here = m_groups[g].meetings;
            if (r < here.size() && here.at(r).id == m.id) {
                if (!(here.at(r) == m)) {
                    here[r] = m;
                    Q_EMIT dataChanged(index(r, 0, parent), index(r, 0, parent));
                }
                continue;
            }
            const QPair<int, int> at = find(m.id);
            if (at.first < 0) {
                beginInsertRows(parent, r, r);
                here.insert(r, m);
                m_seriesOf.insert(m.id, w.seriesId);
                endInsertRows();
                continue;
            }
            beginMoveRows(index(at.first, 0), at.second, at.second, parent, r);
            m_groups[at.first].meetings.removeAt(at.second);
            m_groups[g].meetings.insert(r, m);
            m_seriesOf.insert(m.id, w.seriesId);
            endMoveRows();
            Q_EMIT dataChanged(index(r, 0, parent), index(r, 0, parent));
        }
    }
    for (int g = 0; g < wanted.size(); ++g) {
        const qsizetype keep = wanted.at(g).meetings.size();
        const qsizetype extra = m_groups.at(g).meetings.size() - keep;
        if (extra > 0) {
            beginRemoveRows(index(g, 0), int(keep), int(keep + extra) - 1);
            m_groups[g].meetings.remove(keep, extra);
            endRemoveRows();
        }
    }
    if (m_groups.size() > wanted.size()) {
        beginRemoveRows({}, int(wanted.size()), int(m_groups.size()) - 1);
        m_groups.remove(wanted.size(), m_groups.size() - wanted.size());
        endRemoveRows();
    }
    rememberSeries();
}

const MeetingSummary *MeetingListModel::meetingOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const QPair<int, int> at = find(Id(index.internalId()));
    return at.first < 0 ? nullptr : &m_groups.at(at.first).meetings.at(at.second);
}

QModelIndex MeetingListModel::indexOfMeeting(Id meetingId) const
{
    const QPair<int, int> at = find(meetingId);
    return at.first < 0 ? QModelIndex() : createIndex(at.second, 0, quintptr(meetingId));
}

QModelIndex MeetingListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_groups.at(parent.row()).meetings.at(row).id));
}

QModelIndex MeetingListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const auto series = m_seriesOf.constFind(Id(child.internalId()));
    const int g = series == m_seriesOf.constEnd() ? -1 : groupRow(*series);
    return g < 0 ? QModelIndex() : createIndex(g, 0, quintptr(0));
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
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == FilterTextRole)
            return g.name;
        return {};
    }
    const MeetingSummary *found = meetingOf(index);
    if (!found)
        return {};
    const MeetingSummary &m = *found;
    switch (role) {
    case Qt::DisplayRole: {
        // The date first: titles of one series often differ only at their end.
        const QString label = MeetingTitle::label(m.startDate, m.title, m.seriesName);
        if (m.live)
            return tr("● %1").arg(label);
        return m.finalized ? tr("✓ %1").arg(label) : label;
    }
    case Qt::FontRole: {
        if (!m.live)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case TitleRole: return m.title;
    case FilterTextRole:
        return QStringList{m.startDate.toString(Qt::ISODate), m.title, data(index, Qt::ToolTipRole).toString()}.join(
            QLatin1Char('\n'));
    case Qt::ToolTipRole: {
        const QLocale locale;
        const QString start = locale.toString(m.startDate, QLocale::ShortFormat);
        const QString text
            = m.endDate > m.startDate
                  ? tr("%1\n%2 – %3").arg(m.title, start, locale.toString(m.endDate, QLocale::ShortFormat))
                  : tr("%1\n%2").arg(m.title, start);
        if (m.finalized)
            return tr("%1\nFinal minutes").arg(text);
        return m.live ? tr("Live now: day %1\n%2").arg(m.liveDay).arg(text) : text;
    }
    case LiveDayRole: return m.liveDay;
    case FinalRole: return m.finalized;
    case MeetingIdRole: return m.id;
    case StartDateRole: return m.startDate;
    default: return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Meetings");
    return QAbstractItemModel::headerData(section, orientation, role);
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
