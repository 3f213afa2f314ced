// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;

namespace Quorum {

/**
 * What an empty place says: what is missing, and a button for each action that fills it, named
 * with its shortcut ("Add Topic (Ins)") so the keyboard way is learnt on the way. The buttons
 * follow their actions: text, shortcut and whether they are enabled.
 */
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &heading, const QString &text, const QList<QAction *> &actions, QWidget *parent = nullptr);

    void setText(const QString &text);

private:
    QLabel *m_text;
};

} // namespace Quorum
