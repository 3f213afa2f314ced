// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendatab.h"

#include "agenda/duration.h"
#include "agenda/liverun.h"
#include "agendadelegate.h"
#include "attachmentopener.h"
#include "emptystate.h"
#include "formrows.h"
#include "i18n/localeformat.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "peoplecompleter.h"
#include "startbutton.h"
#include "tonestyle.h"
#include "viewsetup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Quorum {

AgendaTab::AgendaTab(MeetingDocument *document, AttachmentOpener *opener, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_opener(opener)
    , m_tree(new QTreeView)
    , m_files(new QLabel)
    , m_form(new FormRows)
    , m_heading(new QLabel)
    , m_title(new QLineEdit)
    , m_kind(new QComboBox)
    , m_start(new QLineEdit)
    , m_pinned(new QCheckBox(tr("Pinned: keep this start when the agenda is re-timed")))
    , m_recurring(new QCheckBox(tr("Recurrin&g: the next meeting of the series has it too")))
    , m_duration(new QLineEdit)
    , m_people(new QLineEdit)
    , m_dayStart(new QLineEdit)
    , m_dayEnd(new QLineEdit)
    , m_timing(new QLabel)
    , m_fixes(new QWidget)
    , m_notes(new MarkdownEditor)
{
    AgendaModel *model = document->agenda();
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setAccessibleName(tr("Agenda"));
    m_tree->setAccessibleDescription(tr("Days, moderated blocks and entries with their times; Insert adds a topic, "
                                        "Alt+Up and Alt+Down move one, F2 edits"));
    m_tree->setModel(model);
    m_tree->setItemDelegate(new AgendaDelegate(document, m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(false); // the topic stretches (applyRunColumns)
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree->header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        QAction *shown = menu.addAction(tr("Show &Planned vs Actual"));
        shown->setObjectName(QStringLiteral("showRunColumnsAction"));
        shown->setCheckable(true);
        shown->setChecked(showsRunColumns());
        connect(shown, &QAction::toggled, this, [this](bool on) { chooseRunColumns(on); });
        QAction *reset = menu.addAction(tr("&Reset Columns (planned vs actual once a day has run)"));
        connect(reset, &QAction::triggered, this, [this] { chooseRunColumns(QVariant()); });
        menu.exec(m_tree->header()->mapToGlobal(pos));
    });

    auto *toolBar = new QToolBar;
    toolBar->setObjectName(QStringLiteral("agendaToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *topic = addAction(tr("Add &Topic"), QKeySequence(Qt::Key_Insert), QStringLiteral("addTopicAction"),
                               tr("Add a topic after the selected entry"));
    connect(topic, &QAction::triggered, this, [this] { addEntry(AgendaEntry::Kind::Topic); });
    QAction *brk = addAction(tr("Add &Break"), QKeySequence(tr("Ctrl+Shift+K")), QStringLiteral("addBreakAction"),
                             tr("Add a break after the selected entry"));
    connect(brk, &QAction::triggered, this, [this] { addEntry(AgendaEntry::Kind::Break); });
    QAction *closing = addAction(tr("Add &Closing Line"), QKeySequence(tr("Ctrl+Shift+L")),
                                 QStringLiteral("addClosingAction"), tr("Add a closing line after the selected entry"));
    connect(closing, &QAction::triggered, this, [this] { addEntry(AgendaEntry::Kind::Closing); });
    QAction *block = addAction(tr("Add Moderated B&lock"), QKeySequence(tr("Ctrl+Shift+B")),
                               QStringLiteral("addBlockAction"), tr("Add a block chaired by a moderator"));
    connect(block, &QAction::triggered, this, [this] { addEntry(AgendaEntry::Kind::Block); });
    QAction *day = addAction(tr("Add &Day"), QKeySequence(tr("Ctrl+Shift+D")), QStringLiteral("addDayAction"),
                             tr("Add a day after the last one; the meeting grows by a day"));
    connect(day, &QAction::triggered, this, [this] {
        const Id id = m_document->agenda()->addDay();
        if (id) {
            m_currentDay = id;
            m_currentEntry = 0;
            restoreCurrent();
        }
    });
    auto *separator1 = new QAction(this);
    separator1->setSeparator(true);
    m_tree->addAction(separator1);
    m_remove = addAction(tr("&Remove"), QKeySequence::Delete, QStringLiteral("removeAction"),
                         tr("Remove the selected day, block or entry"));
    connect(m_remove, &QAction::triggered, this, [this] {
        const QModelIndex idx = currentTopicIndex();
        const QModelIndex next
            = idx.sibling(idx.row() + 1, 0).isValid() ? idx.sibling(idx.row() + 1, 0) : idx.sibling(idx.row() - 1, 0);
        const Id nextEntry = next.data(AgendaModel::EntryIdRole).toLongLong();
        const Id parentDay = idx.data(AgendaModel::DayIdRole).toLongLong();
        if (m_document->agenda()->removeItem(idx)) {
            m_currentEntry = nextEntry;
            m_currentDay = nextEntry ? 0 : parentDay;
            restoreCurrent();
        }
    });
    m_up = addAction(
        tr("Move &Up"), QKeySequence(tr("Alt+Up")), QStringLiteral("moveUpAction"),
        tr("Move the selected entry up (into and out of blocks, across days), or the selected day earlier"));
    connect(m_up, &QAction::triggered, this, [this] { m_document->agenda()->stepEntry(currentTopicIndex(), -1); });
    m_down = addAction(
        tr("Move Do&wn"), QKeySequence(tr("Alt+Down")), QStringLiteral("moveDownAction"),
        tr("Move the selected entry down (into and out of blocks, across days), or the selected day later"));
    connect(m_down, &QAction::triggered, this, [this] { m_document->agenda()->stepEntry(currentTopicIndex(), 1); });
    // The parking lot: a topic not reached goes to the series' next meeting.
    m_carryOver = addAction(
        tr("&Carry Over to Next Meeting"), QKeySequence(tr("Ctrl+Shift+O")), QStringLiteral("carryOverAction"),
        tr("Put the selected topic in the series' parking lot, to be scheduled at a later meeting"));
    m_carryOver->setCheckable(true);
    connect(m_carryOver, &QAction::triggered, this, [this](bool checked) {
        m_document->setCarryOver(currentTopicIndex().data(AgendaModel::EntryIdRole).toLongLong(), checked);
        updateActions();
    });
    // Recurring entries are carried to the series' next meeting (Meeting › New Meeting in Series…).
    m_recurringAction
        = addAction(tr("Re&curring"), QKeySequence(), QStringLiteral("recurringAction"),
                    tr("Mark the selected entry as recurring: the next meeting of the series has it too"));
    m_recurringAction->setCheckable(true);
    connect(m_recurringAction, &QAction::triggered, this, [this](bool on) {
        const Id id = currentTopicIndex().data(AgendaModel::EntryIdRole).toLongLong();
        if (id)
            m_document->agenda()->setEntryField(id, AgendaModel::RecurringRole, on);
    });
    m_entryActions = {m_remove, m_up, m_down, m_carryOver, m_recurringAction};
    for (QAction *a : {topic, brk, closing, block, day}) {
        toolBar->addAction(a);
    }
    toolBar->addSeparator();
    for (QAction *a : {m_remove, m_up, m_down})
        toolBar->addAction(a);

    // Details of the selected item.
    m_heading->setObjectName(QStringLiteral("agendaDetailHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_title->setObjectName(QStringLiteral("entryTitleEdit"));
    m_kind->setObjectName(QStringLiteral("entryKindCombo"));
    m_kind->addItem(tr("Topic"), QStringLiteral("topic"));
    m_kind->addItem(tr("Break"), QStringLiteral("break"));
    m_kind->addItem(tr("Closing line"), QStringLiteral("closing"));
    m_start->setObjectName(QStringLiteral("entryStartEdit"));
    m_start->setPlaceholderText(tr("follows the entry before"));
    m_pinned->setObjectName(QStringLiteral("entryPinnedCheck"));
    m_recurring->setObjectName(QStringLiteral("entryRecurringCheck"));
    m_recurring->setToolTip(tr("Carried over by Meeting › New Meeting in Series…, with its block"));
    m_duration->setObjectName(QStringLiteral("entryDurationEdit"));
    m_duration->setPlaceholderText(tr("45 min, 1h 30m"));
    m_people->setObjectName(QStringLiteral("entryPeopleEdit"));
    m_dayStart->setObjectName(QStringLiteral("dayStartEdit"));
    m_dayStart->setPlaceholderText(tr("09:00"));
    m_dayEnd->setObjectName(QStringLiteral("dayEndEdit"));
    m_dayEnd->setPlaceholderText(tr("17:00"));
    m_timing->setObjectName(QStringLiteral("agendaTiming"));
    m_notes->setObjectName(QStringLiteral("preNotesEditor"));
    m_notes->textEdit()->setAccessibleName(tr("Pre-meeting notes"));
    m_notes->textEdit()->setAccessibleDescription(
        tr("Markdown notes for the selected entry, saved as you type; Ctrl+Tab leaves the editor"));
    m_notes->setPlaceholderText(tr("Pre-meeting notes: what to read, what to decide"));

    // An agenda without entries says how to start one.
    m_emptyAgenda = new EmptyState(tr("The agenda has no entries yet"),
                                   tr("Add the first topic, or a moderated block to hold the topics of one "
                                      "moderator; breaks and a closing line keep the day's shape. Topics take their "
                                      "start from the entry before, so only durations need typing."),
                                   {topic, block, brk, day});
    m_emptyAgenda->setObjectName(QStringLiteral("emptyAgendaState"));
    m_form->addRow(m_emptyAgenda);
    m_form->addRow(m_heading);
    m_form->addRow(tr("T&itle:"), m_title);
    m_form->addRow(tr("&Kind:"), m_kind, Qt::AlignLeft);
    m_form->addRow(tr("&Start:"), m_start);
    m_form->addWidget(m_pinned, m_form->rowCount(), 1);
    m_form->addWidget(m_recurring, m_form->rowCount(), 1);
    m_form->addRow(tr("D&uration:"), m_duration);
    m_form->addRow(tr("C&oordinators:"), m_people);
    m_form->addRow(tr("Planned &start:"), m_dayStart);
    m_form->addRow(tr("Planned &end:"), m_dayEnd);
    m_timing->setWordWrap(true);
    m_form->addRow(m_timing);
    m_fixes->setObjectName(QStringLiteral("agendaFixes"));
    auto *fixLayout = new QHBoxLayout(m_fixes);
    fixLayout->setContentsMargins(0, 0, 0, 0);
    fixLayout->addStretch(1);
    m_form->addRow(m_fixes);
    m_form->addRow(tr("Pre-meeting &notes:"), m_notes);
    m_files->setObjectName(QStringLiteral("entryAttachments"));
    m_files->setTextFormat(Qt::RichText);
    // A file a line (with its description) across the pane: wrapped names made the label taller than
    // the splitter let it be, cutting files off.
    m_files->setWordWrap(false);
    m_files->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_files->setToolTip(tr("Drop files onto an entry in the agenda to attach them to it."));
    connect(m_files, &QLabel::linkActivated, this, [this](const QString &link) {
        const Id id = QUrl(link).path().section(QLatin1Char('/'), 1).toLongLong();
        for (const AttachmentRow &r : m_document->attachments()->rows()) {
            QString error;
            if (r.attachment.id == id && m_opener && m_opener->open(*m_document, r.attachment, &error).isEmpty())
                Q_EMIT failed(error);
        }
    });
    m_form->addRow(tr("Attachments:"), m_files);
    m_form->setFieldStretch(m_notes, 10);
    m_form->addStretch();
    // Files dropped onto an entry belong to it; the tree's own drops move entries.
    m_tree->viewport()->installEventFilter(this);

    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { commitDetail(AgendaModel::TopicColumn, m_title->text()); });
    connect(m_people, &QLineEdit::editingFinished, this, [this] {
        const bool isBlock = currentTopicIndex().data(AgendaModel::KindRole).toString() == QLatin1String("block");
        commitDetail(isBlock ? AgendaModel::TopicColumn : AgendaModel::CoordinatorsColumn, m_people->text());
    });
    connect(m_start, &QLineEdit::editingFinished, this,
            [this] { commitDetail(AgendaModel::StartColumn, m_start->text()); });
    connect(m_duration, &QLineEdit::editingFinished, this,
            [this] { commitDetail(AgendaModel::DurationColumn, m_duration->text()); });
    connect(m_dayStart, &QLineEdit::editingFinished, this,
            [this] { commitDetail(AgendaModel::StartColumn, m_dayStart->text()); });
    connect(m_dayEnd, &QLineEdit::editingFinished, this,
            [this] { commitDetail(AgendaModel::EndColumn, m_dayEnd->text()); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (!m_filling && m_currentEntry)
            m_document->agenda()->setEntryField(m_currentEntry, AgendaModel::KindRole, m_kind->currentData());
    });
    connect(m_pinned, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling && m_currentEntry)
            m_document->agenda()->setEntryField(m_currentEntry, AgendaModel::PinnedRole, on);
    });
    connect(m_recurring, &QCheckBox::toggled, this, [this](bool on) {
        const Id id = currentTopicIndex().data(AgendaModel::EntryIdRole).toLongLong();
        if (!m_filling && id)
            m_document->agenda()->setEntryField(id, AgendaModel::RecurringRole, on);
    });
    connect(m_notes, &MarkdownEditor::markdownEdited, this, [this](const QString &md) {
        if (!m_filling && m_currentEntry)
            m_document->agenda()->setEntryField(m_currentEntry, AgendaModel::PreNotesRole, md);
    });

    auto *details = new QWidget;
    details->setObjectName(QStringLiteral("agendaDetails"));
    details->setLayout(m_form);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    m_toolRow = new QHBoxLayout;
    m_toolRow->setContentsMargins(0, 0, 4, 0);
    m_toolRow->addWidget(toolBar, 1);
    // Beside the toolbar, not in it: a narrow window folds the toolbar's end away. Made here, before
    // the tree, so Tab reaches it first, as it is shown; its action comes with setStartAction().
    m_startButton = new StartButton(nullptr);
    m_startButton->hide();
    m_toolRow->addWidget(m_startButton);
    topLayout->addLayout(m_toolRow);
    topLayout->addWidget(m_tree);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 330});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Another meeting: where the moderator was, or its first entry. An edit keeps the tree as it is.
    connect(model, &QAbstractItemModel::modelReset, this, &AgendaTab::restoreCurrent);
    onAnyChange(model, this, [this] { applyRunColumns(); });
    applyRunColumns();
    keepExpanded(m_tree);
    connect(model, &QAbstractItemModel::dataChanged, this, &AgendaTab::showDetails);
    onAnyChange(document->attachments(), this, [this] { showDetails(); });
    connect(document->models(), &LibraryModels::linkPatternsChanged, this, &AgendaTab::showDetails);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &idx) {
        m_currentEntry = idx.data(AgendaModel::EntryIdRole).toLongLong();
        m_currentDay = m_currentEntry ? 0 : idx.data(AgendaModel::DayIdRole).toLongLong();
        // The directory may have grown since; a block takes one moderator, a topic several coordinators.
        const bool isBlock = idx.data(AgendaModel::KindRole).toString() == QLatin1String("block");
        delete m_people->completer();
        m_people->setCompleter(new PeopleCompleter(m_document->directory()->personNames(), !isBlock, m_people));
        showDetails();
    });
    connect(m_document->models(), &LibraryModels::currentMeetingChanged, this, [this] {
        if (!m_document->agenda()->indexOfEntry(m_currentEntry).isValid()
            && !m_document->agenda()->indexOfDay(m_currentDay).isValid()) {
            m_currentEntry = 0;
            m_currentDay = 0;
            restoreCurrent();
        }
    });
    restoreCurrent();
}

void AgendaTab::setStartAction(QAction *start)
{
    m_startButton->setAction(start);
    m_startButton->show(); // at once, not when the layout gets round to it
}

bool AgendaTab::showsRunColumns() const
{
    return !m_tree->isColumnHidden(AgendaModel::PlannedColumn);
}

void AgendaTab::chooseRunColumns(const QVariant &shown)
{
    const QString key = QStringLiteral("agenda/runColumns");
    if (shown.isValid())
        QSettings().setValue(key, shown.toBool());
    else
        QSettings().remove(key);
    applyRunColumns();
}

void AgendaTab::applyRunColumns()
{
    const QVariant chosen = QSettings().value(QStringLiteral("agenda/runColumns"));
    // Unless chosen, shown once a day has run, and not while one runs: the live panel has the
    // running entry's times, and the plan needs the room.
    const bool byDefault = m_document->agenda()->hasRun() && !LiveRun::liveDay(m_document->agendaState());
    const int shown = (chosen.isValid() ? chosen.toBool() : byDefault) ? 1 : 0;
    if (shown == m_runColumnsShown)
        return;
    m_runColumnsShown = shown;
    for (int c : {AgendaModel::PlannedColumn, AgendaModel::ActualColumn, AgendaModel::DifferenceColumn})
        m_tree->setColumnHidden(c, !shown);
    // The topic takes what the other columns leave (fitTopicColumn), beside the live panel too;
    // with planned vs actual shown, the plan's columns give some of their width. Day and block
    // rows are bold: measure with that.
    QHeaderView *header = m_tree->header();
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    // Measured as the locale shows them: "10:45 AM" in en_US, "10 Std. 45 Min." in German.
    const QString widestTime = LocaleFormat::time(QTime(10, 45));
    const QString widestDuration = Duration::format(10 * 60 + 45);
    const int digits = metrics.horizontalAdvance(widestTime) + (shown ? 16 : 24);
    m_tree->setColumnWidth(AgendaModel::StartColumn, digits);
    m_tree->setColumnWidth(AgendaModel::EndColumn, digits);
    m_tree->setColumnWidth(AgendaModel::DurationColumn, metrics.horizontalAdvance(widestDuration) + 16);
    m_tree->setColumnWidth(AgendaModel::CoordinatorsColumn, shown ? 120 : 200);
    if (shown) {
        const int planned = metrics.horizontalAdvance(widestTime + QStringLiteral(", ") + widestDuration) + 16;
        m_tree->setColumnWidth(AgendaModel::PlannedColumn, planned);
        m_tree->setColumnWidth(AgendaModel::ActualColumn, planned);
        const QString heading
            = m_document->agenda()->headerData(AgendaModel::DifferenceColumn, Qt::Horizontal).toString();
        m_tree->setColumnWidth(AgendaModel::DifferenceColumn,
                               qMax(metrics.horizontalAdvance(QLatin1Char('+') + Duration::format(45)),
                                    header->fontMetrics().horizontalAdvance(heading))
                                   + 20);
    }
    fitTopicColumn();
}

void AgendaTab::fitTopicColumn()
{
    // The topic takes what the other columns leave, but never less than a readable width:
    // narrower than that, the tree scrolls sideways instead.
    QHeaderView *header = m_tree->header();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != AgendaModel::TopicColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int minimum = fontMetrics().averageCharWidth() * 28;
    const int left = m_tree->viewport()->width() - others;
    header->setSectionResizeMode(AgendaModel::TopicColumn,
                                 left >= minimum ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (left < minimum)
        m_tree->setColumnWidth(AgendaModel::TopicColumn, minimum);
}

QAction *AgendaTab::addAction(const QString &text, const QKeySequence &shortcut, const QString &objectName,
                              const QString &toolTip)
{
    // On the tree only: Delete and Insert keep their meaning in text fields.
    return makeAction(m_tree, text, shortcut, objectName, Qt::WidgetShortcut, toolTip);
}

QModelIndex AgendaTab::currentTopicIndex() const
{
    return m_tree->currentIndex().siblingAtColumn(AgendaModel::TopicColumn);
}

void AgendaTab::addEntry(AgendaEntry::Kind kind)
{
    QModelIndex at = currentTopicIndex();
    if (!at.isValid())
        at = m_document->agenda()->index(m_document->agenda()->rowCount() - 1, 0);
    const Id id = m_document->agenda()->addEntry(at, kind);
    if (!id)
        return;
    selectEntry(id);
    // Straight into naming it: the title, or the moderator of a block.
    m_tree->edit(currentTopicIndex());
}

bool AgendaTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    const auto type = event->type();
    if (type == QEvent::Resize)
        fitTopicColumn();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    QStringList files;
    if (drop->mimeData()->hasUrls()) {
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                files << url.toLocalFile();
        }
    }
    if (files.isEmpty())
        return false; // not files: the tree's own drag and drop
    const QModelIndex idx = m_tree->indexAt(drop->position().toPoint());
    const Id entry = idx.data(AgendaModel::EntryIdRole).toLongLong();
    if (type == QEvent::Drop) {
        if (m_document->addAttachmentFiles(files, entry) > 0 && entry)
            selectEntry(entry);
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    return true;
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

void AgendaTab::restoreCurrent()
{
    AgendaModel *model = m_document->agenda();
    QModelIndex idx = m_currentEntry ? model->indexOfEntry(m_currentEntry) : model->indexOfDay(m_currentDay);
    if (!idx.isValid())
        idx = model->firstEntry();
    if (!idx.isValid())
        idx = model->index(0, 0);
    m_tree->setCurrentIndex(idx);
    if (idx.isValid())
        m_tree->scrollTo(idx);
    showDetails();
}

void AgendaTab::commitDetail(int column, const QString &text)
{
    if (m_filling)
        return;
    const QModelIndex idx = currentTopicIndex().siblingAtColumn(column);
    if (!idx.isValid() || text == idx.data(Qt::EditRole).toString())
        return;
    if (!m_document->agenda()->setData(idx, text))
        showDetails(); // not a valid value: show what is stored again
}

void AgendaTab::updateActions()
{
    const QModelIndex idx = currentTopicIndex();
    const bool isEntry = idx.data(AgendaModel::EntryIdRole).toLongLong() != 0;
    m_remove->setEnabled(isEntry || (idx.isValid() && m_document->agenda()->rowCount() > 1));
    m_up->setEnabled(idx.isValid());
    m_down->setEnabled(idx.isValid());
    m_carryOver->setEnabled(idx.data(AgendaModel::KindRole).toString() == QLatin1String("topic"));
    m_carryOver->setChecked(idx.data(AgendaModel::CarryOverRole).toBool());
    m_recurringAction->setEnabled(isEntry);
    m_recurringAction->setChecked(idx.data(AgendaModel::RecurringRole).toBool());
}

void AgendaTab::showDetails()
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    updateActions();
    const QModelIndex idx = currentTopicIndex();
    const QString kind = idx.data(AgendaModel::KindRole).toString();
    const bool isDay = kind == QLatin1String("day");
    const bool isBlock = kind == QLatin1String("block");
    const bool isEntry = idx.isValid() && !isDay && !isBlock;
    const bool isTopic = kind == QLatin1String("topic");

    m_heading->setText(idx.isValid() ? idx.data().toString()
                                     : tr("The agenda is empty: add a day, a block or a topic."));
    m_form->setRowVisible(m_title, isEntry);
    m_form->setRowVisible(m_kind, isEntry);
    m_form->setRowVisible(m_start, isEntry);
    m_form->setRowVisible(m_pinned, isEntry);
    m_form->setRowVisible(m_recurring, isEntry || isBlock);
    m_recurring->setChecked(idx.data(AgendaModel::RecurringRole).toBool());
    m_form->setRowVisible(m_duration, isEntry);
    m_form->setRowVisible(m_people, isTopic || isBlock);
    m_form->setRowVisible(m_dayStart, isDay);
    m_form->setRowVisible(m_dayEnd, isDay);
    m_form->setRowVisible(m_timing, isDay || isEntry || isBlock);
    m_form->setRowVisible(m_emptyAgenda, m_document->agenda()->state().entries.isEmpty());
    m_form->setRowVisible(m_notes, isEntry);
    m_form->setRowVisible(m_files, isEntry);
    if (QLabel *label = m_form->labelForField(m_people))
        label->setText(isBlock ? tr("M&oderator:") : tr("C&oordinators:"));

    auto setText = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus() || edit->text() != text)
            edit->setText(text);
    };
    if (isEntry) {
        setText(m_title, idx.data(Qt::EditRole).toString());
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
        const bool pinned = idx.data(AgendaModel::PinnedRole).toBool();
        setText(m_start,
                pinned ? idx.siblingAtColumn(AgendaModel::StartColumn).data(Qt::EditRole).toString() : QString());
        m_start->setPlaceholderText(tr("follows the entry before (now %1)")
                                        .arg(idx.siblingAtColumn(AgendaModel::StartColumn).data().toString()));
        m_pinned->setChecked(pinned);
        setText(m_duration, idx.siblingAtColumn(AgendaModel::DurationColumn).data(Qt::EditRole).toString());
        const int slack = idx.data(AgendaModel::SlackRole).toInt();
        m_timing->setText(slack < 0   ? tr("Overlaps the entry before it by %1.").arg(Duration::format(-slack))
                          : slack > 0 ? tr("Starts %1 after the entry before it ends.").arg(Duration::format(slack))
                                      : QString());
        // What was typed here comes back equal and is left alone, so the cursor stays put.
        QStringList files;
        for (const AttachmentRow &r : m_document->attachments()->rows()) {
            if (r.attachment.entryId == idx.data(AgendaModel::EntryIdRole).toLongLong())
                files << QStringLiteral("<a href=\"quorum:attachment/%1\">%2</a>%3")
                             .arg(r.attachment.id)
                             .arg(r.attachment.fileName.toHtmlEscaped(),
                                  r.attachment.description.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" – ") + r.attachment.description.toHtmlEscaped());
        }
        m_files->setText(files.isEmpty() ? tr("None. Drop files onto the entry to attach them.")
                                         : files.join(QStringLiteral("<br>")));
        const QString notes = idx.data(AgendaModel::PreNotesRole).toString();
        const QString shown = m_notes->markdown();
        if (shown != notes && shown != m_document->ticketLinker().linkify(notes))
            m_notes->setMarkdown(m_document->ticketLinker().linkify(notes));
    }
    if (isTopic || isBlock) {
        const QString people = isBlock
                                   ? idx.data(Qt::EditRole).toString()
                                   : idx.siblingAtColumn(AgendaModel::CoordinatorsColumn).data(Qt::EditRole).toString();
        setText(m_people, people);
    }
    if (isDay) {
        setText(m_dayStart, idx.siblingAtColumn(AgendaModel::StartColumn).data(Qt::EditRole).toString());
        setText(m_dayEnd, idx.siblingAtColumn(AgendaModel::EndColumn).data(Qt::EditRole).toString());
        const int overrun = idx.data(AgendaModel::OverrunRole).toInt();
        m_timing->setText(
            overrun > 0 ? tr("Runs %1 past the planned end.").arg(Duration::format(overrun))
                        : tr("Scheduled: %1.").arg(idx.siblingAtColumn(AgendaModel::DurationColumn).data().toString()));
    }
    // What runs late, in words, with the fixes at hand.
    const QStringList problems = idx.data(AgendaModel::TimingProblemsRole).toStringList();
    if (isBlock)
        m_timing->setText(problems.isEmpty() ? tr("The block's entries fit before what follows it.") : QString());
    if (!problems.isEmpty())
        m_timing->setText(problems.join(QLatin1Char('\n')));
    ToneStyle::setTextTone(m_timing, problems.isEmpty() ? std::nullopt : std::optional(Tones::Tone::Overrun));
    showFixes(idx);
}

void AgendaTab::showFixes(const QModelIndex &idx)
{
    AgendaModel *model = m_document->agenda();
    const AgendaState &state = model->state();
    const QString kind = idx.data(AgendaModel::KindRole).toString();
    const Id dayId = idx.data(AgendaModel::DayIdRole).toLongLong();
    const Id entryId = idx.data(AgendaModel::EntryIdRole).toLongLong();
    struct Fix
    {
        QString label;
        QModelIndex target; ///< the cell the fix types into
        QString value;
    };
    QList<Fix> fixes;
    const auto end = [](const AgendaEntry *e) { return e->startTime.addSecs(qMax(0, e->durationMinutes) * 60); };
    const QString time = QStringLiteral("HH:mm"); // what a fix types: read in any locale
    if (kind == QLatin1String("day")) {
        QTime latest;
        for (Id id : state.timeline(dayId))
            latest = qMax(latest, end(state.entry(id)));
        if (idx.data(AgendaModel::OverrunRole).toInt() > 0)
            fixes.append({tr("Extend the Day to %1").arg(LocaleFormat::time(latest)),
                          model->indexOfDay(dayId).siblingAtColumn(AgendaModel::EndColumn), latest.toString(time)});
    }
    for (const AgendaState::Overlap &o : state.overlaps(dayId)) {
        const AgendaEntry *earlier = state.entry(o.earlier);
        const AgendaEntry *later = state.entry(o.later);
        const bool concerns = kind == QLatin1String("day")
                              || (kind == QLatin1String("block") ? earlier->parentId == entryId
                                                                 : o.earlier == entryId || o.later == entryId);
        if (!concerns)
            continue;
        if (earlier->durationMinutes > o.minutes) {
            const QString shorter = Duration::format(earlier->durationMinutes - o.minutes);
            fixes.append({tr("Shorten %1 to %2").arg(model->entryName(o.earlier), shorter),
                          model->indexOfEntry(o.earlier).siblingAtColumn(AgendaModel::DurationColumn), shorter});
        }
        if (later->pinned)
            fixes.append({tr("Move %1 to %2").arg(model->entryName(o.later), LocaleFormat::time(end(earlier))),
                          model->indexOfEntry(o.later).siblingAtColumn(AgendaModel::StartColumn),
                          end(earlier).toString(time)});
    }
    fixes = fixes.mid(0, 4); // the first few: each fix shows what is left
    QStringList labels;
    QList<QPersistentModelIndex> targets;
    for (const Fix &f : std::as_const(fixes)) {
        labels << f.label;
        targets << f.target;
    }
    m_form->setRowVisible(m_fixes, !fixes.isEmpty());
    // The same words may fix another day or entry ("Extend the Day to 14:30"), or a meeting shown anew.
    if (labels == m_fixLabels && targets == m_fixTargets)
        return;
    m_fixLabels = labels;
    m_fixTargets = targets;
    // Buttons go later: one of them may be the one being clicked.
    for (QPushButton *old : m_fixes->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->deleteLater();
    }
    auto *layout = static_cast<QHBoxLayout *>(m_fixes->layout());
    for (const Fix &f : std::as_const(fixes)) {
        auto *button = new QPushButton(f.label, m_fixes);
        button->setObjectName(QStringLiteral("agendaFixButton"));
        // A library that cannot be edited says what runs late but cannot fix it (setViewOnly() turned
        // off the buttons that were there then; these come later).
        button->setEnabled(!m_document->isReadOnly());
        const QPersistentModelIndex target(f.target);
        const QString value = f.value;
        connect(button, &QPushButton::clicked, this, [model, target, value] {
            if (target.isValid())
                model->setData(target, value);
        });
        layout->insertWidget(layout->count() - 1, button);
    }
}

} // namespace Quorum
