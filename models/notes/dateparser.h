// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Quorum {

/**
 * Reads a due date as people type it: "2020-09-28", "28 Sep", "Sep 28 2020", "28/9", "today",
 * "tomorrow", "friday", "next friday", "in 2 weeks". Relative dates count from today (given,
 * so that tests fix it). A date without a year is the next such date from today on.
 */
class DateParser
{
public:
    /** An invalid date when text is not a date. */
    static QDate parse(const QString &text, const QDate &today);
};

} // namespace Quorum
