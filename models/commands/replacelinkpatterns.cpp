// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacelinkpatterns.h"

#include "commandids.h"
#include "meetingdocument.h"

#include <QCoreApplication>

namespace Quorum {

ReplaceLinkPatterns::ReplaceLinkPatterns(MeetingDocument *document, QList<LinkPattern> before, QList<LinkPattern> after)
    : SnapshotCommand(CommandId::ReplaceLinkPatterns, 0, std::move(before), std::move(after),
                      QCoreApplication::translate("Quorum::ReplaceLinkPatterns", "Change the ticket links"), 0)
    , m_document(document)
{
}

bool ReplaceLinkPatterns::store(const QList<LinkPattern> &, const QList<LinkPattern> &to)
{
    return m_document->applyLinkPatterns(to);
}

} // namespace Quorum
