// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportrequest.h"

#include <QCoreApplication>

namespace Quorum {

class MeetingDocument;

/**
 * File › Publish to Confluence: the shown meeting's agenda or minutes as Confluence storage
 * format (ConfluenceWriter, through Exporter), put on the clipboard as text or written to a file
 * by MainWindow::exportTo.
 */
class ConfluencePublisher
{
    Q_DECLARE_TR_FUNCTIONS(ConfluencePublisher)

public:
    /** The export of a meeting's agenda or minutes (kind) as Confluence storage format. */
    static ExportRequest request(Id meetingId, ReportOptions::Kind kind);

    /**
     * Puts the storage format of the document's shown meeting onto the clipboard as text/plain.
     * Returns what the status bar says about it; an empty string, with *error, when nothing was
     * copied (no meeting shown, or the library cannot be read).
     */
    static QString copy(const MeetingDocument &document, ReportOptions::Kind kind, QString *error);

    /** The file dialog filter of the storage format. */
    static QString filter();
};

} // namespace Quorum
