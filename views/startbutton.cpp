// SPDX-License-Identifier: GPL-3.0-or-later
#include "startbutton.h"

#include <QAction>

namespace Quorum {

StartButton::StartButton(QAction *start, QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("startMeetingButton"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (start)
        setAction(start);
}

void StartButton::setAction(QAction *start)
{
    if (QAction *before = defaultAction())
        disconnect(before, &QAction::changed, this, &StartButton::updateText);
    setDefaultAction(start);
    // The button takes the action's text on each change; the shortcut goes after it.
    connect(start, &QAction::changed, this, &StartButton::updateText);
    updateText();
}

void StartButton::updateText()
{
    const QAction *start = defaultAction();
    if (!start)
        return;
    const QString shortcut = start->shortcut().toString(QKeySequence::NativeText);
    setText(shortcut.isEmpty() ? start->iconText() : tr("%1 (%2)").arg(start->iconText(), shortcut));
}

} // namespace Quorum
