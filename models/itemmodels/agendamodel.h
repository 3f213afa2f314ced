// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/agendaentry.h"
#include "data/meeting.h"
#include "namelookup.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Quorum {

/** The agenda as a tree: day > moderated block > entry (entries may also sit directly under a day). */
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // The topic comes first: it is the tree column, where indentation does not clip times.
    enum Column { TopicColumn, StartColumn, EndColumn, DurationColumn, CoordinatorsColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, KindRole, PreNotesRole, RunningNotesRole, IsDayRole };

    explicit AgendaModel(QObject *parent = nullptr);
    ~AgendaModel() override;

    void reload(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names);
    QModelIndex indexOfEntry(Id entryId) const;
    /** The first topic, break or closing line of the agenda, or an invalid index. */
    QModelIndex firstEntry() const;

    /** "1 h 15 min", "45 min", "0 min". */
    static QString formatDuration(int minutes);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        bool isDay = false;
        int dayNumber = 0;
        MeetingDay day;
        AgendaEntry entry;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;

        QTime start() const;
        QTime end() const;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QVariant displayData(const Node *node, int column) const;

    Node m_root;
    NameLookup m_names;
};

} // namespace Quorum
