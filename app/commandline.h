// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum {

/**
 * The headless verbs (sample, export, import, check, generate, search), kept in one table with
 * their summaries and usage lines. Each prints one clear line on failure.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /** True when the first argument names a verb, so no window must open. */
    static bool hasVerb(int argc, char **argv);
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
