// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace Quorum {

class MeetingDocument;

/** The files kept in the library for this meeting, with their metadata. */
class AttachmentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsTab(MeetingDocument *document, QWidget *parent = nullptr);

private:
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace Quorum
