// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterepository.h"

#include "dialect.h"
#include "statement.h"
#include "storageerror.h"

#include <QHash>
#include <QJsonDocument>

namespace Quorum {

namespace {
QString shapeText(const MeetingShape &shape)
{
    return QString::fromUtf8(QJsonDocument(shape.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

QList<MeetingTemplate> TemplateRepository::all() const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id, name, shape FROM meeting_template ORDER BY name, id"),
                                 tr("read the meeting templates"));
    QList<MeetingTemplate> result;
    while (s.next()) {
        MeetingTemplate t;
        t.id = s.integer(0);
        t.name = s.text(1);
        QString problem;
        const QJsonDocument json = QJsonDocument::fromJson(s.text(2).toUtf8());
        const std::optional<MeetingShape> shape
            = json.isObject() ? MeetingShape::fromJson(json.object(), &problem) : std::nullopt;
        if (!shape)
            throw StorageError(tr("The meeting template “%1” is damaged: %2")
                                   .arg(t.name, problem.isEmpty() ? tr("its shape is not a JSON object") : problem));
        t.shape = *shape;
        result << t;
    }
    return result;
}

Id TemplateRepository::findByName(const QString &name) const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT id FROM meeting_template WHERE name = ?"),
                                 tr("look up a meeting template"), {name});
    return s.next() ? s.integer(0) : 0;
}

Id TemplateRepository::insert(const MeetingTemplate &t)
{
    return Statement::run(m_db,
                          QStringLiteral("INSERT INTO meeting_template (id, name, shape) VALUES (?, ?, ?)")
                              + Dialect::returningId(m_db),
                          tr("add the meeting template “%1”").arg(t.name),
                          {nullIfZero(t.id), t.name, shapeText(t.shape)})
        .lastInsertId();
}

void TemplateRepository::update(const MeetingTemplate &t)
{
    const Statement s
        = Statement::run(m_db, QStringLiteral("UPDATE meeting_template SET name = ?, shape = ? WHERE id = ?"),
                         tr("save the meeting template “%1”").arg(t.name), {t.name, shapeText(t.shape), t.id});
    if (s.numRowsAffected() != 1)
        throw StorageError(tr("Could not save the meeting template “%1”: it is no longer in the library.").arg(t.name));
}

void TemplateRepository::remove(Id id)
{
    Statement::run(m_db, QStringLiteral("DELETE FROM meeting_template WHERE id = ?"), tr("delete a meeting template"),
                   {id});
}

void TemplateRepository::replace(const QList<MeetingTemplate> &from, const QList<MeetingTemplate> &to)
{
    QHash<Id, const MeetingTemplate *> after;
    for (const MeetingTemplate &t : to)
        after.insert(t.id, &t);
    QHash<Id, const MeetingTemplate *> before;
    for (const MeetingTemplate &t : from) {
        before.insert(t.id, &t);
        if (!after.contains(t.id))
            remove(t.id);
    }
    // Renames first through a placeholder, so two templates can trade names.
    for (const MeetingTemplate &t : to) {
        const MeetingTemplate *old = before.value(t.id);
        if (old && !(*old == t))
            Statement::run(m_db, QStringLiteral("UPDATE meeting_template SET name = 'renaming-' || id WHERE id = ?"),
                           tr("save the meeting template “%1”").arg(t.name), {t.id});
    }
    for (const MeetingTemplate &t : to) {
        const MeetingTemplate *old = before.value(t.id);
        if (!old)
            insert(t);
        else if (!(*old == t))
            update(t);
    }
}

} // namespace Quorum
