// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Quorum::Icons {

/** The application's id: the .desktop file's name, the icon's name, the AppStream id. */
QString applicationId();

/** The application's icon: the installed theme's, else the one built in. */
QIcon application();

/**
 * The desktop theme's icon called themeName (freedesktop icon naming), else the one built in
 * under :/quorum/icons/bundled.svg, so a toolbar has icons on every desktop.
 */
QIcon themed(const QString &themeName, const QString &bundled);

} // namespace Quorum::Icons
