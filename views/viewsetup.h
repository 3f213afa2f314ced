// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace Quorum {

/** A sortable, row-selecting table over model (through a proxy sorting on sortRole, if non-zero). */
QSortFilterProxyModel *setUpTable(QTableView *view, QAbstractItemModel *model, int sortRole = 0);

} // namespace Quorum
