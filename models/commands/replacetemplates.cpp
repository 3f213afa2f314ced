// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacetemplates.h"

#include "document/libraryfile.h"
#include "storage/templaterepository.h"

#include <QCoreApplication>

namespace Quorum {

ReplaceTemplates::ReplaceTemplates(EditContext context, QList<MeetingTemplate> before, QList<MeetingTemplate> after,
                                   const QString &text)
    : SnapshotCommand(0, 0, std::move(before), std::move(after), text, 0)
    , m_context(context)
{ }

bool ReplaceTemplates::store(const QList<MeetingTemplate> &from, const QList<MeetingTemplate> &to)
{
    return m_context.file->write(QCoreApplication::translate("Quorum::ReplaceTemplates", "save the meeting templates"),
                                 [&](const QSqlDatabase &db) { TemplateRepository(db).replace(from, to); });
}

} // namespace Quorum
