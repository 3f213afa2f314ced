// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Quorum {

/**
 * A tab page that builds its real widget the first time it is needed: when the tab becomes
 * current, or when something asks for it (widget()). Until then it is an empty page, so a window
 * shows its first tab without building the others. It carries the tab's object name; the real
 * widget fills it and takes its focus.
 */
class LazyTab : public QWidget
{
    Q_OBJECT

public:
    using Build = std::function<QWidget *()>;
    LazyTab(const QString &objectName, Build build, QWidget *parent = nullptr);

    /** The real widget, built now when it was not yet. */
    QWidget *widget();
    bool isBuilt() const { return m_widget != nullptr; }

private:
    Build m_build;
    QWidget *m_widget = nullptr;
};

} // namespace Quorum
