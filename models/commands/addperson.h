// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"

#include <QUndoCommand>

namespace Quorum {

class MeetingDocument;

/** Adds a person to the directory (a name typed for the first time). Redo keeps the same id. */
class AddPerson : public QUndoCommand
{
public:
    AddPerson(MeetingDocument *document, Person person);

    void redo() override;
    void undo() override;

    Id personId() const { return m_person.id; }

private:
    MeetingDocument *m_document;
    Person m_person;
};

} // namespace Quorum
