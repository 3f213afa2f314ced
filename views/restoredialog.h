// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/backupinfo.h"

#include <QDialog>

class QTreeWidget;

namespace Quorum {

/** The snapshots of a library, newest first, with when they were taken and their size; one is chosen to restore. */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QList<BackupInfo> &backups, const QString &folder, QWidget *parent = nullptr);

    /** The chosen snapshot, or an empty path. */
    QString chosen() const;

private:
    QTreeWidget *m_list;
};

} // namespace Quorum
