// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Quorum {

ScheduleDialog::ScheduleDialog(const QString &topic, const AgendaState &agenda, const QHash<Id, QString> &moderators,
                               QWidget *parent)
    : QDialog(parent)
    , m_place(new QComboBox)
{
    setWindowTitle(tr("Schedule Topic"));
    m_place->setObjectName(QStringLiteral("schedulePlaceCombo"));
    int number = 0;
    for (const MeetingDay &d : agenda.days) {
        ++number;
        const QString day = tr("Day %1, %2").arg(number).arg(QLocale().toString(d.date, QLocale::ShortFormat));
        for (Id top : agenda.children(d.id, 0)) {
            const AgendaEntry *e = agenda.entry(top);
            if (e->kind != AgendaEntry::Kind::Block)
                continue;
            const QString moderator = moderators.value(e->moderatorId);
            m_place->addItem(
                tr("%1: end of the block moderated by %2").arg(day, moderator.isEmpty() ? tr("nobody yet") : moderator),
                QVariantList{d.id, e->id});
        }
        m_place->addItem(tr("%1: end of the day").arg(day), QVariantList{d.id, Id(0)});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_place->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(tr("Add “%1” to the agenda at:").arg(topic));
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

Id ScheduleDialog::dayId() const
{
    return m_place->currentData().toList().value(0).toLongLong();
}

Id ScheduleDialog::blockId() const
{
    return m_place->currentData().toList().value(1).toLongLong();
}

} // namespace Quorum
