// SPDX-License-Identifier: GPL-3.0-or-later
#include "startmeetingdialog.h"

#include "livepanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Quorum {

StartMeetingDialog::StartMeetingDialog(const AgendaState &state, const QTimeZone &zone, const QDateTime &now,
                                       QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_zone(zone)
    , m_now(now)
    , m_day(new QComboBox)
    , m_startNow(new QRadioButton)
    , m_startPlanned(new QRadioButton)
{
    setObjectName(QStringLiteral("startMeetingDialog"));
    setWindowTitle(tr("Start Meeting"));
    m_day->setObjectName(QStringLiteral("startDay"));
    m_startNow->setObjectName(QStringLiteral("startNow"));
    m_startPlanned->setObjectName(QStringLiteral("startPlanned"));
    const Id offered = LiveRun::dayToRun(state, zone, now);
    for (int i = 0; i < state.days.size(); ++i) {
        const MeetingDay &day = state.days.at(i);
        const LiveRun run(state, day.id, zone);
        if (run.isStarted() || run.timeline().isEmpty())
            continue;
        m_day->addItem(tr("Day %1: %2").arg(i + 1).arg(QLocale().toString(day.date, QLocale::LongFormat)), day.id);
        if (day.id == offered)
            m_day->setCurrentIndex(m_day->count() - 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_day->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    auto *starts = new QVBoxLayout;
    starts->addWidget(m_startNow);
    starts->addWidget(m_startPlanned);
    form->addRow(tr("The first entry starts:"), starts);
    auto *layout = new QVBoxLayout(this);
    if (m_day->count() == 0)
        layout->addWidget(new QLabel(tr("Every day of this meeting has run, or has no agenda to run.")));
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_startNow->setChecked(true);
    connect(m_day, &QComboBox::currentIndexChanged, this, &StartMeetingDialog::updateChoices);
    updateChoices();
}

void StartMeetingDialog::updateChoices()
{
    m_startNow->setText(tr("&Now (%1)").arg(LivePanel::timeText(m_now, m_zone)));
    const LiveRun run(m_state, dayId(), m_zone);
    const QDateTime planned = run.timeline().isEmpty() ? QDateTime() : run.plannedStart(run.timeline().constFirst());
    m_startPlanned->setEnabled(planned.isValid());
    m_startPlanned->setText(planned.isValid()
                                ? tr("At its &planned time (%1)").arg(LivePanel::timeText(planned, m_zone))
                                : tr("At its &planned time (none is set)"));
    if (!planned.isValid())
        m_startNow->setChecked(true);
}

Id StartMeetingDialog::dayId() const
{
    return m_day->currentData().toLongLong();
}

QDateTime StartMeetingDialog::firstStart() const
{
    if (m_startPlanned->isChecked()) {
        const LiveRun run(m_state, dayId(), m_zone);
        if (!run.timeline().isEmpty())
            return run.plannedStart(run.timeline().constFirst());
    }
    return m_now;
}

} // namespace Quorum
