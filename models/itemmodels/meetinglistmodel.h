// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetingsummary.h"

#include <QAbstractItemModel>

namespace Quorum {

/** The sidebar: series (newest first) holding their meetings (newest first). */
class MeetingListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { MeetingIdRole = Qt::UserRole + 1, StartDateRole, TitleRole };

    explicit MeetingListModel(QObject *parent = nullptr);

    /** summaries newest first, as MeetingRepository::summaries() gives them. */
    void reload(const QList<MeetingSummary> &summaries);
    void setTitle(Id meetingId, const QString &title);
    QModelIndex indexOfMeeting(Id meetingId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString name;
        QList<MeetingSummary> meetings;
    };
    QList<Group> m_groups;
};

} // namespace Quorum
