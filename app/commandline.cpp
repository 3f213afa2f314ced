// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs' table and what the program asks of it; the verbs themselves are in exportverb.cpp,
// importverb.cpp and libraryverbs.cpp, their shared parts in verbsupport.cpp (verbs.h).
#include "commandline.h"

#include "i18n/translations.h"
#include "verbs.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Quorum {

using namespace Cli;

namespace {

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
