// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Quorum {

class ActionFilterProxy;
class MeetingDocument;

/** This meeting's action items, and the open action items of the whole library. */
class ActionItemsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemsTab(MeetingDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    /** The user asked to see the meeting an action item appears on. */
    void meetingRequested(Id meetingId);

private:
    void updateSummaryCount();

    MeetingDocument *m_document;
    QTableView *m_meetingTable;
    QTableView *m_summaryTable;
    ActionFilterProxy *m_summaryProxy;
    QLineEdit *m_filter;
    QCheckBox *m_showDone;
    QLabel *m_summaryCount;
};

} // namespace Quorum
