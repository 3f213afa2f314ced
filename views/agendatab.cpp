// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendatab.h"

#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "notesview.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quorum {

AgendaTab::AgendaTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeView)
    , m_details(new NotesView)
{
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setModel(document->agenda());
    m_tree->setAlternatingRowColors(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(AgendaModel::TopicColumn, 470);
    m_tree->setColumnWidth(AgendaModel::StartColumn, 60);
    m_tree->setColumnWidth(AgendaModel::EndColumn, 60);
    m_tree->setColumnWidth(AgendaModel::DurationColumn, 90);
    m_details->setObjectName(QStringLiteral("agendaDetails"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto reset = [this] {
        m_tree->expandAll();
        m_tree->setCurrentIndex(m_document->agenda()->firstEntry());
        showDetails();
    };
    connect(document->agenda(), &QAbstractItemModel::modelReset, this, reset);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgendaTab::showDetails);
    reset();
}

void AgendaTab::selectEntry(Id entryId)
{
    const QModelIndex idx = m_document->agenda()->indexOfEntry(entryId);
    if (!idx.isValid())
        return;
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx);
    m_tree->setFocus();
}

void AgendaTab::showDetails()
{
    const QModelIndex idx = m_tree->currentIndex().siblingAtColumn(AgendaModel::TopicColumn);
    if (!idx.isValid() || idx.data(AgendaModel::IsDayRole).toBool()) {
        m_details->setMarkdown(idx.isValid() ? tr("## %1").arg(idx.data().toString())
                                             : tr("*Select an agenda entry to see its pre-meeting notes.*"));
        return;
    }
    QString md = QStringLiteral("## %1\n\n").arg(idx.data().toString());
    const QString coordinators = idx.siblingAtColumn(AgendaModel::CoordinatorsColumn).data().toString();
    const QString start = idx.siblingAtColumn(AgendaModel::StartColumn).data().toString();
    const QString end = idx.siblingAtColumn(AgendaModel::EndColumn).data().toString();
    if (!start.isEmpty())
        md += tr("**Time:** %1–%2").arg(start, end) + QStringLiteral("\n\n");
    if (!coordinators.isEmpty())
        md += tr("**Coordinators:** %1").arg(coordinators) + QStringLiteral("\n\n");
    const QString notes = idx.data(AgendaModel::PreNotesRole).toString();
    md += tr("### Pre-meeting notes") + QStringLiteral("\n\n")
        + (notes.isEmpty() ? tr("*None.*") : notes) + QStringLiteral("\n");
    m_details->setMarkdown(md);
}

} // namespace Quorum
