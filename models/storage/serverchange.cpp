// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverchange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

/** Whether name can be a table of the schema: lower-case letters, digits and '_', not too long. */
bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 63)
        return false;
    for (const QChar c : name) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

} // namespace

std::optional<ServerChange> ServerChange::parse(const QString &payload)
{
    // A notice is a few dozen bytes; anything far larger is not one of ours.
    if (payload.size() > 8000)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto isNumber = [&o](const char *key) { return o.value(QLatin1String(key)).isDouble(); };
    if (!o.value(QLatin1String("t")).isString() || !isNumber("id") || !isNumber("m") || !isNumber("v")
        || !o.value(QLatin1String("op")).isString() || !o.value(QLatin1String("by")).isString())
        return std::nullopt;
    ServerChange c;
    c.table = o.value(QLatin1String("t")).toString();
    if (!isPlainIdentifier(c.table))
        return std::nullopt;
    c.rowId = o.value(QLatin1String("id")).toInteger();
    c.meetingId = o.value(QLatin1String("m")).toInteger();
    c.version = o.value(QLatin1String("v")).toInteger();
    c.by = o.value(QLatin1String("by")).toString().left(63);
    c.session = o.value(QLatin1String("p")).toInteger();
    const QString op = o.value(QLatin1String("op")).toString();
    if (op == QLatin1String("I"))
        c.operation = Operation::Insert;
    else if (op == QLatin1String("U"))
        c.operation = Operation::Update;
    else if (op == QLatin1String("D"))
        c.operation = Operation::Delete;
    else
        return std::nullopt;
    if (c.rowId < 0 || c.meetingId < 0)
        return std::nullopt;
    return c;
}

} // namespace Quorum
