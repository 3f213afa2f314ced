// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonexporter.h"
#include "jsonimporter.h"
#include "jsonkeys.h"

namespace Quorum {

/**
 * The versioned JSON interchange format (docs/json-format.md): the one name callers use for
 * JsonExporter and JsonImporter, which do the work and say what each call promises. Export,
 * then import into an empty library, then export again gives the same bytes.
 */
class JsonInterchange
{
public:
    static constexpr int FormatVersion = JsonFormat::Version;

    static void exportLibrary(const Database &db, QIODevice *out, Id meetingId = 0)
    {
        JsonExporter::write(db, out, meetingId);
    }
    static QByteArray exportLibrary(const Database &db, Id meetingId = 0)
    {
        return JsonExporter::toJson(db, meetingId);
    }
    static ImportSummary importDocument(Database &db, const QByteArray &json)
    {
        return JsonImporter::importDocument(db, json);
    }
    static bool importIntoNewLibrary(const QString &path, const QByteArray &json, QString *error,
                                     ImportSummary *summary = nullptr)
    {
        return JsonImporter::importIntoNewLibrary(path, json, error, summary);
    }
    static bool importIntoNewLibrary(const QString &path, QIODevice *in, QString *error,
                                     ImportSummary *summary = nullptr)
    {
        return JsonImporter::importIntoNewLibrary(path, in, error, summary);
    }
    static ImportSummary importFile(Database &db, const QString &jsonPath)
    {
        return JsonImporter::importFile(db, jsonPath);
    }
    static bool importFileIntoNewLibrary(const QString &jsonPath, const QString &libraryPath, QString *error,
                                         ImportSummary *summary = nullptr)
    {
        return JsonImporter::importFileIntoNewLibrary(jsonPath, libraryPath, error, summary);
    }
};

} // namespace Quorum
