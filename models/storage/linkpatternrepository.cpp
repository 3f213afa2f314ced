// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpatternrepository.h"

#include "statement.h"

namespace Quorum {

QList<LinkPattern> LinkPatternRepository::all() const
{
    Statement s = Statement::run(m_db, QStringLiteral("SELECT pattern, url FROM link_pattern ORDER BY position, id"),
                                 tr("read the ticket link patterns"));
    QList<LinkPattern> result;
    while (s.next())
        result.append(TicketLinker::upgraded({s.text(0), s.text(1)}));
    return result;
}

void LinkPatternRepository::replace(const QList<LinkPattern> &patterns)
{
    const QString context = tr("save the ticket link patterns");
    Statement::run(m_db, QStringLiteral("DELETE FROM link_pattern"), context);
    int position = 0;
    for (const LinkPattern &p : patterns)
        Statement::run(m_db, QStringLiteral("INSERT INTO link_pattern (position, pattern, url) VALUES (?, ?, ?)"),
                       context, {position++, p.prefix, p.url});
}

} // namespace Quorum
