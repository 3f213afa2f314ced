// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"

#include <QDateTime>
#include <QDockWidget>
#include <QTimeZone>

class QLabel;
class QTimer;
class QToolBar;

namespace Quorum {

class LiveRun;
class MeetingDocument;

/**
 * The moderator's live panel: the running entry with its coordinators, the time it has run and a
 * large countdown coloured by LiveStyle's phase, whether the run stands paused, the next entry
 * and who leads it, the block's moderator, how far the block and the day are ahead or behind,
 * and the clock in the meeting's time zone (and the viewer's, when it differs).
 *
 * It reads the document's live run every second (from MeetingDocument::now(), so an injected
 * clock drives it) and at once whenever the agenda changes (a step, an undo).
 */
class LivePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit LivePanel(QWidget *parent = nullptr);

    /** The document to follow; nullptr when none is open. */
    void setDocument(MeetingDocument *document);
    /** The buttons under the countdown (Next, Pause …): the Run menu's own actions. */
    void setActions(const QList<QAction *> &actions);
    /** Reads the run again and shows it. */
    void refresh();

    /** "09:02": time in zone; empty when invalid. */
    static QString timeText(const QDateTime &time, const QTimeZone &zone);
    /** 1 for the meeting's first day …; 0 when dayId is not one of state's. */
    static int dayNumber(const AgendaState &state, Id dayId);
    /** "09:02 PDT · 18:02 CEST": the time now in zone, and in the viewer's zone when it differs. */
    static QString clockText(const QDateTime &now, const QTimeZone &zone);

private:
    void showRun(const LiveRun &run, const QDateTime &now, QList<QLabel *> *shown);
    /** "Ada Lovelace, Alan Turing" for an entry's coordinators. */
    QString coordinators(Id entryId) const;

    MeetingDocument *m_document = nullptr;
    QTimer *m_timer;
    QLabel *m_clock;
    QLabel *m_day;
    QLabel *m_title;
    QLabel *m_coordinators;
    QLabel *m_countdown;
    QLabel *m_elapsed;
    QLabel *m_paused;
    QLabel *m_block;
    QLabel *m_dayVariance;
    QLabel *m_next;
    QToolBar *m_buttons;
};

} // namespace Quorum
