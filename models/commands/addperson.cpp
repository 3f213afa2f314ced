// SPDX-License-Identifier: GPL-3.0-or-later
#include "addperson.h"

#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace Quorum {

AddPerson::AddPerson(EditContext context, Person person)
    : m_context(context)
    , m_person(std::move(person))
{
    setText(QCoreApplication::translate("Quorum::AddPerson", "Add “%1” to the directory").arg(m_person.shownName()));
}

void AddPerson::redo()
{
    Id id = 0;
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::AddPerson", "add a person"),
                                [&](const QSqlDatabase &db) { id = PersonRepository(db).insert(m_person); });
    setObsolete(!written);
    if (!written)
        return;
    m_person.id = id;
    // Nobody names a new person yet: the edit that does comes next, in the same undo step.
    m_context.models->refreshNames();
}

void AddPerson::undo()
{
    const bool written
        = m_context.file->write(QCoreApplication::translate("Quorum::AddPerson", "remove a person"),
                                [&](const QSqlDatabase &db) { PersonRepository(db).remove(m_person.id); });
    setObsolete(!written);
    if (written)
        m_context.models->refreshNames();
}

} // namespace Quorum
