// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h"

#include "document/librarymodels.h"
#include "itemmodels/historymodel.h"
#include "itemmodels/tones.h"
#include "meetingdocument.h"
#include "notes/linediff.h"
#include "viewsetup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum {

namespace {

/** A pane's lines as HTML: each line on its own, marked by its kind. */
QString paneHtml(const QList<LineDiff::Row> &rows, bool left)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const LineDiff::Row &r : rows) {
        const bool has = left ? r.leftLine >= 0 : r.rightLine >= 0;
        QString colour;
        QString mark = QStringLiteral("&nbsp;&nbsp;");
        if (r.kind == LineDiff::Kind::Removed || (r.kind == LineDiff::Kind::Changed && left)) {
            colour = left ? Tones::background(Tones::Tone::Removed).name() : QString();
            mark = left ? QStringLiteral("−&nbsp;") : mark;
        }
        if (r.kind == LineDiff::Kind::Added || (r.kind == LineDiff::Kind::Changed && !left)) {
            colour = left ? QString() : Tones::background(Tones::Tone::Added).name();
            mark = left ? mark : QStringLiteral("+&nbsp;");
        }
        const QString text = has ? (left ? r.left : r.right).toHtmlEscaped() : QString();
        html += QStringLiteral("<tr><td%1><tt>%2%3</tt></td></tr>")
                    .arg(colour.isEmpty() || !has ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(colour),
                         has ? mark : QStringLiteral("&nbsp;"), text.isEmpty() ? QStringLiteral("&nbsp;") : text);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

HistoryDialog::HistoryDialog(MeetingDocument *document, Id meetingId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox)
    , m_table(new QTableView)
    , m_leftTitle(new QLabel)
    , m_rightTitle(new QLabel)
    , m_left(new QTextBrowser)
    , m_right(new QTextBrowser)
    , m_restore(new QPushButton(tr("&Restore This Revision")))
    , m_prune(new QPushButton(tr("&Prune History…")))
    , m_status(new QLabel)
{
    m_status->setObjectName(QStringLiteral("historyStatus"));
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of “%1”").arg(document->models()->meetingSummary(meetingId).title));
    resize(1000, 680);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_left->setObjectName(QStringLiteral("historyLeft"));
    m_right->setObjectName(QStringLiteral("historyRight"));
    m_leftTitle->setObjectName(QStringLiteral("historyLeftTitle"));
    m_rightTitle->setObjectName(QStringLiteral("historyRightTitle"));
    m_restore->setObjectName(QStringLiteral("restoreRevisionButton"));
    m_prune->setObjectName(QStringLiteral("pruneHistoryButton"));
    m_restore->setToolTip(
        tr("Set the entry's notes to this revision's text: a new edit, which Edit › Undo takes back"));
    m_prune->setToolTip(tr("Remove the library's revisions older than a date"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(HistoryModel::NotesKeyRole);
    m_proxy->setFilterKeyColumn(0);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    for (QTextBrowser *pane : {m_left, m_right}) {
        pane->setOpenLinks(false);
        pane->setLineWrapMode(QTextEdit::WidgetWidth);
    }
    auto *panes = new QWidget;
    auto *grid = new QGridLayout(panes);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(panes);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *top = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_filter);
    top->addWidget(showLabel);
    top->addWidget(m_filter, 1);
    auto *hint = new QLabel(tr("Select a notes revision to compare it with the one before, or two to compare them."));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_prune, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // An edit, an undo or a restore adds to the history: the list follows.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &HistoryDialog::reload);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFilterFixedString(m_filter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::showSelection);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_prune, &QPushButton::clicked, this, &HistoryDialog::pruneHistory);

    m_askPrune = [this]() -> QDate {
        QDialog ask(this);
        ask.setWindowTitle(tr("Prune History"));
        auto *date = new QDateEdit(QDate::currentDate().addYears(-1));
        date->setObjectName(QStringLiteral("pruneDate"));
        date->setCalendarPopup(true);
        auto *form = new QFormLayout(&ask);
        auto *why = new QLabel(tr("Revisions older than this date are removed from the whole library, for good. "
                                  "The notes, agenda and action items themselves stay as they are."));
        why->setWordWrap(true);
        form->addRow(why);
        form->addRow(tr("Remove revisions &before:"), date);
        auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        box->button(QDialogButtonBox::Ok)->setText(tr("Prune"));
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(box);
        return ask.exec() == QDialog::Accepted ? date->date() : QDate();
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Prune History"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    reload();
}

void HistoryDialog::reload()
{
    if (!m_document)
        return;
    const QList<Revision> revisions = m_document->revisions(m_meetingId);
    const QString kept = m_filter->currentData().toString();
    m_model->show(revisions);
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All changes"), QString());
    QStringList keys;
    for (const Revision &r : revisions) {
        const QString key = HistoryModel::notesKey(r);
        if (!key.isEmpty() && !keys.contains(key)) {
            keys << key;
            m_filter->addItem(HistoryModel::describe(r), key);
        }
    }
    const int index = m_filter->findData(kept);
    m_filter->setCurrentIndex(qMax(0, index));
    m_proxy->setFilterFixedString(m_filter->currentData().toString());
    m_table->resizeColumnsToContents();
    m_prune->setEnabled(!m_document->isReadOnly());
    showSelection();
}

void HistoryDialog::setFilter(const QString &notesKey)
{
    const int index = m_filter->findData(notesKey);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

QList<Revision> HistoryDialog::selectedRevisions() const
{
    QList<Revision> list;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        list << m_model->revision(m_proxy->mapToSource(index).row());
    std::sort(list.begin(), list.end(), [](const Revision &a, const Revision &b) { return a.id < b.id; });
    return list;
}

void HistoryDialog::showSelection()
{
    const QList<Revision> chosen = selectedRevisions();
    const bool oneNote = chosen.size() == 1 && chosen.first().isNotes() && chosen.first().hasContent;
    m_restore->setEnabled(oneNote && m_document && !m_document->isReadOnly() && !m_document->isFinal(m_meetingId));
    m_left->clear();
    m_right->clear();
    m_leftTitle->clear();
    m_rightTitle->clear();
    if (chosen.isEmpty())
        return;
    if (chosen.size() == 2 && chosen.at(0).isNotes() && chosen.at(1).isNotes()) {
        showDifference(&chosen.at(0), chosen.at(1));
        return;
    }
    if (chosen.size() != 1 || !chosen.first().isNotes()) {
        m_rightTitle->setText(chosen.size() == 1 ? HistoryModel::describe(chosen.first()) : QString());
        m_right->setPlainText(
            chosen.size() == 1 ? tr("%1\n\nOnly the notes keep their whole text; this change is kept as what it did.")
                                     .arg(chosen.first().summary)
                               : tr("Select one notes revision, or two of the same notes, to compare them."));
        return;
    }
    // One revision: against the one before it of the same notes.
    const Revision &right = chosen.first();
    const QList<Revision> all = m_document ? m_document->revisions(m_meetingId) : QList<Revision>();
    const Revision *left = nullptr;
    for (const Revision &r : all) {
        if (r.id < right.id && HistoryModel::notesKey(r) == HistoryModel::notesKey(right))
            left = &r;
    }
    showDifference(left, right);
}

void HistoryDialog::showDifference(const Revision *left, const Revision &right)
{
    const auto title = [](const Revision &r) {
        return tr("%1 — %2").arg(QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat), r.summary);
    };
    m_leftTitle->setText(left ? title(*left) : tr("(nothing before)"));
    m_rightTitle->setText(title(right));
    if (left && HistoryModel::notesKey(*left) != HistoryModel::notesKey(right))
        m_leftTitle->setText(tr("%1 (%2)").arg(m_leftTitle->text(), HistoryModel::describe(*left)));
    const QList<LineDiff::Row> rows = LineDiff::compare(left ? left->content : QString(), right.content);
    m_left->setHtml(paneHtml(rows, true));
    m_right->setHtml(paneHtml(rows, false));
}

void HistoryDialog::restoreSelected()
{
    const QList<Revision> chosen = selectedRevisions();
    if (!m_document || chosen.size() != 1)
        return;
    if (m_document->restoreRevision(chosen.first()))
        reload();
}

void HistoryDialog::pruneHistory()
{
    if (!m_document)
        return;
    const QDate before = m_askPrune();
    if (!before.isValid())
        return;
    if (!m_confirm(tr("Remove every revision of the library older than %1? This cannot be undone.")
                       .arg(QLocale().toString(before, QLocale::LongFormat))))
        return;
    const int removed = m_document->pruneHistory(before);
    if (removed >= 0) {
        reload();
        m_status->setText(removed == 1 ? tr("1 revision was removed.") : tr("%1 revisions were removed.").arg(removed));
    }
}

} // namespace Quorum
