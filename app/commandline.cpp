// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "export/exporter.h"
#include "export/exportfile.h"
#include "export/jsoninterchange.h"
#include "librarygenerator.h"
#include "samplelibrary.h"
#include "storage/database.h"
#include "storage/librarycheck.h"
#include "storage/searchrepository.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstring>

namespace Quorum {

namespace {

const char *const verbs[] = {"sample", "export", "import", "check", "generate", "search"};

int failWith(const QString &message, int code = 1)
{
    QTextStream(stderr) << "quorum: " << message << Qt::endl;
    return code;
}

/** Writes what write() gives to path, or standard output for "" and "-". A file is all or nothing. */
bool writeOutput(const QString &path, const ExportFile::Writer &write, QString *error)
{
    if (!path.isEmpty() && path != QLatin1String("-"))
        return ExportFile::write(path, write, error);
    QFile out;
    try {
        if (out.open(stdout, QIODevice::WriteOnly)) {
            write(&out);
            if (out.flush())
                return true;
        }
    } catch (const StorageError &e) {
        if (out.error() == QFileDevice::NoError) {
            *error = e.message();
            return false;
        }
    }
    *error = CommandLine::tr("Cannot write to standard output.");
    return false;
}

int runSample(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("OUT"), CommandLine::tr("The library file to create."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return failWith(CommandLine::tr("usage: quorum sample OUT.quorum"), 2);
    QString error;
    if (!SampleLibrary::write(args.at(1), &error))
        return failWith(error);
    return 0;
}

/** Reads and checks the options of a printed document export into request; 0, or the exit code of a usage error. */
int readDocumentOptions(const QCommandLineParser &parser, ExportRequest *request)
{
    const QString fmt = ExportRequest::formatKey(request->format);
    ReportOptions &options = request->report;
    const QString kindKey = parser.value(QStringLiteral("kind"));
    if (!ReportOptions::kindFromKey(kindKey, &options.kind))
        return failWith(
            kindKey.isEmpty()
                ? CommandLine::tr("--format %1 needs --kind agenda, minutes or actions.").arg(fmt)
                : CommandLine::tr("the document kind “%1” is not available (available: agenda, minutes, actions).")
                      .arg(kindKey),
            2);
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
    return 0;
}

int runExport(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"),
                                    CommandLine::tr("Output format: json, csv, ics, pdf, html or md."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        CommandLine::tr("What to export: actions (csv, ics), or agenda, minutes or actions (pdf, html, md)."),
        QStringLiteral("KIND"));
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        CommandLine::tr("The meeting to export (default for agenda and minutes: the newest with an agenda)."),
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
                                   CommandLine::tr("Action report: all (default), open, overdue or done."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    parser.addOptions({format, kind, meeting, variant, paper, groupBy, state, output});
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to export."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return failWith(
            CommandLine::tr("usage: quorum export --format json|csv|ics|pdf|html|md [--kind agenda|minutes|actions] "
                            "[--variant participant|moderator] [--meeting ID] FILE [-o OUT]"),
            2);
    ExportRequest request;
    const QString fmt = parser.value(format);
    const QStringList formats = ExportRequest::formatKeys();
    if (!ExportRequest::formatFromKey(fmt, &request.format))
        return failWith(
            fmt.isEmpty()
                ? CommandLine::tr("export needs --format (available: %1).").arg(formats.join(QStringLiteral(", ")))
                : CommandLine::tr("the export format “%1” is not available (available: %2).")
                      .arg(fmt, formats.join(QStringLiteral(", "))),
            2);
    const bool json = request.format == ExportRequest::Format::Json;
    if (json && parser.isSet(kind))
        return failWith(CommandLine::tr("--kind does not apply to JSON, which always holds everything."), 2);
    if (!request.isDocument() && !json && parser.value(kind) != QLatin1String("actions"))
        return failWith(CommandLine::tr("--format %1 exports action items: add --kind actions.").arg(fmt), 2);
    if (!request.isDocument()
        && (parser.isSet(variant) || parser.isSet(paper) || parser.isSet(groupBy) || parser.isSet(state)))
        return failWith(CommandLine::tr("--variant, --paper, --group-by and --state apply to pdf, html and md only."),
                        2);
    if (request.format == ExportRequest::Format::Pdf
        && (parser.value(output).isEmpty() || parser.value(output) == QLatin1String("-")))
        return failWith(CommandLine::tr("a PDF is written to a file: add -o OUT.pdf."), 2);
    if (request.isDocument()) {
        if (const int code = readDocumentOptions(parser, &request))
            return code;
    }
    if (parser.isSet(meeting)) {
        bool ok = false;
        request.meetingId = parser.value(meeting).toLongLong(&ok);
        if (!ok || request.meetingId <= 0)
            return failWith(CommandLine::tr("--meeting needs a meeting ID (a positive number)."), 2);
    }
    QString error;
    // Read-only: exporting never writes to the library, whatever state it is in.
    std::unique_ptr<Database> db = Database::open(args.at(1), Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    const auto write = [&](QIODevice *out) { Exporter::write(*db, request, out); };
    return writeOutput(parser.value(output), write, &error) ? 0 : failWith(error);
}

int runImport(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Input format: json."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("IN"), CommandLine::tr("The JSON document to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("The library to import into; created when it does not exist."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return failWith(CommandLine::tr("usage: quorum import --format json IN FILE"), 2);
    if (parser.value(format) != QLatin1String("json"))
        return failWith(CommandLine::tr("import needs --format json."), 2);
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly))
        return failWith(CommandLine::tr("Cannot read “%1”: %2.").arg(args.at(1), in.errorString()));
    const QByteArray json = in.readAll();
    const QString target = args.at(2);
    QString error;
    ImportSummary summary;
    if (!QFileInfo::exists(target) && !QFileInfo(target).isSymLink()) {
        if (!JsonInterchange::importIntoNewLibrary(target, json, &error, &summary))
            return failWith(error);
    } else {
        std::unique_ptr<Database> db = Database::open(target, Database::Mode::OpenExisting, &error);
        if (!db)
            return failWith(error);
        try {
            summary = JsonInterchange::importDocument(*db, json);
        } catch (const StorageError &e) {
            return failWith(e.message());
        }
    }
    QTextStream(stdout) << CommandLine::tr("Imported meetings: %1; people added: %2, matched in the directory: %3.")
                               .arg(summary.meetingIds.size())
                               .arg(summary.peopleAdded)
                               .arg(summary.peopleMatched)
                        << Qt::endl;
    return 0;
}

int runCheck(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to check."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return failWith(CommandLine::tr("usage: quorum check FILE"), 2);
    // Opened for the check alone, read-only: a file too damaged to open as a library is still examined.
    const CheckReport report = LibraryCheck::runOnFile(args.at(1));
    QTextStream(stdout) << report.toText();
    return report.isOk() ? 0 : 1;
}

int runGenerate(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption meetings(QStringLiteral("meetings"), CommandLine::tr("How many meetings (default 520)."),
                                      QStringLiteral("N"), QStringLiteral("520"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("The seed: the same seed gives the same file."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    parser.addOptions({meetings, seed});
    parser.addPositionalArgument(QStringLiteral("OUT"), CommandLine::tr("The library to create."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return failWith(CommandLine::tr("usage: quorum generate [--meetings N] [--seed S] OUT.quorum"), 2);
    bool countOk = false;
    bool seedOk = false;
    LibraryGenerator::Options options;
    options.meetings = parser.value(meetings).toInt(&countOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!countOk || options.meetings < 1 || options.meetings > 100000 || !seedOk)
        return failWith(
            CommandLine::tr("--meetings is a number from 1 to 100000 and --seed a number from 0 to 4294967295."), 2);
    QString error;
    if (!LibraryGenerator::write(args.at(1), options, &error))
        return failWith(error);
    return 0;
}

int runSearch(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption limit(QStringLiteral("limit"), CommandLine::tr("At most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to search."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), CommandLine::tr("Words, \"a phrase\", or a prefix*."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int most = parser.value(limit).toInt(&ok);
    if (args.size() != 3 || !ok || most < 1)
        return failWith(CommandLine::tr("usage: quorum search [--limit N] FILE \"QUERY\""), 2);
    QString error;
    std::unique_ptr<Database> db = Database::open(args.at(1), Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    QList<SearchHit> hits;
    try {
        hits = SearchRepository(db->connection()).search(args.at(2), most);
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    QTextStream out(stdout);
    for (const SearchHit &hit : hits) {
        QString where;
        switch (hit.kind) {
        case SearchHit::Kind::Meeting: where = CommandLine::tr("meeting"); break;
        case SearchHit::Kind::Entry: where = CommandLine::tr("agenda: %1").arg(hit.title); break;
        case SearchHit::Kind::Action: where = CommandLine::tr("action item"); break;
        case SearchHit::Kind::Attachment: where = CommandLine::tr("attachment: %1").arg(hit.title); break;
        }
        QString snippet = hit.snippet.simplified();
        snippet.replace(SearchHit::Mark, QLatin1Char('[')).replace(SearchHit::EndMark, QLatin1Char(']'));
        out << hit.meetingDate.toString(Qt::ISODate) << "  " << hit.meetingTitle << "  >  " << where << ": " << snippet
            << Qt::endl;
    }
    if (hits.isEmpty())
        QTextStream(stderr) << CommandLine::tr("quorum: nothing found for “%1”.").arg(args.at(2)) << Qt::endl;
    return hits.isEmpty() ? 1 : 0;
}

} // namespace

bool CommandLine::hasVerb(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *verb : verbs) {
        if (std::strcmp(argv[1], verb) == 0)
            return true;
    }
    return false;
}

bool CommandLine::needsFonts(int argc, char **argv)
{
    const auto isDocument = [](const char *format) {
        return std::strcmp(format, "pdf") == 0 || std::strcmp(format, "html") == 0 || std::strcmp(format, "md") == 0;
    };
    for (int i = 2; i < argc; ++i) {
        if (std::strncmp(argv[i], "--format=", 9) == 0 && isDocument(argv[i] + 9))
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && isDocument(argv[i + 1]))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verb"), tr("sample, export, import, check, generate or search"));
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("sample"))
        return runSample(parser, arguments);
    if (verb == QLatin1String("export"))
        return runExport(parser, arguments);
    if (verb == QLatin1String("import"))
        return runImport(parser, arguments);
    if (verb == QLatin1String("check"))
        return runCheck(parser, arguments);
    if (verb == QLatin1String("generate"))
        return runGenerate(parser, arguments);
    if (verb == QLatin1String("search"))
        return runSearch(parser, arguments);
    return failWith(tr("unknown command “%1”.").arg(verb), 2);
}

} // namespace Quorum
