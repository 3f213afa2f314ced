// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetinghistory.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Quorum {

class HistoryModel;
class MeetingDocument;

/**
 * Meeting › History…: a meeting's kept changes by time (when, who, what), filterable to one
 * entry's notes; for notes, two revisions side by side (select two, or one to compare it with the
 * one before) with removed and added lines marked (LineDiff); Restore This Revision (an undoable
 * agenda edit) and Prune History… (asks first; not an undo step).
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(MeetingDocument *document, Id meetingId, QWidget *parent = nullptr);

    /** Asks for the date before which revisions go; invalid when cancelled. Tests answer it. */
    void setPruneAsker(std::function<QDate()> asker) { m_askPrune = std::move(asker); }
    /** Asks a yes/no question; tests answer it. */
    void setConfirmer(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }

    /** Reads the meeting's history again (after a restore or a prune). */
    void reload();
    /** Shows only the notes of one part and entry ("running_notes:12"), or everything (empty). */
    void setFilter(const QString &notesKey);
    void restoreSelected();
    void pruneHistory();

private:
    /** The revisions selected, oldest first. */
    QList<Revision> selectedRevisions() const;
    void showSelection();
    void showDifference(const Revision *left, const Revision &right);

    QPointer<MeetingDocument> m_document;
    Id m_meetingId;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QTableView *m_table;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
    QPushButton *m_restore;
    QPushButton *m_prune;
    QLabel *m_status;
    std::function<QDate()> m_askPrune;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Quorum
