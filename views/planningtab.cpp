// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningtab.h"

#include "agenda/duration.h"
#include "agenda/timebudget.h"
#include "editordelegate.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/parkinglotmodel.h"
#include "itemmodels/topicrequestmodel.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "notesview.h"
#include "peoplecompleter.h"
#include "scheduledialog.h"
#include "tonestyle.h"
#include "viewsetup.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/** Status from a list; requesters with name completion. */
class PlanningDelegate : public EditorDelegate
{
public:
    PlanningDelegate(MeetingDocument *document, QObject *parent)
        : EditorDelegate(parent)
        , m_document(document)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == TopicRequestModel::StatusColumn) {
            auto *combo = new QComboBox(parent);
            combo->setObjectName(QStringLiteral("statusEditor"));
            for (const QString &key : TopicRequestModel::statusKeys())
                combo->addItem(TopicRequestModel::statusName(key), key);
            return combo;
        }
        QWidget *editor = EditorDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            if (index.column() == TopicRequestModel::RequestedByColumn)
                edit->setCompleter(new PeopleCompleter(m_document->directory()->personNames(), true, edit));
            if (index.column() == TopicRequestModel::TimeColumn)
                edit->setPlaceholderText(QCoreApplication::translate("Quorum::PlanningTab", "45 min, 1h 30m"));
        }
        return editor;
    }

private:
    MeetingDocument *m_document;
};

} // namespace

PlanningTab::PlanningTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableView)
    , m_notes(new MarkdownEditor)
    , m_notesLabel(new QLabel)
    , m_budget(new QTableWidget)
    , m_unscheduled(new QLabel)
{
    TopicRequestModel *model = document->topicRequests();
    m_table->setObjectName(QStringLiteral("topicRequestTable"));
    m_notes->setObjectName(QStringLiteral("topicRequestNotes"));
    m_budget->setObjectName(QStringLiteral("timeBudgetTable"));
    m_table->setAccessibleName(tr("Topic requests"));
    m_table->setTabKeyNavigation(false);
    m_notes->textEdit()->setAccessibleName(tr("Topic request notes"));
    m_budget->setAccessibleName(tr("Time budget"));
    m_budget->setTabKeyNavigation(false);
    m_unscheduled->setObjectName(QStringLiteral("unscheduledTime"));
    // The list keeps the order the requests came in; editing in place needs stable rows.
    m_table->setModel(model);
    m_table->setItemDelegate(new PlanningDelegate(document, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TopicRequestModel::TopicColumn, 260);
    m_table->setColumnWidth(TopicRequestModel::RequestedByColumn, 260);
    // At least as wide as their headings (a longer translation, a larger font).
    for (const auto &[column, width] :
         {std::pair(int(TopicRequestModel::TimeColumn), 110), std::pair(int(TopicRequestModel::StatusColumn), 100)})
        m_table->setColumnWidth(column, qMax(width, m_table->horizontalHeader()->sectionSizeHint(column)));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setToolTip(tr("F2 edits a cell. Double-click “Scheduled as” to see the agenda entry."));

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *add
        = makeAction(m_table, tr("Add Request"), QKeySequence(Qt::Key_Insert), QStringLiteral("addRequestAction"));
    m_remove = makeAction(m_table, tr("Remove"), QKeySequence::Delete, QStringLiteral("removeRequestAction"));
    m_schedule
        = makeAction(m_table, tr("Schedule…"), QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("scheduleAction"));
    for (QAction *a : {add, m_remove, m_schedule})
        toolBar->addAction(a);
    connect(add, &QAction::triggered, this, [this] {
        const Id id = m_document->topicRequests()->addRequest(tr("New topic"));
        const int row = m_document->topicRequests()->rowOf(id);
        if (row < 0)
            return;
        const QModelIndex idx = m_document->topicRequests()->index(row, TopicRequestModel::TopicColumn);
        m_table->setCurrentIndex(idx);
        m_table->edit(idx);
    });
    connect(m_remove, &QAction::triggered, this, [this] { m_document->topicRequests()->removeRequest(currentRow()); });
    connect(m_schedule, &QAction::triggered, this, &PlanningTab::schedule);

    m_notesLabel->setText(tr("<b>Notes</b>"));
    m_notes->setPlaceholderText(tr("Why the topic is needed, what should come out of it"));
    connect(m_notes, &MarkdownEditor::markdownEdited, this, [this](const QString &md) {
        if (!m_filling)
            m_document->topicRequests()->setNotes(currentRow(), md);
    });

    m_budget->setColumnCount(5);
    m_budget->setHorizontalHeaderLabels(
        {tr("Day"), tr("Requested"), tr("Scheduled topics"), tr("Breaks"), tr("Available")});
    m_budget->verticalHeader()->hide();
    m_budget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_budget->setSelectionMode(QAbstractItemView::NoSelection);
    m_budget->setFocusPolicy(Qt::StrongFocus); // read cell by cell with the arrows
    m_budget->horizontalHeader()->setStretchLastSection(true);
    m_budget->setColumnWidth(0, 260);
    m_budget->setColumnWidth(1, 120);
    m_budget->setColumnWidth(2, 140);
    m_budget->setColumnWidth(3, 100);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(toolBar);
    topLayout->addWidget(m_table);
    auto *notesBox = new QWidget;
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notesLabel);
    notesLayout->addWidget(m_notes);
    auto *budgetBox = new QWidget;
    auto *budgetLayout = new QVBoxLayout(budgetBox);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->addWidget(
        new QLabel(tr("<b>Time budget</b>: what was requested, what is on the agenda, what the day allows")));
    budgetLayout->addWidget(m_budget);
    budgetLayout->addWidget(m_unscheduled);
    // The requests, and beside them the series' parking lot.
    auto *besides = new QSplitter(Qt::Horizontal);
    besides->addWidget(top);
    besides->addWidget(makeParkingLot());
    besides->setSizes({620, 480});
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(besides);
    splitter->addWidget(notesBox);
    splitter->addWidget(budgetBox);
    splitter->setSizes({300, 250, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &idx) {
        m_currentRequest = idx.data(TopicRequestModel::RequestIdRole).toLongLong();
        showNotes();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_document->topicRequests()->rowOf(m_currentRequest);
        m_table->setCurrentIndex(m_document->topicRequests()->index(qMax(0, row), 0));
        showNotes();
        updateBudget();
    });
    for (QAbstractItemModel *changed : std::initializer_list<QAbstractItemModel *>{model, document->agenda()}) {
        onAnyChange(changed, this, [this] {
            showNotes();
            updateBudget();
        });
    }
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &idx) {
        const Id entry = idx.data(TopicRequestModel::ScheduledEntryRole).toLongLong();
        if (idx.column() == TopicRequestModel::ScheduledColumn && entry)
            Q_EMIT entryRequested(entry);
    });
    m_table->setCurrentIndex(model->index(0, 0));
    showNotes();
    updateBudget();
    ToneStyle::onPaletteChange(m_budget, [this] { updateBudget(); });
}

int PlanningTab::currentRow() const
{
    return m_table->currentIndex().row();
}

void PlanningTab::updateActions()
{
    const bool hasRow = currentRow() >= 0;
    m_remove->setEnabled(hasRow);
    m_schedule->setEnabled(hasRow && !m_document->agendaState().days.isEmpty());
}

void PlanningTab::showNotes()
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    updateActions();
    const QModelIndex idx = m_table->currentIndex();
    m_notes->setEnabled(idx.isValid());
    if (!idx.isValid()) {
        m_notesLabel->setText(tr("<b>Notes</b>"));
        m_notes->setMarkdown(QString());
        return;
    }
    m_notesLabel->setText(
        tr("<b>Notes on “%1”</b>")
            .arg(idx.siblingAtColumn(TopicRequestModel::TopicColumn).data().toString().toHtmlEscaped()));
    const QString notes = idx.data(TopicRequestModel::NotesRole).toString();
    if (m_notes->markdown() != notes)
        m_notes->setMarkdown(notes);
}

void PlanningTab::updateBudget()
{
    const TimeBudget budget = TimeBudget::compute(m_document->agendaState(), m_document->topicRequestList());
    m_budget->setRowCount(int(budget.days.size()));
    auto cell = [](const QString &text, bool warn = false) {
        // Too much is said by a sign as well as by the colour.
        auto *item = new QTableWidgetItem(warn ? tr("\u26a0 %1", "more than the day holds").arg(text) : text);
        if (warn)
            item->setForeground(Tones::foreground(Tones::Tone::Overrun));
        return item;
    };
    const QLocale locale;
    for (int i = 0; i < budget.days.size(); ++i) {
        const DayBudget &d = budget.days.at(i);
        const bool over = d.available >= 0 && d.scheduled + d.breaks > d.available;
        m_budget->setItem(i, 0, cell(tr("Day %1, %2").arg(i + 1).arg(locale.toString(d.date, QLocale::ShortFormat))));
        m_budget->setItem(i, 1, cell(Duration::format(d.requested)));
        m_budget->setItem(i, 2, cell(Duration::format(d.scheduled), over));
        m_budget->setItem(i, 3, cell(Duration::format(d.breaks)));
        m_budget->setItem(
            i, 4,
            cell(d.available < 0 ? tr("no planned times")
                 : over
                     ? tr("%1 (over by %2)")
                           .arg(Duration::format(d.available), Duration::format(d.scheduled + d.breaks - d.available))
                     : tr("%1 (%2 free)")
                           .arg(Duration::format(d.available), Duration::format(d.available - d.scheduled - d.breaks)),
                 over));
    }
    m_unscheduled->setText(budget.unscheduled > 0
                               ? tr("Proposed and not yet scheduled: %1.").arg(Duration::format(budget.unscheduled))
                               : tr("Every proposed topic is on the agenda or declined."));
}

QWidget *PlanningTab::makeParkingLot()
{
    ParkingLotModel *lot = m_document->parkingLot();
    m_parked = new QTableView;
    m_parked->setObjectName(QStringLiteral("parkingLotTable"));
    m_parked->setAccessibleName(tr("Parked topics"));
    m_parked->setTabKeyNavigation(false);
    m_parked->setModel(lot);
    m_parked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parked->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parked->setAlternatingRowColors(true);
    m_parked->verticalHeader()->hide();
    m_parked->verticalHeader()->setDefaultSectionSize(m_parked->fontMetrics().height() + 10);
    m_parked->horizontalHeader()->setStretchLastSection(true);
    m_parked->setColumnWidth(ParkingLotModel::TopicColumn, 170);
    m_parked->setColumnWidth(ParkingLotModel::FromColumn, 170);
    m_parked->setColumnWidth(ParkingLotModel::ReasonColumn, 110);
    m_parked->setColumnWidth(ParkingLotModel::TimeColumn, 60);
    m_parked->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_parkedLabel = new QLabel;
    m_parkedLabel->setObjectName(QStringLiteral("parkingLotLabel"));
    m_parkedLabel->setWordWrap(true);
    m_parkedNotes = new NotesView;
    m_parkedNotes->setObjectName(QStringLiteral("parkedNotesView"));
    m_parkedNotes->setMaximumHeight(130);

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scheduleParked = makeAction(m_parked, tr("Schedule…"), QKeySequence(tr("Ctrl+Shift+S")),
                                  QStringLiteral("scheduleParkedAction"), Qt::WidgetShortcut,
                                  tr("Put the selected parked topic on this meeting's agenda"));
    m_dismissParked = makeAction(m_parked, tr("Remove from Parking Lot"), QKeySequence::Delete,
                                 QStringLiteral("dismissParkedAction"), Qt::WidgetShortcut,
                                 tr("No longer offer the selected topic for a later meeting"));
    toolBar->addAction(m_scheduleParked);
    toolBar->addAction(m_dismissParked);
    connect(m_scheduleParked, &QAction::triggered, this, &PlanningTab::scheduleParked);
    connect(m_dismissParked, &QAction::triggered, this, &PlanningTab::dismissParked);

    connect(m_parked->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanningTab::showParked);
    onAnyChange(lot, this, [this] {
        if (!m_parked->currentIndex().isValid() && m_document->parkingLot()->rowCount() > 0)
            m_parked->setCurrentIndex(m_document->parkingLot()->index(0, 0));
        showParked();
    });
    onAnyChange(m_document->agenda(), this, [this] { showParked(); });

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parkedLabel);
    layout->addWidget(toolBar);
    layout->addWidget(m_parked, 1);
    layout->addWidget(m_parkedNotes);
    m_parked->setCurrentIndex(lot->index(0, 0));
    showParked();
    return box;
}

Id PlanningTab::currentParked() const
{
    return m_parked->currentIndex().data(ParkingLotModel::EntryIdRole).toLongLong();
}

void PlanningTab::showParked()
{
    const Meeting &meeting = m_document->currentMeeting();
    const int count = m_document->parkingLot()->rowCount();
    if (!meeting.id)
        m_parkedLabel->setText(tr("<b>Parking lot</b>"));
    else if (!meeting.seriesId)
        m_parkedLabel->setText(tr("<b>Parking lot</b>: this meeting is not part of a series, so no earlier meeting "
                                  "leaves topics for it. Topics not reached here are kept for the next meeting once "
                                  "the meeting is moved into a series."));
    else if (count == 0)
        m_parkedLabel->setText(tr("<b>Parking lot</b>: no topic of an earlier meeting of this series is waiting."));
    else
        m_parkedLabel->setText(tr("<b>Parking lot</b> (%1): topics of earlier meetings of the series not reached "
                                  "(skipped, dropped while re-timing or carried over).")
                                   .arg(count));
    const QModelIndex idx = m_parked->currentIndex();
    m_scheduleParked->setEnabled(idx.isValid() && !m_document->agendaState().days.isEmpty());
    m_dismissParked->setEnabled(idx.isValid());
    m_parkedNotes->setVisible(count > 0);
    const QString notes = idx.data(ParkingLotModel::NotesRole).toString();
    m_parkedNotes->setMarkdown(!idx.isValid()    ? QString()
                               : notes.isEmpty() ? tr("*No notes.*")
                                                 : m_document->ticketLinker().linkify(notes));
}

std::optional<std::pair<Id, Id>> PlanningTab::askPlace(const QString &topic)
{
    QHash<Id, QString> moderators;
    for (const AgendaEntry &e : m_document->agendaState().entries) {
        if (e.kind == AgendaEntry::Kind::Block)
            moderators.insert(e.moderatorId, m_document->agenda()->personName(e.moderatorId));
    }
    ScheduleDialog dialog(topic, m_document->agendaState(), moderators, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::make_pair(dialog.dayId(), dialog.blockId());
}

void PlanningTab::scheduleParked()
{
    const QModelIndex idx = m_parked->currentIndex();
    if (!idx.isValid())
        return;
    const auto place = askPlace(idx.siblingAtColumn(ParkingLotModel::TopicColumn).data().toString());
    if (!place)
        return;
    const Id entry = m_document->scheduleParkedTopic(currentParked(), place->first, place->second);
    if (entry)
        Q_EMIT entryRequested(entry);
}

void PlanningTab::dismissParked()
{
    m_document->dismissParkedTopic(currentParked());
}

void PlanningTab::schedule()
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid())
        return;
    const auto place = askPlace(idx.siblingAtColumn(TopicRequestModel::TopicColumn).data().toString());
    if (!place)
        return;
    const Id entry = m_document->scheduleTopicRequest(idx.data(TopicRequestModel::RequestIdRole).toLongLong(),
                                                      place->first, place->second);
    if (entry)
        Q_EMIT entryRequested(entry);
}

} // namespace Quorum
