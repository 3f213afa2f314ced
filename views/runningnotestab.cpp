// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningnotestab.h"

#include "document/libraryfile.h"
#include "notesmergedialog.h"

#include "actionform.h"
#include "agenda/liverun.h"
#include "attachmentopener.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "notesview.h"
#include "startbutton.h"
#include "viewsetup.h"

#include <QAction>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStyle>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quorum {

RunningNotesTab::RunningNotesTab(MeetingDocument *document, AttachmentOpener *opener, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_opener(opener)
    , m_entries(new QTreeView)
    , m_heading(new QLabel)
    , m_preToggle(new QToolButton)
    , m_preNotes(new NotesView)
    , m_editor(new MarkdownEditor)
    , m_extras(new NotesView)
    , m_actionForm(new ActionForm)
    , m_decisionForm(new ActionForm(ActionForm::Kind::Decision))
    , m_saveTimer(new QTimer(this))
    , m_topRow(new QHBoxLayout)
    , m_follow(new QLabel)
    , m_pin(new QToolButton)
    , m_presence(new QWidget)
    , m_presenceText(new QLabel)
{
    markAsViewControl(m_preToggle); // folds the pre-meeting notes away: viewing only
    m_entries->setObjectName(QStringLiteral("notesEntryTree"));
    m_entries->setAccessibleName(tr("Agenda entries"));
    m_entries->setModel(document->agenda());
    m_entries->setUniformRowHeights(true);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c : {AgendaModel::EndColumn, AgendaModel::DurationColumn, AgendaModel::CoordinatorsColumn,
                  AgendaModel::PlannedColumn, AgendaModel::ActualColumn, AgendaModel::DifferenceColumn})
        m_entries->setColumnHidden(c, true);
    m_entries->setColumnWidth(AgendaModel::TopicColumn, 360);
    m_heading->setObjectName(QStringLiteral("runningNotesHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_preToggle->setObjectName(QStringLiteral("preNotesToggle"));
    m_preToggle->setCheckable(true);
    m_preToggle->setChecked(true);
    m_preToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_preToggle->setArrowType(Qt::DownArrow);
    m_preToggle->setText(tr("Pre-meeting notes"));
    m_preToggle->setAutoRaise(true);
    m_preNotes->setObjectName(QStringLiteral("preNotesView"));
    m_preNotes->setMaximumHeight(150);
    m_editor->setObjectName(QStringLiteral("runningNotesEditor"));
    m_editor->textEdit()->setAccessibleName(tr("Running notes"));
    m_editor->textEdit()->setAccessibleDescription(
        tr("Markdown notes on the selected entry, saved as you type; Ctrl+Shift+A records an action item, Ctrl+Tab "
           "leaves the editor"));
    m_editor->setPlaceholderText(tr("Running notes: type while the meeting runs; it is saved as you go."));
    m_extras->setObjectName(QStringLiteral("entryExtras"));
    m_extras->setAccessibleName(tr("Action items and decisions of this entry"));
    m_extras->setMaximumHeight(140);
    connect(m_preToggle, &QToolButton::toggled, this, [this](bool open) {
        m_preNotes->setVisible(open);
        m_preToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_preToggle);
    rightLayout->addWidget(m_preNotes);
    // An action item and a decision are recorded alike: a button with a shortcut opens its form
    // for this entry (while a day runs, for the running entry, whatever is shown).
    const auto formAction = [this](const QString &text, const QString &objectName, const QString &keys,
                                   const QString &tip, ActionForm *form, ActionForm *other) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(QKeySequence(keys));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip.arg(action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        connect(action, &QAction::triggered, this, [this, form, other] {
            const Id running = runningEntry();
            if (!running && (!m_entryId || !m_editor->isEnabled()))
                return;
            m_actionEntryId = running ? running : m_entryId;
            other->hide();
            form->open(m_document->directory(), m_document->today());
        });
        connect(form, &ActionForm::closed, this, [this] { m_editor->textEdit()->setFocus(); });
        return button;
    };
    QToolButton *newActionButton
        = formAction(tr("New &Action Item"), QStringLiteral("newActionItemAction"), tr("Ctrl+Shift+A"),
                     tr("Record an action item for this entry; while the meeting runs, for the running entry (%1)"),
                     m_actionForm, m_decisionForm);
    QToolButton *newDecisionButton = formAction(
        tr("Record &Decision"), QStringLiteral("recordDecisionAction"), tr("Ctrl+Shift+D"),
        tr("Record a decision taken under this entry; while the meeting runs, under the running entry (%1)"),
        m_decisionForm, m_actionForm);
    connect(m_actionForm, &ActionForm::submitted, this,
            [this](const QList<NameChoice> &assignees, const QString &description, const QDate &due) {
                flush();
                m_document->recordActionItem(m_actionEntryId, assignees, description, due);
                m_editor->textEdit()->setFocus();
            });
    connect(m_decisionForm, &ActionForm::decided, this,
            [this](const QList<NameChoice> &decidedBy, const QString &text, const QDate &date, const QString &ticket) {
                flush();
                m_document->recordDecision(m_actionEntryId, decidedBy, text, date, ticket);
                m_editor->textEdit()->setFocus();
            });
    connect(m_extras, &NotesView::quorumLinkClicked, this, [this](const QUrl &url) {
        if (url.path().startsWith(QLatin1String("action/")))
            toggleAction(url.path().section(QLatin1Char('/'), 1).toLongLong());
        else if (url.path().startsWith(QLatin1String("attachment/")))
            openAttachment(url.path().section(QLatin1Char('/'), 1).toLongLong());
    });

    // The parking lot: "carried from" under the heading, and the topic carried over to the next meeting.
    m_carried = new QLabel;
    m_carried->setObjectName(QStringLiteral("carriedFromLabel"));
    m_carried->setTextFormat(Qt::PlainText);
    m_carried->setWordWrap(true);
    m_carried->hide();
    rightLayout->insertWidget(rightLayout->indexOf(m_heading) + 1, m_carried);
    m_carryOver = new QAction(tr("Carry &Over to Next Meeting"), this);
    m_carryOver->setObjectName(QStringLiteral("notesCarryOverAction"));
    m_carryOver->setCheckable(true);
    m_carryOver->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_carryOver->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_carryOver->setToolTip(tr("Not reached: put this topic in the series' parking lot for a later meeting (%1)")
                                .arg(m_carryOver->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_carryOver);
    auto *carryOverButton = new QToolButton;
    carryOverButton->setObjectName(QStringLiteral("notesCarryOverButton"));
    carryOverButton->setDefaultAction(m_carryOver);
    connect(m_carryOver, &QAction::triggered, this, [this](bool checked) {
        flush();
        m_document->setCarryOver(m_entryId, checked);
        showEntry();
    });

    auto *runningRow = new QHBoxLayout;
    runningRow->addWidget(new QLabel(tr("<b>Running notes</b>")));
    runningRow->addStretch();
    runningRow->addWidget(newDecisionButton);
    runningRow->addWidget(carryOverButton);
    runningRow->addWidget(newActionButton);
    rightLayout->addLayout(runningRow);
    // Presence: an icon and a sentence (not a colour alone); shown and hidden without touching focus or cursor.
    m_presence->setObjectName(QStringLiteral("notesPresence"));
    m_presenceText->setObjectName(QStringLiteral("notesPresenceLabel"));
    m_presenceText->setTextFormat(Qt::PlainText);
    m_presenceText->setWordWrap(true);
    m_presenceText->setFocusPolicy(Qt::NoFocus);
    auto *presenceIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    presenceIcon->setPixmap(
        QIcon::fromTheme(QStringLiteral("system-users"), style()->standardIcon(QStyle::SP_MessageBoxInformation))
            .pixmap(iconSize, iconSize));
    presenceIcon->setAccessibleName(tr("Also editing"));
    m_presence->setAccessibleDescription(tr("Who else is editing this entry's running notes on the team library"));
    m_presenceText->setAccessibleDescription(m_presence->accessibleDescription());
    auto *presenceLayout = new QHBoxLayout(m_presence);
    presenceLayout->setContentsMargins(0, 0, 0, 0);
    presenceLayout->addWidget(presenceIcon);
    presenceLayout->addWidget(m_presenceText, 1);
    m_presence->hide();
    rightLayout->addWidget(m_presence);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addWidget(m_actionForm);
    rightLayout->addWidget(m_decisionForm);
    rightLayout->addWidget(m_extras);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_entries);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 620});
    // Following the run: what is shown, and the way back to the running entry.
    m_follow->setObjectName(QStringLiteral("notesFollowLabel"));
    m_follow->setTextFormat(Qt::RichText);
    connect(m_follow, &QLabel::linkActivated, this, [this] { m_pin->setChecked(false); });
    markAsViewControl(m_follow);
    m_pin->setObjectName(QStringLiteral("pinNotesButton"));
    m_pin->setCheckable(true);
    m_pin->setText(tr("Pin"));
    m_pin->setToolTip(tr("Keep the entry shown while the meeting moves on; unpinned, the notes follow the running "
                         "entry"));
    markAsViewControl(m_pin); // what is shown, not what is stored
    connect(m_pin, &QToolButton::toggled, this, [this](bool pinned) {
        if (pinned)
            showFollowing();
        else
            followRun();
    });
    m_topRow->setContentsMargins(4, 2, 4, 0);
    // First in its row, made here so that Tab reaches it first; its action comes with setStartAction().
    m_start = new StartButton(nullptr);
    m_start->hide();
    m_topRow->addWidget(m_start);
    m_topRow->addStretch();
    m_topRow->addWidget(m_follow);
    m_topRow->addWidget(m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_topRow);
    layout->addWidget(splitter);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &RunningNotesTab::flush);
    connect(m_editor, &MarkdownEditor::markdownEdited, this, [this](const QString &md) {
        if (m_loading || !m_entryId)
            return;
        if (!m_unsaved.contains(m_entryId))
            m_base.insert(m_entryId, m_document->runningNotesOf(m_entryId));
        m_unsaved.insert(m_entryId, md);
        m_saveTimer->start();
        announceEditing();
    });
    m_editor->textEdit()->installEventFilter(this);
    connect(document, &MeetingDocument::othersEditingChanged, this, [this](Id entryId) {
        if (entryId == m_entryId)
            showPresence();
    });
    // A team library's server came back: what was typed while it was away is saved now.
    connect(document->file(), &LibraryFile::connectionRestored, this, &RunningNotesTab::flush, Qt::QueuedConnection);

    AgendaModel *model = document->agenda();
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        QModelIndex idx = m_document->agenda()->indexOfEntry(m_entryId);
        if (!idx.isValid())
            idx = m_document->agenda()->firstEntry();
        {
            const QScopedValueRollback<bool> guard(m_selecting, true);
            m_pin->setChecked(false);
            m_entries->setCurrentIndex(idx);
        }
        showEntry();
        followRun();
    });
    // The run moved on. Later, not inside the refresh that says so: the typing saved on the way
    // is an edit of its own.
    connect(model, &AgendaModel::nowEntryChanged, this, &RunningNotesTab::followRun, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::dataChanged, this, &RunningNotesTab::showEntry);
    keepExpanded(m_entries);
    connect(document->models(), &LibraryModels::linkPatternsChanged, this, &RunningNotesTab::showEntry);
    onAnyChange(document->actionItems(), this, [this] { showExtras(); });
    onAnyChange(document->attachments(), this, [this] { showExtras(); });
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &idx) {
        flush(); // what was typed belongs to the entry it was typed for
        m_document->stopEditing();
        m_entryId = idx.data(AgendaModel::EntryIdRole).toLongLong();
        // Another entry chosen by hand while the meeting runs stays (pinned); the running one follows again.
        if (!m_selecting && runningEntry()) {
            const QScopedValueRollback<bool> guard(m_selecting, true);
            m_pin->setChecked(m_entryId != runningEntry());
        }
        showEntry();
        showFollowing();
        // Following the run while typing: the note-taker is in the new entry's notes now.
        if (m_editor->textEdit()->hasFocus())
            announceEditing();
    });
    {
        const QScopedValueRollback<bool> guard(m_selecting, true);
        m_entries->setCurrentIndex(model->firstEntry());
    }
    followRun();
}

void RunningNotesTab::setStartAction(QAction *start)
{
    m_start->setAction(start);
    m_start->show(); // at once, not when the layout gets round to it
}

Id RunningNotesTab::runningEntry() const
{
    const AgendaModel *model = m_document->agenda();
    return LiveRun::liveDay(model->state()) ? model->nowEntry() : 0;
}

bool RunningNotesTab::isFollowing() const
{
    return runningEntry() && !m_pin->isChecked();
}

void RunningNotesTab::followRun()
{
    const Id running = runningEntry();
    if (running && !m_pin->isChecked() && running != m_entryId) {
        const QModelIndex idx = m_document->agenda()->indexOfEntry(running);
        const QScopedValueRollback<bool> guard(m_selecting, true);
        m_entries->setCurrentIndex(idx); // saves what was typed for the entry before
        m_entries->scrollTo(idx);
    }
    showFollowing();
}

void RunningNotesTab::showFollowing()
{
    const Id running = runningEntry();
    m_follow->setVisible(running);
    if (!running)
        return;
    if (!m_pin->isChecked()) {
        m_follow->setText(tr("Following the running entry"));
        return;
    }
    const QString title = m_document->agenda()->entryName(m_entryId);
    m_follow->setText(tr("Pinned to %1: not following the meeting. <a href=\"follow\">Follow the running entry</a>")
                          .arg(title.toHtmlEscaped()));
}

RunningNotesTab::~RunningNotesTab()
{
    flush();
    m_document->stopEditing();
}

bool RunningNotesTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->textEdit() && event->type() == QEvent::FocusOut) {
        flush();
        // Another window or a popup (a menu, the completer) for a moment: still here, until idle.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            m_document->stopEditing();
    } else if (watched == m_editor->textEdit() && event->type() == QEvent::FocusIn) {
        announceEditing();
    }
    return QWidget::eventFilter(watched, event);
}

void RunningNotesTab::announceEditing()
{
    if (m_entryId && m_editor->isEnabled() && m_document->agenda()->indexOfEntry(m_entryId).isValid())
        m_document->announceEditing(m_entryId);
}

void RunningNotesTab::showPresence()
{
    const QModelIndex idx = m_document->agenda()->indexOfEntry(m_entryId);
    const QStringList names = idx.isValid() && idx.data(AgendaModel::KindRole).toString() != QLatin1String("block")
                                  ? m_document->othersEditing(m_entryId)
                                  : QStringList();
    QString text;
    if (names.size() == 1)
        text = tr("%1 is also editing these notes").arg(names.at(0));
    else if (names.size() == 2)
        text = tr("%1 and %2 are also editing these notes").arg(names.at(0), names.at(1));
    else if (names.size() > 2)
        text = tr("%1, %2 and %n more are also editing these notes", nullptr, int(names.size() - 2))
                   .arg(names.at(0), names.at(1));
    m_presenceText->setText(text);
    m_presence->setAccessibleName(text);
    m_presence->setToolTip(names.size() > 2 ? names.join(QLatin1Char('\n')) : QString());
    m_presence->setVisible(!names.isEmpty());
}

void RunningNotesTab::flush()
{
    m_saveTimer->stop();
    // Each text goes to the entry it was typed for. One that cannot be saved (a full disk) stays
    // here, on screen when its entry is, and is tried again with the next flush.
    // One typed over notes someone else has saved since (a team library) is never written over
    // theirs: it stays here, and the two are put side by side to merge.
    const QList<Id> entries = m_unsaved.keys();
    for (Id entryId : entries) {
        const QString base = m_base.value(entryId, m_document->runningNotesOf(entryId));
        const MeetingDocument::NotesSave saved = m_document->saveRunningNotes(entryId, base, m_unsaved.value(entryId));
        if (saved == MeetingDocument::NotesSave::Conflict) {
            if (!m_merging)
                QMetaObject::invokeMethod(
                    this, [this, entryId] { mergeNotes(entryId); }, Qt::QueuedConnection);
            continue;
        }
        if (m_document->file()->isSaveFailing())
            return;
        m_unsaved.remove(entryId);
        m_base.remove(entryId);
    }
}

void RunningNotesTab::mergeNotes(Id entryId)
{
    if (m_merging || !m_unsaved.contains(entryId))
        return;
    const QScopedValueRollback<bool> merging(m_merging, true);
    const QString theirs = m_document->runningNotesOf(entryId);
    const QModelIndex idx = m_document->agenda()->indexOfEntry(entryId);
    NotesMergeDialog dialog(idx.data().toString(), m_document->lastChangeOf(entryId), theirs, m_unsaved.value(entryId),
                            this);
    const int outcome = dialog.exec();
    if (outcome == NotesMergeDialog::SaveMerged) {
        m_base.insert(entryId, theirs);
        m_unsaved.insert(entryId, dialog.merged());
    } else if (outcome == NotesMergeDialog::KeepTheirs) {
        m_unsaved.remove(entryId);
        m_base.remove(entryId);
    } else {
        return; // kept unsaved here, as typed
    }
    if (entryId == m_entryId) {
        const QScopedValueRollback<bool> guard(m_loading, true);
        m_editor->setMarkdown(m_unsaved.value(entryId, theirs));
    }
    flush();
    showEntry();
}

void RunningNotesTab::showEntry()
{
    showPresence();
    const QModelIndex idx = m_document->agenda()->indexOfEntry(m_entryId);
    const QString kind = idx.data(AgendaModel::KindRole).toString();
    const bool editable = idx.isValid() && kind != QLatin1String("block");
    m_editor->setEnabled(editable);
    const bool topic = kind == QLatin1String("topic");
    m_carryOver->setEnabled(topic);
    m_carryOver->setChecked(topic && idx.data(AgendaModel::CarryOverRole).toBool());
    const QDate carriedFrom = idx.data(AgendaModel::CarriedFromRole).toDate();
    if (carriedFrom.isValid()) {
        const QString earlier = m_document->carriedNotes(m_entryId).simplified();
        m_carried->setText(earlier.isEmpty()
                               ? tr("Carried from %1 (the parking lot).").arg(carriedFrom.toString(Qt::ISODate))
                               : tr("Carried from %1 (the parking lot). Noted then: %2")
                                     .arg(carriedFrom.toString(Qt::ISODate), earlier.left(300)));
    }
    m_carried->setVisible(carriedFrom.isValid());
    if (!editable) {
        const QScopedValueRollback<bool> guard(m_loading, true);
        m_heading->setText(tr("Choose an agenda entry on the left to take its notes."));
        m_preNotes->setMarkdown(QString());
        m_editor->setMarkdown(QString());
        showExtras();
        return;
    }
    const QString start = idx.siblingAtColumn(AgendaModel::StartColumn).data().toString();
    const QString coordinators = idx.siblingAtColumn(AgendaModel::CoordinatorsColumn).data().toString();
    m_heading->setText(coordinators.isEmpty() ? tr("%1  %2").arg(start, idx.data().toString())
                                              : tr("%1  %2 — %3").arg(start, idx.data().toString(), coordinators));
    const TicketLinker &linker = m_document->ticketLinker();
    const QString pre = idx.data(AgendaModel::PreNotesRole).toString();
    m_preNotes->setMarkdown(pre.isEmpty() ? tr("*No pre-meeting notes.*") : linker.linkify(pre));
    // What is being typed is newer than what is stored: leave it, and the cursor, alone. What was
    // just saved from here comes back equal (its new ticket keys become links next time it is shown).
    const QString stored = idx.data(AgendaModel::RunningNotesRole).toString();
    const QString shown = m_editor->markdown();
    const auto unsaved = m_unsaved.constFind(m_entryId);
    if (unsaved != m_unsaved.constEnd()) {
        if (shown != *unsaved) {
            const QScopedValueRollback<bool> guard(m_loading, true);
            m_editor->setMarkdown(*unsaved);
        }
    } else if (shown != stored) {
        // Ticket keys become links for display; a note too long to format is shown as it is stored.
        const QString display = stored.size() > MarkdownEditor::FormattedLimit ? stored : linker.linkify(stored);
        if (shown != display) {
            const QScopedValueRollback<bool> guard(m_loading, true);
            m_editor->setMarkdown(display);
        }
    }
    showExtras();
}

void RunningNotesTab::toggleAction(Id actionId)
{
    ActionItemModel *items = m_document->actionItems();
    const int row = items->rowOf(actionId);
    if (row < 0)
        return;
    const QModelIndex done = items->index(row, ActionItemModel::DoneColumn);
    const bool isDone = done.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    items->setData(done, isDone ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void RunningNotesTab::openAttachment(Id attachmentId)
{
    for (const AttachmentRow &r : m_document->attachments()->rows()) {
        QString error;
        if (r.attachment.id == attachmentId && m_opener && m_opener->open(*m_document, r.attachment, &error).isEmpty())
            Q_EMIT failed(error);
    }
}

void RunningNotesTab::showExtras()
{
    QStringList lines;
    for (const ActionItemRow &r : m_document->actionItems()->rows()) {
        if (!m_entryId || r.item.entryId != m_entryId)
            continue;
        // The box is a link: a click ticks the action item here and everywhere else it shows.
        QString line = QStringLiteral("- [%1](quorum:action/%2) ")
                           .arg(r.item.done ? QStringLiteral("☑") : QStringLiteral("☐"))
                           .arg(r.item.id);
        if (!r.assignees.isEmpty())
            line += QStringLiteral("**%1** — ").arg(r.assignees);
        line += r.item.description;
        if (r.item.dueDate.isValid())
            line += tr(" (due %1)").arg(QLocale().toString(r.item.dueDate, QLocale::ShortFormat));
        lines << line;
    }
    QStringList files;
    for (const AttachmentRow &r : m_document->attachments()->rows()) {
        if (m_entryId && r.attachment.entryId == m_entryId)
            files
                << (m_opener
                        ? QStringLiteral("- [%1](quorum:attachment/%2)").arg(r.attachment.fileName).arg(r.attachment.id)
                        : QStringLiteral("- %1").arg(r.attachment.fileName));
    }
    QString md;
    if (!lines.isEmpty())
        md += tr("**Action items**") + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    if (!files.isEmpty())
        md += tr("**Attachments**") + QStringLiteral("\n\n") + files.join(QLatin1Char('\n'));
    m_extras->setVisible(!md.isEmpty());
    m_extras->setMarkdown(m_document->ticketLinker().linkify(md));
}

} // namespace Quorum
