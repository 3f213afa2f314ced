// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/namematch.h"

#include <QDate>
#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Quorum {

class PersonDirectory;

/**
 * The inline form that records an action item while notes are being typed: assignees (people
 * or groups, several or none), description and due date (typed as "28 Sep" or "next friday",
 * or picked in a calendar). Enter records it, Escape closes the form. A name that stands for one
 * person shows as that person's name once the cursor leaves the field ("Tim" becomes Tim
 * Jenness); names that fit several people or nobody are asked about before anything is recorded.
 * Made with Kind::Decision, the same form records a decision: who decided, what, the date it
 * was decided (today when left empty) and a ticket key.
 */
class ActionForm : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Action, Decision };

    explicit ActionForm(QWidget *parent = nullptr);
    explicit ActionForm(Kind kind, QWidget *parent = nullptr);

    /**
     * Clears the form, completes names from directory (which also settles them), and puts the
     * cursor in the first field.
     */
    void open(const PersonDirectory *directory, const QDate &today);

Q_SIGNALS:
    /** The assignees settled (PersonDirectory::chooseAssignees()); due is invalid when none was given. */
    void submitted(const QList<NameChoice> &assignees, const QString &description, const QDate &due);
    /** Kind::Decision: the deciders settled as above; date is today when none was typed. */
    void decided(const QList<NameChoice> &decidedBy, const QString &text, const QDate &date, const QString &ticket);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void updateDueHint();
    void settleNames();

    QLineEdit *m_assignees;
    QLineEdit *m_description;
    QLineEdit *m_due;
    QToolButton *m_calendar;
    QLabel *m_hint;
    Kind m_kind;
    QLineEdit *m_ticket = nullptr; ///< Kind::Decision only
    QDate m_today;
    const PersonDirectory *m_directory = nullptr;
};

} // namespace Quorum
