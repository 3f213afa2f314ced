// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsetup.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Quorum {

QAction *makeAction(QWidget *target, const QString &text, const QKeySequence &shortcut, const QString &objectName,
                    Qt::ShortcutContext context, const QString &toolTip)
{
    auto *a = new QAction(text, target);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    a->setShortcutContext(context);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : toolTip,
                                                shortcut.toString(QKeySequence::NativeText)));
    target->addAction(a);
    return a;
}

QSortFilterProxyModel *setUpTable(QTableView *view, QAbstractItemModel *model, int sortRole, QSortFilterProxyModel *proxy)
{
    if (!proxy)
        proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    if (sortRole)
        proxy->setSortRole(sortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    return proxy;
}

} // namespace Quorum
