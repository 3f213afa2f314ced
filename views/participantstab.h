// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

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
    /** Asked before new people are added to the directory from a pasted list; tests answer it. */
    using ConfirmNewPeople = std::function<bool(QWidget *parent, const QStringList &names)>;

    explicit ParticipantsTab(MeetingDocument *document, QWidget *parent = nullptr);

    void setConfirmNewPeople(ConfirmNewPeople confirm) { m_confirm = std::move(confirm); }
    /** Adds the people of a pasted list; new names are confirmed first. Returns how many joined. */
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
    ConfirmNewPeople m_confirm;
};

} // namespace Quorum
