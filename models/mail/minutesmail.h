// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"
#include "export/report.h"
#include "mailmessage.h"

#include <QCoreApplication>
#include <QStringList>

namespace Quorum {

class Database;
struct Meeting;

/**
 * The minutes of a meeting as a mail to its participants: the summary (when, where, who
 * attended), the decisions and the action items in the text (ReportBuilder::minutesSummary,
 * written by ReportWriter as Markdown for the plain part and HTML for the other), and the
 * minutes PDF (Exporter, ExportRequest::Format::Pdf) attached.
 */
class MinutesMail
{
    Q_DECLARE_TR_FUNCTIONS(MinutesMail)

public:
    struct Options : MailOptions
    {
        QPageSize::PageSizeId pageSize = ReportOptions::defaultPageSize(); ///< of the attached PDF
    };

    MailMessage message;
    QStringList unreachable; ///< participants without a valid address, by shown name, in order
    QByteArray pdf; ///< the attached minutes
    Id meetingId = 0;

    /**
     * The mail for meetingId (0: ReportBuilder::defaultMeeting) with the PDF Exporter makes.
     * Throws StorageError (no such meeting, an unreadable library).
     */
    static MinutesMail make(const Database &db, Id meetingId, const Options &options);
    /** The same with the PDF already made (the bytes are attached as they are). */
    static MinutesMail make(const Database &db, Id meetingId, const Options &options, const QByteArray &pdf);

    /** "Minutes: <title> (<dates>)". */
    static QString subject(const Meeting &meeting);
};

} // namespace Quorum
