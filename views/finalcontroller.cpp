// SPDX-License-Identifier: GPL-3.0-or-later
#include "finalcontroller.h"

#include "document/librarymodels.h"
#include "historydialog.h"
#include "i18n/localeformat.h"
#include "meetingdocument.h"
#include "tonestyle.h"
#include "viewsetup.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace Quorum {

FinalController::FinalController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_banner(new QFrame)
    , m_bannerText(new QLabel)
    , m_reopenButton(new QPushButton(tr("&Reopen…")))
    , m_finalize(new QAction(tr("&Finalize Minutes…"), this))
    , m_reopen(new QAction(tr("&Reopen Minutes…"), this))
    , m_history(new QAction(tr("&History…"), this))
{
    m_banner->setObjectName(QStringLiteral("finalBanner"));
    ToneStyle::follow(m_banner,
                      [] { return ToneStyle::barSheet(QStringLiteral("QFrame#finalBanner"), Tones::Tone::FinalBar); });
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 4, 10, 4);
    m_bannerText->setObjectName(QStringLiteral("finalBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reopenButton->setObjectName(QStringLiteral("finalBannerReopen"));
    m_reopenButton->setToolTip(tr("Make the minutes editable again (recorded, with who and when)"));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_reopenButton);
    m_banner->hide();
    connect(m_reopenButton, &QPushButton::clicked, this, &FinalController::reopenMinutes);

    m_finalize->setObjectName(QStringLiteral("finalizeMinutesAction"));
    m_finalize->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));
    m_finalize->setStatusTip(tr("Mark the minutes final: the meeting turns read-only and the minutes PDF is kept "
                                "among its attachments"));
    m_reopen->setObjectName(QStringLiteral("reopenMinutesAction"));
    m_reopen->setStatusTip(tr("Make final minutes editable again"));
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setShortcut(QKeySequence(tr("Ctrl+Alt+H")));
    m_history->setStatusTip(tr("Every change of the meeting's notes, agenda and action items"));
    connect(m_finalize, &QAction::triggered, this, &FinalController::finalizeMinutes);
    connect(m_reopen, &QAction::triggered, this, &FinalController::reopenMinutes);
    connect(m_history, &QAction::triggered, this, &FinalController::showHistory);

    m_askName = [this](const QString &suggested) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            m_window, tr("Finalize Minutes"),
            tr("The meeting turns read-only and the minutes PDF is kept among its attachments.\n\nFinalized by:"),
            QLineEdit::Normal, suggested, &ok);
        return ok ? name : QString();
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_window, tr("Reopen Minutes"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    update();
}

void FinalController::addToMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_finalize);
    menu->addAction(m_reopen);
    menu->addSeparator();
    menu->addAction(m_history);
}

void FinalController::setDocument(MeetingDocument *document, QTabWidget *tabs)
{
    if (m_document)
        disconnect(m_document->models(), nullptr, this, nullptr);
    m_document = document;
    m_tabs = tabs;
    // The tab shown first was built before the window handed the document over: it stays.
    QList<QPointer<QWidget>> kept;
    for (const QPointer<QWidget> &tab : std::as_const(m_built)) {
        if (tab && tabs && tabs->isAncestorOf(tab))
            kept << tab;
    }
    m_built = kept;
    m_viewOnly = false;
    if (document) {
        connect(document->models(), &LibraryModels::currentMeetingChanged, this, &FinalController::update);
        connect(document->models(), &LibraryModels::finalStateChanged, this, &FinalController::update);
        connect(document->models(), &LibraryModels::meetingsChanged, this, &FinalController::update);
    }
    update();
}

void FinalController::tabBuilt(QWidget *tab)
{
    m_built << tab;
    if (m_viewOnly)
        setMeetingViewOnly(tab, true);
}

void FinalController::update()
{
    const Id meetingId = m_document ? m_document->currentMeetingId() : 0;
    const bool final = meetingId && m_document->isFinal(meetingId);
    const bool editable = m_document && !m_document->isReadOnly();
    m_finalize->setEnabled(editable && meetingId && !final);
    m_reopen->setEnabled(editable && final);
    m_history->setEnabled(meetingId != 0);
    m_reopenButton->setEnabled(editable);
    if (final) {
        const FinalState state = m_document->finalState(meetingId);
        const QDateTime local = state.at.toLocalTime();
        const QString when
            = tr("%1 at %2")
                  .arg(QLocale().toString(local.date(), QLocale::LongFormat), LocaleFormat::time(local.time()));
        m_bannerText->setText(tr("Final minutes, finalized by %1 on %2. Nothing of this meeting can be changed "
                                 "until they are reopened.")
                                  .arg(state.by, when));
    }
    m_banner->setVisible(final);
    const bool viewOnly = final && editable;
    if (viewOnly == m_viewOnly)
        return;
    m_viewOnly = viewOnly;
    for (const QPointer<QWidget> &tab : std::as_const(m_built)) {
        if (tab)
            setMeetingViewOnly(tab, viewOnly);
    }
}

void FinalController::finalizeMinutes()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    const Id meetingId = m_document->currentMeetingId();
    const QString by = m_askName(m_document->suggestedFinalizer(meetingId)).simplified();
    if (by.isEmpty())
        return;
    m_document->finalizeMinutes(meetingId, by);
}

void FinalController::reopenMinutes()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    const Id meetingId = m_document->currentMeetingId();
    if (!m_document->isFinal(meetingId))
        return;
    const QString by = m_document->suggestedFinalizer(meetingId);
    if (!m_confirm(tr("Reopen the final minutes of “%1”? The meeting becomes editable again; the reopening is "
                      "recorded as by %2, now.")
                       .arg(m_document->currentMeeting().title, by)))
        return;
    m_document->reopenMinutes(meetingId, by);
}

void FinalController::showHistory()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    auto *dialog = new HistoryDialog(m_document, m_document->currentMeetingId(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Quorum
