// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Quorum {

/**
 * File names that come from a library (attachment names) made safe to write: one path component,
 * no "/", "\\", NUL, control or bidirectional-override characters, no leading dots, at most 255
 * bytes of UTF-8, never empty.
 */
class SafeFileName
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileName)

public:
    static QString make(const QString &name);
    /** make() for each name, with later duplicates (case-insensitively) suffixed " (2)", " (3)"… */
    static QStringList makeUnique(const QStringList &names);
    /** name with " (n)" before its extension, still within 255 bytes. */
    static QString withSuffix(const QString &name, int n);
};

} // namespace Quorum
