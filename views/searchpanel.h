// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/searchhit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace Quorum {

class MeetingDocument;

/**
 * Search across the whole library: a box (searching as you type) and the best hits with their
 * meeting, date, place and the matching words in bold. Enter or a double-click asks to open the place.
 */
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    /** The library to search; nullptr when none is open. */
    void setDocument(MeetingDocument *document);
    /** Puts the cursor in the search box, its text selected. */
    void focusSearch();
    /** Searches for text now (as typing does after a pause). */
    void search(const QString &text);
    QList<SearchHit> hits() const { return m_hits; }

Q_SIGNALS:
    void hitActivated(const Quorum::SearchHit &hit);

private:
    void activateCurrent();

    MeetingDocument *m_document = nullptr;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer *m_typing;
    QList<SearchHit> m_hits;
};

} // namespace Quorum
