// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/topicrequest.h"
#include "rowtablemodel.h"

namespace Quorum {

class MeetingDocument;

struct TopicRequestRow
{
    TopicRequest request;
    QString requestedBy;
    QString scheduledAs; ///< "Day 1, 11:00 Improvements to …" or empty

    bool operator==(const TopicRequestRow &o) const
    {
        return request == o.request && requestedBy == o.requestedBy && scheduledAs == o.scheduledAs;
    }
};

class TopicRequestModel : public RowTableModel<TopicRequestRow>
{
    Q_OBJECT

public:
    enum Column { TopicColumn, RequestedByColumn, TimeColumn, StatusColumn, ScheduledColumn };
    enum Role { RequestIdRole = Qt::UserRole + 1, NotesRole, ScheduledEntryRole, SortRole };

    explicit TopicRequestModel(MeetingDocument *document);

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<TopicRequestRow> &rows);
    /** The same rows as they are now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<TopicRequestRow> &rows);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    int rowOf(Id requestId) const;

    // Edits, each one undo step.
    Id addRequest(const QString &topic);
    bool removeRequest(int row);
    bool setNotes(int row, const QString &notes);

    static QStringList statusKeys();

    static QString statusName(const QString &key);

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
