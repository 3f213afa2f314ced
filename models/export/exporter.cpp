// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "attachments/safefilename.h"
#include "document/meetingreader.h"
#include "exportfile.h"
#include "jsonexporter.h"
#include "reportbuilder.h"
#include "reportprinter.h"
#include "reportwriter.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/storageerror.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace Quorum {

namespace {

/** Throws unless the library holds the meeting: an empty list would look like a meeting without items. */
void requireMeeting(const Database &db, Id meetingId)
{
    const QList<MeetingSummary> meetings = MeetingRepository(db.connection()).summaries();
    if (std::none_of(meetings.begin(), meetings.end(), [&](const MeetingSummary &m) { return m.id == meetingId; }))
        throw StorageError(Exporter::tr("The library has no meeting with ID %1.").arg(meetingId));
}

/** The meeting an agenda or minutes request is for: the one it names, or the default one. */
Id documentMeeting(const Database &db, const ExportRequest &request)
{
    if (request.meetingId) {
        requireMeeting(db, request.meetingId);
        return request.meetingId;
    }
    const Id meetingId = ReportBuilder::defaultMeeting(db);
    if (!meetingId)
        throw StorageError(Exporter::tr("the library holds no meeting."));
    return meetingId;
}

/** The action report's words for the filters that chose its items. */
QString filterWords(const ExportRequest &request)
{
    if (request.actionIds)
        return request.filters;
    QStringList filters;
    if (request.state != ExportRequest::State::All)
        filters << Exporter::tr("state %1").arg(ExportRequest::stateKey(request.state));
    if (request.meetingId)
        filters << Exporter::tr("meeting %1").arg(request.meetingId);
    return filters.join(QStringLiteral(", "));
}

} // namespace

QList<ActionExportRow> Exporter::actionRows(const Database &db, const ExportRequest &request)
{
    if (request.actionIds) {
        QHash<Id, ActionExportRow> byId;
        for (const ActionExportRow &r : ActionExport::load(db))
            byId.insert(r.item.id, r);
        QList<ActionExportRow> rows;
        for (Id id : *request.actionIds) {
            const auto it = byId.constFind(id);
            if (it != byId.cend())
                rows << *it;
        }
        return rows;
    }
    if (request.meetingId)
        requireMeeting(db, request.meetingId);
    QList<ActionExportRow> rows = ActionExport::load(db, request.meetingId);
    rows.removeIf([&](const ActionExportRow &r) { return !request.keeps(r.item); });
    return rows;
}

ReportDocument Exporter::document(const Database &db, const ExportRequest &request)
{
    if (request.report.kind == ReportOptions::Kind::Actions)
        return ReportBuilder::actions(actionRows(db, request), request.report, filterWords(request));
    return ReportBuilder(db).meetingDocument(documentMeeting(db, request), request.report);
}

void Exporter::write(const Database &db, const ExportRequest &request, QIODevice *out)
{
    QByteArray data;
    switch (request.format) {
    case ExportRequest::Format::Json:
        // Streamed: a whole library with its attachments is too big to hold in memory.
        JsonExporter::write(db, out, request.meetingId);
        return;
    case ExportRequest::Format::Csv: data = ActionExport::toCsv(actionRows(db, request)); break;
    case ExportRequest::Format::ICalendar:
        data = ActionExport::toICalendar(actionRows(db, request), request.stamp);
        break;
    case ExportRequest::Format::Pdf:
        // Laid out in memory first: QPdfWriter has no way to say that its device refused bytes.
        data = ReportPrinter::toPdf(document(db, request), request.report.pageSize);
        break;
    case ExportRequest::Format::Html:
        data = ReportWriter::toHtml(document(db, request), ReportWriter::Target::Browser).toUtf8();
        break;
    case ExportRequest::Format::Markdown: data = ReportWriter::toMarkdown(document(db, request)).toUtf8(); break;
    }
    ExportFile::bytes(data)(out);
}

QString Exporter::suggestedFileName(const Database &db, const ExportRequest &request)
{
    switch (request.format) {
    case ExportRequest::Format::Json:
        return request.meetingId ? tr("meeting-%1.json").arg(request.meetingId)
                                 : QFileInfo(db.path()).completeBaseName() + QStringLiteral(".json");
    case ExportRequest::Format::Csv: return tr("action-items.csv");
    case ExportRequest::Format::ICalendar: return tr("action-items.ics");
    case ExportRequest::Format::Pdf:
    case ExportRequest::Format::Html:
    case ExportRequest::Format::Markdown: break;
    }
    const ReportOptions::Kind kind = request.report.kind;
    const QString meetingTitle = kind == ReportOptions::Kind::Actions
                                     ? QString()
                                     : MeetingReader(db.connection()).meeting(documentMeeting(db, request)).title;
    return SafeFileName::make(ReportBuilder::title(kind, meetingTitle)) + QLatin1Char('.')
           + ExportRequest::formatKey(request.format);
}

} // namespace Quorum
