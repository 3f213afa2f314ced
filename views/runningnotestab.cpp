// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningnotestab.h"

#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "meetingdocument.h"
#include "notesview.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quorum {

RunningNotesTab::RunningNotesTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_entries(new QTreeView)
    , m_notes(new NotesView)
{
    m_entries->setObjectName(QStringLiteral("notesEntryTree"));
    m_entries->setModel(document->agenda());
    m_entries->setUniformRowHeights(true);
    for (int c : {AgendaModel::EndColumn, AgendaModel::DurationColumn, AgendaModel::CoordinatorsColumn})
        m_entries->setColumnHidden(c, true);
    m_entries->setColumnWidth(AgendaModel::TopicColumn, 340);
    m_notes->setObjectName(QStringLiteral("runningNotesView"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_entries);
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto reset = [this] {
        m_entries->expandAll();
        m_entries->setCurrentIndex(m_document->agenda()->firstEntry());
        showNotes();
    };
    connect(document->agenda(), &QAbstractItemModel::modelReset, this, reset);
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunningNotesTab::showNotes);
    reset();
}

void RunningNotesTab::showNotes()
{
    const QModelIndex idx = m_entries->currentIndex().siblingAtColumn(AgendaModel::TopicColumn);
    const Id entryId = idx.data(AgendaModel::EntryIdRole).toLongLong();
    const QString kind = idx.data(AgendaModel::KindRole).toString();
    if (!entryId || kind == QLatin1String("block")) {
        m_notes->setMarkdown(tr("*Select an agenda entry to read its notes.*"));
        return;
    }
    QString md = QStringLiteral("## %1\n\n").arg(idx.data().toString());
    const QString pre = idx.data(AgendaModel::PreNotesRole).toString();
    if (!pre.isEmpty())
        md += tr("### Pre-meeting notes") + QStringLiteral("\n\n") + pre + QStringLiteral("\n\n");
    const QString running = idx.data(AgendaModel::RunningNotesRole).toString();
    md += tr("### Running notes") + QStringLiteral("\n\n")
        + (running.isEmpty() ? tr("*No running notes yet.*") : running) + QStringLiteral("\n\n");

    QStringList actions;
    const ActionItemModel *items = m_document->actionItems();
    for (const ActionItemRow &r : items->rows()) {
        if (r.item.entryId != entryId)
            continue;
        QString line = QStringLiteral("- [%1] ").arg(r.item.done ? QLatin1Char('x') : QLatin1Char(' '));
        if (!r.assignees.isEmpty())
            line += QStringLiteral("**%1** — ").arg(r.assignees);
        line += r.item.description;
        if (r.item.dueDate.isValid())
            line += tr(" (due %1)").arg(QLocale().toString(r.item.dueDate, QLocale::ShortFormat));
        actions << line;
    }
    if (!actions.isEmpty())
        md += tr("### Action items") + QStringLiteral("\n\n") + actions.join(QLatin1Char('\n')) + QStringLiteral("\n\n");

    QStringList files;
    for (const AttachmentRow &r : m_document->attachments()->rows()) {
        if (r.attachment.entryId == entryId)
            files << QStringLiteral("- %1").arg(r.attachment.fileName);
    }
    if (!files.isEmpty())
        md += tr("### Attachments") + QStringLiteral("\n\n") + files.join(QLatin1Char('\n')) + QStringLiteral("\n");
    m_notes->setMarkdown(md);
}

} // namespace Quorum
