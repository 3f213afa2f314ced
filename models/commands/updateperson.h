// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"
#include "snapshotcommand.h"

namespace Quorum {

class MeetingDocument;

/** Changes a person's entry in the directory (names, email, team, aliases). */
class UpdatePerson : public SnapshotCommand<Person>
{
public:
    UpdatePerson(MeetingDocument *document, Person before, Person after, const QString &text);

protected:
    bool store(const Person &from, const Person &to) override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
