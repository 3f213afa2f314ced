// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs on a library as a whole: sample, prune-history, check, server-init, copy, generate, new-meeting, search.
#include "verbs.h"

#include "commandline.h"
#include "document/libraryfile.h"
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
#include "commands/addmeetingfromshape.h"
#include "data/cadence.h"
#include "document/meetingreader.h"
#include "librarygenerator.h"
#include "samplelibrary.h"
#include "storage/seriesrepository.h"
#include "storage/templaterepository.h"
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QTextStream>

#include <climits>

namespace Quorum::Cli {

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
#endif

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

} // namespace Quorum::Cli
