// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemstab.h"

#include "itemmodels/actionitemmodel.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

/** Text filter over every column, hiding done items unless asked to show them. */
class ActionFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowDone(bool show)
    {
        m_showDone = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        if (!m_showDone && !idx.data(ActionItemModel::OpenRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_showDone = false;
};

namespace {
void sizeActionColumns(QTableView *table)
{
    table->setColumnWidth(ActionItemModel::DoneColumn, 60);
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
    , m_filter(new QLineEdit)
    , m_showDone(new QCheckBox(tr("Show &done")))
    , m_summaryCount(new QLabel)
{
    m_meetingTable->setObjectName(QStringLiteral("meetingActionTable"));
    m_summaryTable->setObjectName(QStringLiteral("actionSummaryTable"));
    m_filter->setObjectName(QStringLiteral("actionSummaryFilter"));
    m_showDone->setObjectName(QStringLiteral("showDoneCheck"));
    m_summaryCount->setObjectName(QStringLiteral("actionSummaryCount"));

    setUpTable(m_meetingTable, document->actionItems(), ActionItemModel::SortRole);
    sizeActionColumns(m_meetingTable);

    m_summaryProxy = new ActionFilterProxy(m_summaryTable);
    m_summaryProxy->setSourceModel(document->actionSummary());
    m_summaryProxy->setSortRole(ActionItemModel::SortRole);
    m_summaryProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_summaryProxy->setFilterKeyColumn(-1);
    setUpTable(m_summaryTable, m_summaryProxy);
    sizeActionColumns(m_summaryTable);
    m_summaryTable->setToolTip(tr("Double-click an action item to open the meeting it appears on."));

    m_filter->setPlaceholderText(tr("Filter by description, assignee, meeting, reference…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_summaryProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showDone, &QCheckBox::toggled, this, [this](bool on) {
        m_summaryProxy->setShowDone(on);
        updateSummaryCount();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ActionItemsTab::updateSummaryCount);
    connect(document->actionSummary(), &QAbstractItemModel::modelReset, this, &ActionItemsTab::updateSummaryCount);
    connect(m_summaryTable, &QTableView::activated, this, [this](const QModelIndex &idx) {
        Q_EMIT meetingRequested(idx.data(ActionItemModel::MeetingIdRole).toLongLong());
    });

    auto *meetingBox = new QWidget;
    auto *meetingLayout = new QVBoxLayout(meetingBox);
    meetingLayout->setContentsMargins(0, 0, 0, 0);
    auto *meetingTitle = new QLabel(tr("<b>This meeting</b>"));
    meetingLayout->addWidget(meetingTitle);
    meetingLayout->addWidget(m_meetingTable);

    auto *summaryBox = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryHeader = new QHBoxLayout;
    summaryHeader->addWidget(new QLabel(tr("<b>Action item summary: all meetings</b>")));
    summaryHeader->addStretch();
    summaryHeader->addWidget(m_summaryCount);
    summaryLayout->addLayout(summaryHeader);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_showDone);
    summaryLayout->addLayout(filters);
    summaryLayout->addWidget(m_summaryTable);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(meetingBox);
    splitter->addWidget(summaryBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateSummaryCount();
}

void ActionItemsTab::updateSummaryCount()
{
    m_summaryCount->setText(m_showDone->isChecked()
                                ? tr("Action items shown: %1").arg(m_summaryProxy->rowCount())
                                : tr("Open action items shown: %1").arg(m_summaryProxy->rowCount()));
}

} // namespace Quorum
