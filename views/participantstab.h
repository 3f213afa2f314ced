// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum {

class MeetingDocument;

/**
 * The meeting's participants: add from the directory (or new), paste a list, edit in place,
 * and a roll call mode where one key per person marks them present or absent.
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
    void addTyped();
    int currentSourceRow() const;

    MeetingDocument *m_document;
    QLineEdit *m_filter;
    QLineEdit *m_add;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_counts;
    QAction *m_rollCall = nullptr;
};

} // namespace Quorum
