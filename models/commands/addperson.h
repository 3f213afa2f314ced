// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"
#include "editcontext.h"

#include <QUndoCommand>

namespace Quorum {

/** Adds a person to the directory (a name typed for the first time). Redo keeps the same id. */
class AddPerson : public QUndoCommand
{
public:
    AddPerson(EditContext context, Person person);
    void redo() override;
    void undo() override;
    Id personId() const { return m_person.id; }

private:
    EditContext m_context;
    Person m_person;
};

} // namespace Quorum
