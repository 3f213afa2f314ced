// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Quorum {

/**
 * Read-only rendering of Markdown notes. It never loads anything: notes may come from an
 * imported file, and an image reference must not read a local file or reach the network.
 * Links open in the desktop's browser only for http, https and mailto.
 */
class NotesView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NotesView(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /** A link of Quorum's own (scheme "quorum") was clicked, e.g. an action item's checkbox. */
    void quorumLinkClicked(const QUrl &url);
};

} // namespace Quorum
