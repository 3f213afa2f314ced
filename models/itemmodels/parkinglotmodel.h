// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/parkedtopic.h"
#include "rowtablemodel.h"

namespace Quorum {

struct ParkedTopicRow
{
    ParkedTopic topic;
    QString coordinators; ///< shown names, joined

    bool operator==(const ParkedTopicRow &o) const { return topic == o.topic && coordinators == o.coordinators; }
};

/**
 * The parking lot of the shown meeting's series (read-only): topics of earlier meetings not
 * reached, each with where it comes from and why. Kept current by LibraryModels::refreshParkingLot().
 */
class ParkingLotModel : public RowTableModel<ParkedTopicRow>
{
    Q_OBJECT

public:
    enum Column { TopicColumn, FromColumn, ReasonColumn, TimeColumn, CoordinatorsColumn };
    enum Role { EntryIdRole = Qt::UserRole + 1, MeetingIdRole, NotesRole, ReasonRole, SortRole };

    using RowTableModel::RowTableModel;

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<ParkedTopicRow> &rows);
    /** The same lot as it is now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<ParkedTopicRow> &rows);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    int rowOf(Id entryId) const;

    /** "Skipped", "Dropped while re-timing", "Carried over". */
    static QString reasonName(ParkedTopic::Reason reason);
    /** The notes of a parked topic in Markdown: its pre-meeting notes, then what was noted at the meeting. */
    static QString notesOf(const ParkedTopic &topic);

protected:
    QStringList headers() const override;
};

} // namespace Quorum
