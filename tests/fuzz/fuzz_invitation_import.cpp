// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: InvitationImport::read (and write) on mutated invitations (see README, "Fuzzing").
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
    Quorum::Fuzz::invitationImport(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
