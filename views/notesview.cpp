// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesview.h"

#include <QDesktopServices>

namespace Quorum {

NotesView::NotesView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("quorum")) {
            Q_EMIT quorumLinkClicked(url);
            return;
        }
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

QVariant NotesView::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace Quorum
