// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QVariantMap>

class QAbstractItemModel;
class QMenu;
class QTableView;

namespace Quorum {

/**
 * Which columns a table shows. The header's context menu shows and hides each column but the
 * first; an optional column that is empty in every row stays hidden until the user shows it.
 * What the user chose is kept in QSettings under settingsKey, and "Reset Columns" forgets it.
 * Emptiness is judged on rows (the table's source model, unfiltered), which the chooser follows.
 */
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    ColumnChooser(QTableView *table, QAbstractItemModel *rows, const QList<int> &optional, const QString &settingsKey);

    /** Fills the header's context menu with every column's state (the menu owns the actions). */
    void fillMenu(QMenu *menu);
    /** Columns that do not apply to what the table shows now: hidden whatever was chosen, and not offered. */
    void setUnavailable(const QList<int> &columns);

private:
    void apply();
    bool isEmpty(int column) const;
    void choose(int column, bool shown);

    QTableView *m_table;
    QAbstractItemModel *m_rows;
    QList<int> m_optional;
    QList<int> m_unavailable;
    QString m_key;
    QVariantMap m_chosen; ///< column number (as text) → shown, for the columns the user chose
};

} // namespace Quorum
