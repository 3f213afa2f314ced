// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/searchhit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
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
    /** Searches for text now (as typing does after a pause), showing the best SearchPanel::Step places. */
    void search(const QString &text);
    /** When more places were found than are shown, shows SearchPanel::Step more. */
    void showMore();
    QList<SearchHit> hits() const { return m_hits; }

    /** How many places a search shows at first, and how many more each "Show more" adds. */
    static constexpr int Step = 200;

Q_SIGNALS:
    void hitActivated(const Quorum::SearchHit &hit);

private:
    void fill();
    void activateCurrent();

    MeetingDocument *m_document = nullptr;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLabel *m_status;
    QPushButton *m_more;
    QTimer *m_typing;
    QList<SearchHit> m_hits;
    int m_limit = Step;
};

} // namespace Quorum
