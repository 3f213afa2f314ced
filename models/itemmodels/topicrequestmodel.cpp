// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicrequestmodel.h"

#include "agendamodel.h"

namespace Quorum {

QStringList TopicRequestModel::headers() const
{
    return {tr("Topic"), tr("Requested by"), tr("Time required"), tr("Status"), tr("Scheduled as")};
}

QString TopicRequestModel::statusName(const QString &key)
{
    if (key == QLatin1String("proposed")) return tr("Proposed");
    if (key == QLatin1String("scheduled")) return tr("Scheduled");
    if (key == QLatin1String("declined")) return tr("Declined");
    return key;
}

QVariant TopicRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicRequestRow &r = m_rows.at(index.row());
    const TopicRequest &t = r.request;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TopicColumn: return t.topic;
        case RequestedByColumn: return r.requestedBy;
        case TimeColumn: return AgendaModel::formatDuration(t.minutesRequired);
        case StatusColumn: return statusName(t.status);
        case ScheduledColumn: return r.scheduledAs;
        }
        return {};
    case SortRole:
        return index.column() == TimeColumn ? QVariant(t.minutesRequired) : data(index, Qt::DisplayRole);
    case RequestIdRole:
        return t.id;
    case NotesRole:
        return t.notes;
    case ScheduledEntryRole:
        return t.scheduledEntryId;
    default:
        return {};
    }
}

} // namespace Quorum
