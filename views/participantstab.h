// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum {

class MeetingDocument;

/** The meeting's participants, with a filter and counts by attendance. */
class ParticipantsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsTab(MeetingDocument *document, QWidget *parent = nullptr);

private:
    void updateCounts();

    MeetingDocument *m_document;
    QLineEdit *m_filter;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_counts;
};

} // namespace Quorum
