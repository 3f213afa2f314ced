// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetingsummary.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Quorum {

/**
 * The sidebar: series (newest first) holding their meetings (newest first). A meeting whose day
 * runs live reads "● …" in bold, its tool tip saying which day.
 */
class MeetingListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        StartDateRole,
        TitleRole,
        FilterTextRole, ///< what the sidebar filter matches: the full title and the dates as shown and as ISO
        LiveDayRole, ///< the number (from 1) of the day whose run is live; 0 when none
        FinalRole, ///< bool: the meeting's minutes are final
    };

    explicit MeetingListModel(QObject *parent = nullptr);

    /** Another library's meetings, newest first as MeetingRepository::summaries() gives them: views start over. */
    void show(const QList<MeetingSummary> &summaries);
    /**
     * The same library's meetings as they are now: a series or meeting that went is removed, one
     * that came is inserted at its place, one that moved (new date, other series) is moved, and
     * a renamed one is announced as changed. Views keep their selection and expansion.
     */
    void update(const QList<MeetingSummary> &summaries);
    QModelIndex indexOfMeeting(Id meetingId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** "Meetings": the header is hidden, but a screen reader reads it with each row. */
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        Id seriesId = 0;
        QString name;
        QList<MeetingSummary> meetings;
    };
    static QList<Group> grouped(const QList<MeetingSummary> &summaries);
    /** Where the meeting is now: its group and row, or (-1, -1). */
    QPair<int, int> find(Id meetingId) const;
    int groupRow(Id seriesId) const;
    /** The meeting a meeting row's index stands for (its internal id is the meeting's id). */
    const MeetingSummary *meetingOf(const QModelIndex &index) const;
    void rememberSeries();
    QList<Group> m_groups;
    QHash<Id, Id> m_seriesOf; ///< each meeting's series, to find a meeting row's parent
};

} // namespace Quorum
