// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingrows.h"

#include "dialect.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QHash>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MeetingRows", text);
}

const QString EntriesOfMeeting
    = QStringLiteral("SELECT e.id FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id WHERE d.meeting_id = ?");

/** Which table a column's ids point into, for the columns a copy maps to new ids. */
QString referencedTable(const QString &table, const QString &column)
{
    if (column == QLatin1String("day_id"))
        return QStringLiteral("meeting_day");
    if (column == QLatin1String("parent_id") || column == QLatin1String("entry_id")
        || column == QLatin1String("scheduled_entry_id"))
        return QStringLiteral("agenda_entry");
    if (column == QLatin1String("action_id"))
        return QStringLiteral("action_item");
    if (column == QLatin1String("decision_id"))
        return QStringLiteral("decision");
    if (column == QLatin1String("request_id"))
        return QStringLiteral("topic_request");
    Q_UNUSED(table)
    return {};
}

/** The tables that hold what happened at the meeting rather than its plan. */
bool isRecord(const QString &table)
{
    return table == QLatin1String("action_item") || table == QLatin1String("action_assignee")
           || table == QLatin1String("day_attendance") || table == QLatin1String("topic_request")
           || table == QLatin1String("topic_requester") || table == QLatin1String("decision")
           || table == QLatin1String("decision_maker");
}

/** The tables a copy never takes: a copy is not final and starts its own history. */
bool isHistory(const QString &table)
{
    return table == QLatin1String("meeting_final") || table == QLatin1String("meeting_event")
           || table == QLatin1String("revision");
}

/** The tables of the meeting's calendar invitation: its UIDs are its own, a copy is not sent as it. */
bool isInvitation(const QString &table)
{
    return table == QLatin1String("meeting_invitation") || table == QLatin1String("invitation_event");
}

/**
 * The columns a server library keeps of each row for itself (its version, who changed it and
 * when, the order of rows without an id): a copy is a new row and gets new ones.
 */
bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("rowid") || column == QLatin1String("row_version")
           || column == QLatin1String("changed_by") || column == QLatin1String("changed_at");
}

/** A column of a planned table that holds what happened (notes, attendance, the live run): *value as before the meeting. */
void recordColumnCleared(const QString &table, const QString &column, QVariant *value)
{
    static const QHash<QString, QHash<QString, QVariant>> cleared = {
        {QStringLiteral("agenda_entry"),
         {{QStringLiteral("running_notes"), QString()},
          {QStringLiteral("actual_start"), QVariant(QMetaType::fromType<QString>())},
          {QStringLiteral("actual_end"), QVariant(QMetaType::fromType<QString>())},
          {QStringLiteral("paused_seconds"), 0},
          {QStringLiteral("run_status"), QStringLiteral("planned")},
          {QStringLiteral("original_start"), QVariant(QMetaType::fromType<QString>())},
          {QStringLiteral("original_minutes"), QVariant(QMetaType::fromType<int>())},
          {QStringLiteral("carry_over"), 0},
          {QStringLiteral("parking_dismissed"), 0}}},
        {QStringLiteral("meeting_day"),
         {{QStringLiteral("actual_start"), QVariant(QMetaType::fromType<QString>())},
          {QStringLiteral("actual_end"), QVariant(QMetaType::fromType<QString>())},
          {QStringLiteral("paused_at"), QVariant(QMetaType::fromType<QString>())}}},
        {QStringLiteral("participant"), {{QStringLiteral("attendance"), QStringLiteral("invited")}}},
    };
    const auto t = cleared.constFind(table);
    if (t == cleared.cend())
        return;
    const auto c = t->constFind(column);
    if (c != t->cend())
        *value = *c;
}

void insertRow(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QVariantList &values,
               const QString &context, Id *newId = nullptr)
{
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (newId)
        sql += Dialect::returningId(db);
    Statement s = Statement::run(db, sql, context, values);
    if (newId)
        *newId = s.lastInsertId();
}

} // namespace

MeetingRows MeetingRows::read(const QSqlDatabase &db, Id meetingId)
{
    MeetingRows rows;
    rows.m_meetingId = meetingId;
    const QVariantList id{meetingId};
    rows.readTable(db, QStringLiteral("meeting"), QStringLiteral("id = ?"), id);
    if (rows.count(QStringLiteral("meeting")) != 1)
        throw StorageError(tr("Could not read the meeting: it is no longer in the library."));
    rows.readTable(db, QStringLiteral("dial_in"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("meeting_day"), QStringLiteral("meeting_id = ?"), id);
    // Blocks before the entries in them.
    rows.readTable(db, QStringLiteral("agenda_entry"),
                   QStringLiteral("day_id IN (SELECT id FROM meeting_day WHERE meeting_id = ?) "
                                  "ORDER BY parent_id IS NOT NULL, id"),
                   id);
    rows.readTable(db, QStringLiteral("agenda_coordinator"), QStringLiteral("entry_id IN (%1)").arg(EntriesOfMeeting),
                   id);
    rows.readTable(db, QStringLiteral("participant"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("day_attendance"),
                   QStringLiteral("day_id IN (SELECT id FROM meeting_day WHERE meeting_id = ?)"), id);
    rows.readTable(db, QStringLiteral("action_item"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("action_assignee"),
                   QStringLiteral("action_id IN (SELECT id FROM action_item WHERE meeting_id = ?)"), id);
    rows.readTable(db, QStringLiteral("attachment"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("topic_request"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("topic_requester"),
                   QStringLiteral("request_id IN (SELECT id FROM topic_request WHERE meeting_id = ?)"), id);
    rows.readTable(db, QStringLiteral("decision"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("decision_maker"),
                   QStringLiteral("decision_id IN (SELECT id FROM decision WHERE meeting_id = ?)"), id);
    // Final minutes and history (issue 19): kept for an undone delete, never copied.
    rows.readTable(db, QStringLiteral("meeting_final"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("meeting_event"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("revision"), QStringLiteral("meeting_id = ?"), id);
    // Its calendar invitation (issue 21): kept for an undone delete, never copied (a copy is another meeting).
    rows.readTable(db, QStringLiteral("meeting_invitation"), QStringLiteral("meeting_id = ?"), id);
    rows.readTable(db, QStringLiteral("invitation_event"), QStringLiteral("meeting_id = ?"), id);
    // Other meetings' rows that name one of its entries lose that link with it (ON DELETE SET NULL).
    const std::pair<const char *, const char *> links[] = {{"action_item", "entry_id"},
                                                           {"attachment", "entry_id"},
                                                           {"topic_request", "scheduled_entry_id"},
                                                           {"decision", "entry_id"}};
    for (const auto &[table, column] : links) {
        Statement s = Statement::run(db,
                                     QStringLiteral("SELECT id, %2 FROM %1 WHERE meeting_id <> ? AND %2 IN (%3)")
                                         .arg(QLatin1String(table), QLatin1String(column), EntriesOfMeeting),
                                     tr("read the meeting"), {meetingId, meetingId});
        while (s.next())
            rows.m_outside.append({QLatin1String(table), QLatin1String(column), s.integer(0), s.integer(1)});
    }
    // Entries of other meetings scheduled from one of its entries out of the parking lot.
    Statement carried = Statement::run(
        db,
        QStringLiteral("SELECT c.id, c.carried_from_entry_id FROM agenda_entry c JOIN meeting_day d ON d.id = c.day_id "
                       "WHERE d.meeting_id <> ? AND c.carried_from_entry_id IN (%1)")
            .arg(EntriesOfMeeting),
        tr("read the meeting"), {meetingId, meetingId});
    while (carried.next())
        rows.m_outside.append({QStringLiteral("agenda_entry"), QStringLiteral("carried_from_entry_id"),
                               carried.integer(0), carried.integer(1)});
    return rows;
}

void MeetingRows::readTable(const QSqlDatabase &db, const QString &name, const QString &where,
                            const QVariantList &values)
{
    Statement s = Statement::run(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(name, where),
                                 tr("read the meeting"), values);
    Table t;
    t.name = name;
    const QSqlRecord record = s.record();
    for (int i = 0; i < record.count(); ++i)
        t.columns << record.fieldName(i);
    while (s.next()) {
        QVariantList row;
        row.reserve(t.columns.size());
        for (int i = 0; i < t.columns.size(); ++i)
            row << s.value(i);
        t.rows << row;
    }
    m_tables << t;
}

const MeetingRows::Table *MeetingRows::table(const QString &name) const
{
    for (const Table &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString MeetingRows::title() const
{
    const Table *t = table(QStringLiteral("meeting"));
    if (!t || t->rows.isEmpty())
        return {};
    return t->rows.constFirst().value(t->columns.indexOf(QStringLiteral("title"))).toString();
}

int MeetingRows::count(const QString &name) const
{
    const Table *t = table(name);
    return t ? int(t->rows.size()) : 0;
}

int MeetingRows::entriesWithNotes() const
{
    const Table *t = table(QStringLiteral("agenda_entry"));
    if (!t)
        return 0;
    const qsizetype notes = t->columns.indexOf(QStringLiteral("running_notes"));
    int n = 0;
    for (const QVariantList &row : t->rows)
        n += !row.value(notes).toString().trimmed().isEmpty();
    return n;
}

void MeetingRows::remove(const QSqlDatabase &db) const
{
    const Statement s = Statement::run(db, QStringLiteral("DELETE FROM meeting WHERE id = ?"), tr("delete the meeting"),
                                       {m_meetingId});
    if (s.numRowsAffected() != 1)
        throw StorageError(tr("Could not delete the meeting: it is no longer in the library."));
}

void MeetingRows::restore(const QSqlDatabase &db) const
{
    const QString context = tr("restore the meeting");
    for (const Table &t : m_tables) {
        // The history's rows take new ids: nothing names them, and later changes of other meetings
        // may have been given the ids these had (SQLite hands out the largest id plus one again).
        const qsizetype idColumn = isHistory(t.name) && t.name != QLatin1String("meeting_final")
                                       ? t.columns.indexOf(QStringLiteral("id"))
                                       : -1;
        QStringList columns = t.columns;
        if (idColumn >= 0)
            columns.removeAt(idColumn);
        for (QVariantList row : t.rows) {
            if (idColumn >= 0)
                row.removeAt(idColumn);
            insertRow(db, t.name, columns, row, context);
        }
    }
    for (const OutsideLink &link : m_outside)
        Statement::run(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(link.table, link.column), context,
                       {link.entryId, link.rowId});
}

Id MeetingRows::insertCopy(const QSqlDatabase &db, const CopyOptions &options) const
{
    const QString context = tr("copy the meeting");
    QHash<QString, QHash<Id, Id>> newIds; // table -> old id -> new id
    Id copy = 0;
    for (const Table &t : m_tables) {
        if (!options.keepRecord && isRecord(t.name))
            continue;
        if (isHistory(t.name) || isInvitation(t.name))
            continue;
        const qsizetype idColumn = t.columns.indexOf(QStringLiteral("id"));
        QStringList columns;
        for (const QString &column : t.columns) {
            if (column != QLatin1String("id") && !isBookkeeping(column))
                columns << column; // a new id
        }
        for (const QVariantList &row : t.rows) {
            QVariantList values;
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                const QString &column = t.columns.at(i);
                QVariant value = row.at(i);
                if (i == idColumn || isBookkeeping(column))
                    continue;
                if (column == QLatin1String("meeting_id")) {
                    value = copy;
                } else if (const QString target = referencedTable(t.name, column);
                           !target.isEmpty() && !value.isNull()) {
                    const Id mapped = newIds.value(target).value(value.toLongLong());
                    value = mapped ? QVariant(mapped) : QVariant(QMetaType::fromType<qint64>());
                } else if (t.name == QLatin1String("meeting") && column == QLatin1String("title")) {
                    value = options.title;
                } else if (!options.keepRecord) {
                    recordColumnCleared(t.name, column, &value);
                }
                values << value;
            }
            Id inserted = 0;
            insertRow(db, t.name, columns, values, context, idColumn >= 0 ? &inserted : nullptr);
            if (idColumn >= 0)
                newIds[t.name].insert(row.at(idColumn).toLongLong(), inserted);
            if (t.name == QLatin1String("meeting"))
                copy = inserted;
        }
    }
    return copy;
}

} // namespace Quorum
