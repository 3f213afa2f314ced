// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionexport.h"
#include "exportrequest.h"

#include <QCoreApplication>

class QIODevice;

namespace Quorum {

class Database;

/**
 * The one way an export is made, for the command line and the window alike: an ExportRequest
 * in, JSON, CSV, iCalendar, PDF, HTML or Markdown out. Reads only; every method may throw
 * StorageError, with a message a person can act on.
 */
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    /**
     * Writes the export request asks for to out. Throws StorageError when the library cannot be
     * read, names no such meeting, or out takes fewer bytes than it is given. JSON is streamed
     * (out may then hold part of a document); the other formats are made whole before the first
     * byte is written, a PDF too (laid out by QPdfWriter in memory, then written to out).
     */
    static void write(const Database &db, const ExportRequest &request, QIODevice *out);

    /**
     * A meeting's calendar invitation (request.isInvitation()): writes what it says into the library
     * (InvitationWriter::write: the UIDs, sequences and organizer), so db is written to. Throws StorageError.
     */
    static QByteArray writeInvitation(Database &db, const ExportRequest &request);

    /** The printed document (report.kind) a request describes: what write() lays out, and what a printer prints. */
    static ReportDocument document(const Database &db, const ExportRequest &request);

    /** The action items a request chooses, in order. */
    static QList<ActionExportRow> actionRows(const Database &db, const ExportRequest &request);

    /** The decisions a request chooses (report.kind Decisions), in register order, with their names. */
    static QList<RegisterDecision> decisionRows(const Database &db, const ExportRequest &request);

    /** A file name to offer for the export: "meeting-3.json", "action-items.csv", the document's title. */
    static QString suggestedFileName(const Database &db, const ExportRequest &request);
};

} // namespace Quorum
