// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/ticketlinker.h"
#include "repository.h"

#include <QCoreApplication>
namespace Quorum {

/**
 * The library's ticket link patterns, in order. The column `pattern` holds the key prefix (DM-);
 * a row an earlier version wrote holds a regular expression (DM-(\d+)) and an address with \1:
 * all() converts it on reading when it has that simple form (TicketLinker::upgraded), and returns
 * any other as it is, for the Ticket Links dialog to show as unusable. The linker skips it.
 */
class LinkPatternRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(LinkPatternRepository)

public:
    using Repository::Repository;

    QList<LinkPattern> all() const;
    void replace(const QList<LinkPattern> &patterns);
};

} // namespace Quorum
