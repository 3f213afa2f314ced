// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by SchemaCheck and the build's schema generator (models/tools/schemagen.cpp), so that
// the schema written at build time is read exactly as a library's own is.

#include <QByteArray>
#include <QCryptographicHash>

namespace Quorum::SchemaQuery {

/** The rows of sqlite_schema that are compared, in the order they were created. */
inline const char *const Sql = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid";

/** Adds one migration (its version and script) to the key of a set of migrations. */
inline void addToKey(QCryptographicHash &hash, int version, const QByteArray &sqlUtf8)
{
    hash.addData(QByteArray::number(version) + '\0');
    hash.addData(sqlUtf8 + '\0');
}

/**
 * What the build writes: the key of the migrations, then for each migration its version and the
 * schema after it (a list of [type, name, tbl_name, sql]), as QDataStream writes them.
 */
inline constexpr int StreamVersion = 1;

} // namespace Quorum::SchemaQuery
