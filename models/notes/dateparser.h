// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Quorum {

/**
 * Reads a due date as people type it: "2020-09-28", "28 Sep", "Sep 28 2020", "28/9", "today",
 * "tomorrow", "yesterday", "friday", "next friday", "in 2 weeks". Relative dates count from today (given,
 * so that tests fix it). A date without a year is the next such date from today on.
 *
 * The locale's month and weekday names ("28. März", "Fr") and its numeric order ("28.9." day
 * first, "9/28" month first in en_US) read too, and the relative words in the translation
 * ("übermorgen", "nächsten Freitag", "in 3 Tagen"); English always reads. Names and words are
 * compared ignoring case and accents ("naechsten freitag").
 */
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)

public:
    /** An invalid date when text is not a date. */
    static QDate parse(const QString &text, const QDate &today, const QLocale &locale = QLocale());
};

} // namespace Quorum
