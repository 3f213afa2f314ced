// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/decision.h"

#include <QCoreApplication>

namespace Quorum {

class Database;

/** The decision register as a list: read with the names it shows, and written as CSV (RFC 4180). */
class DecisionExport
{
    Q_DECLARE_TR_FUNCTIONS(DecisionExport)

public:
    /** The decisions filter accepts, in register order, with who decided them in words. Throws StorageError. */
    static QList<RegisterDecision> load(const Database &db, const DecisionFilter &filter);
    /** A header line and a line per decision; cells quoted and guarded as ActionExport::csvField does. */
    static QByteArray toCsv(const QList<RegisterDecision> &rows);
};

} // namespace Quorum
