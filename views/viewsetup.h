// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;
class QWidget;

#include <QString>
#include <Qt>

#include <functional>

class QAction;
class QKeySequence;
class QLineEdit;

namespace Quorum {

/**
 * An action with a shortcut, named for tests, its shortcut shown in its tool tip, active while
 * `target` (or, with Qt::WidgetWithChildrenShortcut, anything in it) has focus.
 */
QAction *makeAction(QWidget *target, const QString &text, const QKeySequence &shortcut, const QString &objectName,
                    Qt::ShortcutContext context = Qt::WidgetShortcut, const QString &toolTip = QString());

/**
 * A sortable, row-selecting table over model, through proxy (a new QSortFilterProxyModel when
 * none is given) sorting on sortRole when it is non-zero.
 */
QSortFilterProxyModel *setUpTable(QTableView *view, QAbstractItemModel *model, int sortRole = 0,
                                  QSortFilterProxyModel *proxy = nullptr);

/**
 * Names a line edit's clear button (see QLineEdit::setClearButtonEnabled()), which Qt leaves without
 * a name for a screen reader to say. Call it after enabling the button.
 */
void nameClearButton(QLineEdit *edit);

/** Calls changed whenever what model holds changes in any way: reset, rows in, out or moved, values. */
void onAnyChange(QAbstractItemModel *model, QObject *receiver, const std::function<void()> &changed);

/** Expands the rows a tree's model inserts (new days and blocks, series), and all of it when it starts over. */
void keepExpanded(QTreeView *tree);

/** Marks a control that only changes what is shown (a filter, paging, copy, save): it stays usable when the library is read-only. */
void markAsViewControl(QObject *control);

/**
 * Makes everything under root read-only: text fields and editors read-only, item views without
 * editing or drops, and every button, box and action that edits disabled, and kept so when a tab
 * enables it again later. Controls marked with markAsViewControl() are left alone.
 */
void setViewOnly(QWidget *root);

/**
 * As setViewOnly(), for a while: a meeting whose minutes are final (issue 19). on = false puts
 * every control back as it was before (read-only, edit triggers, drops, enabled). Controls
 * marked with markAsViewControl(), and a root made view-only for good, are left alone.
 */
void setMeetingViewOnly(QWidget *root, bool on);

} // namespace Quorum
