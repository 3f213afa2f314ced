// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoStack>

namespace Quorum {

/** Groups the commands pushed while it lives into one undo step; the step ends however the scope is left. */
class UndoMacro
{
public:
    UndoMacro(QUndoStack *stack, const QString &text)
        : m_stack(stack)
    {
        m_stack->beginMacro(text);
    }
    ~UndoMacro() { m_stack->endMacro(); }
    UndoMacro(const UndoMacro &) = delete;
    UndoMacro &operator=(const UndoMacro &) = delete;

private:
    QUndoStack *m_stack;
};

} // namespace Quorum
