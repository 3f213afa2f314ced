// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcontext.h"

#include "data/id.h"

#include <QString>
#include <QUndoCommand>

namespace Quorum {

/** Moves a meeting to the series named seriesName, adding the series when the name is new. */
class MoveMeeting : public QUndoCommand
{
public:
    MoveMeeting(EditContext context, Id meetingId, Id fromSeries, QString seriesName);
    void redo() override;
    void undo() override;

private:
    void refresh();

    EditContext m_context;
    Id m_meetingId;
    Id m_fromSeries;
    QString m_seriesName;
    Id m_toSeries = 0; ///< kept from the first redo, so a redo adds the series with the same id
    bool m_seriesCreated = false;
};

} // namespace Quorum
