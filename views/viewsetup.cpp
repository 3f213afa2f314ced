// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsetup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

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

void nameClearButton(QLineEdit *edit)
{
    // Qt's clear action has neither text nor a public name; its button takes its name from the action.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QCoreApplication::translate("Quorum::ViewSetup", "Clear the field"));
}

QSortFilterProxyModel *setUpTable(QTableView *view, QAbstractItemModel *model, int sortRole,
                                  QSortFilterProxyModel *proxy)
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
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it, Tab goes on while editing
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    return proxy;
}

namespace {

const char *const ViewControl = "quorumViewControl";
const char *const ViewOnly = "quorumViewOnly";

bool isViewControl(const QObject *o)
{
    return o->property(ViewControl).toBool();
}

/** Turns a control off again whenever its tab turns it back on. */
class KeepDisabled : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->isEnabled())
                QMetaObject::invokeMethod(
                    w, [w] { w->setEnabled(false); }, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

void markAsViewControl(QObject *control)
{
    control->setProperty(ViewControl, true);
}

void setViewOnly(QWidget *root)
{
    auto *keeper = new KeepDisabled(root);
    // Guarded: turning a clear button off deletes the little widget that showed it.
    QList<QPointer<QWidget>> widgets;
    for (QWidget *w : root->findChildren<QWidget *>())
        widgets << w;
    for (QWidget *w : std::as_const(widgets)) {
        if (!w)
            continue;
        w->setAcceptDrops(false);
        if (isViewControl(w) || w->property(ViewOnly).toBool())
            continue;
        w->setProperty(ViewOnly, true);
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (!qobject_cast<QAbstractSpinBox *>(line->parentWidget())
                && !qobject_cast<QComboBox *>(line->parentWidget())) {
                line->setReadOnly(true);
                line->setClearButtonEnabled(false); // its button would clear a read-only field
            }
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            text->setReadOnly(true);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
            view->viewport()->setAcceptDrops(false);
        } else if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction()) {
            continue; // follows its action
        } else if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                   || qobject_cast<QAbstractSpinBox *>(w)) {
            w->setEnabled(false);
            w->installEventFilter(keeper);
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (isViewControl(a) || a->property(ViewOnly).toBool())
            continue;
        a->setProperty(ViewOnly, true);
        a->setEnabled(false);
        QObject::connect(a, &QAction::changed, a, [a] {
            if (a->isEnabled())
                a->setEnabled(false);
        });
    }
}

namespace {

const char *const FinalOnly = "quorumFinalOnly"; ///< made view-only for a final meeting
const char *const FinalWas = "quorumFinalWas"; ///< what it was before: read-only, enabled or edit triggers
const char *const FinalDrops = "quorumFinalDrops"; ///< an item view's drag and drop mode before
const char *const FinalAccepts = "quorumFinalAccepts"; ///< whether it accepted drops before

/** Keeps a control off while its meeting is final, whenever its tab turns it back on. */
class KeepDisabledWhileFinal : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->isEnabled() && w->property(FinalOnly).toBool())
                QMetaObject::invokeMethod(
                    w,
                    [w] {
                        if (w->property(FinalOnly).toBool()) {
                            w->setProperty(FinalWas, true); // the tab wants it on once the meeting reopens
                            w->setEnabled(false);
                        }
                    },
                    Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

void setMeetingViewOnly(QWidget *root, bool on)
{
    // Found by name: the class has no meta-object of its own for findChild to tell it by.
    const QString keeperName = QStringLiteral("quorumFinalKeeper");
    QObject *keeper = root->findChild<QObject *>(keeperName, Qt::FindDirectChildrenOnly);
    if (!keeper) {
        keeper = new KeepDisabledWhileFinal(root);
        keeper->setObjectName(keeperName);
    }
    QList<QPointer<QWidget>> widgets;
    for (QWidget *w : root->findChildren<QWidget *>())
        widgets << w;
    for (QWidget *w : std::as_const(widgets)) {
        // Made view-only for good (a read-only library), or a control that only changes what is shown.
        if (!w || isViewControl(w) || w->property(ViewOnly).toBool() || w->property(FinalOnly).toBool() == on)
            continue;
        auto *line = qobject_cast<QLineEdit *>(w);
        if (line
            && (qobject_cast<QAbstractSpinBox *>(line->parentWidget())
                || qobject_cast<QComboBox *>(line->parentWidget())))
            continue;
        auto *text = qobject_cast<QTextEdit *>(w);
        auto *view = qobject_cast<QAbstractItemView *>(w);
        auto *tool = qobject_cast<QToolButton *>(w);
        const bool control = !(tool && tool->defaultAction())
                             && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QAbstractSpinBox *>(w));
        if (!line && !text && !view && !control)
            continue;
        if (on) {
            w->setProperty(FinalOnly, true);
            if (line) {
                w->setProperty(FinalWas, line->isReadOnly());
                line->setReadOnly(true);
            } else if (text) {
                w->setProperty(FinalWas, text->isReadOnly());
                text->setReadOnly(true);
            } else if (view) {
                w->setProperty(FinalWas, int(view->editTriggers()));
                w->setProperty(FinalDrops, int(view->dragDropMode()));
                w->setProperty(FinalAccepts, view->viewport()->acceptDrops());
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
                view->setDragDropMode(QAbstractItemView::NoDragDrop);
                view->viewport()->setAcceptDrops(false);
            } else {
                w->setProperty(FinalWas, w->isEnabled());
                w->setEnabled(false);
                w->installEventFilter(keeper);
            }
        } else {
            w->setProperty(FinalOnly, false);
            if (line) {
                line->setReadOnly(w->property(FinalWas).toBool());
            } else if (text) {
                text->setReadOnly(w->property(FinalWas).toBool());
            } else if (view) {
                view->setEditTriggers(QAbstractItemView::EditTriggers(w->property(FinalWas).toInt()));
                view->setDragDropMode(QAbstractItemView::DragDropMode(w->property(FinalDrops).toInt()));
                view->viewport()->setAcceptDrops(w->property(FinalAccepts).toBool());
            } else {
                w->removeEventFilter(keeper);
                w->setEnabled(w->property(FinalWas).toBool());
            }
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (isViewControl(a) || a->property(ViewOnly).toBool() || a->property(FinalOnly).toBool() == on)
            continue;
        if (on) {
            a->setProperty(FinalOnly, true);
            a->setProperty(FinalWas, a->isEnabled());
            a->setEnabled(false);
            if (!a->property(FinalDrops).toBool()) {
                a->setProperty(FinalDrops, true); // connected once
                QObject::connect(a, &QAction::changed, a, [a] {
                    if (a->property(FinalOnly).toBool() && a->isEnabled()) {
                        a->setProperty(FinalWas, true);
                        a->setEnabled(false);
                    }
                });
            }
        } else {
            a->setProperty(FinalOnly, false);
            a->setEnabled(a->property(FinalWas).toBool());
        }
    }
}

void onAnyChange(QAbstractItemModel *model, QObject *receiver, const std::function<void()> &changed)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, changed);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, receiver, changed);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, changed);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, changed);
    QObject::connect(model, &QAbstractItemModel::rowsMoved, receiver, changed);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, changed);
}

void keepExpanded(QTreeView *tree)
{
    QAbstractItemModel *model = tree->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, tree, &QTreeView::expandAll);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, tree,
                     [tree, model](const QModelIndex &parent, int first, int last) {
                         for (int row = first; row <= last; ++row)
                             tree->expandRecursively(model->index(row, 0, parent));
                     });
    tree->expandAll();
}

} // namespace Quorum
