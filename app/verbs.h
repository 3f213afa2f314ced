// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The headless verbs' shared parts (app/): the table's entry, the helpers every verb uses and each
// verb's entry points, which commandline.cpp puts in its table. Not for use outside app/.

#include "export/exportfile.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QFile;
class QLockFile;

namespace Quorum::Cli {

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

// ------------------------------------------------------------------ shared (verbsupport.cpp)

QString forTerminal(QString text);
int failWith(const QString &message, int code = 1);
QFile &standardOutput();
void print(const QString &text);
QString outputFailure();
int busyWaitMs();
bool waitWhileBusy(const QString &path, const std::function<bool()> &attempt);
std::unique_ptr<Database> openLibrary(const QString &path, Database::Mode mode, QString *error);
bool libraryExists(const QString &location);
int usageError(const Verb &verb);
bool writeOutput(const QString &path, const ExportFile::Writer &write, QString *error);
int openForEditing(const QString &target, const QString &nothingDone, std::unique_ptr<QLockFile> *lock,
                   std::unique_ptr<Database> *db);

// ------------------------------------------------------------------ export (exportverb.cpp)

QList<QCommandLineOption> exportOptions();
/** The value of --format in arguments ("--format x" or "--format=x"); empty when not given. */
QString formatArgument(const QStringList &arguments);
int runJsonExport(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
int runExport(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
bool exportsDocument(const QStringList &arguments);

// ------------------------------------------------------------------ import (importverb.cpp)

QList<QCommandLineOption> importOptions();
int runImport(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);

// ------------------------------------------------------------------ the library's verbs (libraryverbs.cpp)

int runSample(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
QList<QCommandLineOption> pruneHistoryOptions();
int runPruneHistory(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
QList<QCommandLineOption> checkOptions();
int runCheck(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
int runServerInit(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
int runCopy(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
QList<QCommandLineOption> generateOptions();
int runGenerate(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
QList<QCommandLineOption> newMeetingOptions();
int runNewMeeting(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);
QList<QCommandLineOption> searchOptions();
int runSearch(const Verb &verb, QCommandLineParser &parser, const QStringList &arguments);

} // namespace Quorum::Cli
