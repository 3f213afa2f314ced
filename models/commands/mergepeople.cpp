// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergepeople.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/personmerger.h"

#include <QCoreApplication>

namespace Quorum {

MergePeople::MergePeople(EditContext context, Id survivorId, Id mergedId, const QString &text)
    : m_context(context)
    , m_survivor(survivorId)
    , m_merged(mergedId)
{
    setText(text);
}

void MergePeople::redo()
{
    MergeRecord record;
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::MergePeople", "merge two people"),
                                [&](const QSqlDatabase &db) { record = PersonMerger(db).merge(m_survivor, m_merged); });
    setObsolete(!written);
    if (!written)
        return;
    m_record = record;
    m_context.models->refreshDirectory();
}

void MergePeople::undo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::MergePeople", "undo merging two people"),
                                [&](const QSqlDatabase &db) { PersonMerger(db).undo(m_record); });
    setObsolete(!written);
    if (written)
        m_context.models->refreshDirectory();
}

} // namespace Quorum
