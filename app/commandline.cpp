// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "export/actionexport.h"
#include "export/jsoninterchange.h"
#include "samplelibrary.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstring>

namespace Quorum {

namespace {

const char *const verbs[] = {"sample", "export", "import"};

int failWith(const QString &message, int code = 1)
{
    QTextStream(stderr) << "quorum: " << message << Qt::endl;
    return code;
}

/** Writes data to path atomically, or to stdout for an empty path or "-". */
bool writeOutput(const QString &path, const QByteArray &data, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush()) {
            *error = CommandLine::tr("Cannot write to standard output.");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = CommandLine::tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
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

int runExport(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: json, csv or ics."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption kind(QStringLiteral("kind"), CommandLine::tr("Document kind (printed formats only)."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption meeting(QStringLiteral("meeting"), CommandLine::tr("Export only the meeting with this ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    parser.addOptions({format, kind, meeting, output});
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to export."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return failWith(CommandLine::tr("usage: quorum export --format json|csv|ics [--kind actions] [--meeting ID] FILE [-o OUT]"), 2);
    const QString fmt = parser.value(format);
    const QStringList formats = {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("ics")};
    if (!formats.contains(fmt))
        return failWith(fmt.isEmpty() ? CommandLine::tr("export needs --format (available: %1).").arg(formats.join(QStringLiteral(", ")))
                                      : CommandLine::tr("the export format “%1” is not available (available: %2).")
                                            .arg(fmt, formats.join(QStringLiteral(", "))),
                        2);
    if (fmt == QLatin1String("json") && parser.isSet(kind))
        return failWith(CommandLine::tr("--kind does not apply to JSON, which always holds everything."), 2);
    if (fmt != QLatin1String("json") && parser.value(kind) != QLatin1String("actions"))
        return failWith(CommandLine::tr("--format %1 exports action items: add --kind actions.").arg(fmt), 2);
    qint64 meetingId = 0;
    if (parser.isSet(meeting)) {
        bool ok = false;
        meetingId = parser.value(meeting).toLongLong(&ok);
        if (!ok || meetingId <= 0)
            return failWith(CommandLine::tr("--meeting needs a meeting ID (a positive number)."), 2);
    }
    QString error;
    // Read-only: exporting never writes to the library, whatever state it is in.
    std::unique_ptr<Database> db = Database::open(args.at(1), Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    QByteArray data;
    try {
        if (fmt == QLatin1String("json")) {
            data = JsonInterchange::exportLibrary(*db, meetingId);
        } else {
            if (meetingId)
                JsonInterchange::exportLibrary(*db, meetingId); // refuses a meeting ID the library lacks
            const QList<ActionExportRow> rows = ActionExport::load(*db, meetingId);
            data = fmt == QLatin1String("csv") ? ActionExport::toCsv(rows)
                                               : ActionExport::toICalendar(rows, QDateTime::currentDateTimeUtc());
        }
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    if (!writeOutput(parser.value(output), data, &error))
        return failWith(error);
    return 0;
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

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verb"), tr("sample, export or import"));
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("sample"))
        return runSample(parser, arguments);
    if (verb == QLatin1String("export"))
        return runExport(parser, arguments);
    if (verb == QLatin1String("import"))
        return runImport(parser, arguments);
    return failWith(tr("unknown command “%1”.").arg(verb), 2);
}

} // namespace Quorum
