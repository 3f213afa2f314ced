// SPDX-License-Identifier: GPL-3.0-or-later
#include "importconfluence.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/actionitemrepository.h"

#include <QCoreApplication>

namespace Quorum {

ImportConfluence::ImportConfluence(EditContext context, ConfluenceImport::Reading reading)
    : m_context(context)
    , m_reading(std::move(reading))
{
    setText(m_reading.pages.size() == 1
                ? QCoreApplication::translate("Quorum::ImportConfluence", "Import “%1” from Confluence")
                      .arg(m_reading.pages.constFirst().title)
                : QCoreApplication::translate("Quorum::ImportConfluence", "Import %1 Confluence pages")
                      .arg(m_reading.pages.size()));
}

void ImportConfluence::redo()
{
    m_previousMeeting = m_context.models->currentMeetingId();
    ConfluenceImport::Outcome outcome = m_outcome;
    QList<MeetingRows> added = m_added;
    QList<MeetingRows> replaced = m_replaced;
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::ImportConfluence", "import the Confluence pages"),
                                [&](const QSqlDatabase &db) {
                                    if (m_written) {
                                        for (const MeetingRows &rows : std::as_const(replaced))
                                            rows.remove(db);
                                        for (const MeetingRows &rows : std::as_const(added))
                                            rows.restore(db);
                                        ActionItemRepository actions(db);
                                        for (const auto &[before, after] : std::as_const(outcome.taskChanges))
                                            actions.replace(before, after);
                                        return;
                                    }
                                    replaced.clear();
                                    outcome = ConfluenceImport::write(db, m_reading, &replaced);
                                    added.clear();
                                    for (const Id id : std::as_const(outcome.meetingIds))
                                        added << MeetingRows::read(db, id);
                                });
    setObsolete(!written);
    if (!written)
        return;
    m_written = true;
    m_outcome = outcome;
    m_added = added;
    m_replaced = replaced;
    refresh(m_outcome.meetingIds);
}

void ImportConfluence::undo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::ImportConfluence", "undo the Confluence import"),
                                [&](const QSqlDatabase &db) {
                                    for (const MeetingRows &rows : std::as_const(m_added))
                                        rows.remove(db);
                                    for (const MeetingRows &rows : std::as_const(m_replaced))
                                        rows.restore(db);
                                    ActionItemRepository actions(db);
                                    for (const auto &[before, after] : std::as_const(m_outcome.taskChanges))
                                        actions.replace(after, before);
                                });
    setObsolete(!written);
    if (!written)
        return;
    refresh({m_previousMeeting});
}

void ImportConfluence::refresh(const QList<Id> &show)
{
    m_context.models->refreshDirectory();
    m_context.models->refreshMeetings();
    for (const auto &change : std::as_const(m_outcome.taskChanges)) {
        if (!change.first.isEmpty())
            m_context.models->refreshActionItems(change.first.constFirst().meetingId);
    }
    const Id id = show.value(0) ? show.value(0) : m_context.models->newestMeetingId();
    if (id)
        m_context.models->show(id);
}

} // namespace Quorum
