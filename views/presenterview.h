// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace Quorum {

class MeetingDocument;
struct PresenterText;

/**
 * The presenter view: a full-screen window for a second screen, a projector or a shared video
 * call window, readable from across a room. It shows the clock, the running entry with who leads
 * it and its time left (LiveStyle colours; an overrun counts up), the next two entries and the
 * rest of the day, and follows the live run: every second and at once when the agenda changes.
 * It has no editing controls; Esc or F5 closes it. The text comes from PresenterText.
 */
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    /** A window of window's (it closes when the document goes). */
    PresenterView(MeetingDocument *document, QWidget *window);

    /** Opens the presenter view of window full screen (on another screen when there is one), or closes it. */
    static PresenterView *toggle(MeetingDocument *document, QWidget *window);

    /** Reads the run at the document's clock and shows it. */
    void refresh();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showText(const PresenterText &text);
    void scaleFonts();

    QPointer<MeetingDocument> m_document;
    QString m_meetingTitle; ///< of the meeting shown (MeetingDocument::runToShow)
    QTimer *m_timer;
    QLabel *m_day;
    QLabel *m_clock;
    QLabel *m_viewerClock;
    QLabel *m_status;
    QLabel *m_statusDetail;
    QWidget *m_current;
    QLabel *m_nowCaption;
    QLabel *m_title;
    QLabel *m_people;
    QLabel *m_countdown;
    QLabel *m_timeCaption;
    QLabel *m_nextHeading;
    QLabel *m_next;
    QLabel *m_laterHeading;
    QLabel *m_later;
};

} // namespace Quorum
