// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlinksdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Quorum {

TicketLinksDialog::TicketLinksDialog(const QList<LinkPattern> &patterns, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2))
    , m_sample(new QLineEdit)
    , m_preview(new QLabel)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Ticket Links"));
    m_table->setObjectName(QStringLiteral("linkPatternTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Key pattern (regular expression)"), tr("Link address (\\1 is the first group)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 240);
    m_table->verticalHeader()->hide();
    m_sample->setObjectName(QStringLiteral("linkSampleEdit"));
    m_sample->setText(tr("Agree Gen3 acceptance tests (DM-26798), see RFC-723 and DMTN-148."));
    m_preview->setObjectName(QStringLiteral("linkPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("linkProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setWordWrap(true);
    for (const LinkPattern &p : patterns)
        addRow(p);

    auto *add = new QPushButton(tr("&Add"));
    auto *remove = new QPushButton(tr("&Remove"));
    // Enter in a field means OK, never "add a row".
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QStringLiteral("ABC-(\\d+)"), QStringLiteral("https://tracker.example.org/browse/ABC-\\1")});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updatePreview();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &TicketLinksDialog::updatePreview);
    connect(m_sample, &QLineEdit::textChanged, this, &TicketLinksDialog::updatePreview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketLinksDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ticket keys in notes, such as DM-26798, become links to your tracker. "
                                "Each pattern is set once for the whole library."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(new QLabel(tr("Try it:")));
    layout->addWidget(m_sample);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 460);
    updatePreview();
}

void TicketLinksDialog::addRow(const LinkPattern &pattern)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(pattern.pattern));
    m_table->setItem(row, 1, new QTableWidgetItem(pattern.url));
}

QList<LinkPattern> TicketLinksDialog::patterns() const
{
    QList<LinkPattern> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const LinkPattern p{m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString(),
                            m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString()};
        if (!p.pattern.isEmpty() || !p.url.isEmpty())
            result << p;
    }
    return result;
}

void TicketLinksDialog::updatePreview()
{
    QStringList problems;
    int row = 0;
    for (const LinkPattern &p : patterns()) {
        ++row;
        const QString problem = TicketLinker::problem(p);
        if (!problem.isEmpty())
            problems << tr("Row %1: %2").arg(row).arg(problem);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    QTextDocument doc;
    doc.setMarkdown(TicketLinker(patterns()).linkify(m_sample->text()));
    m_preview->setText(doc.toHtml());
}

void TicketLinksDialog::accept()
{
    updatePreview();
    if (!m_problem->text().isEmpty())
        return; // the problems are shown; nothing is stored until they are fixed
    QDialog::accept();
}

} // namespace Quorum
