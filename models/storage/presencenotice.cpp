// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencenotice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace Quorum {

namespace {

/** A whole number a JSON double holds exactly (ids and pids are far below 2^53). */
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0 && d <= 9007199254740992.0) || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

std::optional<PresenceNotice> PresenceNotice::parse(const QString &payload)
{
    if (payload.size() > MaxPayload)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const std::optional<qint64> meeting = wholeNumber(o.value(QLatin1String("m")));
    const std::optional<qint64> entry = wholeNumber(o.value(QLatin1String("e")));
    const std::optional<qint64> session = wholeNumber(o.value(QLatin1String("p")));
    const QJsonValue state = o.value(QLatin1String("s"));
    const QJsonValue by = o.value(QLatin1String("by"));
    if (!meeting || !entry || !session || !state.isString() || !by.isString())
        return std::nullopt;
    PresenceNotice n;
    n.meetingId = *meeting;
    n.entryId = *entry;
    n.session = *session;
    n.by = by.toString();
    // A PostgreSQL name is at most 63 bytes; control characters have no place in a label.
    if (n.by.isEmpty() || n.by.toUtf8().size() > 63 || n.session == 0)
        return std::nullopt;
    for (const QChar c : std::as_const(n.by)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return std::nullopt;
    }
    const QString s = state.toString();
    if (s == QLatin1String("E"))
        n.state = State::Editing;
    else if (s == QLatin1String("S"))
        n.state = State::Stopped;
    else
        return std::nullopt;
    if (n.state == State::Editing && (n.meetingId == 0 || n.entryId == 0))
        return std::nullopt;
    return n;
}

} // namespace Quorum
