// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "attachments/safefilename.h"
#include "confluencewriter.h"
#include "decisionexport.h"
#include "document/meetingreader.h"
#include "exportfile.h"
#include "jsonexporter.h"
#include "mail/minutesmail.h"
#include "reportbuilder.h"
#include "reportprinter.h"
#include "reportwriter.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

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

/** The action report's title and its words for the filters that chose its items. */
ActionReportScope actionScope(const Database &db, const ExportRequest &request)
{
    ActionReportScope scope;
    if (request.actionIds) {
        scope.facts.append({Exporter::tr("Filters"),
                            request.filters.isEmpty() ? Exporter::tr("none (every action item)") : request.filters});
        return scope;
    }
    QString shown;
    switch (request.state) {
    case ExportRequest::State::All: shown = Exporter::tr("every action item, open and done"); break;
    case ExportRequest::State::Open:
        scope.title = Exporter::tr("Open action items");
        shown = Exporter::tr("open action items (done ones are left out)");
        break;
    case ExportRequest::State::Overdue:
        scope.title = Exporter::tr("Overdue action items");
        shown = Exporter::tr("open action items due before %1")
                    .arg(QLocale().toString(request.report.today, QLocale::ShortFormat));
        break;
    case ExportRequest::State::Done:
        scope.title = Exporter::tr("Done action items");
        shown = Exporter::tr("done action items");
        break;
    }
    scope.facts.append({Exporter::tr("Showing"), shown});
    scope.facts.append({Exporter::tr("Assigned to"), Exporter::tr("anyone")});
    scope.facts.append({Exporter::tr("Series"), Exporter::tr("every series")});
    if (request.meetingId) {
        const Meeting m = MeetingReader(db.connection()).meeting(request.meetingId);
        scope.facts.append({Exporter::tr("Meeting"),
                            QLocale().toString(m.startDate, QLocale::ShortFormat) + QLatin1Char(' ') + m.title});
    } else {
        scope.facts.append({Exporter::tr("Meetings"), Exporter::tr("every meeting, any date")});
    }
    return scope;
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

QList<RegisterDecision> Exporter::decisionRows(const Database &db, const ExportRequest &request)
{
    DecisionFilter filter = request.decisionFilter;
    if (request.meetingId) {
        requireMeeting(db, request.meetingId);
        filter.meetingId = request.meetingId;
    }
    if (!request.seriesName.isEmpty()) {
        const QList<Series> all = SeriesRepository(db.connection()).all();
        const auto it = std::find_if(all.begin(), all.end(), [&](const Series &s) {
            return s.name.compare(request.seriesName.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (it == all.end())
            throw StorageError(tr("The library has no series named “%1”.").arg(request.seriesName));
        filter.seriesId = it->id;
    }
    return DecisionExport::load(db, filter);
}

namespace {

/** The decision register's words for what chose its decisions. */
QList<QPair<QString, QString>> decisionFacts(const Database &db, const ExportRequest &request)
{
    const DecisionFilter &f = request.decisionFilter;
    QList<QPair<QString, QString>> facts;
    const Id meetingId = request.meetingId ? request.meetingId : f.meetingId;
    if (meetingId) {
        const Meeting m = MeetingReader(db.connection()).meeting(meetingId);
        facts.append({Exporter::tr("Meeting"),
                      QLocale().toString(m.startDate, QLocale::ShortFormat) + QLatin1Char(' ') + m.title});
    }
    QString series = request.seriesName;
    if (series.isEmpty() && f.seriesId) {
        for (const Series &s : SeriesRepository(db.connection()).all()) {
            if (s.id == f.seriesId)
                series = s.name;
        }
    }
    facts.append({Exporter::tr("Series"), series.isEmpty() ? Exporter::tr("every series") : series});
    if (!f.text.trimmed().isEmpty())
        facts.append({Exporter::tr("Containing"), f.text.trimmed()});
    if (f.from.isValid() || f.to.isValid()) {
        const QString from = f.from.isValid() ? QLocale().toString(f.from, QLocale::ShortFormat) : QString();
        const QString to = f.to.isValid() ? QLocale().toString(f.to, QLocale::ShortFormat) : QString();
        facts.append({Exporter::tr("Decided"), !f.to.isValid()     ? Exporter::tr("on or after %1").arg(from)
                                               : !f.from.isValid() ? Exporter::tr("on or before %1").arg(to)
                                                                   : Exporter::tr("%1 to %2").arg(from, to)});
    }
    if (f.personId)
        facts.append({Exporter::tr("Decided by"), MeetingReader(db.connection()).names().person(f.personId)});
    return facts;
}

} // namespace

ReportDocument Exporter::document(const Database &db, const ExportRequest &request)
{
    if (request.report.kind == ReportOptions::Kind::Decisions) {
        const QList<RegisterDecision> rows = decisionRows(db, request); // first: it refuses an unknown meeting
        return ReportBuilder::decisions(rows, request.report, decisionFacts(db, request));
    }
    if (request.report.kind == ReportOptions::Kind::Actions) {
        const QList<ActionExportRow> rows = actionRows(db, request); // first: it refuses an unknown meeting
        return ReportBuilder::actions(rows, request.report, actionScope(db, request));
    }
    return ReportBuilder(db).meetingDocument(documentMeeting(db, request), request.report);
}

namespace {

/** The minutes as a mail (MinutesMail): the one message an Eml request makes. */
QByteArray minutesMail(const Database &db, const ExportRequest &request)
{
    if (request.report.kind != ReportOptions::Kind::Minutes)
        throw StorageError(Exporter::tr("A mail holds the minutes of a meeting, not %1.")
                               .arg(ReportOptions::kindKey(request.report.kind)));
    MinutesMail::Options options;
    if (!request.mailFrom.trimmed().isEmpty()) {
        const std::optional<MailAddress> from = MailAddress::parse(request.mailFrom);
        if (!from)
            throw StorageError(Exporter::tr("“%1” is not a mail address.").arg(request.mailFrom));
        options.from = *from;
    }
    options.today = request.report.today;
    options.pageSize = request.report.pageSize;
    options.date = request.stamp;
    return MinutesMail::make(db, documentMeeting(db, request), options).message.toBytes();
}

} // namespace

void Exporter::write(const Database &db, const ExportRequest &request, QIODevice *out)
{
    QByteArray data;
    switch (request.format) {
    case ExportRequest::Format::Json:
        // Streamed: a whole library with its attachments is too big to hold in memory.
        JsonExporter::write(db, out, request.meetingId);
        return;
    case ExportRequest::Format::Csv:
        data = request.report.kind == ReportOptions::Kind::Decisions ? DecisionExport::toCsv(decisionRows(db, request))
                                                                     : ActionExport::toCsv(actionRows(db, request));
        break;
    case ExportRequest::Format::ICalendar:
        if (request.isInvitation())
            throw StorageError(tr("An invitation remembers what it sent in the library: it is exported with "
                                  "Exporter::writeInvitation."));
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
    case ExportRequest::Format::Confluence:
        if (!ConfluenceWriter::publishes(request.report.kind))
            throw StorageError(tr("A Confluence page holds the agenda or the minutes of a meeting, not %1.")
                                   .arg(ReportOptions::kindKey(request.report.kind)));
        data = ConfluenceWriter::read(db, documentMeeting(db, request)).write(request.report.kind).toUtf8();
        break;
    case ExportRequest::Format::Eml: data = minutesMail(db, request); break;
    }
    ExportFile::bytes(data)(out);
}

QByteArray Exporter::writeInvitation(Database &db, const ExportRequest &request)
{
    InvitationOptions options = request.invitation;
    options.stamp = request.stamp;
    return InvitationWriter::write(db, documentMeeting(db, request), options);
}

QString Exporter::suggestedFileName(const Database &db, const ExportRequest &request)
{
    switch (request.format) {
    case ExportRequest::Format::Json:
        return request.meetingId ? tr("meeting-%1.json").arg(request.meetingId)
                                 : QFileInfo(db.path()).completeBaseName() + QStringLiteral(".json");
    case ExportRequest::Format::Csv:
        return request.report.kind == ReportOptions::Kind::Decisions ? tr("decisions.csv") : tr("action-items.csv");
    case ExportRequest::Format::ICalendar:
        if (request.isInvitation())
            return SafeFileName::make(MeetingReader(db.connection()).meeting(documentMeeting(db, request)).title)
                   + QStringLiteral(".ics");
        return tr("action-items.ics");
    case ExportRequest::Format::Eml:
    case ExportRequest::Format::Pdf:
    case ExportRequest::Format::Html:
    case ExportRequest::Format::Markdown:
    case ExportRequest::Format::Confluence: break;
    }
    const ReportOptions::Kind kind = request.report.kind;
    const QString meetingTitle = kind == ReportOptions::Kind::Actions || kind == ReportOptions::Kind::Decisions
                                     ? QString()
                                     : MeetingReader(db.connection()).meeting(documentMeeting(db, request)).title;
    // Confluence storage format is an XHTML fragment, not an XML document (no root, the ac: prefix
    // undeclared): ".html" opens in a browser or an editor; ".confluence" keeps it apart from the HTML export.
    const QString suffix = request.format == ExportRequest::Format::Confluence
                               ? QStringLiteral("confluence.html")
                               : ExportRequest::formatKey(request.format);
    return SafeFileName::make(ReportBuilder::title(kind, meetingTitle)) + QLatin1Char('.') + suffix;
}

} // namespace Quorum
