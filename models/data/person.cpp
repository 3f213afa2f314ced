// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

#include <QRegularExpression>

namespace Quorum {

bool Person::isPlausibleEmail(const QString &email)
{
    // Light on purpose: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return email.isEmpty() || address.match(email).hasMatch();
}

} // namespace Quorum
