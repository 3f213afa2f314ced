// SPDX-License-Identifier: GPL-3.0-or-later
// quorum export: JSON (in the executable, without Qt Gui); CSV, iCalendar, printed documents,
// Confluence and mail (in the window module).
#include "verbs.h"

#include "commandline.h"
#include "export/exportfile.h"
#include "export/jsonexporter.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#ifndef QUORUM_CORE_VERBS
#include "calendar/invitationimport.h"
#include "calendar/invitationwriter.h"
#include "export/confluencewriter.h"
#include "export/exporter.h"
#include "mail/actionmails.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QLockFile>

namespace Quorum::Cli {

#ifndef QUORUM_CORE_VERBS
/** Reads and checks the options of a printed document export into request; 0, or the exit code of a usage error. */
int readDocumentOptions(const QCommandLineParser &parser, ExportRequest *request)
{
    const QString fmt = ExportRequest::formatKey(request->format);
    ReportOptions &options = request->report;
    const QString kindKey = parser.value(QStringLiteral("kind"));
    const QString kinds = ReportOptions::kindKeys().join(QStringLiteral(", "));
    if (!ReportOptions::kindFromKey(kindKey, &options.kind))
        return failWith(
            kindKey.isEmpty()
                ? CommandLine::tr("--format %1 needs --kind (available: %2).").arg(fmt, kinds)
                : CommandLine::tr("the document kind “%1” is not available (available: %2).").arg(kindKey, kinds),
            2);
    options.includeTiming = parser.isSet(QStringLiteral("with-timing"));
    if (options.includeTiming && options.kind != ReportOptions::Kind::Minutes)
        return failWith(CommandLine::tr("--with-timing applies to the minutes (--kind minutes) only."), 2);
    const QString variant = parser.value(QStringLiteral("variant"));
    if (variant == QLatin1String("moderator"))
        options.variant = ReportOptions::Variant::Moderator;
    else if (!variant.isEmpty() && variant != QLatin1String("participant"))
        return failWith(CommandLine::tr("--variant is participant or moderator."), 2);
    if (!variant.isEmpty() && options.kind != ReportOptions::Kind::Agenda)
        return failWith(CommandLine::tr("--variant applies to the agenda only."), 2);
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    options.pageSize = paper == QLatin1String("letter") ? QPageSize::Letter
                       : paper == QLatin1String("a4")   ? QPageSize::A4
                                                        : ReportOptions::defaultPageSize();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return failWith(CommandLine::tr("--paper is a4 or letter."), 2);
    const QString grouping = parser.value(QStringLiteral("group-by"));
    if (grouping == QLatin1String("meeting"))
        options.grouping = ReportOptions::Grouping::ByMeeting;
    else if (!grouping.isEmpty() && grouping != QLatin1String("assignee"))
        return failWith(CommandLine::tr("--group-by is assignee or meeting."), 2);
    const QString state = parser.value(QStringLiteral("state"));
    if (!state.isEmpty() && !ExportRequest::stateFromKey(state, &request->state))
        return failWith(
            CommandLine::tr("--state is one of %1.").arg(ExportRequest::stateKeys().join(QStringLiteral(", "))), 2);
    if ((!grouping.isEmpty() || !state.isEmpty()) && options.kind != ReportOptions::Kind::Actions)
        return failWith(CommandLine::tr("--group-by and --state apply to the action report (--kind actions) only."), 2);
    // A report of what is left to do: done items only when asked for.
    if (state.isEmpty() && options.kind == ReportOptions::Kind::Actions)
        request->state = ExportRequest::State::Open;
    return 0;
}

#endif

QList<QCommandLineOption> exportOptions()
{
    const QCommandLineOption format(QStringLiteral("format"),
                                    CommandLine::tr("Output format: json, csv, ics, pdf, html, md, confluence or eml."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        CommandLine::tr("What to export: actions (csv, ics), meeting (ics: its invitation), decisions (csv), agenda "
                        "or minutes (confluence), or agenda, minutes, run-sheet, actions or decisions (pdf, html, "
                        "md), or minutes or actions-by-person (eml)."),
        QStringLiteral("KIND"));
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        CommandLine::tr(
            "The meeting to export (default for agenda, minutes and run sheet: the newest with an agenda)."),
        QStringLiteral("ID"));
    const QCommandLineOption variant(QStringLiteral("variant"),
                                     CommandLine::tr("Agenda copy: participant (default) or moderator."),
                                     QStringLiteral("VARIANT"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   CommandLine::tr("PDF paper: a4 or letter (default: from the locale)."),
                                   QStringLiteral("PAPER"));
    const QCommandLineOption groupBy(QStringLiteral("group-by"),
                                     CommandLine::tr("Action report: group by assignee (default) or meeting."),
                                     QStringLiteral("GROUP"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   CommandLine::tr("Action report: open (default), overdue, done or all."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption withTiming(
        QStringLiteral("with-timing"),
        CommandLine::tr("Minutes: add planned against actual times per entry, block and day (days that have run)."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    CommandLine::tr("Decision register: only the decisions of this series."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CommandLine::tr("eml: the sender, \"Name <name@example.org>\" (default: none; the mail client's account)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption events(
        QStringLiteral("events"),
        CommandLine::tr("Meeting invitation (--format ics --kind meeting): one event per day (default) or block."),
        QStringLiteral("day|block"));
    const QCommandLineOption organizer(
        QStringLiteral("organizer"),
        CommandLine::tr("Meeting invitation: its organizer, a person of the directory by name or email (remembered "
                        "for the meeting; \"\" for none)."),
        QStringLiteral("NAME-OR-EMAIL"));
    return {format, kind, meeting, variant, paper, groupBy, state, withTiming, series, output, from, events, organizer};
}

/** The usage error of the invitation's options given to another export; 0 when none is given. */
int refuseInvitationOptions(const QCommandLineParser &parser)
{
    for (const char *name : {"events", "organizer"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return failWith(
                CommandLine::tr("--%1 applies to a meeting's invitation (--format ics --kind meeting) only.")
                    .arg(QLatin1String(name)),
                2);
    }
    return 0;
}

/** What follows "--format" or "--format=" among a verb's arguments; empty when there is none. */
QString formatArgument(const QStringList &arguments)
{
    QString key;
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(QLatin1String("--format=")))
            key = arg.mid(9);
        else if (arg == QLatin1String("--format"))
            key = arguments.value(++i);
    }
    return key; // the last one counts, as for QCommandLineParser::value()
}

/** The usage error of a printed document's options given to an export that prints none; 0 when none is given. */
int refuseDocumentOptions(const QCommandLineParser &parser)
{
    for (const char *name : {"variant", "paper", "group-by", "state", "with-timing"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return failWith(
                CommandLine::tr(
                    "--variant, --paper, --group-by, --state and --with-timing apply to pdf, html and md only."),
                2);
    }
    return 0;
}

/** Reads --meeting into *meetingId (0 when it is not set); 0, or the exit code of a usage error. */
int readMeetingOption(const QCommandLineParser &parser, qint64 *meetingId)
{
    *meetingId = 0;
    if (!parser.isSet(QStringLiteral("meeting")))
        return 0;
    bool ok = false;
    *meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
    if (!ok || *meetingId <= 0)
        return failWith(CommandLine::tr("--meeting needs a meeting ID (a positive number)."), 2);
    return 0;
}

/**
 * export --format json: the whole library, or one meeting. It needs nothing of Qt Gui, so it runs
 * in the command line's own process without loading the window module (CommandLine::runsWithoutGui).
 */
int runJsonExport(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to export."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(verb);
    if (parser.isSet(QStringLiteral("kind")))
        return failWith(CommandLine::tr("--kind does not apply to JSON, which always holds everything."), 2);
    if (const int code = refuseDocumentOptions(parser))
        return code;
    if (const int code = refuseInvitationOptions(parser))
        return code;
    qint64 meetingId = 0;
    if (const int code = readMeetingOption(parser, &meetingId))
        return code;
    QString error;
    // Read-only: exporting never writes to the library, whatever state it is in.
    std::unique_ptr<Database> db = openLibrary(args.at(1), Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    const auto write = [&](QIODevice *out) { JsonExporter::write(*db, out, meetingId); };
    return writeOutput(parser.value(QStringLiteral("output")), write, &error) ? 0 : failWith(error);
}

#ifndef QUORUM_CORE_VERBS
/** The options of export --format confluence: --kind agenda or minutes, no printed document's option. */
int readConfluenceOptions(const QCommandLineParser &parser, ExportRequest *request)
{
    const QString kindKey = parser.value(QStringLiteral("kind"));
    if (kindKey.isEmpty())
        return failWith(CommandLine::tr("--format confluence needs --kind agenda or --kind minutes."), 2);
    if (!ReportOptions::kindFromKey(kindKey, &request->report.kind)
        || !ConfluenceWriter::publishes(request->report.kind))
        return failWith(CommandLine::tr("--format confluence publishes the agenda or the minutes of a meeting "
                                        "(--kind agenda or minutes), not “%1”.")
                            .arg(kindKey),
                        2);
    for (const char *name : {"variant", "paper", "group-by", "state", "with-timing", "series"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return failWith(CommandLine::tr("--%1 does not apply to --format confluence.").arg(QLatin1String(name)), 2);
    }
    return 0;
}

/**
 * export --format eml: the minutes as one message (--kind minutes, -o FILE.eml or standard
 * output), or one message per person with their open actions (--kind actions-by-person, -o FOLDER).
 */
int runMailExport(const QCommandLineParser &parser, const QString &library, ExportRequest request)
{
    for (const char *name : {"variant", "paper", "group-by", "state", "with-timing", "series"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return failWith(CommandLine::tr("--%1 does not apply to --format eml.").arg(QLatin1String(name)), 2);
    }
    request.mailFrom = parser.value(QStringLiteral("from")).trimmed();
    if (parser.isSet(QStringLiteral("from")) && !MailAddress::parse(request.mailFrom))
        return failWith(
            CommandLine::tr("--from needs a mail address: \"Name <name@example.org>\" or name@example.org."), 2);
    const QString kind = parser.value(QStringLiteral("kind"));
    const QString output = parser.value(QStringLiteral("output"));
    QString error;
    if (kind == QLatin1String("minutes")) {
        request.report.kind = ReportOptions::Kind::Minutes;
        if (const int code = readMeetingOption(parser, &request.meetingId))
            return code;
        std::unique_ptr<Database> db = openLibrary(library, Database::Mode::ReadOnly, &error);
        if (!db)
            return failWith(error);
        const auto write = [&](QIODevice *out) { Exporter::write(*db, request, out); };
        return writeOutput(output, write, &error) ? 0 : failWith(error);
    }
    if (kind != QLatin1String("actions-by-person"))
        return failWith(CommandLine::tr("--format eml writes --kind minutes (one message) or --kind "
                                        "actions-by-person (a message per person, -o FOLDER)."),
                        2);
    if (parser.isSet(QStringLiteral("meeting")))
        return failWith(CommandLine::tr("--meeting does not apply to --kind actions-by-person: it covers the whole "
                                        "library."),
                        2);
    if (output.isEmpty() || output == QLatin1String("-"))
        return failWith(CommandLine::tr("--kind actions-by-person writes a message per person: add -o FOLDER."), 2);
    std::unique_ptr<Database> db = openLibrary(library, Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    ActionMails::Options options;
    if (!request.mailFrom.isEmpty())
        options.from = *MailAddress::parse(request.mailFrom);
    ActionMails mails;
    try {
        mails = ActionMails::make(*db, options);
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    if (!QDir().mkpath(output))
        return failWith(CommandLine::tr("Cannot make the folder %1.").arg(output));
    for (qsizetype i = 0; i < mails.messages.size(); ++i) {
        const QByteArray bytes = mails.messages.at(i).toBytes();
        if (!ExportFile::write(QDir(output).filePath(mails.fileNames.at(i)), ExportFile::bytes(bytes), &error))
            return failWith(error);
    }
    print(CommandLine::tr("Wrote %n message(s) to %1.", "", int(mails.messages.size())).arg(output)
          + QLatin1Char('\n'));
    QStringList skipped;
    for (const Person &p : mails.withoutAddress)
        skipped << p.shownName();
    if (!skipped.isEmpty())
        print(CommandLine::tr("Skipped, no mail address: %1.").arg(skipped.join(QStringLiteral(", ")))
              + QLatin1Char('\n'));
    error = outputFailure();
    return error.isEmpty() ? 0 : failWith(error);
}

/**
 * export --format ics --kind meeting: the meeting's invitation. The library remembers what each
 * event said (UID, sequence, sha256) and the organizer, so this export writes to it: under the
 * window's edit lock, in one transaction, before the file is written.
 */
int runInvitationExport(QCommandLineParser &parser, const QString &path)
{
    for (const char *name : {"variant", "paper", "group-by", "state", "with-timing", "series", "from"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return failWith(CommandLine::tr("--%1 does not apply to a meeting's invitation (--kind meeting).")
                                .arg(QLatin1String(name)),
                            2);
    }
    ExportRequest request;
    request.format = ExportRequest::Format::ICalendar;
    request.calendar = ExportRequest::Calendar::Invitation;
    const QString events = parser.value(QStringLiteral("events"));
    if (events == QLatin1String("block"))
        request.invitation.events = InvitationOptions::Events::PerBlock;
    else if (!events.isEmpty() && events != QLatin1String("day"))
        return failWith(CommandLine::tr("--events takes day or block, not “%1”.").arg(events), 2);
    if (const int code = readMeetingOption(parser, &request.meetingId))
        return code;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Database> db;
    if (const int code = openForEditing(path, CommandLine::tr("Nothing was exported."), &lock, &db))
        return code;
    QByteArray data;
    try {
        if (parser.isSet(QStringLiteral("organizer"))) {
            InvitationOrganizer organizer;
            QString error;
            if (!InvitationWriter::findOrganizer(db->connection(), parser.value(QStringLiteral("organizer")),
                                                 &organizer, &error))
                return failWith(error, 2);
            request.invitation.organizer = organizer;
        }
        data = Exporter::writeInvitation(*db, request);
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    QString error;
    return writeOutput(parser.value(QStringLiteral("output")), ExportFile::bytes(data), &error) ? 0 : failWith(error);
}

int runExport(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    if (formatArgument(arguments) == QLatin1String("json"))
        return runJsonExport(verb, parser, arguments);
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to export."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(verb);
    ExportRequest request;
    const QString fmt = parser.value(QStringLiteral("format"));
    const QStringList formats = ExportRequest::formatKeys();
    if (!ExportRequest::formatFromKey(fmt, &request.format))
        return failWith(
            fmt.isEmpty()
                ? CommandLine::tr("export needs --format (available: %1).").arg(formats.join(QStringLiteral(", ")))
                : CommandLine::tr("the export format “%1” is not available (available: %2).")
                      .arg(fmt, formats.join(QStringLiteral(", "))),
            2);
    if (parser.value(QStringLiteral("kind")) == QLatin1String("meeting")) {
        if (request.format != ExportRequest::Format::ICalendar)
            return failWith(
                CommandLine::tr("--kind meeting is a meeting's calendar invitation: it needs --format ics."), 2);
        return runInvitationExport(parser, args.at(1));
    }
    if (const int code = refuseInvitationOptions(parser))
        return code;
    if (request.format == ExportRequest::Format::Eml)
        return runMailExport(parser, args.at(1), request);
    if (parser.isSet(QStringLiteral("from")))
        return failWith(CommandLine::tr("--from applies to --format eml only."), 2);
    // The decision register: CSV as well as a printed document, the whole library or one meeting or series.
    const bool decisions = parser.value(QStringLiteral("kind")) == QLatin1String("decisions");
    if (request.format == ExportRequest::Format::Confluence) {
        // Confluence storage format: the agenda or the minutes of one meeting, nothing else.
        if (const int code = readConfluenceOptions(parser, &request))
            return code;
    } else if (decisions && request.format == ExportRequest::Format::Csv)
        request.report.kind = ReportOptions::Kind::Decisions;
    else if (request.format == ExportRequest::Format::ICalendar
             && parser.value(QStringLiteral("kind")) != QLatin1String("actions"))
        return failWith(CommandLine::tr("--format ics exports action items (--kind actions) or a meeting's invitation "
                                        "(--kind meeting)."),
                        2);
    else if (!request.isDocument() && parser.value(QStringLiteral("kind")) != QLatin1String("actions"))
        return failWith(CommandLine::tr("--format %1 exports action items: add --kind actions.").arg(fmt), 2);
    if (parser.isSet(QStringLiteral("series")) && !decisions)
        return failWith(CommandLine::tr("--series applies to the decision register (--kind decisions) only."), 2);
    request.seriesName = parser.value(QStringLiteral("series")).trimmed();
    if (parser.isSet(QStringLiteral("series")) && request.seriesName.isEmpty())
        return failWith(CommandLine::tr("--series needs the name of a series."), 2);
    if (!request.isDocument()) {
        if (const int code = refuseDocumentOptions(parser))
            return code;
    }
    if (request.format == ExportRequest::Format::Pdf
        && (parser.value(QStringLiteral("output")).isEmpty()
            || parser.value(QStringLiteral("output")) == QLatin1String("-")))
        return failWith(CommandLine::tr("a PDF is written to a file: add -o OUT.pdf."), 2);
    if (request.isDocument()) {
        if (const int code = readDocumentOptions(parser, &request))
            return code;
    }
    if (const int code = readMeetingOption(parser, &request.meetingId))
        return code;
    QString error;
    // Read-only: exporting never writes to the library, whatever state it is in.
    std::unique_ptr<Database> db = openLibrary(args.at(1), Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    const auto write = [&](QIODevice *out) { Exporter::write(*db, request, out); };
    return writeOutput(parser.value(QStringLiteral("output")), write, &error) ? 0 : failWith(error);
}
#endif

#ifndef QUORUM_CORE_VERBS
/**
 * "--format pdf", "--format=html": a printed document, laid out with fonts. Confluence storage
 * format too: its notes are read through QTextDocument (NotesHtml), which wants the fonts.
 */
bool exportsDocument(const QStringList &arguments)
{
    ExportRequest request;
    return ExportRequest::formatFromKey(formatArgument(arguments), &request.format)
           && (request.isDocument() || request.format == ExportRequest::Format::Confluence
               || request.format == ExportRequest::Format::Eml);
}
#endif

} // namespace Quorum::Cli
