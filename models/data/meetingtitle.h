// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Quorum {

/**
 * How lists tell meetings apart. The titles of one series often differ only in the date at
 * their end ("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17"), which a narrow
 * column cuts off; lists show the date first and the title without what the date says again.
 */
namespace MeetingTitle {

/**
 * The title without a trailing date or date range ("…, 2020-09-15/17", "… - 2024-04-22",
 * "… (2022-02-15 to 17)") and without a leading series name and separator. Never empty: what
 * is only a series name keeps it, what is only a date stays as it is.
 */
QString shorten(const QString &title, const QString &seriesName = {});

/** "2020-09-15  DM Leadership Team Virtual Face-to-Face Meeting": the date, then the short title. */
QString label(const QDate &start, const QString &title, const QString &seriesName = {});

} // namespace MeetingTitle

} // namespace Quorum
