// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace Quorum {

class ActionFilterProxy;
class ActionForm;
class ActionItemModel;
class DecisionsView;
class MeetingDocument;

/**
 * Two pages: this meeting's action items (add, remove, edit), with its decisions and what earlier
 * meetings of the series left open below them (the newest few, or all); and the action item
 * summary of the whole library. Each with filters.
 */
class ActionItemsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemsTab(MeetingDocument *document, QWidget *parent = nullptr);

    /** The action items the summary shows now (its filters applied), in its order. */
    QList<Id> shownSummaryIds() const;
    /** The summary's filters in words ("Open; assigned to Wil O'Mullane"), for a printed report. */
    QString summaryFilters() const;

    /** How many earlier open actions "Carried forward" shows at first, newest first. */
    static constexpr int CarriedLimit = 20;

    /** Shows this meeting's page with the action item selected and in sight (filters give way). */
    void selectAction(Id actionId);
    /** Shows this meeting's page with the decision selected and in sight. */
    void selectDecision(Id decisionId);

Q_SIGNALS:
    /** The user asked to see where an action item was recorded. */
    void actionRequested(Id meetingId, Id entryId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Filters
    {
        QLineEdit *text = nullptr;
        QComboBox *state = nullptr;
        QSpinBox *days = nullptr;
        QComboBox *assignee = nullptr;
        QComboBox *series = nullptr;
        QComboBox *meeting = nullptr;
    };

    QWidget *buildFilters(Filters *filters, ActionFilterProxy *proxy, bool summary, const QString &prefix);
    void applyFilters(const Filters &filters, ActionFilterProxy *proxy);
    void fillChoices();
    void updateCount();
    void updateCarried();
    void updateMeetingCount();
    void openForm();
    void removeSelected();
    /** New rows of this meeting (recorded, added, or brought back by undo): selected and scrolled to. */
    void showNewRows(int first, int last);
    void clearMeetingFilters();

    MeetingDocument *m_document;
    QTabBar *m_pages;
    QStackedWidget *m_stack;
    ActionForm *m_form;
    QAction *m_add;
    QAction *m_remove;
    QPushButton *m_showAllCarried;
    bool m_scrollPending = false;
    bool m_selectingNew = false;
    QTableView *m_meetingTable;
    QTableView *m_summaryTable;
    QTableView *m_carriedTable;
    QLabel *m_carriedLabel;
    QWidget *m_carriedBox;
    ActionFilterProxy *m_carriedProxy;
    ActionFilterProxy *m_meetingProxy;
    ActionFilterProxy *m_summaryProxy;
    Filters m_meetingFilters;
    Filters m_summaryFilters;
    QLabel *m_summaryCount;
    DecisionsView *m_decisions; ///< this meeting's decisions, beneath its action items
};

} // namespace Quorum
