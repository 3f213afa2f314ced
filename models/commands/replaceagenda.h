// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "data/entryreferences.h"
#include "editcontext.h"
#include "snapshotcommand.h"

namespace Quorum {

/** Any agenda edit: the meeting's AgendaState before and after. */
class ReplaceAgenda : public SnapshotCommand<AgendaState>
{
public:
    ReplaceAgenda(EditContext context, Id meetingId, AgendaState before, AgendaState after, const QString &text,
                  qint64 mergeKey = 0);

protected:
    bool store(const AgendaState &from, const AgendaState &to) override;

private:
    EditContext m_context;
    /** What pointed at entries this edit removed, to restore when they come back. */
    AgendaReferences m_references;
};

} // namespace Quorum
