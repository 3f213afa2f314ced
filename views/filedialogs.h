// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Quorum {

/** The questions for a file name, injected so that tests can answer them. Empty result: cancelled. */
struct FileDialogs
{
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter)> openFile;
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)>
        saveFile;
    std::function<QString(QWidget *parent, const QString &caption)> openFolder;

    /** The desktop's file dialogs. */
    static FileDialogs standard();
};

} // namespace Quorum
