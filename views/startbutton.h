// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace Quorum {

/**
 * The Start Meeting button of the Agenda and Running Notes tabs: a tool button for the window's
 * start action (owned by the Run menu) that names its shortcut, "Start Meeting (Ctrl+F5)", and
 * follows the action's text, shortcut and state.
 */
class StartButton : public QToolButton
{
    Q_OBJECT

public:
    /** start may be null: a button made where the tab order wants it, its action set later (setAction()). */
    explicit StartButton(QAction *start, QWidget *parent = nullptr);

    void setAction(QAction *start);

private:
    void updateText();
};

} // namespace Quorum
