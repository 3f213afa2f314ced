// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/ticketlinker.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Changes the library's ticket link patterns. */
class ReplaceLinkPatterns : public SnapshotCommand<QList<LinkPattern>>
{
public:
    ReplaceLinkPatterns(MeetingDocument *document, QList<LinkPattern> before, QList<LinkPattern> after);

protected:
    bool store(const QList<LinkPattern> &from, const QList<LinkPattern> &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
