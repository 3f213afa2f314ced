// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Quorum {

/**
 * Writes a large, realistic library for benchmarks and scale tests, the same bytes for the same
 * options: weekly meetings of one series with about 10 entries, every 13th a three-day meeting
 * with about 40 entries in moderated blocks; 20-40 participants each from a directory of 150
 * people with aliases and groups; 3-8 action items per meeting (most done, some open and
 * overdue); running notes of 0.5-5 KB of Markdown per entry; and two attachments of 50-500 KB.
 */
class LibraryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(LibraryGenerator)

public:
    struct Options
    {
        int meetings = 520;
        quint32 seed = 1;
    };

    /** Creates path (which must not exist); false with *error set on failure, and nothing left behind. */
    static bool write(const QString &path, const Options &options, QString *error);
};

} // namespace Quorum
