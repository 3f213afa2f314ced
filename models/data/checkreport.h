// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum {

/** What a check of a library found, in sentences a person can act on. */
struct CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    QString file;
    QStringList checked; ///< what was looked at
    QStringList problems; ///< damage and contradictions: the library needs repair or a backup
    QStringList notes; ///< worth knowing, not wrong
    bool busy = false; ///< another program was writing to the file, so it could not be read: not damage
    bool searchIndexDamaged = false; ///< the search index (derived data) is damaged: rebuilding it repairs that

    bool isOk() const { return problems.isEmpty(); }
    /** The whole report as plain text, for the terminal and the dialog's details. */
    QString toText() const;
};

} // namespace Quorum
