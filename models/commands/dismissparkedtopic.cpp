// SPDX-License-Identifier: GPL-3.0-or-later
#include "dismissparkedtopic.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/agendarepository.h"

#include <QCoreApplication>

namespace Quorum {

DismissParkedTopic::DismissParkedTopic(EditContext context, Id meetingId, Id entryId, bool dismissed,
                                       const QString &text)
    : m_context(context)
    , m_meetingId(meetingId)
    , m_entryId(entryId)
    , m_dismissed(dismissed)
{
    setText(text);
}

void DismissParkedTopic::redo()
{
    setObsolete(!store(m_dismissed));
}

void DismissParkedTopic::undo()
{
    setObsolete(!store(!m_dismissed));
}

bool DismissParkedTopic::store(bool dismissed)
{
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::DismissParkedTopic", "save the parking lot"),
        [&](const QSqlDatabase &db) { AgendaRepository(db).setParkingDismissed(m_entryId, dismissed); });
    if (!written)
        return false;
    // The entry's own meeting shows the mark when it is the one shown; the lot follows either way.
    if (m_context.models->currentMeetingId() == m_meetingId)
        m_context.models->refreshAgenda(m_meetingId);
    m_context.models->refreshParkingLot();
    return true;
}

} // namespace Quorum
