// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrepository.h"

#include "dialect.h"
#include "statement.h"

#include <QHash>

namespace Quorum {

QList<Decision> DecisionRepository::read(const QString &where, const QVariantList &binds, const QString &context) const
{
    Statement s = Statement::run(
        m_db,
        QStringLiteral("SELECT d.id, d.meeting_id, d.entry_id, d.position, d.text, d.decided_on, d.external_ref "
                       "FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE %1 "
                       "ORDER BY m.start_date, m.id, d.position, d.id")
            .arg(where),
        context, binds);
    QList<Decision> result;
    QHash<Id, qsizetype> index;
    while (s.next()) {
        Decision d;
        d.id = s.integer(0);
        d.meetingId = s.integer(1);
        d.entryId = s.integer(2);
        d.position = int(s.integer(3));
        d.text = s.text(4);
        d.date = dateFromSql(s.value(5));
        d.externalRef = s.text(6);
        index.insert(d.id, result.size());
        result.append(d);
    }
    if (result.isEmpty())
        return result;
    Statement makers = Statement::run(
        m_db,
        QStringLiteral("SELECT dm.decision_id, dm.person_id, dm.group_id FROM decision_maker dm "
                       "JOIN decision d ON d.id = dm.decision_id JOIN meeting m ON m.id = d.meeting_id WHERE %1 "
                       "ORDER BY dm.decision_id, dm.position")
            .arg(where),
        context, binds);
    while (makers.next()) {
        const auto at = index.constFind(makers.integer(0));
        if (at != index.cend())
            result[*at].decidedBy.append({makers.integer(1), makers.integer(2)});
    }
    return result;
}

QList<Decision> DecisionRepository::forMeeting(Id meetingId) const
{
    return read(QStringLiteral("d.meeting_id = ?"), {meetingId}, tr("read the decisions"));
}

QList<RegisterDecision> DecisionRepository::list(const DecisionFilter &filter) const
{
    const QString context = tr("read the decision register");
    QStringList where{QStringLiteral("TRUE")}; // a boolean on both back ends (PostgreSQL refuses WHERE 1)
    QVariantList binds;
    if (filter.meetingId) {
        where << QStringLiteral("d.meeting_id = ?");
        binds << filter.meetingId;
    }
    if (filter.seriesId) {
        where << QStringLiteral("m.series_id = ?");
        binds << filter.seriesId;
    }
    // A decision without a date of its own counts as taken on its meeting's first day.
    if (filter.from.isValid()) {
        where << QStringLiteral("coalesce(d.decided_on, m.start_date) >= ?");
        binds << sqlDate(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("coalesce(d.decided_on, m.start_date) <= ?");
        binds << sqlDate(filter.to);
    }
    if (filter.personId) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM decision_maker dm WHERE dm.decision_id = d.id AND (dm.person_id = ? "
            "OR dm.group_id IN (SELECT group_id FROM group_member WHERE person_id = ?)))");
        binds << filter.personId << filter.personId;
    }
    const QString condition = where.join(QStringLiteral(" AND "));
    QList<Decision> decisions = read(condition, binds, context);
    const QString words = filter.text.simplified();
    if (!words.isEmpty()) {
        decisions.removeIf([&](const Decision &d) {
            return !d.text.contains(words, Qt::CaseInsensitive) && !d.externalRef.contains(words, Qt::CaseInsensitive);
        });
    }

    struct MeetingInfo
    {
        QDate date;
        QString title;
        Id seriesId = 0;
        QString seriesName;
    };
    QHash<Id, MeetingInfo> meetings;
    QHash<Id, QString> entries;
    if (!decisions.isEmpty()) {
        Statement m = Statement::run(
            m_db,
            QStringLiteral("SELECT m.id, m.start_date, m.title, m.series_id, coalesce(s.name, '') FROM meeting m "
                           "LEFT JOIN series s ON s.id = m.series_id "
                           "WHERE m.id IN (SELECT d.meeting_id FROM decision d JOIN meeting m ON m.id = d.meeting_id "
                           "WHERE %1)")
                .arg(condition),
            context, binds);
        while (m.next())
            meetings.insert(m.integer(0), {dateFromSql(m.value(1)), m.text(2), m.integer(3), m.text(4)});
        Statement e = Statement::run(
            m_db,
            QStringLiteral("SELECT e.id, e.title FROM agenda_entry e WHERE e.id IN (SELECT d.entry_id FROM decision d "
                           "JOIN meeting m ON m.id = d.meeting_id WHERE %1)")
                .arg(condition),
            context, binds);
        while (e.next())
            entries.insert(e.integer(0), e.text(1));
    }
    QList<RegisterDecision> result;
    result.reserve(decisions.size());
    for (const Decision &d : std::as_const(decisions)) {
        const MeetingInfo m = meetings.value(d.meetingId);
        result.append({d, m.date, m.title, m.seriesId, m.seriesName, entries.value(d.entryId), {}});
    }
    return result;
}

Id DecisionRepository::insert(const Decision &d)
{
    const QString context = tr("add the decision “%1”").arg(d.text.left(40));
    const Id id = Statement::run(m_db,
                                 QStringLiteral("INSERT INTO decision (id, meeting_id, entry_id, position, text, "
                                                "decided_on, external_ref) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                     + Dialect::returningId(m_db),
                                 context,
                                 {nullIfZero(d.id), d.meetingId, nullIfZero(d.entryId), d.position, d.text,
                                  sqlDate(d.date), d.externalRef})
                      .lastInsertId();
    setDecidedBy(id, d.decidedBy);
    return id;
}

void DecisionRepository::setDecidedBy(Id decisionId, const QList<Assignee> &decidedBy)
{
    const QString context = tr("save who decided");
    Statement::run(m_db, QStringLiteral("DELETE FROM decision_maker WHERE decision_id = ?"), context, {decisionId});
    int position = 0;
    for (const Assignee &who : decidedBy)
        Statement::run(m_db,
                       QStringLiteral("INSERT INTO decision_maker (decision_id, position, person_id, group_id) "
                                      "VALUES (?, ?, ?, ?)"),
                       context, {decisionId, position++, nullIfZero(who.personId), nullIfZero(who.groupId)});
}

void DecisionRepository::replace(const QList<Decision> &from, const QList<Decision> &to)
{
    const QString context = tr("save the decisions");
    applyDifference(
        from, to,
        [&](const Decision &d) {
            Statement::run(m_db, QStringLiteral("DELETE FROM decision WHERE id = ?"), context, {d.id});
        },
        [&](const Decision &d) { insert(d); },
        [&](const Decision &old, const Decision &d) {
            Statement::run(m_db,
                           QStringLiteral("UPDATE decision SET entry_id = ?, position = ?, text = ?, decided_on = ?, "
                                          "external_ref = ? WHERE id = ?"),
                           context, {nullIfZero(d.entryId), d.position, d.text, sqlDate(d.date), d.externalRef, d.id});
            if (old.decidedBy != d.decidedBy)
                setDecidedBy(d.id, d.decidedBy);
        });
}

} // namespace Quorum
