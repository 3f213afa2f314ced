// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "statement.h"

namespace Quorum {

Id Repository::maxId(const char *table) const
{
    // table is one of the schema's names, written in the code, never input.
    Statement s = Statement::run(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)),
                                 tr("read the library"));
    return s.next() ? s.integer(0) : 0;
}

} // namespace Quorum
