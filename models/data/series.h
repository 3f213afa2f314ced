// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Quorum {

/** Row id as stored in the library; 0 means "none" or "not stored yet". */
using Id = qint64;

/** A recurring kind of meeting ("DMLT Face-to-Face"). */
struct Series
{
    Id id = 0;
    QString name;
    QString description;
};

} // namespace Quorum
