// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the desktop's list of recent documents (DesktopRecent: recently-used.xbel) on mutated input.
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
    Quorum::Fuzz::desktopRecent(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
