// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "i18n/translations.h"

#include "document/libraryfile.h"
#include "export/exportfile.h"
#include "export/jsonexporter.h"
#include "export/jsoninterchange.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/librarycheck.h"
#include "storage/librarycopy.h"
#include "storage/searchrepository.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#ifndef QUORUM_CORE_VERBS
#include "agenda/meetingshape.h"
#include "calendar/invitationimport.h"
#include "calendar/invitationwriter.h"
#include "commands/addmeetingfromshape.h"
#include "data/cadence.h"
#include "document/meetingreader.h"
#include "export/confluencewriter.h"
#include "export/exporter.h"
#include "librarygenerator.h"
#include "mail/actionmails.h"
#include "samplelibrary.h"
#include "storage/seriesrepository.h"
#include "storage/templaterepository.h"
#include "storage/transaction.h"
#include "wiki/confluenceimport.h"
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <climits>
#include <functional>

#include <unistd.h>

namespace Quorum {

namespace {

struct Verb;
using Handler = int (*)(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);

/** A headless verb: what --help says of it, the usage line its errors print, and how it runs. */
struct Verb
{
    const char *name;
    const char *summary; ///< one line for --help, to translate in the CommandLine context
    const char *usage; ///< the usage line, to translate in the CommandLine context
    Handler run;
    /** The verb's options, for its parser and for the program's --help; null: none. */
    QList<QCommandLineOption> (*options)();
    /** Whether these arguments make it print a document, which needs a GUI application for fonts; null: never. */
    bool (*needsFonts)(const QStringList &arguments);
};

/**
 * Text from a library (or a file) as it may go to a terminal: control characters (C0 but line
 * breaks and tabs, DEL, C1) and bidirectional overrides become U+FFFD, so no escape sequence in a
 * title or note can move the cursor, retitle the window or ring the bell.
 */
QString forTerminal(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

int failWith(const QString &message, int code = 1)
{
    QTextStream(stderr) << "quorum: " << forTerminal(message) << Qt::endl;
    return code;
}

/**
 * Standard output, written through its file descriptor: a failure (a full disk, a closed pipe, a
 * file-size limit) is kept with the system's reason, and the verb then exits non-zero saying it.
 */
QFile &standardOutput()
{
    static QFile out;
    if (!out.isOpen())
        out.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    return out;
}

/** Prints a verb's result (text from the library made safe for a terminal). */
void print(const QString &text)
{
    QFile &out = standardOutput();
    if (out.error() == QFileDevice::NoError)
        out.write(forTerminal(text).toUtf8());
}

/** The reason standard output could not be written (flushing what is left first); empty when it could. */
QString outputFailure()
{
    QFile &out = standardOutput();
    if (out.error() == QFileDevice::NoError && out.flush())
        return {};
    return CommandLine::tr("Cannot write to standard output: %1.").arg(out.errorString());
}

/**
 * How long a verb waits for a library that another program is writing to, or whose edit lock
 * another Quorum holds: QUORUM_BUSY_WAIT seconds, 10 when it is not set.
 */
int busyWaitMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("QUORUM_BUSY_WAIT", &ok);
    return ok && seconds >= 0 ? qMin(seconds, 3600) * 1000 : 10000;
}

/**
 * Runs attempt again while it finds the library at path busy (another program writing to it),
 * for a bounded time (busyWaitMs()), saying once on standard error that it waits: a busy library
 * is not a damaged one. False when the library was still busy at the end.
 */
bool waitWhileBusy(const QString &path, const std::function<bool()> &attempt)
{
    QElapsedTimer waited;
    waited.start();
    bool said = false;
    while (attempt()) {
        if (!said && busyWaitMs() > 0) {
            said = true;
            QTextStream(stderr) << "quorum: "
                                << forTerminal(CommandLine::tr("“%1” is busy: another program is writing to it. "
                                                               "Waiting up to %2 s…")
                                                   .arg(QDir::toNativeSeparators(path))
                                                   .arg(busyWaitMs() / 1000))
                                << Qt::endl;
        }
        if (waited.elapsed() >= busyWaitMs())
            return false;
        QThread::msleep(250);
    }
    return true;
}

/** Database::open, waiting while another program writes to the library (waitWhileBusy). */
std::unique_ptr<Database> openLibrary(const QString &path, Database::Mode mode, QString *error)
{
    std::unique_ptr<Database> db;
    const bool free = waitWhileBusy(path, [&] {
        bool busy = false;
        // A verb that only reads checks the header and the structure; one that writes checks every page first.
        const auto check
            = mode == Database::Mode::ReadOnly ? Database::Check::HeaderAndStructure : Database::Check::BeforeOpening;
        db = Database::open(path, mode, error, Database::builtinMigrations(), check, &busy);
        return !db && busy;
    });
    if (!free)
        *error = CommandLine::tr("%1 Try again when it is done.").arg(*error);
    return db;
}

/** Whether a library is at location: a file (or a link) there, or any server address (it says itself when it is not one). */
bool libraryExists(const QString &location)
{
    return Database::isServerLocation(location) || QFileInfo::exists(location) || QFileInfo(location).isSymLink();
}

/** The verb's usage line, as a usage error (exit code 2). */
int usageError(const Verb &verb)
{
    return failWith(CommandLine::tr("usage: %1").arg(CommandLine::tr(verb.usage)), 2);
}

/** Writes what write() gives to path, or standard output for "" and "-". A file is all or nothing. */
bool writeOutput(const QString &path, const ExportFile::Writer &write, QString *error)
{
    if (!path.isEmpty() && path != QLatin1String("-"))
        return ExportFile::write(path, write, error);
    QFile &out = standardOutput();
    try {
        write(&out);
    } catch (const StorageError &e) {
        if (out.error() == QFileDevice::NoError) {
            *error = e.message();
            return false;
        }
    }
    *error = outputFailure();
    return error->isEmpty();
}

/**
 * An existing library opened to be written by a verb, under the window's edit lock (never written
 * behind a window that shows it): *db and *lock are set, or the exit code of the message said
 * (nothingDone ends a refusal of the lock: "Nothing was pruned.") is returned.
 */
int openForEditing(const QString &target, const QString &nothingDone, std::unique_ptr<QLockFile> *lock,
                   std::unique_ptr<Database> *db)
{
    if (Database::isServerLocation(target)) {
        // A team library has no edit lock: many people edit it at once, each edit in its own transaction.
        QString error;
        *db = openLibrary(target, Database::Mode::OpenExisting, &error);
        if (!*db)
            return failWith(error);
        if ((*db)->isReadOnly())
            return failWith(QStringLiteral("%1 %2").arg((*db)->readOnlyReason(), nothingDone));
        return 0;
    }
    if (!QFileInfo::exists(target))
        return failWith(CommandLine::tr("“%1” does not exist.").arg(QDir::toNativeSeparators(target)));
    QString error;
    LibraryFile::OpenProblem problem = LibraryFile::OpenProblem::None;
    *lock = LibraryFile::lockForEditing(target, busyWaitMs(), &problem, &error);
    if (!*lock)
        return failWith(QStringLiteral("%1 %2").arg(error, nothingDone));
    *db = openLibrary(target, Database::Mode::OpenExisting, &error);
    if (!*db)
        return failWith(error);
    return 0;
}

#ifndef QUORUM_CORE_VERBS
int runSample(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("OUT"), CommandLine::tr("The library file to create."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(verb);
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

QList<QCommandLineOption> importOptions()
{
    return {QCommandLineOption(QStringLiteral("format"), CommandLine::tr("Input format: json, confluence or ics."),
                               QStringLiteral("FORMAT")),
            QCommandLineOption(QStringLiteral("series"),
                               CommandLine::tr("confluence, ics: the series of the imported meetings (default: the "
                                               "title without its date)."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("date"),
                               CommandLine::tr("confluence: the date of a page that gives none."),
                               QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(QStringLiteral("dry-run"),
                               CommandLine::tr("confluence, ics: print what would be imported, and write nothing."))};
}

#ifndef QUORUM_CORE_VERBS
/** The library an import writes into: an existing one under the edit lock, or one to create. */
struct ImportTarget
{
    QString path;
    bool exists = false;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Database> db;
};

/** Opens an existing target under the same edit lock as the window's; a non-zero exit code when it cannot. */
int openImportTarget(const QString &path, ImportTarget *target)
{
    target->path = path;
    target->exists = libraryExists(path);
    if (!target->exists)
        return 0;
    return openForEditing(path, CommandLine::tr("Nothing was imported."), &target->lock, &target->db);
}

/**
 * Creates the target when it does not exist, then runs write (one transaction of its own, which
 * throws StorageError on any problem) and prints what it returns. A library created for the import
 * is removed again when the import fails.
 */
int writeImport(ImportTarget *target, const std::function<QString(Database &)> &write)
{
    QString error;
    if (!target->exists) {
        target->db = Database::open(target->path, Database::Mode::CreateNew, &error);
        if (!target->db)
            return failWith(error);
    }
    try {
        print(write(*target->db));
    } catch (const StorageError &e) {
        if (!target->exists) {
            const QString created = target->db->path();
            target->db.reset();
            QFile::remove(created);
        }
        return failWith(e.message());
    }
    return 0;
}

/**
 * import --format confluence: reads the pages (WikiSource finds what the file is), prints the
 * report, and writes every meeting in one transaction under the edit lock.
 */
int runConfluenceImport(QCommandLineParser &parser, const QString &in, const QString &path)
{
    ConfluenceImport::Options options;
    options.series = parser.value(QStringLiteral("series")).simplified();
    if (parser.isSet(QStringLiteral("date"))) {
        options.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.date.isValid())
            return failWith(CommandLine::tr("--date needs a date such as 2020-09-15."), 2);
    }
    ImportTarget target;
    if (const int code = openImportTarget(path, &target))
        return code;
    if (target.db) {
        try {
            options = ConfluenceImport::optionsFor(target.db->connection(), options);
        } catch (const StorageError &e) {
            return failWith(e.message());
        }
    }
    QString error;
    ConfluenceImport::Reading reading;
    if (!ConfluenceImport::readFile(in, options, &reading, &error))
        return failWith(CommandLine::tr("%1 Nothing was imported.").arg(error));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        print(ConfluenceImport::report(reading));
        return 0;
    }
    if (!reading.isComplete()) {
        print(ConfluenceImport::report(reading));
        return failWith(CommandLine::tr("A page gives no date: give it with --date YYYY-MM-DD. Nothing was imported."));
    }
    return writeImport(&target, [&](Database &db) {
        const ConfluenceImport::Outcome outcome = ConfluenceImport::write(db, reading);
        return ConfluenceImport::report(reading, &outcome);
    });
}

/**
 * import --format ics: reads a calendar invitation (.ics, or an .eml with a calendar part),
 * prints what it found, and writes the meeting, its series and its new people in one transaction.
 */
int runInvitationImport(QCommandLineParser &parser, const QString &in, const QString &path)
{
    ImportTarget target;
    if (const int code = openImportTarget(path, &target))
        return code;
    InvitationImport::Options options;
    options.today = QDate::currentDate();
    if (target.db) {
        try {
            options = InvitationImport::optionsFor(target.db->connection());
        } catch (const StorageError &e) {
            return failWith(e.message());
        }
    }
    QString error;
    Invitation invitation;
    if (!InvitationImport::readFile(in, options, &invitation, &error))
        return failWith(error);
    const QString series = parser.value(QStringLiteral("series")).simplified();
    if (!series.isEmpty())
        invitation.seriesName = series.left(200);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        print(InvitationImport::report(invitation));
        return 0;
    }
    return writeImport(&target, [&](Database &db) {
        const Id id = InvitationImport::write(db, invitation);
        return InvitationImport::report(invitation) + CommandLine::tr("Imported as meeting %1.").arg(id)
               + QLatin1Char('\n');
    });
}
#endif

int runImport(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 CommandLine::tr("The JSON document, Confluence pages (a page, an export, a "
                                                 "space export ZIP) or calendar invitation (.ics, .eml) to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("The library to import into; created when it does not exist."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(verb);
    const QString in = args.at(1);
    const QString target = args.at(2);
#ifndef QUORUM_CORE_VERBS
    if (parser.value(QStringLiteral("format")) == QLatin1String("confluence"))
        return runConfluenceImport(parser, in, target);
    if (parser.value(QStringLiteral("format")) == QLatin1String("ics")) {
        if (parser.isSet(QStringLiteral("date")))
            return failWith(CommandLine::tr("--date applies to --format confluence only; an invitation has its dates."),
                            2);
        return runInvitationImport(parser, in, target);
    }
#endif
    if (parser.value(QStringLiteral("format")) != QLatin1String("json"))
        return failWith(CommandLine::tr("import needs --format json, confluence or ics."), 2);
    for (const char *option : {"series", "date", "dry-run"}) {
        if (parser.isSet(QLatin1String(option)))
            return failWith(
                CommandLine::tr("--%1 applies to --format confluence or ics only.").arg(QLatin1String(option)), 2);
    }
    // Read as a stream from the file, device or pipe, never whole into memory (JsonStream's limits).
    QString error;
    ImportSummary summary;
    if (!libraryExists(target)) {
        if (!JsonInterchange::importFileIntoNewLibrary(in, target, &error, &summary))
            return failWith(error);
    } else {
        // The same edit lock as the window's: never written behind a window that shows the library.
        std::unique_ptr<QLockFile> lock;
        std::unique_ptr<Database> db;
        if (const int code = openForEditing(target, CommandLine::tr("Nothing was imported."), &lock, &db))
            return code;
        try {
            summary = JsonInterchange::importFile(*db, in);
        } catch (const StorageError &e) {
            return failWith(e.message());
        }
    }
    print(CommandLine::tr("Imported meetings: %1; people added: %2, matched in the directory: %3.")
              .arg(summary.meetingIds.size())
              .arg(summary.peopleAdded)
              .arg(summary.peopleMatched)
          + QLatin1Char('\n'));
    return 0;
}

// ------------------------------------------------------------------ prune-history (issue 19)

QList<QCommandLineOption> pruneHistoryOptions()
{
    return {QCommandLineOption(QStringLiteral("before"),
                               CommandLine::tr("Remove the revisions older than this date (the start of that day, "
                                               "local time)."),
                               QStringLiteral("YYYY-MM-DD"))};
}

int runPruneHistory(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library whose history is pruned."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(QStringLiteral("before")))
        return usageError(verb);
    const QDate before = QDate::fromString(parser.value(QStringLiteral("before")), Qt::ISODate);
    if (!before.isValid())
        return failWith(CommandLine::tr("--before needs a date as YYYY-MM-DD, not “%1”.")
                            .arg(parser.value(QStringLiteral("before"))),
                        2);
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Database> db;
    if (const int code = openForEditing(args.at(1), CommandLine::tr("Nothing was pruned."), &lock, &db))
        return code;
    int removed = 0;
    try {
        Transaction transaction(db->connection(), CommandLine::tr("prune the history"));
        removed = HistoryRepository(db->connection()).prune(before.startOfDay().toUTC());
        transaction.commit();
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    const QString date = before.toString(Qt::ISODate);
    print((removed == 1 ? CommandLine::tr("1 revision older than %1 was removed.").arg(date)
                        : CommandLine::tr("%1 revisions older than %2 were removed.").arg(removed).arg(date))
          + QLatin1Char('\n'));
    return 0;
}

QList<QCommandLineOption> checkOptions()
{
    return {QCommandLineOption(QStringLiteral("rebuild-index"),
                               CommandLine::tr("Rebuild the search index from the records first (it is derived data), "
                                               "then check."))};
}

/** Rebuilds the search index of the library at path through its edit lock; 0, or the exit code of a failure. */
int rebuildSearchIndex(const QString &path)
{
    QString error;
    const std::unique_ptr<LibraryFile> file = LibraryFile::open(path, &error, LibraryFile::Access::Edit);
    if (!file)
        return failWith(error);
    QObject::connect(file.get(), &LibraryFile::storageFailed, [&error](const QString &why) { error = why; });
    QObject::connect(file.get(), &LibraryFile::saveFailed, [&error](const QString &why) { error = why; });
    if (!file->rebuildSearchIndex()) {
        return failWith(error.isEmpty() ? CommandLine::tr("The search index of “%1” was not rebuilt: %2")
                                              .arg(QDir::toNativeSeparators(file->path()), file->damage())
                                        : error);
    }
    print(CommandLine::tr("The search index was rebuilt.") + QLatin1Char('\n'));
    return 0;
}

int runCheck(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to check."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(verb);
    if (parser.isSet(QStringLiteral("rebuild-index"))) {
        if (const int failed = rebuildSearchIndex(args.at(1)))
            return failed;
    }
    CheckReport report;
    if (Database::isServerLocation(args.at(1))) {
        // A team library: checked through a connection of its own (the server is never busy as a file is).
        QString error;
        const std::unique_ptr<Database> db = openLibrary(args.at(1), Database::Mode::ReadOnly, &error);
        if (!db)
            return failWith(error);
        report = LibraryCheck::run(*db);
        print(report.toText());
        return report.isOk() ? 0 : 1;
    }
    // Opened for the check alone, read-only: a file too damaged to open as a library is still examined.
    waitWhileBusy(args.at(1), [&] {
        report = LibraryCheck::runOnFile(args.at(1));
        return report.busy;
    });
    print(report.toText());
    return report.isOk() ? 0 : 1;
}

// ------------------------------------------------------------------------------ server-init, copy
int runServerInit(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("URI"),
                                 CommandLine::tr("The empty PostgreSQL database: postgresql://host[:port]/dbname."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !Database::isServerLocation(args.at(1)))
        return usageError(verb);
    QString error;
    const std::unique_ptr<Database> db = Database::initServer(args.at(1), &error);
    if (!db)
        return failWith(error);
    // As an identifier in the GRANT lines to paste: a quote in the name is doubled.
    const QString name = ServerAddress::parse(args.at(1)).database().replace(QLatin1Char('"'), QStringLiteral("\"\""));
    print(CommandLine::tr("“%1” is a Quorum team library now (format %2). Give people access with\n"
                          "  GRANT \"%3_editors\" TO alice;   -- may edit\n"
                          "  GRANT \"%3_readers\" TO bob;     -- may read\n")
              .arg(db->path())
              .arg(db->schemaVersion())
              .arg(name));
    return 0;
}

int runCopy(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("SRC"),
                                 CommandLine::tr("The library to copy: a file or a server address."));
    parser.addPositionalArgument(QStringLiteral("DST"),
                                 CommandLine::tr("A new file, or an empty database on a server (set up if needed)."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(verb);
    QString error;
    CopySummary summary;
    if (!LibraryCopy::run(args.at(1), args.at(2), &summary, &error))
        return failWith(error);
    print(CommandLine::tr("Copied %n meeting(s) (%1 rows in %2 tables).\n", nullptr, int(summary.meetings))
              .arg(summary.rows)
              .arg(summary.tables));
    return 0;
}

#ifndef QUORUM_CORE_VERBS
QList<QCommandLineOption> generateOptions()
{
    return {QCommandLineOption(QStringLiteral("meetings"), CommandLine::tr("How many meetings (default 520)."),
                               QStringLiteral("N"), QStringLiteral("520")),
            QCommandLineOption(QStringLiteral("seed"), CommandLine::tr("The seed: the same seed gives the same file."),
                               QStringLiteral("S"), QStringLiteral("1"))};
}

int runGenerate(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("OUT"), CommandLine::tr("The library to create."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(verb);
    bool countOk = false;
    bool seedOk = false;
    LibraryGenerator::Options options;
    options.meetings = parser.value(QStringLiteral("meetings")).toInt(&countOk);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!countOk || options.meetings < 1 || options.meetings > 100000 || !seedOk)
        return failWith(
            CommandLine::tr("--meetings is a number from 1 to 100000 and --seed a number from 0 to 4294967295."), 2);
    QString error;
    if (!LibraryGenerator::write(args.at(1), options, &error))
        return failWith(error);
    return 0;
}

// ------------------------------------------------------------------------------ new-meeting
QList<QCommandLineOption> newMeetingOptions()
{
    return {QCommandLineOption(QStringLiteral("series"), CommandLine::tr("The series of the new meeting."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("from"),
                               CommandLine::tr("Start from the series' last meeting (last, the default) or from the "
                                               "template of that name."),
                               QStringLiteral("last|TEMPLATE"), QStringLiteral("last")),
            QCommandLineOption(QStringLiteral("date"),
                               CommandLine::tr("The first day (default: the date the series' cadence suggests)."),
                               QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(QStringLiteral("title"),
                               CommandLine::tr("The title (default: the last one's with its date moved on)."),
                               QStringLiteral("TEXT"))};
}

int runNewMeeting(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to add the meeting to."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(QStringLiteral("series")))
        return usageError(verb);
    const QString seriesName = parser.value(QStringLiteral("series")).trimmed();
    const QString from = parser.value(QStringLiteral("from"));
    QDate date;
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date"));
        date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return failWith(CommandLine::tr("--date “%1” is not a date of the form YYYY-MM-DD.").arg(text), 2);
    }
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Database> db;
    if (const int code = openForEditing(args.at(1), CommandLine::tr("No meeting was added."), &lock, &db))
        return code;
    try {
        Transaction transaction(db->connection(), CommandLine::tr("add the meeting"));
        SeriesRepository seriesRepository(db->connection());
        const Id seriesId = seriesRepository.findByName(seriesName);
        if (!seriesId)
            return failWith(CommandLine::tr("The library has no series “%1”. Nothing was added.").arg(seriesName));
        const Series series = seriesRepository.load(seriesId);
        const QList<MeetingSummary> meetings = seriesRepository.meetings(seriesId);
        // --from last (the default): the series' last meeting, every part; --from NAME: a template.
        const bool fromLast = from == QLatin1String("last");
        std::optional<MeetingTemplate> chosen;
        if (!fromLast) {
            for (const MeetingTemplate &t : TemplateRepository(db->connection()).all()) {
                if (t.name == from)
                    chosen = t;
            }
            if (!chosen)
                return failWith(CommandLine::tr("The library has no template “%1”. Nothing was added.").arg(from), 2);
        }
        if (fromLast && meetings.isEmpty())
            return failWith(
                CommandLine::tr("The series “%1” has no meeting to start from. Nothing was added.").arg(seriesName));
        const MeetingContent last
            = meetings.isEmpty() ? MeetingContent() : MeetingReader(db->connection()).load(meetings.constLast().id);
        if (!date.isValid()) {
            Cadence cadence;
            Cadence::fromKey(series.cadence, &cadence);
            date = cadence.nextAfter(last.meeting.startDate);
            if (!date.isValid())
                return failWith(CommandLine::tr("The series “%1” has no cadence to suggest a date: give --date. "
                                                "Nothing was added.")
                                    .arg(seriesName),
                                2);
        }
        MeetingShape shape = chosen ? chosen->shape : MeetingShape::of(last, MeetingShape::Parts());
        if (shape.logistics.timeZone.isEmpty())
            shape.logistics.timeZone = series.timeZone;
        const QString title
            = parser.isSet(QStringLiteral("title"))
                  ? parser.value(QStringLiteral("title")).trimmed()
                  : MeetingShape::nextTitle(last.meeting.title, last.meeting.startDate, series.name, date);
        if (title.isEmpty())
            return failWith(CommandLine::tr("--title must not be empty."), 2);
        const MeetingShape::Instance instance = shape.instance(title, seriesId, date);
        const Id id = AddMeetingFromShape::write(db->connection(), instance);
        transaction.commit();
        print(CommandLine::tr("%1\t%2\t%3\t%4\n")
                  .arg(id)
                  .arg(instance.meeting.startDate.toString(Qt::ISODate), instance.meeting.endDate.toString(Qt::ISODate),
                       forTerminal(title)));
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    return 0;
}

#endif

QList<QCommandLineOption> searchOptions()
{
    return {QCommandLineOption(QStringLiteral("limit"), CommandLine::tr("At most N results (default 20)."),
                               QStringLiteral("N"), QStringLiteral("20"))};
}

int runSearch(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The library to search."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), CommandLine::tr("Words, \"a phrase\", or a prefix*."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int most = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (args.size() != 3 || !ok || most < 1)
        return usageError(verb);
    QString error;
    std::unique_ptr<Database> db = openLibrary(args.at(1), Database::Mode::ReadOnly, &error);
    if (!db)
        return failWith(error);
    QList<SearchHit> hits;
    try {
        // One more than asked for tells whether there are more.
        hits = SearchRepository(db->connection()).search(args.at(2), most == INT_MAX ? most : most + 1);
    } catch (const StorageError &e) {
        return failWith(e.message());
    }
    const bool more = hits.size() > most;
    if (more)
        hits.removeLast();
    for (const SearchHit &hit : std::as_const(hits)) {
        QString where;
        switch (hit.kind) {
        case SearchHit::Kind::Meeting: where = CommandLine::tr("meeting"); break;
        case SearchHit::Kind::Entry: where = CommandLine::tr("agenda: %1").arg(hit.title); break;
        case SearchHit::Kind::Action: where = CommandLine::tr("action item"); break;
        case SearchHit::Kind::Attachment: where = CommandLine::tr("attachment: %1").arg(hit.title); break;
        case SearchHit::Kind::Person: where = CommandLine::tr("person directory"); break;
        case SearchHit::Kind::Decision: where = CommandLine::tr("decision"); break;
        }
        QString snippet = hit.snippet.simplified();
        snippet.replace(SearchHit::Mark, QLatin1Char('[')).replace(SearchHit::EndMark, QLatin1Char(']'));
        if (hit.kind != SearchHit::Kind::Person)
            print(hit.meetingDate.toString(Qt::ISODate) + QLatin1String("  ") + hit.meetingTitle
                  + QLatin1String("  >  "));
        print(where + QLatin1String(": ") + snippet + QLatin1Char('\n'));
    }
    if (hits.isEmpty())
        QTextStream(stderr) << forTerminal(CommandLine::tr("quorum: nothing found for “%1”.").arg(args.at(2)))
                            << Qt::endl;
    else if (more)
        QTextStream(stderr) << CommandLine::tr("quorum: more than %1 places found; these are the best. "
                                               "Add words to narrow the search, or raise --limit.")
                                   .arg(most)
                            << Qt::endl;
    return hits.isEmpty() ? 1 : 0;
}

#ifdef QUORUM_CORE_VERBS
// The verbs this process runs without Qt Gui (runsWithoutGui() says which arguments); --help and
// every other verb are answered by the window module, which has the whole table.
const Verb Verbs[] = {
    {"export", QT_TRANSLATE_NOOP("CommandLine", "Export a library, its action items or a printed document."),
     QT_TRANSLATE_NOOP("CommandLine",
                       "quorum export --format json|csv|ics|pdf|html|md|confluence|eml "
                       "[--kind agenda|minutes|run-sheet|actions|meeting|actions-by-person] "
                       "[--variant participant|moderator] [--with-timing] [--meeting ID] [--events day|block] "
                       "[--organizer NAME-OR-EMAIL] [--from ADDRESS] FILE [-o OUT]"),
     runJsonExport, exportOptions, nullptr},
#else
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

// In the order --help lists them.
const Verb Verbs[] = {
    {"sample", QT_TRANSLATE_NOOP("CommandLine", "Write the sample library to a new file."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum sample OUT.quorum"), runSample, nullptr, nullptr},
    {"export", QT_TRANSLATE_NOOP("CommandLine", "Export a library, its action items or a printed document."),
     QT_TRANSLATE_NOOP("CommandLine",
                       "quorum export --format json|csv|ics|pdf|html|md|confluence|eml "
                       "[--kind agenda|minutes|run-sheet|actions|meeting|actions-by-person] "
                       "[--variant participant|moderator] [--with-timing] [--meeting ID] [--events day|block] "
                       "[--organizer NAME-OR-EMAIL] [--from ADDRESS] FILE [-o OUT]"),
     runExport, exportOptions, exportsDocument},
#endif
    {"import",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Import a JSON document or Confluence meeting pages into a library, new or existing."),
     QT_TRANSLATE_NOOP(
         "CommandLine",
         "quorum import --format json|confluence|ics [--series NAME] [--date YYYY-MM-DD] [--dry-run] IN FILE"),
     runImport, importOptions, nullptr},
    {"prune-history",
     QT_TRANSLATE_NOOP("CommandLine", "Remove a library's revision history older than a date, for good."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum prune-history FILE --before YYYY-MM-DD"), runPruneHistory,
     pruneHistoryOptions, nullptr},
    {"check", QT_TRANSLATE_NOOP("CommandLine", "Check a library for damage; the exit code says whether it is sound."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum check FILE, or quorum check --rebuild-index FILE"), runCheck,
     checkOptions, nullptr},
    {"server-init",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Set up an empty PostgreSQL database as a team library, with its editors' and readers' roles."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum server-init postgresql://host[:port]/dbname"), runServerInit, nullptr,
     nullptr},
    {"copy",
     QT_TRANSLATE_NOOP("CommandLine", "Copy a whole library between a file and a server, either way, all or nothing."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum copy SRC DST (each a FILE or a postgresql:// address)"), runCopy, nullptr,
     nullptr},
#ifndef QUORUM_CORE_VERBS
    {"generate", QT_TRANSLATE_NOOP("CommandLine", "Write a large made-up library, to try Quorum at scale."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum generate [--meetings N] [--seed S] OUT.quorum"), runGenerate,
     generateOptions, nullptr},
    {"new-meeting",
     QT_TRANSLATE_NOOP("CommandLine", "Add a series' next meeting from its last one; prints its id, dates and title."),
     QT_TRANSLATE_NOOP("CommandLine",
                       "quorum new-meeting FILE --series NAME [--from last|TEMPLATE] [--date YYYY-MM-DD] "
                       "[--title TEXT]"),
     runNewMeeting, newMeetingOptions, nullptr},
#endif
    {"search",
     QT_TRANSLATE_NOOP("CommandLine", "Search a library's titles, topics, notes, action items and file names."),
     QT_TRANSLATE_NOOP("CommandLine", "quorum search [--limit N] FILE \"QUERY\""), runSearch, searchOptions, nullptr},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : Verbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

bool CommandLine::hasVerb(int argc, char **argv)
{
    return argc >= 2 && findVerb(QString::fromLocal8Bit(argv[1]));
}

void CommandLine::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    // The user's language, for the window and the verbs alike.
    Translations::install();
}

bool CommandLine::runsWithoutGui(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("export"))
        return formatArgument(arguments) == QLatin1String("json");
    if (verb == QLatin1String("import"))
        return formatArgument(arguments)
               == QLatin1String("json"); // the page and invitation readers are in the window module
    return verb == QLatin1String("check") || verb == QLatin1String("search") || verb == QLatin1String("prune-history")
           || verb == QLatin1String("server-init") || verb == QLatin1String("copy");
}

bool CommandLine::needsFonts(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    const Verb *verb = findVerb(arguments.value(1));
    return verb && verb->needsFonts && verb->needsFonts(arguments);
}

QStringList CommandLine::verbNames()
{
    QStringList names;
    for (const Verb &verb : Verbs)
        names << QString::fromLatin1(verb.name);
    return names;
}

QString CommandLine::verbSummaries()
{
    qsizetype width = 0;
    for (const Verb &verb : Verbs)
        width = qMax(width, qsizetype(qstrlen(verb.name)));
    const QString indent(width + 4, QLatin1Char(' '));
    QStringList lines;
    for (const Verb &verb : Verbs) {
        lines << QStringLiteral("  %1  %2").arg(QString::fromLatin1(verb.name).leftJustified(width), tr(verb.summary));
        lines << indent + tr(verb.usage);
        if (!verb.options)
            continue;
        const QList<QCommandLineOption> options = verb.options();
        QStringList names;
        qsizetype nameWidth = 0;
        for (const QCommandLineOption &option : options) {
            QStringList spelled;
            for (const QString &name : option.names())
                spelled << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            QString text = spelled.join(QStringLiteral(", "));
            if (!option.valueName().isEmpty())
                text += QStringLiteral(" <%1>").arg(option.valueName());
            names << text;
            nameWidth = qMax(nameWidth, text.size());
        }
        for (qsizetype i = 0; i < options.size(); ++i)
            lines << indent
                         + QStringLiteral("  %1  %2")
                               .arg(names.at(i).leftJustified(nameWidth), options.at(i).description());
    }
    return lines.join(QLatin1Char('\n'));
}

int CommandLine::run(const QStringList &arguments)
{
    const Verb *verb = findVerb(arguments.value(1));
    if (!verb)
        return failWith(tr("unknown command “%1”.").arg(arguments.value(1)), 2);
    QCommandLineParser parser;
    parser.addHelpOption();
    if (verb->options)
        parser.addOptions(verb->options());
    parser.addPositionalArgument(QString::fromLatin1(verb->name), tr(verb->summary));
    const int code = verb->run(*verb, parser, arguments);
    // What a verb printed is its result: unwritten, the verb failed, whatever it found.
    const QString failure = outputFailure();
    return failure.isEmpty() ? code : failWith(failure);
}

} // namespace Quorum
