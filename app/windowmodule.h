// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The entry of the window module (libquorum-window.so): Quorum's window, and every verb with the
 * whole verb table (--help, printed documents, sample, generate). The `quorum` executable loads the
 * module only for these, so the verbs that need no Qt Gui start without its libraries. Returns the
 * exit code; exceptions reach the executable's main().
 */
extern "C" __attribute__((visibility("default"))) int quorum_window_main(int argc, char **argv);

/** The module's file name (main.cpp looks for it beside the executable, then in QUORUM_MODULE_RELATIVE_DIR). */
#define QUORUM_WINDOW_MODULE "libquorum-window.so"
