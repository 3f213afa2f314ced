// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Quorum {

/** A flat table of Row values with fixed column headers: the common part of the table models. */
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

protected:
    /** The column headers; asked once (columnCount() is asked for every index a view makes). */
    virtual QStringList headers() const = 0;

    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    /**
     * Takes rows in place when they are the same rows as before in the same order (keyOf tells
     * which row is which): views keep their selection, editor and scroll position. Otherwise resets.
     */
    template<typename KeyOf>
    void reloadRows(QList<Row> rows, KeyOf keyOf)
    {
        bool same = rows.size() == m_rows.size() && !rows.isEmpty();
        for (qsizetype i = 0; same && i < rows.size(); ++i)
            same = keyOf(rows.at(i)) == keyOf(m_rows.at(i));
        if (!same) {
            resetRows(std::move(rows));
            return;
        }
        m_rows = std::move(rows);
        Q_EMIT this->dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
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
