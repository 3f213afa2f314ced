// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarymodels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Quorum {

/**
 * The window's --clock option: an instant to start the clock at (for rehearsals, demos and
 * screenshots), from which it runs on in real time.
 */
class ClockOption
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ClockOption)

public:
    /**
     * Reads an ISO 8601 date and time with a UTC offset ("2020-09-15T09:00:00-07:00", "…Z") or
     * an IANA time zone ("2020-09-15T09:00 America/Los_Angeles" or "…[America/Los_Angeles]");
     * without either it is the machine's local time. An invalid instant when value is none of
     * these, with *error saying why.
     */
    static QDateTime parse(const QString &value, QString *error);
    /** A clock that reads start now and runs on in real time from there. */
    static LibraryModels::Clock runningFrom(const QDateTime &start);
};

} // namespace Quorum
