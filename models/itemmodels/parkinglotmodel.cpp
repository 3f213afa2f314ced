// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkinglotmodel.h"

#include "agenda/duration.h"

#include <QLocale>

namespace Quorum {

void ParkingLotModel::show(const QList<ParkedTopicRow> &rows)
{
    resetRows(rows);
}

void ParkingLotModel::update(const QList<ParkedTopicRow> &rows)
{
    updateRows(rows, [](const ParkedTopicRow &r) { return r.topic.entry.id; });
}

int ParkingLotModel::rowOf(Id entryId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).topic.entry.id == entryId)
            return i;
    }
    return -1;
}

Qt::ItemFlags ParkingLotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QStringList ParkingLotModel::headers() const
{
    return {tr("Topic"), tr("From"), tr("Why"), tr("Time"), tr("Coordinators")};
}

QString ParkingLotModel::reasonName(ParkedTopic::Reason reason)
{
    switch (reason) {
    case ParkedTopic::Reason::Skipped: return tr("Skipped");
    case ParkedTopic::Reason::Dropped: return tr("Dropped while re-timing");
    case ParkedTopic::Reason::CarriedOver: return tr("Carried over");
    }
    return {};
}

QString ParkingLotModel::notesOf(const ParkedTopic &topic)
{
    QStringList parts;
    if (!topic.entry.preNotes.trimmed().isEmpty())
        parts << topic.entry.preNotes.trimmed();
    if (!topic.entry.runningNotes.trimmed().isEmpty())
        parts << tr("**Noted on %1:**").arg(topic.date.toString(Qt::ISODate)) << topic.entry.runningNotes.trimmed();
    return parts.join(QStringLiteral("\n\n"));
}

QVariant ParkingLotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParkedTopicRow &r = m_rows.at(index.row());
    const ParkedTopic &t = r.topic;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TopicColumn: return t.entry.title;
        case FromColumn: return tr("%1, %2").arg(t.meetingTitle, QLocale().toString(t.date, QLocale::ShortFormat));
        case ReasonColumn: return reasonName(t.reason());
        case TimeColumn: return Duration::format(t.entry.durationMinutes);
        case CoordinatorsColumn: return r.coordinators;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FromColumn: return tr("%1 on %2").arg(t.meetingTitle, t.date.toString(Qt::ISODate));
        default: return data(index, Qt::DisplayRole);
        }
    case SortRole:
        switch (index.column()) {
        case FromColumn: return t.date;
        case TimeColumn: return t.entry.durationMinutes;
        default: return data(index, Qt::DisplayRole);
        }
    case EntryIdRole: return t.entry.id;
    case MeetingIdRole: return t.meetingId;
    case NotesRole: return notesOf(t);
    case ReasonRole: return int(t.reason());
    default: return {};
    }
}

} // namespace Quorum
