// SPDX-License-Identifier: GPL-3.0-or-later
// quorum import: a JSON document (in the executable, without Qt Gui); Confluence pages and calendar
// invitations (in the window module).
#include "verbs.h"

#include "commandline.h"
#include "export/jsoninterchange.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#ifndef QUORUM_CORE_VERBS
#include "calendar/invitationimport.h"
#include "wiki/confluenceimport.h"
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QLockFile>

#include <functional>

namespace Quorum::Cli {

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

} // namespace Quorum::Cli
