// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QFile>

// The static library's resources register only when asked (Qt's rule for static libraries).
static void registerBundledIcons()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(views);
        return true;
    }();
    Q_UNUSED(registered)
}

namespace Quorum::Icons {

QString applicationId()
{
    return QStringLiteral("org.quorumapp.Quorum");
}

QIcon application()
{
    return themed(applicationId(), applicationId());
}

QIcon themed(const QString &themeName, const QString &bundled)
{
    registerBundledIcons();
    const QString path = QStringLiteral(":/quorum/icons/%1.svg").arg(bundled);
    Q_ASSERT(QFile::exists(path));
    return QIcon::fromTheme(themeName, QIcon(path));
}

} // namespace Quorum::Icons
