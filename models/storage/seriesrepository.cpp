// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesrepository.h"

#include "dialect.h"
#include "statement.h"
#include "storageerror.h"

namespace Quorum {

QList<Series> SeriesRepository::all() const
{
    Statement s = Statement::run(
        m_db, QStringLiteral("SELECT id, name, description, timezone, cadence FROM series ORDER BY id"),
        tr("read the meeting series"));
    QList<Series> result;
    while (s.next())
        result.append({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return result;
}

Id SeriesRepository::findByName(const QString &name) const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id FROM series WHERE name = ?"),
                                 tr("look up a meeting series"), {name});
    return s.next() ? s.integer(0) : 0;
}

void SeriesRepository::remove(Id id)
{
    Statement::run(m_db, QStringLiteral("DELETE FROM series WHERE id = ?"), tr("delete a meeting series"), {id});
}

Id SeriesRepository::findOrInsert(const QString &name, Id wantedId, bool *created)
{
    if (const Id existing = findByName(name)) {
        *created = false;
        return existing;
    }
    *created = true;
    Series s;
    s.id = wantedId;
    s.name = name;
    return insert(s);
}

Id SeriesRepository::insert(const Series &series)
{
    return Statement::run(
               m_db,
               QStringLiteral("INSERT INTO series (id, name, description, timezone, cadence) VALUES (?, ?, ?, ?, ?)")
                   + Dialect::returningId(m_db),
               tr("add the series “%1”").arg(series.name),
               {nullIfZero(series.id), series.name, series.description, series.timeZone, series.cadence})
        .lastInsertId();
}

Series SeriesRepository::load(Id id) const
{
    Statement s = Statement::run(
        m_db, QStringLiteral("SELECT id, name, description, timezone, cadence FROM series WHERE id = ?"),
        tr("read the meeting series"), {id});
    if (!s.next())
        throw StorageError(tr("Could not read the series: it is no longer in the library."));
    return {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)};
}

void SeriesRepository::update(const Series &series)
{
    const Statement s = Statement::run(
        m_db, QStringLiteral("UPDATE series SET name = ?, description = ?, timezone = ?, cadence = ? WHERE id = ?"),
        tr("save the series “%1”").arg(series.name),
        {series.name, series.description, series.timeZone, series.cadence, series.id});
    if (s.numRowsAffected() != 1)
        throw StorageError(tr("Could not save the series “%1”: it is no longer in the library.").arg(series.name));
}

QList<MeetingSummary> SeriesRepository::meetings(Id seriesId) const
{
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT m.id, s.name, m.title, m.start_date, m.end_date FROM meeting m "
                                                "JOIN series s ON s.id = m.series_id WHERE m.series_id = ? "
                                                "ORDER BY m.start_date, m.id"),
                                 tr("read the meetings of a series"), {seriesId});
    QList<MeetingSummary> result;
    while (s.next()) {
        MeetingSummary m;
        m.id = s.integer(0);
        m.seriesId = seriesId;
        m.seriesName = s.text(1);
        m.title = s.text(2);
        m.startDate = dateFromSql(s.value(3));
        m.endDate = dateFromSql(s.value(4));
        result << m;
    }
    return result;
}

} // namespace Quorum
