// SPDX-License-Identifier: GPL-3.0-or-later
#include "newmeetingdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace Quorum {

NewMeetingDialog::NewMeetingDialog(const QStringList &seriesNames, const QString &currentSeries, const QDate &today,
                                   QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit)
    , m_series(new QComboBox)
    , m_start(new QDateEdit(today))
    , m_end(new QDateEdit(today))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Meeting"));
    m_title->setObjectName(QStringLiteral("newMeetingTitle"));
    m_title->setPlaceholderText(tr("e.g. DMLT Meeting - 2026-12-07"));
    m_series->setObjectName(QStringLiteral("newMeetingSeries"));
    m_series->setEditable(true);
    m_series->lineEdit()->setAccessibleName(tr("Series"));
    m_series->addItem(QString());
    m_series->addItems(seriesNames);
    m_series->setCurrentText(currentSeries);
    m_series->lineEdit()->setPlaceholderText(tr("None, an existing series, or a new name"));
    m_start->setObjectName(QStringLiteral("newMeetingStart"));
    m_end->setObjectName(QStringLiteral("newMeetingEnd"));
    for (QDateEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd (dddd)"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Series:"), m_series);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewMeetingDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_end->date() < d)
            m_end->setDate(d);
        validate();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &NewMeetingDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void NewMeetingDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty() && m_end->date() >= m_start->date());
}

Meeting NewMeetingDialog::meeting() const
{
    Meeting m;
    m.title = m_title->text().trimmed();
    m.startDate = m_start->date();
    m.endDate = m_end->date();
    m.timeZone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    return m;
}

QString NewMeetingDialog::seriesName() const
{
    return m_series->currentText().trimmed();
}

} // namespace Quorum
