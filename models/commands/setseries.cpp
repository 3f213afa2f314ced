// SPDX-License-Identifier: GPL-3.0-or-later
#include "setseries.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/seriesrepository.h"

#include <QCoreApplication>

namespace Quorum {

SetSeries::SetSeries(EditContext context, Series before, Series after, const QString &text)
    : SnapshotCommand(0, 0, std::move(before), std::move(after), text, 0)
    , m_context(context)
{ }

bool SetSeries::store(const Series &from, const Series &to)
{
    Q_UNUSED(from)
    const bool written = m_context.file->write(QCoreApplication::translate("Quorum::SetSeries", "save the series"),
                                               [&](const QSqlDatabase &db) { SeriesRepository(db).update(to); });
    if (written)
        m_context.models->refreshMeetings();
    return written;
}

} // namespace Quorum
