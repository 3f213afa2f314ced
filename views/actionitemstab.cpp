// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemstab.h"

#include "editordelegate.h"
#include "itemmodels/actionfilterproxy.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "meetingdocument.h"
#include "peoplecompleter.h"
#include "viewsetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/** Assignees complete from the directory and the groups; due dates are typed as people say them. */
class ActionDelegate : public EditorDelegate
{
public:
    ActionDelegate(MeetingDocument *document, QObject *parent)
        : EditorDelegate(parent)
        , m_document(document)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = EditorDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            if (index.column() == ActionItemModel::AssigneesColumn)
                edit->setCompleter(new PeopleCompleter(m_document->directory()->assigneeNames(), true, edit));
            if (index.column() == ActionItemModel::DueColumn)
                edit->setPlaceholderText(QCoreApplication::translate("Quorum::ActionItemsTab", "28 Sep, next friday"));
        }
        return editor;
    }

private:
    MeetingDocument *m_document;
};

void setUpActionTable(QTableView *table, ActionFilterProxy *proxy, MeetingDocument *document)
{
    table->setModel(proxy);
    table->setItemDelegate(new ActionDelegate(document, table));
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    // The box and the date it was done (as the model writes it), whatever the locale and font.
    const QString widestDate = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    table->setColumnWidth(ActionItemModel::DoneColumn, table->style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                                           + table->fontMetrics().horizontalAdvance(widestDate) + 24);
    table->setColumnWidth(ActionItemModel::DescriptionColumn, 400);
    table->setColumnWidth(ActionItemModel::AssigneesColumn, 190);
    table->setColumnWidth(ActionItemModel::DueColumn, 95);
    table->setColumnWidth(ActionItemModel::ReferenceColumn, 85);
}

} // namespace

ActionItemsTab::ActionItemsTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_meetingTable(new QTableView)
    , m_summaryTable(new QTableView)
    , m_carriedTable(new QTableView)
    , m_carriedLabel(new QLabel)
    , m_carriedBox(new QWidget)
    , m_carriedProxy(new ActionFilterProxy(this))
    , m_meetingProxy(new ActionFilterProxy(this))
    , m_summaryProxy(new ActionFilterProxy(this))
    , m_summaryCount(new QLabel)
{
    m_meetingTable->setObjectName(QStringLiteral("meetingActionTable"));
    m_summaryTable->setObjectName(QStringLiteral("actionSummaryTable"));
    m_summaryCount->setObjectName(QStringLiteral("actionSummaryCount"));
    m_meetingProxy->setSourceModel(document->actionItems());
    m_summaryProxy->setSourceModel(document->actionSummary());
    setUpActionTable(m_meetingTable, m_meetingProxy, document);
    setUpActionTable(m_summaryTable, m_summaryProxy, document);
    m_meetingTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    // In the summary a double-click goes to where the action was recorded; F2 edits.
    m_summaryTable->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_summaryTable->setToolTip(tr("Double-click (or Enter) to go to the meeting and agenda entry the action item "
                                  "was recorded in. F2 edits a cell; Space ticks it."));
    for (auto [table, proxy] : {std::pair{m_summaryTable, m_summaryProxy}, std::pair{m_carriedTable, m_carriedProxy}}) {
        connect(table, &QTableView::activated, this, [this, proxy = proxy](const QModelIndex &idx) {
            const QModelIndex source = proxy->mapToSource(idx);
            const ActionItem &a = m_document->actionSummary()->rows().at(source.row()).item;
            Q_EMIT actionRequested(a.meetingId, a.entryId);
        });
    }

    // Carry-forward: what earlier meetings of the series left open, offered for review here
    // without being copied (ticking one ticks it where it was recorded).
    m_carriedTable->setObjectName(QStringLiteral("carriedActionTable"));
    m_carriedLabel->setObjectName(QStringLiteral("carriedActionLabel"));
    m_carriedBox->setObjectName(QStringLiteral("carriedActionBox"));
    m_carriedProxy->setSourceModel(document->actionSummary());
    m_carriedProxy->setState(ActionFilterProxy::State::Open);
    setUpActionTable(m_carriedTable, m_carriedProxy, document);
    m_carriedTable->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_carriedTable->setToolTip(m_summaryTable->toolTip());
    auto *carriedLayout = new QVBoxLayout(m_carriedBox);
    carriedLayout->setContentsMargins(0, 0, 0, 0);
    carriedLayout->addWidget(m_carriedLabel);
    carriedLayout->addWidget(m_carriedTable);
    connect(document->models(), &LibraryModels::currentMeetingChanged, this, &ActionItemsTab::updateCarried);
    // (A new series or start date of the meeting changes what earlier meetings left open.)
    connect(document->models(), &LibraryModels::meetingsChanged, this, &ActionItemsTab::updateCarried);
    onAnyChange(document->actionSummary(), this, [this] { updateCarried(); });

    auto *meetingBox = new QWidget;
    auto *meetingLayout = new QVBoxLayout(meetingBox);
    meetingLayout->setContentsMargins(0, 0, 0, 0);
    meetingLayout->addWidget(new QLabel(tr("<b>This meeting</b>")));
    meetingLayout->addWidget(buildFilters(&m_meetingFilters, m_meetingProxy, false, QStringLiteral("meeting")));
    meetingLayout->addWidget(m_meetingTable);

    auto *summaryBox = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryHeader = new QHBoxLayout;
    summaryHeader->addWidget(new QLabel(tr("<b>Action item summary: all meetings</b>")));
    summaryHeader->addStretch();
    summaryHeader->addWidget(m_summaryCount);
    summaryLayout->addLayout(summaryHeader);
    summaryLayout->addWidget(buildFilters(&m_summaryFilters, m_summaryProxy, true, QStringLiteral("summary")));
    summaryLayout->addWidget(m_summaryTable);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(meetingBox);
    splitter->addWidget(m_carriedBox);
    splitter->addWidget(summaryBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

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
    fillChoices();
    applyFilters(m_meetingFilters, m_meetingProxy);
    applyFilters(m_summaryFilters, m_summaryProxy);
    updateCarried();
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
    m_carriedLabel->setText(tr("<b>Carried forward</b>: still open from earlier meetings of “%1” (%2)")
                                .arg(series.toHtmlEscaped())
                                .arg(m_carriedProxy->rowCount()));
    m_carriedBox->setVisible(m.seriesId && m_carriedProxy->rowCount() > 0);
}

QWidget *ActionItemsTab::buildFilters(Filters *f, ActionFilterProxy *proxy, bool summary, const QString &prefix)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    f->text = new QLineEdit;
    f->text->setObjectName(prefix + QStringLiteral("ActionFilter"));
    f->text->setPlaceholderText(tr("Filter by text…"));
    f->text->setClearButtonEnabled(true);
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
