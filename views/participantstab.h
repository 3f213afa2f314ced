// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum {

class ColumnChooser;
class MeetingDocument;

/**
 * The meeting's participants: add from the directory (or new), paste a list, edit in place,
 * and a roll call mode where one key per person marks them present or absent. A day chosen
 * above the table (the live day while a run is on) shows and edits that day's attendance, with
 * late arrivals and early departures; the whole meeting's view sums the days up.
 */
class ParticipantsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsTab(MeetingDocument *document, QWidget *parent = nullptr);

    /**
     * Adds the people of a pasted or typed list. Names that fit several people or nobody are
     * asked about first (the directory's asker); -1 when that was cancelled, and nothing changed.
     * Otherwise returns how many joined.
     */
    int addPastedList(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounts();
    /** The day box's items again: "Whole meeting" and the meeting's days, the chosen one current. */
    void fillDays();
    /** What applies to the day shown: its columns and the actions that need a day. */
    void showDay();
    void addTyped();
    int currentSourceRow() const;

    MeetingDocument *m_document;
    QLineEdit *m_filter;
    QLineEdit *m_add;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_counts;
    QComboBox *m_days;
    ColumnChooser *m_columns = nullptr;
    QAction *m_rollCall = nullptr;
    QAction *m_arrivedNow = nullptr;
    QAction *m_leftNow = nullptr;
};

} // namespace Quorum
