// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkreport.h"

#include <QDir>

namespace Quorum {

QString CheckReport::toText() const
{
    QStringList lines;
    lines << tr("Library check of %1").arg(QDir::toNativeSeparators(file));
    lines << tr("Checked: %1.").arg(checked.join(QStringLiteral("; ")));
    if (problems.isEmpty()) {
        lines << tr("Result: no problems found.");
    } else {
        lines << (problems.size() == 1 ? tr("Result: 1 problem found:")
                                       : tr("Result: %1 problems found:").arg(problems.size()));
        for (const QString &p : problems)
            lines << QStringLiteral("  - ") + p;
        lines << tr("Nothing was changed.");
        if (searchIndexDamaged)
            lines << tr("The search index can be rebuilt from the records: File › Check Library offers it, or run "
                        "“quorum check --rebuild-index %1”.")
                         .arg(QDir::toNativeSeparators(file));
        if (!searchIndexDamaged || problems.size() > 1)
            lines << tr("Keep a copy of this file, and restore the library from a backup (File › Restore from "
                        "Backup…) or ask for help with the copy.");
    }
    if (!notes.isEmpty()) {
        lines << tr("Notes:");
        for (const QString &n : notes)
            lines << QStringLiteral("  - ") + n;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Quorum
