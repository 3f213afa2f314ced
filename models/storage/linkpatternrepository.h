// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/ticketlinker.h"
#include "repository.h"

namespace Quorum {

/** The library's ticket link patterns, in order. */
class LinkPatternRepository : public Repository
{
public:
    using Repository::Repository;

    QList<LinkPattern> all() const;
    void replace(const QList<LinkPattern> &patterns);
};

} // namespace Quorum
