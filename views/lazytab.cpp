// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazytab.h"

#include <QVBoxLayout>

namespace Quorum {

LazyTab::LazyTab(const QString &objectName, Build build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyTab::widget()
{
    if (m_widget)
        return m_widget;
    m_widget = m_build();
    m_build = nullptr;
    layout()->addWidget(m_widget);
    // A page already on screen shows what it now holds at once (a hidden one shows it with itself).
    if (isVisible())
        m_widget->show();
    setFocusProxy(m_widget);
    return m_widget;
}

} // namespace Quorum
