// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Quorum {

/**
 * A flat table of Row values with fixed column headers: the common part of the table models.
 * Row needs operator== (a row that compares equal is not announced as changed).
 */
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(shownHeaders().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < shownHeaders().size())
            return shownHeaders().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    const QList<Row> &rows() const { return m_rows; }
    /** One field of every row, in order: the values the rows show (their items). */
    template<typename Item>
    QList<Item> items(Item Row::*field) const
    {
        QList<Item> items;
        items.reserve(m_rows.size());
        for (const Row &r : m_rows)
            items << r.*field;
        return items;
    }

protected:
    /** The column headers; asked once (columnCount() is asked for every index a view makes). */
    virtual QStringList headers() const = 0;

    /** Other rows altogether (another meeting): views start over. */
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    /**
     * Makes the table hold rows, announcing only what changed: rows that went are removed,
     * rows that came are inserted at their place, rows that moved are moved (keyOf tells which
     * row is which), and rows whose value changed get dataChanged. Views keep their selection,
     * editor and scroll position.
     */
    template<typename KeyOf>
    void updateRows(const QList<Row> &given, KeyOf keyOf)
    {
        using Key = decltype(keyOf(given.constFirst()));
        // Each key once (keys are the library's ids; a damaged file could repeat one): the first stays.
        QHash<Key, int> wanted;
        QList<Row> rows;
        rows.reserve(given.size());
        for (const Row &r : given) {
            if (wanted.contains(keyOf(r)))
                continue;
            wanted.insert(keyOf(r), int(rows.size()));
            rows << r;
        }
        // Rows that went, from the end so that the rows before keep their numbers.
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (wanted.contains(keyOf(m_rows.at(i))))
                continue;
            int first = i;
            while (first > 0 && !wanted.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first;
        }
        // Then place each wanted row: it is there, it moves up from further down, or it is new.
        QList<int> changed;
        for (int i = 0; i < rows.size(); ++i) {
            const Key key = keyOf(rows.at(i));
            if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
                if (!(m_rows.at(i) == rows.at(i))) {
                    m_rows[i] = rows.at(i);
                    changed << i;
                }
                continue;
            }
            int from = -1;
            for (int j = i + 1; j < m_rows.size() && from < 0; ++j) {
                if (keyOf(m_rows.at(j)) == key)
                    from = j;
            }
            if (from < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, rows.at(i));
                endInsertRows();
                continue;
            }
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!(m_rows.at(i) == rows.at(i))) {
                m_rows[i] = rows.at(i);
                changed << i;
            }
        }
        for (int row : std::as_const(changed))
            Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    }

    QList<Row> m_rows;

private:
    const QStringList &shownHeaders() const
    {
        if (m_headers.isEmpty())
            m_headers = headers();
        return m_headers;
    }

    mutable QStringList m_headers;
};

} // namespace Quorum
