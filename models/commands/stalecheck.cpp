// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecheck.h"

#include "storage/dialect.h"
#include "storage/personrepository.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QLocale>

namespace Quorum {

bool StaleCheck::applies(const QSqlDatabase &db)
{
    return Dialect::isServer(db);
}

void StaleCheck::lockMeeting(const QSqlDatabase &db, Id meetingId)
{
    if (!applies(db))
        return;
    // The key's first half says "Quorum's meeting lock", the second which meeting.
    Statement::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"), tr("wait for another person's save"),
                   {0x51524D31, qint32(meetingId & 0x7fffffff)});
}

QString StaleCheck::changedBy(const QSqlDatabase &db, const char *table, Id id)
{
    if (!applies(db))
        return {};
    try {
        // table is one of the schema's names, written in the code, never input.
        Statement s = Statement::run(
            db,
            QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE %2 = ?")
                .arg(QLatin1String(table), QLatin1String(qstrcmp(table, "participant") == 0 ? "person_id" : "id")),
            tr("read who changed it"), {id});
        if (!s.next())
            return {};
        // The database user as the directory knows them: a person whose username it is.
        const QString who = PersonRepository(db).nameOfUser(s.text(0));
        const QString when = QLocale().toString(s.value(1).toDateTime().toLocalTime().time(), QLocale::ShortFormat);
        return tr("%1 at %2").arg(who, when);
    } catch (const StorageError &) {
        return {}; // who it was is a courtesy
    }
}

StorageError StaleCheck::refusal(const QSqlDatabase &db, const char *table, const QString &what, Id id)
{
    const QString who = changedBy(db, table, id);
    const QString message
        = who.isEmpty() ? tr("Someone else removed or changed %1 since this window read it, so your change was not "
                             "saved. It is shown as it is now.")
                              .arg(what)
                        : tr("%1 was changed by %2 since this window read it, so your change was not saved over "
                             "theirs. It is shown as it is now: make your change again on it.")
                              .arg(what.left(1).toUpper() + what.mid(1), who);
    return StorageError(message, StorageError::StaleEdit);
}

} // namespace Quorum
