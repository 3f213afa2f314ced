// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Quorum {

/**
 * Filters an ActionItemModel: by state (open, done, overdue, due within N days), by assignee
 * (a person matches the actions of the groups they belong to as well), by series, by meeting,
 * and by free text over every column.
 */
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { All, Open, Done, Overdue, DueWithin };

    explicit ActionFilterProxy(QObject *parent = nullptr);

    void setState(State state, int days = 7);
    /** 0 for everyone. */
    void setAssignee(Id personId, Id groupId);
    /** The groups each person belongs to, for matching a person's group actions. */
    void setMemberships(const QHash<Id, QList<Id>> &groupsOfPerson);
    void setSeries(Id seriesId);
    void setMeeting(Id meetingId);
    /** Shows rows where some column's text holds text, ignoring case. */
    void setText(const QString &text);
    /** Only actions of meetings that started before date (an invalid date: no limit). */
    void setBefore(const QDate &date);
    /**
     * Keeps only the `newest` rows that pass the other filters (those of the latest
     * meetings; a meeting's own in its order), whatever the view sorts by. 0 keeps them all.
     */
    void setLimit(int newest);
    int limit() const { return m_limit; }
    /** How many rows pass the filters before the limit: what "show all" would show. */
    int unlimitedRowCount() const;

    void setSourceModel(QAbstractItemModel *model) override;

    /**
     * Whether source row a belongs before b among the latest meetings first: by the meeting's
     * date, then the meeting, then (a meeting's own rows) by place.
     */
    bool newerThan(int a, int b) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /** "Appears on" sorts by when the meetings took place, each meeting's actions in their order. */
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /** The filters other than the limit. */
    bool passes(int sourceRow) const;
    /** Which source rows the limit keeps, worked out the first time it is asked after a change. */
    const QList<bool> &kept() const;
    void refilter();

    /** Every column's text of a row, for the text filter: built once per change of the rows. */
    const QString &textOf(int sourceRow) const;

    QString m_text;
    mutable QStringList m_rowTexts;
    QList<QMetaObject::Connection> m_sourceConnections;
    State m_state = State::All;
    int m_days = 7;
    Id m_person = 0;
    Id m_group = 0;
    Id m_series = 0;
    Id m_meeting = 0;
    QDate m_before;
    QHash<Id, QList<Id>> m_groupsOf;
    int m_limit = 0;
    mutable QList<bool> m_kept;
    mutable int m_passing = -1;
};

} // namespace Quorum
