// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrecorder.h"

#include "agenda/agendastate.h"
#include "data/meetinghistory.h"
#include "dialect.h"
#include "historyrepository.h"
#include "personrepository.h"
#include "statement.h"

#include <QCoreApplication>
#include <QHash>

namespace Quorum {

HistoryRecorder::HistoryRecorder(const QSqlDatabase &db, const QDateTime &at, const QString &author)
    : m_db(db)
    , m_at(at.toUTC())
    , m_author(author)
{
    m_at.setTime(QTime(m_at.time().hour(), m_at.time().minute(), m_at.time().second()));
    // On a team library the author is the database user who makes the change, as the directory
    // names them (the person whose username it is), else the user name itself.
    if (m_author.isEmpty() && Dialect::isServer(m_db)) {
        Statement user = Statement::run(m_db, QStringLiteral("SELECT current_user"),
                                        QCoreApplication::translate("Quorum::HistoryRecorder", "record the author"));
        if (user.next())
            m_author = PersonRepository(m_db).nameOfUser(user.text(0));
    }
}

QString HistoryRecorder::undoSummary(const QString &text)
{
    return QCoreApplication::translate("Quorum::HistoryRecorder", "Undo: %1").arg(text);
}

Revision HistoryRecorder::revision(Id meetingId, const QString &part, Id entryId, const QString &entryTitle,
                                   const QString &summary, const QString *content) const
{
    Revision r;
    r.meetingId = meetingId;
    r.at = m_at;
    r.author = m_author;
    r.part = part;
    r.entryId = entryId;
    r.entryTitle = entryTitle;
    r.summary = summary;
    r.hasContent = content != nullptr;
    if (content)
        r.content = *content;
    return r;
}

void HistoryRecorder::record(Id meetingId, const QString &part, Id entryId, const QString &entryTitle,
                             const QString &summary, const QString *content, bool undoing)
{
    HistoryRepository history(m_db);
    const QString said = undoing ? undoSummary(summary) : summary;
    if (!undoing) {
        const Revision last = history.newest(meetingId);
        if (last.id && last.part == part && last.entryId == entryId && last.summary == said && last.author == m_author
            && last.at.secsTo(m_at) >= 0 && last.at.secsTo(m_at) <= QuietSeconds) {
            history.touch(last.id, m_at, content ? *content : QString(), content != nullptr);
            return;
        }
    }
    history.insert(revision(meetingId, part, entryId, entryTitle, said, content));
}

void HistoryRecorder::recordChange(Id meetingId, const QString &part, const QString &summary, bool undoing)
{
    record(meetingId, part, 0, QString(), summary, nullptr, undoing);
}

void HistoryRecorder::recordNotes(Id meetingId, const QString &part, Id entryId, const QString &entryTitle,
                                  const QString &before, const QString &after, const QString &summary, bool undoing)
{
    if (before == after)
        return;
    if (!before.isEmpty() && !HistoryRepository(m_db).hasNotesRevision(meetingId, part, entryId)) {
        HistoryRepository(m_db).insert(revision(
            meetingId, part, entryId, entryTitle,
            QCoreApplication::translate("Quorum::HistoryRecorder", "As it was before the first recorded change"),
            &before));
    }
    record(meetingId, part, entryId, entryTitle, summary, &after, undoing);
}

void HistoryRecorder::recordAgenda(Id meetingId, const AgendaState &from, const AgendaState &to, const QString &summary,
                                   bool undoing)
{
    QHash<Id, const AgendaEntry *> before;
    for (const AgendaEntry &e : from.entries)
        before.insert(e.id, &e);
    bool otherChange = from.days != to.days || from.entries.size() != to.entries.size();
    for (const AgendaEntry &e : to.entries) {
        const AgendaEntry *old = before.value(e.id);
        if (!old) {
            otherChange = true;
            continue;
        }
        AgendaEntry rest = *old;
        rest.preNotes = e.preNotes;
        rest.runningNotes = e.runningNotes;
        if (rest != e)
            otherChange = true;
        recordNotes(meetingId, Revision::preNotesPart(), e.id, e.title, old->preNotes, e.preNotes, summary, undoing);
        recordNotes(meetingId, Revision::runningNotesPart(), e.id, e.title, old->runningNotes, e.runningNotes, summary,
                    undoing);
    }
    if (otherChange)
        record(meetingId, Revision::agendaPart(), 0, QString(), summary, nullptr, undoing);
}

} // namespace Quorum
