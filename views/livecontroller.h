// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QObject>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QMainWindow;
class QMenu;
class QMenuBar;

namespace Quorum {

class LivePanel;
class MeetingDocument;

/**
 * The moderator's live controls in the main window: the Run menu (Start Meeting, Next, Previous,
 * Pause/Resume, Skip, End Day, Re-time the Rest, Warning Time), the live panel dock, and the bar
 * that offers the live view on a meeting day. The actions work window-wide (also while the focus
 * is in the running notes), are on only when they apply, and off while the library is read-only.
 */
class LiveController : public QObject
{
    Q_OBJECT

public:
    explicit LiveController(QMainWindow *window);

    /** Adds the Run menu to bar, before `before` (nullptr: at the end). */
    QMenu *addMenu(QMenuBar *bar, QAction *before = nullptr);
    /** Shows and hides the live panel (for the View menu). */
    QAction *panelAction() const;
    /** Start Meeting…: also for buttons on the tabs. */
    QAction *startAction() const { return m_start; }
    /** Next, Previous, Pause/Resume, Skip and End Day, for another window to take their keys. */
    QList<QAction *> stepActions() const { return {m_next, m_previous, m_pause, m_skip, m_endDay}; }
    /** The bar offering the live view on a meeting day; the window places it. */
    QFrame *offerBar() const { return m_offer; }
    LivePanel *panel() const { return m_panel; }

    /** The document to run; nullptr when it closes. Shows the panel at once when a day is live, else offers it on a meeting day. */
    void setDocument(MeetingDocument *document);
    /** Called before every step, so that what is being typed is stored first. */
    void setBeforeStep(std::function<void()> beforeStep) { m_beforeStep = std::move(beforeStep); }
    /** "● Live: Seed meeting — day 1" while a day of a meeting is live (the one shown or another); else empty. */
    QString liveTitle() const;
    /** The meeting that runs when it is not the one shown; 0 otherwise. */
    Id liveElsewhere() const;
    /** Turns the actions on and off as the run, the meeting and the library's access allow. */
    void updateActions();

Q_SIGNALS:
    /** A day started or ended being live (or the meeting shown changed): the window title follows. */
    void liveChanged();

private:
    void startMeeting();
    void step(int runStep);
    void retimeRest();
    /** Shows the meeting that runs when another is shown (typing saved first); false when it cannot. */
    bool showLiveMeeting();
    void askWarningTime();
    /** Shows the offer (or the panel, when a day is live) for the meeting shown. */
    void offerLiveView();
    void showPanel();

    QMainWindow *m_window;
    MeetingDocument *m_document = nullptr;
    std::function<void()> m_beforeStep;
    LivePanel *m_panel;
    QFrame *m_offer;
    QLabel *m_offerText;
    QAction *m_start;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_pause;
    QAction *m_skip;
    QAction *m_endDay;
    QAction *m_retime;
    QAction *m_warning;
    QString m_liveTitle; ///< as last said by liveChanged()
};

} // namespace Quorum
