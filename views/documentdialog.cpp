// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Quorum {

namespace {

QComboBox *choices(const QString &objectName, const QList<QPair<QString, int>> &items, int current)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    for (const auto &item : items)
        box->addItem(item.first, item.second);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

} // namespace

DocumentDialog::DocumentDialog(Purpose purpose, const ReportOptions &initial, Format format, bool hasMeeting,
                               QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_initialFormat(format)
    , m_kind(choices(QStringLiteral("documentKind"),
                     {{tr("Agenda"), int(ReportOptions::Kind::Agenda)},
                      {tr("Minutes"), int(ReportOptions::Kind::Minutes)},
                      {tr("Run sheet: the moderator's copy of each day, planned and actual times"),
                       int(ReportOptions::Kind::RunSheet)},
                      {tr("Action items (as the summary filters them)"), int(ReportOptions::Kind::Actions)}},
                     int(initial.kind)))
    , m_variant(choices(QStringLiteral("documentVariant"),
                        {{tr("Participant copy"), int(ReportOptions::Variant::Participant)},
                         {tr("Moderator copy: durations, pre-meeting notes, room for notes"),
                          int(ReportOptions::Variant::Moderator)}},
                        int(initial.variant)))
    , m_grouping(choices(QStringLiteral("documentGrouping"),
                         {{tr("By assignee"), int(ReportOptions::Grouping::ByAssignee)},
                          {tr("By meeting"), int(ReportOptions::Grouping::ByMeeting)}},
                         int(initial.grouping)))
    , m_paper(choices(QStringLiteral("documentPaper"),
                      {{tr("A4"), QPageSize::A4}, {tr("US Letter"), QPageSize::Letter}}, initial.pageSize))
    , m_participants(new QCheckBox(tr("&Participant list")))
    , m_actionTable(new QCheckBox(tr("Table of all action &items")))
    , m_attachments(new QCheckBox(tr("Attachment &list")))
    , m_timing(new QCheckBox(tr("Planned and actual &times (days that have run)")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_participants->setObjectName(QStringLiteral("includeParticipants"));
    m_actionTable->setObjectName(QStringLiteral("includeActionTable"));
    m_attachments->setObjectName(QStringLiteral("includeAttachments"));
    m_participants->setChecked(initial.includeParticipants);
    m_actionTable->setChecked(initial.includeActionTable);
    m_attachments->setChecked(initial.includeAttachments);
    m_timing->setObjectName(QStringLiteral("includeTiming"));
    m_timing->setChecked(initial.includeTiming);
    if (!hasMeeting) {
        // Without a meeting there is no agenda, minutes or run sheet to make.
        auto *items = qobject_cast<QStandardItemModel *>(m_kind->model());
        for (int row = 0; row < m_kind->count(); ++row) {
            if (ReportOptions::Kind(m_kind->itemData(row).toInt()) != ReportOptions::Kind::Actions)
                items->item(row)->setEnabled(false);
        }
        m_kind->setCurrentIndex(m_kind->findData(int(ReportOptions::Kind::Actions)));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Copy:"), m_variant);
    form->addRow(tr("&Group:"), m_grouping);
    form->addRow(tr("&Paper:"), m_paper);
    if (purpose == Purpose::Export) {
        m_format = choices(QStringLiteral("documentFormat"),
                           {{tr("PDF"), int(Format::Pdf)},
                            {tr("HTML (safe to open in a browser)"), int(Format::Html)},
                            {tr("Markdown"), int(Format::Markdown)}},
                           int(format));
        form->addRow(tr("&Format:"), m_format);
        connect(m_format, &QComboBox::currentIndexChanged, this, &DocumentDialog::updateEnabled);
    }
    auto *include = new QVBoxLayout;
    include->addWidget(m_participants);
    include->addWidget(m_actionTable);
    include->addWidget(m_attachments);
    include->addWidget(m_timing);
    form->addRow(tr("Include:"), include);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    switch (purpose) {
    case Purpose::Export:
        setWindowTitle(tr("Export Document"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
        break;
    case Purpose::Preview:
        setWindowTitle(tr("Print Preview"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Pre&view"));
        break;
    case Purpose::Print:
        setWindowTitle(tr("Print"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print…"));
        break;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentDialog::updateEnabled);
    updateEnabled();
}

void DocumentDialog::updateEnabled()
{
    const auto kind = ReportOptions::Kind(m_kind->currentData().toInt());
    m_variant->setEnabled(kind == ReportOptions::Kind::Agenda);
    m_grouping->setEnabled(kind == ReportOptions::Kind::Actions);
    m_participants->setEnabled(kind == ReportOptions::Kind::Agenda || kind == ReportOptions::Kind::Minutes);
    m_actionTable->setEnabled(kind == ReportOptions::Kind::Minutes);
    m_attachments->setEnabled(kind == ReportOptions::Kind::Minutes);
    m_timing->setEnabled(kind == ReportOptions::Kind::Minutes);
    // Paper matters for PDF and printing only.
    m_paper->setEnabled(!m_format || format() == Format::Pdf);
}

ReportOptions DocumentDialog::options() const
{
    ReportOptions o = m_initial;
    o.kind = ReportOptions::Kind(m_kind->currentData().toInt());
    o.variant = ReportOptions::Variant(m_variant->currentData().toInt());
    o.grouping = ReportOptions::Grouping(m_grouping->currentData().toInt());
    o.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.includeParticipants = m_participants->isChecked();
    o.includeActionTable = m_actionTable->isChecked();
    o.includeAttachments = m_attachments->isChecked();
    o.includeTiming = m_timing->isChecked();
    return o;
}

DocumentDialog::Format DocumentDialog::format() const
{
    return m_format ? Format(m_format->currentData().toInt()) : m_initialFormat;
}

ExportRequest DocumentDialog::request() const
{
    ExportRequest request;
    request.format = format();
    request.report = options();
    return request;
}

QString DocumentDialog::filter(Format format)
{
    switch (format) {
    case Format::Html: return tr("HTML documents (*.html *.htm)");
    case Format::Markdown: return tr("Markdown (*.md)");
    case Format::Pdf:
    default: return tr("PDF documents (*.pdf)");
    }
}

} // namespace Quorum
