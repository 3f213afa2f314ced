// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QList>
#include <QString>

#include <functional>

namespace Quorum {

/** One name of a pasted list, and what it stands for. */
struct PastedName
{
    QString name; ///< as written, trimmed
    Id personId = 0; ///< a known person, or 0
    QString username; ///< for "Unknown User (npease)": a person known only by username
};

/**
 * Reads a pasted participant list: one person per line or comma-separated, with list bullets,
 * numbers, blank lines and stray spaces dropped, and each person once.
 */
class ParticipantListParser
{
public:
    /** find maps a name, alias or username to a person (0 when unknown). */
    static QList<PastedName> parse(const QString &text, const std::function<Id(const QString &)> &find);
};

} // namespace Quorum
