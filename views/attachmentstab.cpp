// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstab.h"

#include "itemmodels/attachmentmodel.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

AttachmentsTab::AttachmentsTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
{
    m_filter->setObjectName(QStringLiteral("attachmentFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, type, uploader, agenda entry…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    QSortFilterProxyModel *proxy = setUpTable(m_table, document->attachments(), AttachmentModel::SortRole);
    m_table->setColumnWidth(AttachmentModel::NameColumn, 380);
    m_table->setColumnWidth(AttachmentModel::TypeColumn, 190);
    m_table->setColumnWidth(AttachmentModel::SizeColumn, 80);
    m_table->setColumnWidth(AttachmentModel::ModifiedColumn, 100);
    m_table->setColumnWidth(AttachmentModel::UploaderColumn, 185);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

} // namespace Quorum
