// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Quorum {

/**
 * The inline form that records an action item while notes are being typed: assignees (people
 * or groups, several or none), description and due date (typed as "28 Sep" or "next friday",
 * or picked in a calendar). Enter records it, Escape closes the form.
 */
class ActionForm : public QFrame
{
    Q_OBJECT

public:
    explicit ActionForm(QWidget *parent = nullptr);

    /** Clears the form, fills the completion with names, and puts the cursor in the first field. */
    void open(const QStringList &names, const QDate &today);

Q_SIGNALS:
    /** due is invalid when none was given. */
    void submitted(const QStringList &assignees, const QString &description, const QDate &due);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void updateDueHint();

    QLineEdit *m_assignees;
    QLineEdit *m_description;
    QLineEdit *m_due;
    QToolButton *m_calendar;
    QLabel *m_hint;
    QDate m_today;
};

} // namespace Quorum
