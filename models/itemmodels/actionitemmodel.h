// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "rowtablemodel.h"

#include <QDate>

namespace Quorum {

class MeetingDocument;

/** An action item with what the table shows beside it. */
struct ActionItemRow
{
    ActionItem item;
    QString assignees; ///< shown names, comma-separated
    QStringList assigneeNames; ///< the same names, one per assignee, in order
    QString origin; ///< agenda entry title (meeting scope) or the meeting's date and short title (library scope)
    Id seriesId = 0; ///< the series of the meeting it appears on
    QDate meetingDate; ///< the first day of that meeting
    QString meetingTitle; ///< its full title (library scope), for the tooltip

    bool operator==(const ActionItemRow &o) const
    {
        return item == o.item && assignees == o.assignees && assigneeNames == o.assigneeNames && origin == o.origin
               && seriesId == o.seriesId && meetingDate == o.meetingDate && meetingTitle == o.meetingTitle;
    }
};

/** Action items of one meeting, or of the whole library with where each appears. */
class ActionItemModel : public RowTableModel<ActionItemRow>
{
    Q_OBJECT

public:
    enum class Scope { Meeting, Library };
    enum Column { DoneColumn, DescriptionColumn, AssigneesColumn, DueColumn, ReferenceColumn, OriginColumn };
    enum Role { ActionIdRole = Qt::UserRole + 1, MeetingIdRole, SortRole, OpenRole, OverdueRole };

    ActionItemModel(Scope scope, MeetingDocument *document);

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<ActionItemRow> &rows);
    /** The same rows as they are now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<ActionItemRow> &rows);
    Scope scope() const { return m_scope; }
    int rowOf(Id actionId) const;
    /**
     * Removes the action items with these ids (of any meeting shown here): one undo step, named
     * after the one item or the number of them. Returns how many were removed.
     */
    int removeActionItems(const QList<Id> &actionIds);
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Done (check state), description, assignees (names or groups), due date (as typed), reference. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
    Scope m_scope;
    QDate m_today = QDate::currentDate();
};

} // namespace Quorum
