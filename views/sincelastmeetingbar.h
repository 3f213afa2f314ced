// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/sincelastmeeting.h"

#include <QFrame>

class QLabel;

namespace Quorum {

class MeetingDocument;

/**
 * A bar above the tabs that says, once per meeting and user, what changed since the previous
 * meeting of the series when its next meeting is shown (SeenMeetings keeps who saw what); the
 * details open in a dialog, also from View › Changes Since Last Meeting….
 */
class SinceLastMeetingBar : public QFrame
{
    Q_OBJECT

public:
    explicit SinceLastMeetingBar(QWidget *parent = nullptr);

    /** Follows document's shown meeting from now on (nullptr: none); hides. */
    void setDocument(MeetingDocument *document);
    /** The shown meeting changed: shows the bar if the meeting is its series' newest, has news and was not shown before. */
    void meetingShown(Id meetingId);
    /** Opens the details of the shown meeting in a dialog (says so when there is nothing to tell). */
    void openDetails();
    /** What changed, as the dialog shows it (HTML). */
    static QString html(const SinceLastMeeting &changes);
    /** The one line of the bar: "Since DMLT 2020-09-08: 3 action items closed, 2 opened." */
    static QString summary(const SinceLastMeeting &changes);

private:
    MeetingDocument *m_document = nullptr;
    QLabel *m_text;
};

} // namespace Quorum
