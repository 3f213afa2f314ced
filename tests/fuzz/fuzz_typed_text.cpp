// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: dates, durations and times of day as typed in a cell (DateParser, Duration) in three locales.
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Quorum::Fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Quorum::Fuzz::typedText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
