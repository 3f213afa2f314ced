// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Quorum {

/** Row id as stored in the library; 0 means "none" or "not stored yet". */
using Id = qint64;

} // namespace Quorum
