// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Quorum::Fuzz {

/** Once per process: the application object and a scratch folder. */
void setUp();
/** Imports data as a JSON document into a fresh library: refused or imported, never a crash, never half of it. */
void importJson(const QByteArray &data);
/** Opens data as a library file, read-only, and checks and exports it when it opens. */
void openLibrary(const QByteArray &data);

} // namespace Quorum::Fuzz
