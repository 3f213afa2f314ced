// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"
#include "repository.h"

#include <QList>

namespace Quorum {

class SeriesRepository : public Repository
{
public:
    using Repository::Repository;

    QList<Series> all() const;
    /** 0 when no series has that name. */
    Id findByName(const QString &name) const;
    Id insert(const Series &series);
};

} // namespace Quorum
