// SPDX-License-Identifier: GPL-3.0-or-later
#include "addperson.h"

#include "meetingdocument.h"

#include <QCoreApplication>

namespace Quorum {

AddPerson::AddPerson(MeetingDocument *document, Person person)
    : m_document(document)
    , m_person(std::move(person))
{
    setText(QCoreApplication::translate("Quorum::AddPerson", "Add “%1” to the directory").arg(m_person.shownName()));
}

void AddPerson::redo()
{
    setObsolete(!m_document->applyAddPerson(&m_person));
}

void AddPerson::undo()
{
    setObsolete(!m_document->applyRemovePerson(m_person.id));
}

} // namespace Quorum
