// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemstab.h"

#include "actionform.h"
#include "decisionsview.h"
#include "editordelegate.h"
#include "itemmodels/actionfilterproxy.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "meetingdocument.h"
#include "peopledatedelegate.h"
#include "viewsetup.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/** Wide enough for the widest date the locale writes (every month's), and for the header. */
int dateColumnWidth(const QTableView *table, int column, bool withBox)
{
    const QLocale locale;
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        const QString date = locale.toString(QDate(2026, month, 28), QLocale::ShortFormat);
        widest = qMax(widest, table->fontMetrics().horizontalAdvance(date));
    }
    const QStyle *style = table->style();
    const int margin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    int width = widest + 2 * margin;
    if (withBox)
        width += style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, table)
                 + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, table) + margin;
    return qMax(width, table->horizontalHeader()->sectionSizeHint(column));
}

void setUpActionTable(QTableView *table, ActionFilterProxy *proxy, ActionItemModel *model, MeetingDocument *document)
{
    setUpTable(table, model, ActionItemModel::SortRole, proxy);
    // Assignees complete from the directory and the groups; due dates are typed as people say them.
    auto *delegate = new PeopleDateDelegate(document, ActionItemModel::AssigneesColumn, ActionItemModel::DueColumn,
                                            ActionItemsTab::tr("28 Sep, next friday"), table);
    delegate->setOverdueRole(ActionItemModel::OverdueRole);
    table->setItemDelegate(delegate);
    table->setColumnWidth(ActionItemModel::DoneColumn, dateColumnWidth(table, ActionItemModel::DoneColumn, true));
    // An overdue date has a sign before it.
    table->setColumnWidth(ActionItemModel::DueColumn,
                          dateColumnWidth(table, ActionItemModel::DueColumn, false)
                              + table->fontMetrics().horizontalAdvance(PeopleDateDelegate::overdueSign()));
    // Across meetings, "Appears on" needs room for a date and a short title.
    table->setColumnWidth(ActionItemModel::DescriptionColumn, model == document->actionSummary() ? 330 : 420);
    table->setColumnWidth(ActionItemModel::AssigneesColumn, 190);
    table->setColumnWidth(ActionItemModel::ReferenceColumn, 90);
}

/** The action item model row behind index, through however many proxies. */
QModelIndex sourceOf(QModelIndex index)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index;
}

} // namespace

ActionItemsTab::ActionItemsTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QTabBar)
    , m_stack(new QStackedWidget)
    , m_form(new ActionForm)
    , m_add(nullptr)
    , m_remove(nullptr)
    , m_showAllCarried(new QPushButton)
    , m_meetingTable(new QTableView)
    , m_summaryTable(new QTableView)
    , m_carriedTable(new QTableView)
    , m_carriedLabel(new QLabel)
    , m_carriedBox(new QWidget)
    , m_carriedProxy(new ActionFilterProxy(this))
    , m_meetingProxy(new ActionFilterProxy(this))
    , m_summaryProxy(new ActionFilterProxy(this))
    , m_summaryCount(new QLabel)
    , m_decisions(new DecisionsView(document))
{
    m_pages->setObjectName(QStringLiteral("actionPages"));
    m_meetingTable->setObjectName(QStringLiteral("meetingActionTable"));
    m_summaryTable->setObjectName(QStringLiteral("actionSummaryTable"));
    m_meetingTable->setAccessibleName(tr("Action items of this meeting"));
    m_meetingTable->setAccessibleDescription(
        tr("Description, assignees, due date and state of each action item; F2 edits a cell, Space ticks one done"));
    m_summaryTable->setAccessibleName(tr("Open action items of the library"));
    m_summaryTable->setAccessibleDescription(m_meetingTable->accessibleDescription());
    m_summaryCount->setObjectName(QStringLiteral("actionSummaryCount"));
    m_form->setObjectName(QStringLiteral("actionTabForm"));
    setUpActionTable(m_meetingTable, m_meetingProxy, document->actionItems(), document);
    setUpActionTable(m_summaryTable, m_summaryProxy, document->actionSummary(), document);
    m_meetingTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_meetingTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    // In the summary a double-click goes to where the action was recorded; F2 edits.
    m_summaryTable->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_summaryTable->setToolTip(tr("Double-click (or Enter) to go to the meeting and agenda entry the action item "
                                  "was recorded in. F2 edits a cell; Space ticks it."));
    for (QTableView *table : {m_summaryTable, m_carriedTable}) {
        connect(table, &QTableView::activated, this, [this](const QModelIndex &idx) {
            const QModelIndex source = sourceOf(idx);
            const ActionItem &a = m_document->actionSummary()->rows().at(source.row()).item;
            Q_EMIT actionRequested(a.meetingId, a.entryId);
        });
    }

    // Adding goes through the same form as in the running notes; removing asks nothing (undo brings it back).
    m_add
        = makeAction(this, tr("&New Action Item…"), QKeySequence(Qt::Key_Insert), QStringLiteral("addActionItemAction"),
                     Qt::WidgetWithChildrenShortcut, tr("Record an action item for this meeting"));
    m_add->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(tr("Ctrl+Shift+A"))});
    m_remove = makeAction(m_meetingTable, tr("&Remove"), QKeySequence::Delete, QStringLiteral("removeActionItemAction"),
                          Qt::WidgetShortcut, tr("Remove the selected action items (undo brings them back)"));
    m_meetingTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_meetingTable->insertAction(m_remove, m_add);
    connect(m_add, &QAction::triggered, this, &ActionItemsTab::openForm);
    const auto updateAdd = [this] { m_add->setEnabled(m_document->currentMeetingId() != 0); };
    connect(document->models(), &LibraryModels::currentMeetingChanged, this, updateAdd);
    updateAdd();
    connect(m_remove, &QAction::triggered, this, &ActionItemsTab::removeSelected);
    const auto updateRemove = [this] { m_remove->setEnabled(m_meetingTable->selectionModel()->hasSelection()); };
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateRemove);
    connect(m_meetingProxy, &QAbstractItemModel::modelReset, this, updateRemove);
    updateRemove();
    connect(m_form, &ActionForm::submitted, this,
            [this](const QList<NameChoice> &assignees, const QString &description, const QDate &due) {
                if (m_document->recordActionItem(0, assignees, description, due))
                    Q_EMIT statusMessage(tr("Recorded the action item “%1”.").arg(description.left(60)));
                m_meetingTable->setFocus();
            });
    connect(m_form, &ActionForm::closed, this, [this] { m_meetingTable->setFocus(); });
    connect(document->actionItems(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { showNewRows(first, last); });

    // Carry-forward: what earlier meetings of the series left open, offered for review here
    // without being copied (ticking one ticks it where it was recorded). The newest first and
    // only a few of them, unless asked for all: a long series leaves hundreds.
    m_carriedTable->setObjectName(QStringLiteral("carriedActionTable"));
    m_carriedLabel->setObjectName(QStringLiteral("carriedActionLabel"));
    m_carriedBox->setObjectName(QStringLiteral("carriedActionBox"));
    m_carriedLabel->setWordWrap(true); // a long series name does not widen the window
    m_showAllCarried->setObjectName(QStringLiteral("showAllCarriedButton"));
    markAsViewControl(m_showAllCarried);
    m_carriedProxy->setState(ActionFilterProxy::State::Open);
    m_carriedProxy->setLimit(CarriedLimit);
    setUpActionTable(m_carriedTable, m_carriedProxy, document->actionSummary(), document);
    m_carriedTable->sortByColumn(ActionItemModel::OriginColumn, Qt::DescendingOrder);
    m_carriedTable->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_carriedTable->setToolTip(m_summaryTable->toolTip());
    connect(m_showAllCarried, &QPushButton::clicked, this, [this] {
        m_carriedProxy->setLimit(m_carriedProxy->limit() ? 0 : CarriedLimit);
        updateCarried();
    });
    auto *carriedHeader = new QHBoxLayout;
    carriedHeader->addWidget(m_carriedLabel, 1);
    carriedHeader->addWidget(m_showAllCarried);
    auto *carriedLayout = new QVBoxLayout(m_carriedBox);
    carriedLayout->setContentsMargins(0, 0, 0, 0);
    carriedLayout->addLayout(carriedHeader);
    carriedLayout->addWidget(m_carriedTable);
    connect(document->models(), &LibraryModels::currentMeetingChanged, this, &ActionItemsTab::updateCarried);
    // (A new series or start date of the meeting changes what earlier meetings left open.)
    connect(document->models(), &LibraryModels::meetingsChanged, this, &ActionItemsTab::updateCarried);
    onAnyChange(document->actionSummary(), this, [this] { updateCarried(); });

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_add);
    toolBar->addAction(m_remove);
    auto *meetingBar = new QHBoxLayout;
    meetingBar->addWidget(toolBar);
    meetingBar->addWidget(buildFilters(&m_meetingFilters, m_meetingProxy, false, QStringLiteral("meeting")), 1);
    auto *meetingBox = new QWidget;
    auto *meetingLayout = new QVBoxLayout(meetingBox);
    meetingLayout->setContentsMargins(0, 0, 0, 0);
    meetingLayout->addLayout(meetingBar);
    meetingLayout->addWidget(m_meetingTable, 1);
    meetingLayout->addWidget(m_form);

    // This meeting's actions get the room; what came before is below, for review.
    auto *meetingPage = new QSplitter(Qt::Vertical);
    meetingPage->setObjectName(QStringLiteral("meetingActionSplitter"));
    meetingPage->setChildrenCollapsible(false);
    meetingPage->addWidget(meetingBox);
    meetingPage->addWidget(m_decisions);
    meetingPage->addWidget(m_carriedBox);
    meetingPage->setStretchFactor(0, 3);
    meetingPage->setStretchFactor(1, 1);
    meetingPage->setStretchFactor(2, 1);
    meetingPage->setSizes({400, 180, 180});
    connect(m_decisions, &DecisionsView::statusMessage, this, &ActionItemsTab::statusMessage);

    auto *summaryPage = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryHeader = new QHBoxLayout;
    summaryHeader->addWidget(new QLabel(tr("<b>Action item summary: all meetings</b>")));
    summaryHeader->addStretch();
    summaryHeader->addWidget(m_summaryCount);
    summaryLayout->addLayout(summaryHeader);
    summaryLayout->addWidget(buildFilters(&m_summaryFilters, m_summaryProxy, true, QStringLiteral("summary")));
    summaryLayout->addWidget(m_summaryTable);

    // Two pages, switched like tabs (a tab bar of its own, so Ctrl+Tab still goes to the window's tabs).
    m_pages->setDocumentMode(true);
    m_pages->setExpanding(false);
    m_pages->addTab(QString());
    m_pages->addTab(tr("All Meetings"));
    m_pages->setTabToolTip(0, tr("This meeting's action items, and what earlier meetings of the series left open"));
    m_pages->setTabToolTip(1, tr("Every action item in the library, with filters"));
    markAsViewControl(m_pages);
    m_stack->addWidget(meetingPage);
    m_stack->addWidget(summaryPage);
    connect(m_pages, &QTabBar::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);

    // Assignees and meetings to filter by: from the summary's rows when actions come or go, and
    // when meetings, people or groups change (a tick changes none of them).
    for (auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(document->actionSummary(), rowsChanged, this, &ActionItemsTab::fillChoices);
    connect(document->actionSummary(), &QAbstractItemModel::modelReset, this, &ActionItemsTab::fillChoices);
    connect(document->models(), &LibraryModels::meetingsChanged, this, &ActionItemsTab::fillChoices);
    connect(document->models(), &LibraryModels::directoryChanged, this, &ActionItemsTab::fillChoices);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_summaryProxy)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &ActionItemsTab::updateCount);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &ActionItemsTab::updateCount);
        connect(m, &QAbstractItemModel::modelReset, this, &ActionItemsTab::updateCount);
    }
    onAnyChange(document->actionItems(), this, [this] { updateMeetingCount(); });
    fillChoices();
    applyFilters(m_meetingFilters, m_meetingProxy);
    applyFilters(m_summaryFilters, m_summaryProxy);
    updateCarried();
    updateMeetingCount();
}

void ActionItemsTab::updateMeetingCount()
{
    m_pages->setTabText(0, tr("This Meeting (%1)").arg(m_document->actionItems()->rowCount()));
}

void ActionItemsTab::openForm()
{
    if (!m_document->currentMeetingId())
        return;
    m_pages->setCurrentIndex(0);
    // A second press keeps what is typed.
    if (m_form->isVisible()) {
        if (!m_form->isAncestorOf(QApplication::focusWidget()))
            m_form->findChild<QLineEdit *>(QStringLiteral("actionAssigneesEdit"))->setFocus();
        return;
    }
    m_form->open(m_document->directory(), m_document->today());
}

void ActionItemsTab::removeSelected()
{
    QList<Id> ids;
    int nextRow = -1;
    for (const QModelIndex &idx : m_meetingTable->selectionModel()->selectedRows()) {
        ids << idx.data(ActionItemModel::ActionIdRole).toLongLong();
        nextRow = nextRow < 0 ? idx.row() : qMin(nextRow, idx.row());
    }
    const QString first = ids.size() == 1 ? m_meetingTable->selectionModel()
                                                ->selectedRows(ActionItemModel::DescriptionColumn)
                                                .constFirst()
                                                .data()
                                                .toString()
                                                .left(60)
                                          : QString();
    const int removed = m_document->actionItems()->removeActionItems(ids);
    if (!removed)
        return;
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    Q_EMIT statusMessage(removed == 1
                             ? tr("Removed the action item “%1”. Undo (%2) brings it back.").arg(first, undo)
                             : tr("Removed %1 action items. Undo (%2) brings them back.").arg(removed).arg(undo));
    // The row that took the place of the first removed one, so that Delete can go on.
    const int rows = m_meetingProxy->rowCount();
    if (rows > 0) {
        const QModelIndex next = m_meetingProxy->index(qMin(nextRow, rows - 1), ActionItemModel::DescriptionColumn);
        m_meetingTable->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect
                                                                    | QItemSelectionModel::Rows);
    }
}

void ActionItemsTab::clearMeetingFilters()
{
    m_meetingFilters.text->clear();
    m_meetingFilters.state->setCurrentIndex(m_meetingFilters.state->findData(int(ActionFilterProxy::State::All)));
    m_meetingFilters.assignee->setCurrentIndex(0);
}

void ActionItemsTab::showNewRows(int first, int last)
{
    const ActionItemModel *model = m_document->actionItems();
    const auto shown = [&](int row) { return m_meetingProxy->mapFromSource(model->index(row, 0)).isValid(); };
    for (int row = first; row <= last; ++row) {
        if (!shown(row)) {
            clearMeetingFilters();
            break;
        }
    }
    QItemSelection selection;
    for (int row = first; row <= last; ++row) {
        const QModelIndex idx = m_meetingProxy->mapFromSource(model->index(row, 0));
        selection.select(idx, idx.siblingAtColumn(m_meetingProxy->columnCount() - 1));
    }
    const QModelIndex current = m_meetingProxy->mapFromSource(model->index(first, ActionItemModel::DescriptionColumn));
    if (!current.isValid())
        return;
    m_pages->setCurrentIndex(0);
    // Rows that come back together (an undone removal) arrive one run at a time: selected together.
    QItemSelectionModel *selected = m_meetingTable->selectionModel();
    if (m_selectingNew) {
        selected->select(selection, QItemSelectionModel::Select);
    } else {
        m_selectingNew = true;
        QTimer::singleShot(0, this, [this] { m_selectingNew = false; });
        selected->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        selected->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    m_meetingTable->scrollTo(m_meetingTable->currentIndex());
    // A table not on screen does not know its height yet: scrolled again when shown.
    m_scrollPending = !m_meetingTable->isVisible();
}

void ActionItemsTab::selectAction(Id actionId)
{
    const int row = m_document->actionItems()->rowOf(actionId);
    if (row >= 0)
        showNewRows(row, row);
}

void ActionItemsTab::selectDecision(Id decisionId)
{
    m_pages->setCurrentIndex(0);
    m_decisions->selectDecision(decisionId);
}

void ActionItemsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrollPending && m_meetingTable->currentIndex().isValid()) {
        m_scrollPending = false;
        // After the layout has given the table its height.
        QTimer::singleShot(0, this, [this] { m_meetingTable->scrollTo(m_meetingTable->currentIndex()); });
    }
}

void ActionItemsTab::updateCarried()
{
    const Meeting &m = m_document->currentMeeting();
    m_carriedProxy->setSeries(m.seriesId ? m.seriesId : -1);
    m_carriedProxy->setBefore(m.startDate.isValid() ? m.startDate : QDate(1, 1, 1));
    QString series;
    for (const Series &s : m_document->seriesList()) {
        if (s.id == m.seriesId)
            series = s.name;
    }
    const int all = m_carriedProxy->unlimitedRowCount();
    const bool capped = m_carriedProxy->limit() && all > m_carriedProxy->limit();
    m_carriedLabel->setText(capped ? tr("<b>Carried forward</b>: still open from earlier meetings of “%1”: "
                                        "the %2 newest of %3")
                                         .arg(series.toHtmlEscaped())
                                         .arg(m_carriedProxy->rowCount())
                                         .arg(all)
                                   : tr("<b>Carried forward</b>: still open from earlier meetings of “%1” (%2), "
                                        "newest first")
                                         .arg(series.toHtmlEscaped())
                                         .arg(all));
    m_showAllCarried->setText(m_carriedProxy->limit() ? tr("Show All %1").arg(all)
                                                      : tr("Show the %1 Newest").arg(CarriedLimit));
    m_showAllCarried->setVisible(all > CarriedLimit);
    // A few rows take no more room than they need; this meeting's table gets the rest.
    const int rows = m_carriedProxy->rowCount();
    const int rowsHigh = m_carriedTable->horizontalHeader()->sizeHint().height()
                         + rows * m_carriedTable->verticalHeader()->defaultSectionSize()
                         + 2 * m_carriedTable->frameWidth()
                         + m_carriedTable->horizontalScrollBar()->sizeHint().height();
    m_carriedTable->setMaximumHeight(rows < 8 ? rowsHigh : QWIDGETSIZE_MAX);
    m_carriedBox->setVisible(m.seriesId && all > 0);
}

QWidget *ActionItemsTab::buildFilters(Filters *f, ActionFilterProxy *proxy, bool summary, const QString &prefix)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    f->text = new QLineEdit;
    f->text->setObjectName(prefix + QStringLiteral("ActionFilter"));
    f->text->setAccessibleName(tr("Filter action items"));
    f->text->setPlaceholderText(tr("Filter by text…"));
    f->text->setClearButtonEnabled(true);
    nameClearButton(f->text);
    f->state = new QComboBox;
    f->state->setObjectName(prefix + QStringLiteral("StateCombo"));
    if (summary) {
        f->state->addItem(tr("Open"), int(ActionFilterProxy::State::Open));
        f->state->addItem(tr("Overdue"), int(ActionFilterProxy::State::Overdue));
        f->state->addItem(tr("Due within…"), int(ActionFilterProxy::State::DueWithin));
        f->state->addItem(tr("Done"), int(ActionFilterProxy::State::Done));
        f->state->addItem(tr("All"), int(ActionFilterProxy::State::All));
        f->days = new QSpinBox;
        f->days->setObjectName(prefix + QStringLiteral("DaysSpin"));
        f->days->setRange(1, 365);
        f->days->setValue(14);
        f->days->setSuffix(tr(" days"));
        f->series = new QComboBox;
        f->series->setObjectName(prefix + QStringLiteral("SeriesCombo"));
        f->meeting = new QComboBox;
        f->meeting->setObjectName(prefix + QStringLiteral("MeetingCombo"));
        f->meeting->setMaximumWidth(320);
    } else {
        f->state->addItem(tr("All"), int(ActionFilterProxy::State::All));
        f->state->addItem(tr("Open"), int(ActionFilterProxy::State::Open));
        f->state->addItem(tr("Done"), int(ActionFilterProxy::State::Done));
        f->state->addItem(tr("Overdue"), int(ActionFilterProxy::State::Overdue));
    }
    f->assignee = new QComboBox;
    f->assignee->setObjectName(prefix + QStringLiteral("AssigneeCombo"));
    f->assignee->setMinimumContentsLength(16);
    // As wide as their longest name or title where there is room, but a long one does not widen
    // the tab (and so the window) beyond what fits beside the sidebar.
    for (QComboBox *combo : {f->assignee, f->series, f->meeting}) {
        if (combo)
            combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 14);
    }
    for (QWidget *w :
         {static_cast<QWidget *>(f->text), static_cast<QWidget *>(f->state), static_cast<QWidget *>(f->assignee)})
        markAsViewControl(w);
    for (QWidget *w :
         {static_cast<QWidget *>(f->days), static_cast<QWidget *>(f->series), static_cast<QWidget *>(f->meeting)}) {
        if (w)
            markAsViewControl(w);
    }
    layout->addWidget(f->text, 1);
    layout->addWidget(f->state);
    if (f->days)
        layout->addWidget(f->days);
    layout->addWidget(f->assignee);
    if (f->series)
        layout->addWidget(f->series);
    if (f->meeting)
        layout->addWidget(f->meeting);

    auto apply = [this, f, proxy] { applyFilters(*f, proxy); };
    connect(f->text, &QLineEdit::textChanged, this, apply);
    for (QComboBox *combo : {f->state, f->assignee, f->series, f->meeting}) {
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, apply);
    }
    if (f->days)
        connect(f->days, &QSpinBox::valueChanged, this, apply);
    return row;
}

QString ActionItemsTab::summaryFilters() const
{
    const Filters &f = m_summaryFilters;
    QStringList parts;
    const auto state = ActionFilterProxy::State(f.state->currentData().toInt());
    if (state == ActionFilterProxy::State::DueWithin && f.days)
        parts << tr("due within %1 days").arg(f.days->value());
    else if (state != ActionFilterProxy::State::All)
        parts << f.state->currentText();
    if (f.assignee->currentIndex() > 0)
        parts << tr("assigned to %1").arg(f.assignee->currentText());
    if (f.series && f.series->currentData().toLongLong())
        parts << tr("series %1").arg(f.series->currentText());
    if (f.meeting && f.meeting->currentData().toLongLong())
        parts << tr("meeting %1").arg(f.meeting->currentText());
    if (!f.text->text().isEmpty())
        parts << tr("containing “%1”").arg(f.text->text());
    return parts.isEmpty() ? tr("none (every action item)") : parts.join(QStringLiteral("; "));
}

void ActionItemsTab::applyFilters(const Filters &f, ActionFilterProxy *proxy)
{
    const auto state = ActionFilterProxy::State(f.state->currentData().toInt());
    if (f.days)
        f.days->setEnabled(state == ActionFilterProxy::State::DueWithin);
    proxy->setState(state, f.days ? f.days->value() : 7);
    const QVariantList who = f.assignee->currentData().toList();
    proxy->setAssignee(who.value(0).toLongLong(), who.value(1).toLongLong());
    proxy->setSeries(f.series ? f.series->currentData().toLongLong() : 0);
    proxy->setMeeting(f.meeting ? f.meeting->currentData().toLongLong() : 0);
    proxy->setText(f.text->text());
    updateCount();
}

void ActionItemsTab::fillChoices()
{
    const QHash<Id, QList<Id>> memberships = m_document->directory()->groupsOfPeople();
    m_meetingProxy->setMemberships(memberships);
    m_summaryProxy->setMemberships(memberships);

    // Assignees: everyone who has an action item somewhere, and the groups.
    QMap<QString, QVariantList> people;
    QMap<QString, QVariantList> groups;
    for (const ActionItemRow &r : m_document->actionSummary()->rows()) {
        for (int i = 0; i < r.item.assignees.size() && i < r.assigneeNames.size(); ++i) {
            const Assignee &a = r.item.assignees.at(i);
            (a.groupId ? groups : people).insert(r.assigneeNames.at(i), QVariantList{a.personId, a.groupId});
        }
    }
    for (Filters *f : {&m_meetingFilters, &m_summaryFilters}) {
        const QVariant keep = f->assignee->currentData();
        const QSignalBlocker block(f->assignee);
        f->assignee->clear();
        f->assignee->addItem(tr("Everyone"), QVariantList{Id(0), Id(0)});
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            f->assignee->addItem(tr("Group: %1").arg(it.key()), it.value());
        for (auto it = people.cbegin(); it != people.cend(); ++it)
            f->assignee->addItem(it.key(), it.value());
        f->assignee->setCurrentIndex(qMax(0, f->assignee->findData(keep)));
    }

    const QVariant keepSeries = m_summaryFilters.series->currentData();
    const QVariant keepMeeting = m_summaryFilters.meeting->currentData();
    const QSignalBlocker blockSeries(m_summaryFilters.series);
    const QSignalBlocker blockMeeting(m_summaryFilters.meeting);
    m_summaryFilters.series->clear();
    m_summaryFilters.series->addItem(tr("All series"), Id(0));
    for (const Series &s : m_document->seriesList())
        m_summaryFilters.series->addItem(s.name, s.id);
    m_summaryFilters.series->setCurrentIndex(qMax(0, m_summaryFilters.series->findData(keepSeries)));
    m_summaryFilters.meeting->clear();
    m_summaryFilters.meeting->addItem(tr("All meetings"), Id(0));
    const MeetingListModel *list = m_document->meetingList();
    for (int g = 0; g < list->rowCount(); ++g) {
        const QModelIndex group = list->index(g, 0);
        for (int r = 0; r < list->rowCount(group); ++r) {
            const QModelIndex m = list->index(r, 0, group);
            m_summaryFilters.meeting->addItem(m.data().toString(), m.data(MeetingListModel::MeetingIdRole));
        }
    }
    m_summaryFilters.meeting->setCurrentIndex(qMax(0, m_summaryFilters.meeting->findData(keepMeeting)));
    applyFilters(m_meetingFilters, m_meetingProxy);
    applyFilters(m_summaryFilters, m_summaryProxy);
}

QList<Id> ActionItemsTab::shownSummaryIds() const
{
    QList<Id> ids;
    for (int r = 0; r < m_summaryProxy->rowCount(); ++r)
        ids << m_summaryProxy->index(r, 0).data(ActionItemModel::ActionIdRole).toLongLong();
    return ids;
}

void ActionItemsTab::updateCount()
{
    m_summaryCount->setText(
        tr("Shown: %1 of %2").arg(m_summaryProxy->rowCount()).arg(m_document->actionSummary()->rowCount()));
}

} // namespace Quorum
