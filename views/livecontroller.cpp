// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecontroller.h"

#include "itemmodels/agendamodel.h"
#include "livepanel.h"
#include "livestyle.h"
#include "meetingdocument.h"
#include "retimedialog.h"
#include "startmeetingdialog.h"
#include "tonestyle.h"
#include "viewsetup.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace Quorum {

namespace {

QAction *runAction(QMainWindow *window, const QString &text, const QKeySequence &shortcut, const QString &objectName,
                   const QString &statusTip)
{
    auto *a = new QAction(text, window);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        // The whole window: Next works while the note-taker types in the running notes.
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                    shortcut.toString(QKeySequence::NativeText)));
    }
    a->setStatusTip(statusTip);
    window->addAction(a);
    return a;
}

} // namespace

LiveController::LiveController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(new LivePanel(window))
    , m_offer(new QFrame)
    , m_offerText(new QLabel)
{
    m_start = runAction(window, tr("&Start Meeting…"), QKeySequence(Qt::Key_F9), QStringLiteral("startMeetingAction"),
                        tr("Start the run of a day: its first entry starts now or at its planned time"));
    m_next = runAction(window, tr("&Next"), QKeySequence(tr("Alt+Right")), QStringLiteral("nextEntryAction"),
                       tr("End the running entry and start the next"));
    m_previous = runAction(window, tr("&Previous"), QKeySequence(tr("Alt+Left")), QStringLiteral("previousEntryAction"),
                           tr("Go back: the entry before runs on"));
    m_pause = runAction(window, tr("P&ause"), QKeySequence(tr("Ctrl+Shift+Space")), QStringLiteral("pauseRunAction"),
                        tr("Stop the running entry's clock, or start it again"));
    m_skip = runAction(window, tr("S&kip"), QKeySequence(tr("Alt+Shift+Right")), QStringLiteral("skipEntryAction"),
                       tr("Skip the running entry (it is not held) and start the next"));
    m_endDay = runAction(window, tr("&End Day"), QKeySequence(tr("Shift+F9")), QStringLiteral("endDayAction"),
                         tr("End the running entry and the day"));
    m_retime = runAction(window, tr("&Re-time the Rest…"), QKeySequence(tr("Ctrl+Alt+R")),
                         QStringLiteral("retimeRestAction"),
                         tr("Re-time the rest of the day from the actual times: push, shorten or drop entries"));
    m_warning = runAction(window, tr("&Warning Time…"), QKeySequence(), QStringLiteral("warningTimeAction"),
                          tr("How many minutes before an entry's end its countdown turns amber"));
    connect(m_start, &QAction::triggered, this, &LiveController::startMeeting);
    connect(m_next, &QAction::triggered, this, [this] { step(int(MeetingDocument::RunStep::Next)); });
    connect(m_previous, &QAction::triggered, this, [this] { step(int(MeetingDocument::RunStep::Previous)); });
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_document)
            step(int(m_document->liveRun().isPaused() ? MeetingDocument::RunStep::Resume
                                                      : MeetingDocument::RunStep::Pause));
    });
    connect(m_skip, &QAction::triggered, this, [this] { step(int(MeetingDocument::RunStep::Skip)); });
    connect(m_endDay, &QAction::triggered, this, [this] { step(int(MeetingDocument::RunStep::EndDay)); });
    connect(m_retime, &QAction::triggered, this, &LiveController::retimeRest);
    connect(m_warning, &QAction::triggered, this, &LiveController::askWarningTime);

    m_panel->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::RightDockWidgetArea, m_panel);
    m_panel->hide();
    m_panel->setActions({m_previous, m_next, m_pause, m_skip});
    m_panel->toggleViewAction()->setText(tr("&Live Panel"));
    m_panel->toggleViewAction()->setObjectName(QStringLiteral("livePanelAction"));
    m_panel->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Alt+L")));

    // A bar, not a dialog: the moderator may be busy with something else when the library opens.
    m_offer->setObjectName(QStringLiteral("liveOffer"));
    ToneStyle::follow(m_offer,
                      [] { return ToneStyle::barSheet(QStringLiteral("QFrame#liveOffer"), Tones::Tone::InfoBar); });
    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(10, 4, 6, 4);
    m_offerText->setObjectName(QStringLiteral("liveOfferText"));
    m_offerText->setWordWrap(true);
    offerLayout->addWidget(m_offerText, 1);
    auto *startButton = new QToolButton;
    startButton->setObjectName(QStringLiteral("liveOfferStart"));
    startButton->setDefaultAction(m_start);
    auto *showButton = new QToolButton;
    showButton->setObjectName(QStringLiteral("liveOfferShow"));
    showButton->setText(tr("Show Live Panel"));
    connect(showButton, &QToolButton::clicked, this, [this] {
        m_offer->hide();
        showPanel();
    });
    auto *dismiss = new QToolButton;
    dismiss->setObjectName(QStringLiteral("liveOfferDismiss"));
    dismiss->setText(tr("Not Now"));
    connect(dismiss, &QToolButton::clicked, m_offer, &QWidget::hide);
    offerLayout->addWidget(startButton);
    offerLayout->addWidget(showButton);
    offerLayout->addWidget(dismiss);
    m_offer->hide();
    updateActions();
}

QMenu *LiveController::addMenu(QMenuBar *bar, QAction *before)
{
    auto *menu = new QMenu(tr("&Run"), bar);
    menu->setObjectName(QStringLiteral("runMenu"));
    menu->addAction(m_start);
    menu->addSeparator();
    menu->addActions({m_next, m_previous, m_pause, m_skip});
    menu->addSeparator();
    menu->addAction(m_endDay);
    menu->addAction(m_retime);
    menu->addSeparator();
    menu->addAction(m_warning);
    bar->insertMenu(before, menu);
    return menu;
}

QAction *LiveController::panelAction() const
{
    return m_panel->toggleViewAction();
}

void LiveController::setDocument(MeetingDocument *document)
{
    if (m_document) {
        m_document->agenda()->disconnect(this);
        m_document->models()->disconnect(this);
        m_document->file()->disconnect(this);
        m_document->undoStack()->disconnect(this);
    }
    m_document = document;
    m_panel->setDocument(document);
    m_offer->hide();
    if (m_document) {
        // The run's fields are not among what the agenda model shows: every step and undo is an undo-stack move.
        onAnyChange(m_document->agenda(), this, [this] { updateActions(); });
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &LiveController::updateActions);
        connect(m_document->models(), &LibraryModels::currentMeetingChanged, this, [this] {
            updateActions();
            offerLiveView();
        });
        connect(m_document->file(), &LibraryFile::damaged, this, &LiveController::updateActions);
        offerLiveView();
    }
    updateActions();
}

QString LiveController::liveTitle() const
{
    if (!m_document)
        return {};
    // The live meeting, also while another one is shown.
    const MeetingSummary live = m_document->models()->meetingSummary(liveElsewhere());
    if (live.id)
        return tr("● Live: %1 — day %2").arg(live.title).arg(live.liveDay);
    if (!m_document->currentMeetingId())
        return {};
    const AgendaState state = m_document->agendaState();
    const Id day = LiveRun::liveDay(state);
    if (!day)
        return {};
    return tr("● Live: %1 — day %2").arg(m_document->currentMeeting().title).arg(LivePanel::dayNumber(state, day));
}

Id LiveController::liveElsewhere() const
{
    if (!m_document)
        return 0;
    const Id live = m_document->models()->liveMeetingId();
    return live != m_document->currentMeetingId() ? live : 0;
}

bool LiveController::showLiveMeeting()
{
    const Id live = liveElsewhere();
    if (!live)
        return true;
    if (m_beforeStep)
        m_beforeStep();
    return m_document->setCurrentMeeting(live);
}

void LiveController::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly() && m_document->currentMeetingId();
    const LiveRun run = m_document ? m_document->liveRun() : LiveRun(AgendaState(), 0, QTimeZone::utc());
    // Another meeting runs while this one is shown: the run's steps go to it (it is shown first),
    // and no second run starts.
    if (editable && liveElsewhere()) {
        m_start->setEnabled(false);
        for (QAction *a : {m_next, m_previous, m_pause, m_skip, m_endDay, m_retime})
            a->setEnabled(true);
        m_pause->setText(tr("P&ause"));
        const QString title = liveTitle();
        if (title != m_liveTitle) {
            m_liveTitle = title;
            Q_EMIT liveChanged();
        }
        return;
    }
    const bool live = editable && run.isLive();
    bool startable = false;
    // Final minutes are not run again until they are reopened.
    if (editable && !run.isLive() && !m_document->isFinal(m_document->currentMeetingId())) {
        for (const MeetingDay &day : run.state().days) {
            const LiveRun r(run.state(), day.id, run.timeZone());
            startable = startable || (!r.isStarted() && !r.timeline().isEmpty());
        }
    }
    m_start->setEnabled(startable);
    m_next->setEnabled(live);
    m_previous->setEnabled(live && run.previous());
    m_pause->setEnabled(live && run.current());
    m_pause->setText(live && run.isPaused() ? tr("Res&ume") : tr("P&ause"));
    m_skip->setEnabled(live && run.current());
    m_endDay->setEnabled(live);
    m_retime->setEnabled(live && !run.upcoming().isEmpty());
    const QString title = liveTitle();
    if (title != m_liveTitle) {
        // A day that goes live (started here, by the Start buttons of the tabs, or by a redo) shows
        // its panel; the offer to start it is done with.
        if (m_liveTitle.isEmpty()) {
            m_offer->hide();
            showPanel();
        }
        m_liveTitle = title;
        Q_EMIT liveChanged();
    }
}

void LiveController::showPanel()
{
    m_panel->show();
    m_panel->raise();
}

void LiveController::offerLiveView()
{
    m_offer->hide();
    if (!m_document || !m_document->currentMeetingId())
        return;
    const AgendaState state = m_document->agendaState();
    if (LiveRun::liveDay(state)) {
        showPanel();
        return;
    }
    const QTimeZone zone = LiveRun::zone(m_document->currentMeeting().timeZone);
    const Id today = LiveRun::dayOn(state, zone, m_document->now());
    if (!today || LiveRun(state, today, zone).isEnded())
        return;
    m_offerText->setText(tr("Today is day %1 of “%2”. Start the meeting when it begins, or keep an eye on the "
                            "day with the live panel.")
                             .arg(LivePanel::dayNumber(state, today))
                             .arg(m_document->currentMeeting().title));
    m_offer->show();
}

void LiveController::startMeeting()
{
    if (!m_document || !m_start->isEnabled())
        return;
    if (m_beforeStep)
        m_beforeStep();
    const QTimeZone zone = LiveRun::zone(m_document->currentMeeting().timeZone);
    StartMeetingDialog dialog(m_document->agendaState(), zone, m_document->now(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.dayId())
        return;
    if (m_document->startRun(dialog.dayId(), dialog.firstStart())) {
        m_offer->hide();
        showPanel();
    }
}

void LiveController::step(int runStep)
{
    if (!m_document || !m_endDay->isEnabled() || !showLiveMeeting())
        return;
    if (m_beforeStep)
        m_beforeStep();
    if (!m_document->stepRun(MeetingDocument::RunStep(runStep)))
        m_window->statusBar()->showMessage(tr("That step does not apply to the run as it stands."), 5000);
}

void LiveController::retimeRest()
{
    if (!m_document || !m_retime->isEnabled() || !showLiveMeeting() || !m_retime->isEnabled())
        return;
    if (m_beforeStep)
        m_beforeStep();
    const LiveRun run = m_document->liveRun();
    RetimeDialog dialog(run, m_document->now(), m_window);
    if (dialog.exec() == QDialog::Accepted && m_document->retimeRest(dialog.choice()))
        m_window->statusBar()->showMessage(tr("Re-timed the rest of the day. Edit › Undo puts the plan back."), 8000);
}

void LiveController::askWarningTime()
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("warningTimeDialog"));
    dialog.setWindowTitle(tr("Warning Time"));
    dialog.setLabelText(tr("Turn the countdown amber when this many minutes are left:"));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(0, 60);
    dialog.setIntValue(LiveStyle::warningMinutes());
    if (dialog.exec() != QDialog::Accepted)
        return;
    LiveStyle::setWarningMinutes(dialog.intValue());
    m_panel->refresh();
}

} // namespace Quorum
