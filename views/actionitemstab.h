// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace Quorum {

class ActionFilterProxy;
class ActionItemModel;
class MeetingDocument;

/** This meeting's action items, and the action item summary of the whole library, with filters. */
class ActionItemsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemsTab(MeetingDocument *document, QWidget *parent = nullptr);

    /** The action items the summary shows now (its filters applied), in its order. */
    QList<Id> shownSummaryIds() const;
    /** The summary's filters in words ("Open; assigned to Wil O'Mullane"), for a printed report. */
    QString summaryFilters() const;

Q_SIGNALS:
    /** The user asked to see where an action item was recorded. */
    void actionRequested(Id meetingId, Id entryId);

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

    MeetingDocument *m_document;
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
};

} // namespace Quorum
