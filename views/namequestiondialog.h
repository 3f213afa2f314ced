// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/namematch.h"

#include <QDialog>

class QComboBox;
class QPushButton;

namespace Quorum {

/**
 * Asks who typed names stand for, when the directory cannot tell: for each name a list of the
 * people it fits and "a new person", or, for a name nobody has, whether to add it as a new
 * person. Nothing is chosen for the user; OK waits until every name has an answer. Every place a
 * name is typed asks through this one dialog (PersonDirectory::setAsker(asker(window))).
 */
class NameQuestionDialog : public QDialog
{
    Q_OBJECT

public:
    NameQuestionDialog(const QList<NameQuestion> &questions, QWidget *parent = nullptr);

    /** For each question, the id of the person chosen, or 0 for a new person. */
    QList<Id> answers() const;

    /** Shows the dialog over parent (or the active window) and returns the answers, or nullopt when cancelled. */
    static std::optional<QList<Id>> ask(QWidget *parent, const QList<NameQuestion> &questions);
    /**
     * The asker for a document's directory: ask() over window. A question asked while one is
     * already open (an editor losing focus to the dialog) is declined, so one dialog shows at a time.
     */
    static NameAsker asker(QWidget *window);

private:
    void updateOk();

    QList<QComboBox *> m_choices;
    QPushButton *m_ok;
};

} // namespace Quorum
