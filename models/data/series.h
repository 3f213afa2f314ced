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
    QString timeZone; ///< IANA id new meetings of the series start in; empty for none
    QString cadence; ///< how often it meets, as Cadence::key() writes it; empty for none

    bool operator==(const Series &o) const
    {
        return id == o.id && name == o.name && description == o.description && timeZone == o.timeZone
               && cadence == o.cadence;
    }
    bool operator!=(const Series &o) const { return !(*this == o); }
};

} // namespace Quorum
