// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningtab.h"

#include "itemmodels/topicrequestmodel.h"
#include "meetingdocument.h"
#include "notesview.h"
#include "viewsetup.h"

#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

PlanningTab::PlanningTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView)
    , m_notes(new NotesView)
{
    m_table->setObjectName(QStringLiteral("topicRequestTable"));
    m_notes->setObjectName(QStringLiteral("topicRequestNotes"));
    setUpTable(m_table, document->topicRequests(), TopicRequestModel::SortRole);
    m_table->setColumnWidth(TopicRequestModel::TopicColumn, 260);
    m_table->setColumnWidth(TopicRequestModel::RequestedByColumn, 260);
    m_table->setColumnWidth(TopicRequestModel::TimeColumn, 110);
    m_table->setColumnWidth(TopicRequestModel::StatusColumn, 100);
    m_table->setToolTip(tr("Double-click a scheduled request to see its agenda entry."));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanningTab::showNotes);
    connect(document->topicRequests(), &QAbstractItemModel::modelReset, this, [this] {
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
        showNotes();
    });
    m_table->setCurrentIndex(m_table->model()->index(0, 0));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &idx) {
        const Id entry = idx.data(TopicRequestModel::ScheduledEntryRole).toLongLong();
        if (entry)
            Q_EMIT entryRequested(entry);
    });
    showNotes();
}

void PlanningTab::showNotes()
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid()) {
        m_notes->setMarkdown(tr("*Select a topic request to read its notes.*"));
        return;
    }
    const QString notes = idx.data(TopicRequestModel::NotesRole).toString();
    m_notes->setMarkdown(QStringLiteral("## %1\n\n").arg(idx.siblingAtColumn(TopicRequestModel::TopicColumn).data().toString())
                         + (notes.isEmpty() ? tr("*No notes.*") : notes));
}

} // namespace Quorum
