// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/topicrequest.h"
#include "rowtablemodel.h"

namespace Quorum {

struct TopicRequestRow
{
    TopicRequest request;
    QString requestedBy;
    QString scheduledAs; ///< "Day 1, 11:00 Improvements to …" or empty
};

class TopicRequestModel : public RowTableModel<TopicRequestRow>
{
    Q_OBJECT

public:
    enum Column { TopicColumn, RequestedByColumn, TimeColumn, StatusColumn, ScheduledColumn };
    enum Role { RequestIdRole = Qt::UserRole + 1, NotesRole, ScheduledEntryRole, SortRole };

    using RowTableModel::RowTableModel;

    void reload(const QList<TopicRequestRow> &rows) { resetRows(rows); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString statusName(const QString &key);

protected:
    QStringList headers() const override;
};

} // namespace Quorum
