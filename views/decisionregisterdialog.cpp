// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionregisterdialog.h"

#include "itemmodels/decisionregistermodel.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

DecisionRegisterDialog::DecisionRegisterDialog(MeetingDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new DecisionRegisterModel(document, this))
    , m_table(new QTableView)
    , m_series(new QComboBox)
    , m_person(new QComboBox)
    , m_text(new QLineEdit)
    , m_useFrom(new QCheckBox(tr("&From:")))
    , m_from(new QDateEdit)
    , m_useTo(new QCheckBox(tr("&To:")))
    , m_to(new QDateEdit)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("decisionRegisterDialog"));
    setWindowTitle(tr("Decision Register"));
    m_table->setObjectName(QStringLiteral("decisionRegisterTable"));
    m_text->setMinimumWidth(220);
    m_series->setObjectName(QStringLiteral("decisionSeriesFilter"));
    m_person->setObjectName(QStringLiteral("decisionPersonFilter"));
    m_text->setObjectName(QStringLiteral("decisionTextFilter"));
    m_useFrom->setObjectName(QStringLiteral("decisionFromCheck"));
    m_from->setObjectName(QStringLiteral("decisionFromDate"));
    m_useTo->setObjectName(QStringLiteral("decisionToCheck"));
    m_to->setObjectName(QStringLiteral("decisionToDate"));
    m_table->setAccessibleName(tr("Decisions"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_count->setObjectName(QStringLiteral("decisionRegisterCount"));
    m_text->setPlaceholderText(tr("Words in the decision or its ticket"));
    m_text->setClearButtonEnabled(true);
    nameClearButton(m_text);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(document->today());
        edit->setEnabled(false);
    }
    m_from->setDate(document->today().addYears(-1));

    setUpTable(m_table, m_model, DecisionRegisterModel::SortRole);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(DecisionRegisterModel::DateColumn, 100);
    m_table->setColumnWidth(DecisionRegisterModel::MeetingColumn, 220);
    m_table->setColumnWidth(DecisionRegisterModel::TextColumn, 380);
    m_table->setColumnWidth(DecisionRegisterModel::DecidedByColumn, 170);
    m_table->setToolTip(tr("Double-click (or Enter) to show the meeting the decision was taken at."));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT decisionRequested(index.data(DecisionRegisterModel::MeetingIdRole).toLongLong(),
                                 index.data(DecisionRegisterModel::DecisionIdRole).toLongLong());
    });

    auto *filters = new QHBoxLayout;
    auto *seriesLabel = new QLabel(tr("&Series:"));
    seriesLabel->setBuddy(m_series);
    auto *personLabel = new QLabel(tr("Decided &by:"));
    personLabel->setBuddy(m_person);
    auto *textLabel = new QLabel(tr("&Containing:"));
    textLabel->setBuddy(m_text);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 2);
    filters->addWidget(seriesLabel);
    filters->addWidget(m_series, 1);
    filters->addWidget(personLabel);
    filters->addWidget(m_person, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);

    // Close is added after the exports, so that Tab meets the buttons in the order they are shown.
    auto *buttons = new QDialogButtonBox;
    const struct
    {
        QString text;
        const char *name;
        ExportRequest::Format format;
    } exports[] = {
        {tr("Export &CSV…"), "exportDecisionsCsvButton", ExportRequest::Format::Csv},
        {tr("Export &Markdown…"), "exportDecisionsMarkdownButton", ExportRequest::Format::Markdown},
        {tr("Export &PDF…"), "exportDecisionsPdfButton", ExportRequest::Format::Pdf},
    };
    for (const auto &e : exports) {
        QPushButton *button = buttons->addButton(e.text, QDialogButtonBox::ActionRole);
        button->setObjectName(QLatin1String(e.name));
        button->setAutoDefault(false);
        const ExportRequest::Format format = e.format;
        connect(button, &QPushButton::clicked, this, [this, format] { Q_EMIT exportRequested(exportRequest(format)); });
    }
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1000, 560);

    fillChoices();
    connect(m_text, &QLineEdit::textChanged, this, &DecisionRegisterDialog::applyFilters);
    for (QComboBox *box : {m_series, m_person})
        connect(box, &QComboBox::currentIndexChanged, this, &DecisionRegisterDialog::applyFilters);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &DecisionRegisterDialog::applyFilters);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DecisionRegisterDialog::applyFilters);
    const auto showCount = [this] {
        const int n = m_model->rowCount();
        m_count->setText(n == 0   ? tr("No decisions here. A decision is recorded in the Running Notes tab "
                                         "(Record Decision, Ctrl+Shift+D).")
                         : n == 1 ? tr("1 decision")
                                  : tr("%1 decisions").arg(n));
    };
    onAnyChange(m_model, this, showCount);
    showCount();
    m_table->sortByColumn(DecisionRegisterModel::DateColumn, Qt::AscendingOrder);
}

void DecisionRegisterDialog::fillChoices()
{
    const QSignalBlocker seriesBlocker(m_series);
    const QSignalBlocker personBlocker(m_person);
    m_series->clear();
    m_series->addItem(tr("Every series"), 0);
    for (const Series &s : m_document->seriesList())
        m_series->addItem(s.name, s.id);
    m_person->clear();
    m_person->addItem(tr("Anyone"), 0);
    for (const Person &p : m_document->directory()->people())
        m_person->addItem(p.shownName(), p.id);
}

void DecisionRegisterDialog::applyFilters()
{
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
    DecisionFilter filter;
    filter.seriesId = m_series->currentData().toLongLong();
    filter.personId = m_person->currentData().toLongLong();
    filter.text = m_text->text();
    filter.from = m_useFrom->isChecked() ? m_from->date() : QDate();
    filter.to = m_useTo->isChecked() ? m_to->date() : QDate();
    m_model->setFilter(filter);
}

ExportRequest DecisionRegisterDialog::exportRequest(ExportRequest::Format format) const
{
    ExportRequest request;
    request.format = format;
    request.report.kind = ReportOptions::Kind::Decisions;
    request.report.today = m_document->today();
    request.decisionFilter = m_model->filter();
    return request;
}

} // namespace Quorum
