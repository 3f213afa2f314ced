// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace Quorum {

class Database;

/** Writes the JSON interchange document (docs/json-format.md) of a library or of one meeting. */
class JsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    /**
     * Writes the whole library, or one meeting (and the people, groups and series it uses) when
     * meetingId != 0, to out one meeting at a time. Throws StorageError, also when out refuses
     * to take the bytes; out then holds part of a document.
     */
    static void write(const Database &db, QIODevice *out, Id meetingId = 0);
    /** The same document in memory: for a meeting or a small library. */
    static QByteArray toJson(const Database &db, Id meetingId = 0);
};

} // namespace Quorum
