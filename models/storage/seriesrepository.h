// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetingsummary.h"
#include "data/series.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

class SeriesRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(SeriesRepository)

public:
    using Repository::Repository;

    QList<Series> all() const;
    /** 0 when no series has that name. */
    Id findByName(const QString &name) const;
    /** Inserts with series.id when it is set (restoring an undone insert), else a new id. */
    Id insert(const Series &series);
    void remove(Id id);
    /**
     * The series named name, added when there is none (with wantedId, the id of an earlier redo,
     * when it is set); *created says whether it was added.
     */
    Id findOrInsert(const QString &name, Id wantedId, bool *created);

    /** Throws StorageError when there is no such series. */
    Series load(Id id) const;
    /** Writes the series' name, description, time zone and cadence. */
    void update(const Series &series);
    /** The series' meetings, oldest first (by start date, then id). */
    QList<MeetingSummary> meetings(Id seriesId) const;
};

} // namespace Quorum
