// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Quorum {

/**
 * The start-up benchmark's end point (issue 18): when QUORUM_BENCH_FIRST_PAINT is set, once
 * window's first paint has been handled (its backing store flushed), prints "first-paint NS"
 * (CLOCK_MONOTONIC in nanoseconds) on standard output and ends the process at once with status 0.
 * Does nothing when the variable is unset. tests/bench/floor_window.cpp does the same for the floor.
 */
void installFirstPaintProbe(QWidget *window);

} // namespace Quorum
