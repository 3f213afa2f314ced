// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesrepository.h"

#include "statement.h"

namespace Quorum {

QList<Series> SeriesRepository::all() const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id, name, description FROM series ORDER BY id"),
                                 tr("read the meeting series"));
    QList<Series> result;
    while (s.next())
        result.append({s.integer(0), s.text(1), s.text(2)});
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
    return Statement::run(m_db, QStringLiteral("INSERT INTO series (id, name, description) VALUES (?, ?, ?)"),
                          tr("add the series “%1”").arg(series.name),
                          {nullIfZero(series.id), series.name, series.description})
        .lastInsertId();
}

} // namespace Quorum
