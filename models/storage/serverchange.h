// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QList>
#include <QString>

#include <optional>

namespace Quorum {

/**
 * One row changed on a team library's server, as the schema's trigger announces it on the
 * channel quorum_changes (docs/postgresql.md, "Change notices").
 */
struct ServerChange
{
    enum class Operation {
        Insert,
        Update,
        Delete,
    };

    QString table;
    Id rowId = 0; ///< the row's id, or its rowid
    Id meetingId = 0; ///< the meeting it belongs to; 0 for library-wide rows (and cascades)
    Operation operation = Operation::Update;
    qint64 version = 0; ///< row_version after the change
    QString by; ///< the database user who made it
    qint64 session = 0; ///< the writing session's backend process id

    /** The channel the server announces changes on. */
    static QString channel() { return QStringLiteral("quorum_changes"); }
    /**
     * Reads a notice's payload; nothing when it is not one (not JSON, a key missing or of the wrong
     * type, a table name that is not a plain identifier, an unknown operation). Never throws.
     */
    static std::optional<ServerChange> parse(const QString &payload);

    friend bool operator==(const ServerChange &a, const ServerChange &b)
    {
        return a.table == b.table && a.rowId == b.rowId && a.meetingId == b.meetingId && a.operation == b.operation
               && a.version == b.version && a.by == b.by && a.session == b.session;
    }
};

using ServerChanges = QList<ServerChange>;

} // namespace Quorum
