// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/liverun.h"

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace Quorum {

/**
 * Asks which day of the meeting to run (the one LiveRun::dayToRun offers first) and whether its
 * first entry starts now or at its planned time.
 */
class StartMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /** state: the meeting's agenda; now: the clock's time. Days that have run already are not offered. */
    StartMeetingDialog(const AgendaState &state, const QTimeZone &zone, const QDateTime &now,
                       QWidget *parent = nullptr);

    Id dayId() const;
    /** When the chosen day's first entry starts: now, or its planned start. */
    QDateTime firstStart() const;

private:
    void updateChoices();

    AgendaState m_state;
    QTimeZone m_zone;
    QDateTime m_now;
    QComboBox *m_day;
    QRadioButton *m_startNow;
    QRadioButton *m_startPlanned;
};

} // namespace Quorum
