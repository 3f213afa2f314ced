// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/invitationwriter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace Quorum {

/**
 * File › Export Calendar Invitation… (Ctrl+Alt+Shift+I): how the meeting's invitation is written
 * (one event per day or per block of the agenda), its organizer (a person of the directory with an
 * email, or none; the one chosen last time first), and a preview of the events it will hold with
 * their times. Export accepts; the window then asks where to save it.
 */
class InvitationExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** The events a choice of per day or per block gives (what InvitationWriter::events reads). */
    using Preview = std::function<QList<InvitationEvent>(InvitationOptions::Events events)>;

    InvitationExportDialog(const QString &meetingTitle, Preview preview, const QList<InvitationOrganizer> &organizers,
                           const InvitationOrganizer &remembered, int attendees, QWidget *parent = nullptr);

    /** Events per day or block, and the organizer chosen (an empty one: none). */
    InvitationOptions options() const;

private:
    void showPreview();

    QString m_title;
    Preview m_preview;
    QList<InvitationOrganizer> m_organizers;
    QComboBox *m_events;
    QComboBox *m_organizer;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
