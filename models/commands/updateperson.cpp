// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateperson.h"

#include "commandids.h"
#include "meetingdocument.h"

namespace Quorum {

UpdatePerson::UpdatePerson(MeetingDocument *document, Person before, Person after, const QString &text)
    : SnapshotCommand(CommandId::UpdatePerson, 0, std::move(before), std::move(after), text, 0)
    , m_document(document)
{
}

bool UpdatePerson::store(const Person &, const Person &to)
{
    return m_document->applyPerson(to);
}

} // namespace Quorum
