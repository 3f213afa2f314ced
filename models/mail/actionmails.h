// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"
#include "export/actionexport.h"
#include "mailmessage.h"

#include <QCoreApplication>
#include <QStringList>

namespace Quorum {

class Database;

/** One person's open action items across the library, in the order their mail lists them. */
struct PersonActions
{
    Person person;
    /** Overdue first, then by due date (none last), then by meeting date and position. */
    QList<ActionExportRow> rows;
    QStringList viaGroup; ///< per row: the group that was given it, or empty when given to the person
};

/**
 * Each person their open actions by mail: one message per person with at least one open action
 * item, given to them or to a group they belong to (each action once). People without a valid
 * address get no message and are listed in withoutAddress, never dropped silently.
 */
class ActionMails
{
    Q_DECLARE_TR_FUNCTIONS(ActionMails)

public:
    using Options = MailOptions;

    QList<MailMessage> messages;
    QStringList fileNames; ///< per message: "<name>.eml", made safe (SafeFileName) and unique
    QList<Person> withoutAddress; ///< people with open actions but no valid address

    /** Every person's open actions, in directory order, people without open actions left out. Throws StorageError. */
    static QList<PersonActions> collect(const Database &db, const QDate &today);
    /** The mail for one person (to their address, valid or not). */
    static MailMessage message(const PersonActions &actions, const Options &options);
    /** Every person's mail. Throws StorageError. */
    static ActionMails make(const Database &db, const Options &options);
};

} // namespace Quorum
