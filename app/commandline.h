// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum {

/**
 * The headless verbs (sample, export, import, check, generate, search), kept in one table with
 * their summaries and usage lines. Each prints one clear line on failure.
 *
 * The verbs (exportverb.cpp, importverb.cpp, libraryverbs.cpp, with verbs.h) are built twice: into
 * the window module with every verb, and into the `quorum` executable (QUORUM_CORE_VERBS) with only
 * the verbs that need no Qt Gui (runsWithoutGui()).
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /** True when the first argument names a verb, so no window must open. */
    static bool hasVerb(int argc, char **argv);
    /**
     * True for the verbs that only read and write library data (search, check, import, export
     * --format json): the executable runs them itself, with Qt Core and Qt Sql alone, so that a
     * search does not first load Qt Gui and the window's libraries (docs/PERFORMANCE.md).
     */
    static bool runsWithoutGui(int argc, char **argv);
    /** Names the application (organisation, name, version) for settings and --version. */
    static void setIdentity();
    /**
     * True when the verb writes a printed document (PDF, HTML, Markdown): Qt's text engine lays
     * those out and needs a GUI application (without a screen) for its fonts.
     */
    static bool needsFonts(int argc, char **argv);
    /** Runs the verb in arguments (arguments[0] is the program); returns the exit code. */
    static int run(const QStringList &arguments);

    /** The verbs' names, in the order --help lists them. */
    static QStringList verbNames();
    /** Each verb for --help: its name and what it does, its usage line and its options. */
    static QString verbSummaries();
};

} // namespace Quorum
