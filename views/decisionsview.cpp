// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionsview.h"

#include "actionform.h"
#include "itemmodels/decisionmodel.h"
#include "meetingdocument.h"
#include "peopledatedelegate.h"
#include "viewsetup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

DecisionsView::DecisionsView(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableView)
    , m_title(new QLabel)
    , m_form(new ActionForm(ActionForm::Kind::Decision))
{
    setObjectName(QStringLiteral("decisionsView"));
    m_table->setObjectName(QStringLiteral("meetingDecisionTable"));
    m_table->setAccessibleName(tr("Decisions of this meeting"));
    m_title->setObjectName(QStringLiteral("meetingDecisionCount"));
    m_form->setObjectName(QStringLiteral("decisionTabForm"));
    setUpTable(m_table, document->decisions(), DecisionModel::SortRole);
    m_table->setItemDelegate(new PeopleDateDelegate(document, DecisionModel::DecidedByColumn, DecisionModel::DateColumn,
                                                    tr("28 Sep, yesterday"), m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setColumnWidth(DecisionModel::TextColumn, 420);
    m_table->setColumnWidth(DecisionModel::DecidedByColumn, 190);
    m_table->setColumnWidth(DecisionModel::EntryColumn, 200);

    m_add = makeAction(this, tr("Record &Decision…"), QKeySequence(tr("Ctrl+Shift+D")),
                       QStringLiteral("addDecisionAction"), Qt::WidgetWithChildrenShortcut,
                       tr("Record a decision of this meeting"));
    m_remove = makeAction(m_table, tr("&Remove"), QKeySequence::Delete, QStringLiteral("removeDecisionAction"),
                          Qt::WidgetShortcut, tr("Remove the selected decisions (undo brings them back)"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_add);
    m_table->addAction(m_remove);
    connect(m_add, &QAction::triggered, this, [this] {
        if (m_document->currentMeetingId() && !m_form->isVisible())
            m_form->open(m_document->directory(), m_document->today());
    });
    connect(m_remove, &QAction::triggered, this, &DecisionsView::removeSelected);
    const auto updateActions = [this] {
        m_add->setEnabled(m_document->currentMeetingId() != 0);
        m_remove->setEnabled(m_table->selectionModel()->hasSelection());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateActions);
    connect(document->models(), &LibraryModels::currentMeetingChanged, this, updateActions);
    onAnyChange(document->decisions(), this, [this, updateActions] {
        updateActions();
        updateCount();
    });
    connect(m_form, &ActionForm::decided, this,
            [this](const QList<NameChoice> &decidedBy, const QString &text, const QDate &date, const QString &ticket) {
                if (const Id id = m_document->recordDecision(0, decidedBy, text, date, ticket)) {
                    Q_EMIT statusMessage(tr("Recorded the decision “%1”.").arg(text.left(60)));
                    selectDecision(id);
                }
                m_table->setFocus();
            });
    connect(m_form, &ActionForm::closed, this, [this] { m_table->setFocus(); });

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_add);
    toolBar->addAction(m_remove);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_form);
    updateActions();
    updateCount();
}

void DecisionsView::updateCount()
{
    m_title->setText(tr("<b>Decisions of this meeting (%1)</b>").arg(m_document->decisions()->rowCount()));
}

void DecisionsView::selectDecision(Id decisionId)
{
    const int row = m_document->decisions()->rowOf(decisionId);
    if (row < 0)
        return;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_table->model());
    const QModelIndex source = m_document->decisions()->index(row, DecisionModel::TextColumn);
    const QModelIndex shown = proxy ? proxy->mapFromSource(source) : source;
    m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
}

void DecisionsView::removeSelected()
{
    QList<Id> ids;
    for (const QModelIndex &idx : m_table->selectionModel()->selectedRows())
        ids << idx.data(DecisionModel::DecisionIdRole).toLongLong();
    if (const int n = m_document->decisions()->removeDecisions(ids))
        Q_EMIT statusMessage(n == 1 ? tr("Removed a decision.") : tr("Removed %1 decisions.").arg(n));
}

} // namespace Quorum
