// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/meetingshape.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

/** Meeting templates (table meeting_template): a name and a MeetingShape kept as JSON. */
class TemplateRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    using Repository::Repository;

    /** Every template, by name; throws StorageError for a shape that does not read. */
    QList<MeetingTemplate> all() const;
    /** 0 when no template has that name. */
    Id findByName(const QString &name) const;
    /** Inserts with t.id when it is set (restoring an undone removal), else a new id. */
    Id insert(const MeetingTemplate &t);
    void update(const MeetingTemplate &t);
    void remove(Id id);
    /** Stores `to` over `from`: removes, updates and inserts (with their ids) only what differs. */
    void replace(const QList<MeetingTemplate> &from, const QList<MeetingTemplate> &to);
};

} // namespace Quorum
