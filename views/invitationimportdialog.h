// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/invitationimport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace Quorum {

/**
 * File › Import Invitation… and an .ics or .eml dropped on the window: the meeting a calendar
 * invitation describes (dates and times in its time zone, how to join, without any passcode), its
 * people, each found in the directory or new (a new person is added only when ticked), and for a
 * recurring invitation its series and the cadence it suggests. It either creates the meeting or,
 * when one is shown, fills that meeting's logistics. Nothing is written until Import.
 */
class InvitationImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** currentMeeting: the title of the meeting shown whose logistics may be filled, or empty for none. */
    InvitationImportDialog(const QString &fileName, Invitation invitation, const QString &currentMeeting,
                           QWidget *parent = nullptr);

    /** The invitation with the series, the cadence and the new people as chosen. */
    Invitation invitation() const;
    /** True to fill the current meeting's logistics rather than create a meeting. */
    bool fillsCurrentMeeting() const;

private:
    Invitation m_invitation;
    QLineEdit *m_series;
    QCheckBox *m_cadence = nullptr;
    QTreeWidget *m_people;
    QRadioButton *m_create;
    QRadioButton *m_fill;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
