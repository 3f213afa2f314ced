// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class QFile;
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

/** Reads a JSON interchange document (docs/json-format.md) into a library, checking every value first. */
class JsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    /**
     * Imports into db in one transaction; on any problem nothing is written. People, groups and
     * series already in the library are matched by username, name or alias; a meeting that the
     * library already holds (same title and start date) is refused. The document is read as a
     * stream (JsonStream, with its limits): memory holds one meeting and one attachment at a
     * time. A device that cannot seek is copied to a temporary file, as it is read twice.
     * Refused, too: whatever would make the library check (LibraryCheck) call the library
     * damaged. Throws StorageError.
     */
    static ImportSummary importDocument(Database &db, QIODevice *in);
    static ImportSummary importDocument(Database &db, const QByteArray &json);
    /**
     * As importDocument(), inside a transaction the caller holds on db (an undo command's write,
     * the Confluence import): nothing is committed or rolled back here.
     */
    static ImportSummary importWithin(const QSqlDatabase &db, QIODevice *in);
    /** The JSON document in the file at path (a device or pipe too). */
    static ImportSummary importFile(Database &db, const QString &path);

    /**
     * Creates a library at path (which must not exist) holding the document. On failure nothing
     * is left behind and *error says why.
     */
    static bool importIntoNewLibrary(const QString &path, QIODevice *in, QString *error,
                                     ImportSummary *summary = nullptr);
    static bool importIntoNewLibrary(const QString &path, const QByteArray &json, QString *error,
                                     ImportSummary *summary = nullptr);
    /** As importIntoNewLibrary(), for the JSON document in the file at jsonPath. */
    static bool importFileIntoNewLibrary(const QString &jsonPath, const QString &libraryPath, QString *error,
                                         ImportSummary *summary = nullptr);

private:
    static void openForImport(QFile *in);
};

} // namespace Quorum
