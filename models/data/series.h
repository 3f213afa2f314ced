// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QString>

namespace Quorum {

/** A recurring kind of meeting ("DMLT Face-to-Face"). */
struct Series
{
    Id id = 0;
    QString name;
    QString description;
};

} // namespace Quorum
