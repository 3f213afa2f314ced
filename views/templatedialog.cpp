// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatedialog.h"

#include "data/cadence.h"
#include "meetingdocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace Quorum {

TemplateDialog::TemplateDialog(MeetingDocument *document, Id seriesId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget)
    , m_summary(new QLabel)
    , m_rename(new QPushButton(tr("&Rename")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_series(new QComboBox)
    , m_title(new QLineEdit)
    , m_start(new QDateEdit(document->today()))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Meeting from Template"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_summary->setObjectName(QStringLiteral("templateSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rename->setObjectName(QStringLiteral("renameTemplateButton"));
    m_rename->setToolTip(tr("Rename the template (or double-click its name)"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_series->setObjectName(QStringLiteral("templateSeries"));
    m_series->addItem(tr("(none)"), Id(0));
    for (const Series &s : document->seriesList())
        m_series->addItem(s.name, s.id);
    m_series->setCurrentIndex(qMax(0, m_series->findData(seriesId)));
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setPlaceholderText(tr("e.g. DMLT Meeting - 2026-12-07"));
    m_start->setObjectName(QStringLiteral("templateStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd (dddd)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *manage = new QHBoxLayout;
    manage->addWidget(m_rename);
    manage->addWidget(m_delete);
    manage->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Series:"), m_series);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&First day:"), m_start);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Te&mplates:"));
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(manage);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateDialog::describe);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const Id id = item->data(Qt::UserRole).toLongLong();
        m_document->renameTemplate(id, item->text());
        // What is stored, renamed or not (a taken name is refused and said).
        showTemplates(id);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || !m_document->deleteTemplate(m_templates.at(row).id))
            return;
        showTemplates(m_templates.value(row + 1, m_templates.value(row - 1)).id);
    });
    connect(m_title, &QLineEdit::textChanged, this, &TemplateDialog::describe);
    connect(m_series, &QComboBox::currentIndexChanged, this, &TemplateDialog::suggestDate);
    showTemplates(0);
    suggestDate();
    resize(520, 520);
}

void TemplateDialog::showTemplates(Id select)
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    m_templates = m_document->templates();
    m_list->clear();
    int current = 0;
    for (const MeetingTemplate &t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | (m_document->isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsEditable));
        if (t.id == select)
            current = m_list->count() - 1;
    }
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : current);
    describe();
}

void TemplateDialog::suggestDate()
{
    // The series' cadence after its last meeting, else today.
    const Id id = seriesId();
    QDate date = m_document->today();
    if (id) {
        const std::optional<Series> s = m_document->series(id);
        const QList<MeetingSummary> meetings = m_document->seriesMeetings(id);
        Cadence cadence;
        if (s && !meetings.isEmpty() && Cadence::fromKey(s->cadence, &cadence)) {
            const QDate next = cadence.nextAfter(meetings.constLast().startDate);
            if (next.isValid())
                date = next;
        }
        if (m_title->text().isEmpty() || m_title->isModified() == false)
            m_title->setText(MeetingShape::nextTitle({}, {}, m_series->currentText(), date));
    }
    m_start->setDate(date);
}

void TemplateDialog::describe()
{
    const std::optional<MeetingTemplate> t = chosen();
    const bool editable = !m_document->isReadOnly();
    m_rename->setEnabled(t.has_value() && editable);
    m_delete->setEnabled(t.has_value() && editable);
    if (!t) {
        m_summary->setText(m_templates.isEmpty()
                               ? tr("The library has no templates yet: Meeting › Save as Template… keeps the shown "
                                    "meeting's shape.")
                               : QString());
    } else {
        const int days = int(t->shape.days.size());
        const QStringList titles = t->shape.entryTitles();
        QString text = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
        text += QStringLiteral(", ") + (titles.size() == 1 ? tr("1 entry") : tr("%1 entries").arg(titles.size()));
        if (!titles.isEmpty())
            text += QStringLiteral(": ") + titles.join(QStringLiteral(", "));
        if (!t->shape.logistics.timeZone.isEmpty())
            text += QLatin1Char('\n') + tr("Time zone: %1").arg(t->shape.logistics.timeZone);
        m_summary->setText(text);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t.has_value() && !title().isEmpty() && editable);
}

std::optional<MeetingTemplate> TemplateDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return std::nullopt;
    return m_templates.at(row);
}

Id TemplateDialog::seriesId() const
{
    return m_series->currentData().toLongLong();
}

QString TemplateDialog::title() const
{
    return m_title->text().trimmed();
}

QDate TemplateDialog::startDate() const
{
    return m_start->date();
}

} // namespace Quorum
