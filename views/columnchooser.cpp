// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include "viewsetup.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace Quorum {

ColumnChooser::ColumnChooser(QTableView *table, QAbstractItemModel *rows, const QList<int> &optional,
                             const QString &settingsKey)
    : QObject(table)
    , m_table(table)
    , m_rows(rows)
    , m_optional(optional)
    , m_key(settingsKey)
    , m_chosen(QSettings().value(settingsKey).toMap())
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu;
        fillMenu(&menu);
        menu.exec(header->mapToGlobal(pos));
    });
    onAnyChange(rows, this, [this] { apply(); });
    apply();
}

bool ColumnChooser::isEmpty(int column) const
{
    const int rows = m_rows->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!m_rows->index(row, column).data().toString().isEmpty())
            return false;
    }
    // No rows at all: nothing says the column is not wanted.
    return rows > 0;
}

void ColumnChooser::apply()
{
    for (int column : std::as_const(m_optional)) {
        const QString key = QString::number(column);
        const bool shown = m_chosen.contains(key) ? m_chosen.value(key).toBool() : !isEmpty(column);
        m_table->setColumnHidden(column, !shown);
    }
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
        if (!m_optional.contains(it.key().toInt()))
            m_table->setColumnHidden(it.key().toInt(), !it.value().toBool());
    }
    for (int column : std::as_const(m_unavailable))
        m_table->setColumnHidden(column, true);
}

void ColumnChooser::setUnavailable(const QList<int> &columns)
{
    // A column that comes back is shown, unless it is optional or was chosen hidden.
    for (int column : std::as_const(m_unavailable))
        m_table->setColumnHidden(column, false);
    m_unavailable = columns;
    apply();
}

void ColumnChooser::choose(int column, bool shown)
{
    m_chosen.insert(QString::number(column), shown);
    QSettings().setValue(m_key, m_chosen);
    apply();
}

void ColumnChooser::fillMenu(QMenu *menu)
{
    // The first column names the row: it always shows.
    for (int column = 1; column < m_rows->columnCount(); ++column) {
        if (m_unavailable.contains(column))
            continue;
        const QString title = m_rows->headerData(column, Qt::Horizontal).toString();
        QAction *a = menu->addAction(isEmpty(column) ? tr("%1 (empty for everyone)").arg(title) : title);
        a->setObjectName(QStringLiteral("showColumn%1").arg(column));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(column));
        connect(a, &QAction::toggled, this, [this, column](bool on) { choose(column, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset Columns (hide empty ones)"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    connect(reset, &QAction::triggered, this, [this] {
        m_chosen.clear();
        QSettings().remove(m_key);
        apply();
    });
}

} // namespace Quorum
