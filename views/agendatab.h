// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QWidget>

class QTreeView;

namespace Quorum {

class MeetingDocument;
class NotesView;

/** The agenda tree (day > block > entry) with the selected entry's details beside it. */
class AgendaTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaTab(MeetingDocument *document, QWidget *parent = nullptr);

    void selectEntry(Id entryId);

private:
    void showDetails();

    MeetingDocument *m_document;
    QTreeView *m_tree;
    NotesView *m_details;
};

} // namespace Quorum
