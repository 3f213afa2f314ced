// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlinksdialog.h"

#include "tonestyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
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
    m_table->setAccessibleName(tr("Link patterns"));
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels({tr("Key prefix"), tr("Link address ({n} is the number, {key} the whole key)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 240);
    m_table->verticalHeader()->hide();
    m_sample->setObjectName(QStringLiteral("linkSampleEdit"));
    m_sample->setAccessibleName(tr("Sample text"));
    m_sample->setText(tr("Agree Gen3 acceptance tests (DM-26798), see RFC-723 and DMTN-148."));
    m_preview->setObjectName(QStringLiteral("linkPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("linkProblem"));
    ToneStyle::follow(m_problem, [] { return ToneStyle::textColour(Tones::Tone::Problem); });
    m_problem->setWordWrap(true);
    for (const LinkPattern &p : patterns)
        addRow(p);

    auto *add = new QPushButton(tr("&Add"));
    auto *remove = new QPushButton(tr("&Remove"));
    // Enter in a field means OK, never "add a row".
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QStringLiteral("ABC-"), QStringLiteral("https://tracker.example.org/browse/ABC-{n}")});
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
    auto *intro = new QLabel(tr("Ticket keys in notes, such as DM-26798, become links to your tracker: a key is "
                                "its prefix (DM-) followed by a number. Each pattern is set once for the whole "
                                "library."));
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
    ToneStyle::onPaletteChange(m_table, [this] { updatePreview(); });
}

void TicketLinksDialog::addRow(const LinkPattern &pattern)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(pattern.prefix));
    m_table->setItem(row, 1, new QTableWidgetItem(pattern.url));
}

QList<LinkPattern> TicketLinksDialog::patterns() const
{
    QList<LinkPattern> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const LinkPattern p{m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString(),
                            m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString()};
        if (!p.prefix.isEmpty() || !p.url.isEmpty())
            result << p;
    }
    return result;
}

void TicketLinksDialog::updatePreview()
{
    QStringList problems;
    const QSignalBlocker quiet(m_table); // marking a row is no edit
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const LinkPattern p{m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString(),
                            m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString()};
        const QString problem = p.prefix.isEmpty() && p.url.isEmpty() ? QString() : TicketLinker::problem(p);
        if (!problem.isEmpty())
            problems << tr("Row %1: %2.").arg(r + 1).arg(problem);
        // An unusable row, such as an expression an earlier version kept, is marked where it is.
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                item->setToolTip(problem);
                item->setBackground(problem.isEmpty() ? QBrush() : QBrush(Tones::background(Tones::Tone::ProblemRow)));
            }
        }
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
