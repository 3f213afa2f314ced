// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Quorum {

class ActionForm;
class MeetingDocument;

/**
 * The shown meeting's decisions (DecisionModel) as the Action Items tab lists them beneath the
 * action items: text, decided by, date, agenda entry and ticket, edited in place; recorded with
 * the decision form of the running notes (Record Decision…) and removed with Delete (undo brings
 * them back).
 */
class DecisionsView : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionsView(MeetingDocument *document, QWidget *parent = nullptr);

    /** Selects the decision and brings it into sight. */
    void selectDecision(Id decisionId);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void removeSelected();
    void updateCount();

    MeetingDocument *m_document;
    QTableView *m_table;
    QLabel *m_title;
    ActionForm *m_form;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace Quorum
