// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstab.h"

#include "attachments/attachmentwriter.h"
#include "attachments/safefilename.h"
#include "filedialogs.h"
#include "itemmodels/attachmentmodel.h"
#include "meetingdocument.h"
#include "storage/storageerror.h"
#include "viewsetup.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

AttachmentsTab::AttachmentsTab(MeetingDocument *document, const FileDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
{
    m_filter->setObjectName(QStringLiteral("attachmentFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, type, uploader, agenda entry…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    m_proxy = setUpTable(m_table, document->attachments(), AttachmentModel::SortRole);
    m_table->setColumnWidth(AttachmentModel::NameColumn, 380);
    m_table->setColumnWidth(AttachmentModel::TypeColumn, 190);
    m_table->setColumnWidth(AttachmentModel::SizeColumn, 80);
    m_table->setColumnWidth(AttachmentModel::ModifiedColumn, 100);
    m_table->setColumnWidth(AttachmentModel::UploaderColumn, 185);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *save = makeAction(m_table, tr("Save…"), QKeySequence::Save, QStringLiteral("saveAttachmentAction"),
                               Qt::WidgetShortcut, tr("Save the selected attachment as a file"));
    QAction *all = makeAction(this, tr("Save All…"), QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("saveAllAttachmentsAction"),
                              Qt::WidgetWithChildrenShortcut, tr("Save every attachment of the meeting into a folder"));
    QAction *zip = makeAction(this, tr("Save All as ZIP…"), QKeySequence(tr("Ctrl+Alt+S")),
                              QStringLiteral("saveZipAction"), Qt::WidgetWithChildrenShortcut,
                              tr("Save every attachment of the meeting as one ZIP file"));
    connect(save, &QAction::triggered, this, &AttachmentsTab::saveSelected);
    connect(all, &QAction::triggered, this, &AttachmentsTab::saveAll);
    connect(zip, &QAction::triggered, this, &AttachmentsTab::saveZip);
    for (QAction *a : {save, all, zip})
        toolBar->addAction(a);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

void AttachmentsTab::saveSelected()
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    if (!idx.isValid())
        return;
    const Attachment a = m_document->attachments()->rows().at(idx.row()).attachment;
    // The file dialog asks before replacing a file the user chose on purpose.
    const QString path = m_dialogs->saveFile(this, tr("Save Attachment"), QString(), SafeFileName::make(a.fileName));
    if (path.isEmpty())
        return;
    try {
        QFile::remove(path);
        AttachmentWriter::saveOne(m_document->database(), a, path);
        Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const StorageError &e) {
        Q_EMIT failed(e.message());
    }
}

void AttachmentsTab::saveAll()
{
    const QString folder = m_dialogs->openFolder(this, tr("Save All Attachments Into"));
    if (folder.isEmpty())
        return;
    QList<Attachment> all;
    for (const AttachmentRow &r : m_document->attachments()->rows())
        all << r.attachment;
    try {
        const QStringList written = AttachmentWriter::saveAll(m_document->database(), all, folder);
        Q_EMIT statusMessage(tr("Saved %1 files into %2.").arg(written.size()).arg(QDir::toNativeSeparators(folder)));
    } catch (const StorageError &e) {
        Q_EMIT failed(e.message());
    }
}

void AttachmentsTab::saveZip()
{
    const QString path = m_dialogs->saveFile(this, tr("Save All as ZIP"), tr("ZIP files (*.zip)"),
                                             SafeFileName::make(m_document->currentMeeting().title) + QStringLiteral(".zip"));
    if (path.isEmpty())
        return;
    QList<Attachment> all;
    for (const AttachmentRow &r : m_document->attachments()->rows())
        all << r.attachment;
    try {
        // The dialog has asked before replacing: the old file goes only once the new one is written.
        const QString fresh = path + QStringLiteral(".part");
        QFile::remove(fresh);
        AttachmentWriter::saveZip(m_document->database(), all, fresh);
        QFile::remove(path);
        if (!QFile::rename(fresh, path)) {
            QFile::remove(fresh);
            Q_EMIT failed(tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const StorageError &e) {
        Q_EMIT failed(e.message());
    }
}

} // namespace Quorum
