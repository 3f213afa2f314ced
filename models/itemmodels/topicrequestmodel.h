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
};

class TopicRequestModel : public RowTableModel<TopicRequestRow>
{
    Q_OBJECT

public:
    enum Column { TopicColumn, RequestedByColumn, TimeColumn, StatusColumn, ScheduledColumn };
    enum Role { RequestIdRole = Qt::UserRole + 1, NotesRole, ScheduledEntryRole, SortRole };

    explicit TopicRequestModel(MeetingDocument *document);

    /** With the same requests in the same order as before, rows are updated in place. */
    void reload(const QList<TopicRequestRow> &rows);
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
