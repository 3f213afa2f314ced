// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QWidget;

namespace Quorum {

class MeetingDocument;

/**
 * Final minutes in the window: the Meeting menu (Finalize Minutes…, Reopen Minutes…, History…),
 * the banner over a final meeting ("Final minutes, finalized by X on DATE." with Reopen…), and
 * the tabs made view-only while the meeting shown is final (setMeetingViewOnly). The document
 * refuses every edit of a final meeting itself; this only makes it plain.
 */
class FinalController : public QObject
{
    Q_OBJECT

public:
    /** Asks who finalizes, suggested first; empty when cancelled. Tests answer it. */
    using NameAsker = std::function<QString(const QString &suggested)>;
    /** Asks a yes/no question; tests answer it. */
    using Confirmer = std::function<bool(const QString &question)>;

    explicit FinalController(QWidget *window);

    QFrame *banner() const { return m_banner; }
    /** Adds Finalize Minutes…, Reopen Minutes… and History… to the Meeting menu, after a separator. */
    void addToMenu(QMenu *menu);
    /** The document shown and the tabs of its meeting (the window's; null for none). */
    void setDocument(MeetingDocument *document, QTabWidget *tabs);
    /** A tab was built (tabs are built when first shown): it follows the meeting's final state. */
    void tabBuilt(QWidget *tab);
    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }
    void setConfirmer(Confirmer confirm) { m_confirm = std::move(confirm); }

    void finalizeMinutes();
    void reopenMinutes();
    void showHistory();

    QAction *finalizeAction() const { return m_finalize; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *historyAction() const { return m_history; }

private:
    /** The banner, the actions and the tabs after the meeting shown or its final state changed. */
    void update();

    QWidget *m_window;
    QPointer<MeetingDocument> m_document;
    QPointer<QTabWidget> m_tabs;
    QList<QPointer<QWidget>> m_built;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_reopenButton;
    QAction *m_finalize;
    QAction *m_reopen;
    QAction *m_history;
    NameAsker m_askName;
    Confirmer m_confirm;
    bool m_viewOnly = false;
};

} // namespace Quorum
