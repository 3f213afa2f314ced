// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

namespace {

QString buttonText(const QAction *action)
{
    QString text = action->text();
    text.remove(QStringLiteral("…"));
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    return shortcut.isEmpty() ? text : EmptyState::tr("%1 (%2)").arg(text, shortcut);
}

} // namespace

EmptyState::EmptyState(const QString &heading, const QString &text, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(text))
{
    auto *title = new QLabel(heading);
    title->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QPushButton(buttonText(action));
        button->setObjectName(QStringLiteral("emptyStateButton"));
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(buttonText(action));
            button->setEnabled(action->isEnabled());
        });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

} // namespace Quorum
