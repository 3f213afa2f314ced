// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include <QFileDialog>

namespace Quorum {

FileDialogs FileDialogs::standard()
{
    FileDialogs d;
    d.openFile = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    };
    d.saveFile = [](QWidget *parent, const QString &caption, const QString &filter, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    };
    d.openFolder
        = [](QWidget *parent, const QString &caption) { return QFileDialog::getExistingDirectory(parent, caption); };
    return d;
}

} // namespace Quorum
