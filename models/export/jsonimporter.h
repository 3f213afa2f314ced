// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Quorum {

class Database;

/** What an import added. */
struct ImportSummary
{
    QList<Id> meetingIds;
    int peopleAdded = 0;
    int peopleMatched = 0;
};

/** Reads a JSON interchange document (docs/json-format.md) into a library, checking every value first. */
class JsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    /**
     * Imports into db in one transaction; on any problem nothing is written. People, groups and
     * series already in the library are matched by username, name or alias; a meeting that the
     * library already holds (same title and start date) is refused. Throws StorageError.
     */
    static ImportSummary importDocument(Database &db, const QByteArray &json);

    /**
     * Creates a library at path (which must not exist) holding the document. On failure nothing
     * is left behind and *error says why.
     */
    static bool importIntoNewLibrary(const QString &path, const QByteArray &json, QString *error,
                                     ImportSummary *summary = nullptr);
};

} // namespace Quorum
