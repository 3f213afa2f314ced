// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/liverun.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace Quorum {

/**
 * Re-times the rest of a live day: says how late or early the run is (LiveRun::lateMinutes),
 * offers push, shorten chosen entries in proportion, or drop chosen entries to the parking lot,
 * whether pinned entries move too, and previews the start times that result
 * (LiveRun::retimeRest on a copy of the agenda).
 */
class RetimeDialog : public QDialog
{
    Q_OBJECT

public:
    RetimeDialog(const LiveRun &run, const QDateTime &now, QWidget *parent = nullptr);

    LiveRun::RetimeChoice choice() const;

private:
    void updatePreview();

    LiveRun m_run;
    QDateTime m_now;
    QButtonGroup *m_how;
    QListWidget *m_entries;
    QCheckBox *m_movePinned;
    QTreeWidget *m_preview;
    QLabel *m_previewNote;
};

} // namespace Quorum
