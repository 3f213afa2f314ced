// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a team library's presence notices (PresenceNotice, EditorPresence) on mutated input.
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
    Quorum::Fuzz::presenceNotice(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
