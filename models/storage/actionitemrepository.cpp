// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemrepository.h"

#include "dialect.h"
#include "statement.h"

#include <QHash>
#include <QSet>

namespace Quorum {

QList<ActionItem> ActionItemRepository::list(Id meetingId) const
{
    const QString context = tr("read the action items");
    const QString where = meetingId ? QStringLiteral("WHERE a.meeting_id = ?") : QString();
    const QVariantList binds = meetingId ? QVariantList{meetingId} : QVariantList{};
    Statement s = Statement::run(m_db,
                                 QStringLiteral("SELECT a.id, a.meeting_id, a.entry_id, a.position, a.description, "
                                                "a.due_date, a.done, a.done_date, a.external_ref FROM action_item a %1 "
                                                "ORDER BY a.meeting_id, a.position, a.id")
                                     .arg(where),
                                 context, binds);
    QList<ActionItem> result;
    QHash<Id, qsizetype> index;
    while (s.next()) {
        ActionItem a;
        a.id = s.integer(0);
        a.meetingId = s.integer(1);
        a.entryId = s.integer(2);
        a.position = int(s.integer(3));
        a.description = s.text(4);
        a.dueDate = dateFromSql(s.value(5));
        a.done = s.integer(6) != 0;
        a.doneDate = dateFromSql(s.value(7));
        a.externalRef = s.text(8);
        index.insert(a.id, result.size());
        result.append(a);
    }
    Statement as = Statement::run(m_db,
                                  QStringLiteral("SELECT s.action_id, s.person_id, s.group_id FROM action_assignee s "
                                                 "JOIN action_item a ON a.id = s.action_id %1 "
                                                 "ORDER BY s.action_id, s.position")
                                      .arg(where),
                                  context, binds);
    while (as.next())
        result[index.value(as.integer(0))].assignees.append({as.integer(1), as.integer(2)});
    return result;
}

Id ActionItemRepository::insert(const ActionItem &a)
{
    const QString context = tr("add the action item “%1”").arg(a.description.left(40));
    const Id id
        = Statement::run(m_db,
                         QStringLiteral("INSERT INTO action_item (id, meeting_id, entry_id, position, description, "
                                        "due_date, done, done_date, external_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             + Dialect::returningId(m_db),
                         context,
                         {nullIfZero(a.id), a.meetingId, nullIfZero(a.entryId), a.position, a.description,
                          sqlDate(a.dueDate), a.done ? 1 : 0, sqlDate(a.doneDate), a.externalRef})
              .lastInsertId();
    setAssignees(id, a.assignees);
    return id;
}

void ActionItemRepository::setAssignees(Id actionId, const QList<Assignee> &assignees)
{
    const QString context = tr("save the assignees");
    Statement::run(m_db, QStringLiteral("DELETE FROM action_assignee WHERE action_id = ?"), context, {actionId});
    int position = 0;
    for (const Assignee &who : assignees)
        Statement::run(m_db,
                       QStringLiteral("INSERT INTO action_assignee (action_id, position, person_id, group_id) "
                                      "VALUES (?, ?, ?, ?)"),
                       context, {actionId, position++, nullIfZero(who.personId), nullIfZero(who.groupId)});
}

void ActionItemRepository::replace(const QList<ActionItem> &from, const QList<ActionItem> &to)
{
    const QString context = tr("save the action items");
    applyDifference(
        from, to,
        [&](const ActionItem &a) {
            Statement::run(m_db, QStringLiteral("DELETE FROM action_item WHERE id = ?"), context, {a.id});
        },
        [&](const ActionItem &a) { insert(a); },
        [&](const ActionItem &old, const ActionItem &a) {
            Statement::run(
                m_db,
                QStringLiteral("UPDATE action_item SET entry_id = ?, position = ?, description = ?, due_date = ?, "
                               "done = ?, done_date = ?, external_ref = ? WHERE id = ?"),
                context,
                {nullIfZero(a.entryId), a.position, a.description, sqlDate(a.dueDate), a.done ? 1 : 0,
                 sqlDate(a.doneDate), a.externalRef, a.id});
            if (old.assignees != a.assignees)
                setAssignees(a.id, a.assignees);
        });
}

} // namespace Quorum
