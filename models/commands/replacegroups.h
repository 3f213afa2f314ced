// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Any edit of the directory's groups (created, renamed, members, removed): the list before and after. */
class ReplaceGroups : public SnapshotCommand<QList<PersonGroup>>
{
public:
    ReplaceGroups(MeetingDocument *document, QList<PersonGroup> before, QList<PersonGroup> after, const QString &text);

protected:
    bool store(const QList<PersonGroup> &from, const QList<PersonGroup> &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
