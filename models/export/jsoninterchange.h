// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace Quorum {

class Database;

/** What an import added. */
struct ImportSummary
{
    QList<Id> meetingIds;
    int peopleAdded = 0;
    int peopleMatched = 0;
};

/**
 * The versioned JSON interchange format (docs/json-format.md). Export then import into an
 * empty library then export again gives the same bytes.
 */
class JsonInterchange
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    static constexpr int FormatVersion = 1;

    /**
     * Writes the whole library, or one meeting (and the people, groups and series it uses) when
     * meetingId != 0, to out one meeting at a time. Throws StorageError, also when out refuses
     * to take the bytes; out then holds part of a document.
     */
    static void exportLibrary(const Database &db, QIODevice *out, Id meetingId = 0);
    /** The same document in memory: for a meeting or a small library. */
    static QByteArray exportLibrary(const Database &db, Id meetingId = 0);

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
