// SPDX-License-Identifier: GPL-3.0-or-later
// The window module: Quorum's window and the verbs that need Qt Gui (printed documents, the
// sample, generate), loaded by the `quorum` executable when it needs them (main.cpp).
#include "windowmodule.h"
#include "colourscheme.h"
#include "commandline.h"
#include "document/clockoption.h"
#include "firstpaintprobe.h"
#include "icons.h"
#include "mainwindow.h"
#include "samplelibrary.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <exception>
#include <new>

#include <unistd.h>

namespace {

/** A fresh copy of the sample library in the temporary folder, so nothing of the user's is touched. */
QString writeFreshSample(QString *error, qint64 *referenceMeeting)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(dir).filePath(QStringLiteral("Quorum sample %1.quorum").arg(stamp));
    return Quorum::SampleLibrary::write(path, error, referenceMeeting) ? path : QString();
}

/**
 * A screenless GUI application warns on stderr when the session has no runtime folder (a script,
 * cron, CI). Verbs print nothing but their results, so they get a private one, as Qt would make.
 */
void ensureRuntimeFolder()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::temp().filePath(QStringLiteral("quorum-runtime-%1").arg(::getuid()));
    QDir().mkpath(path);
    const QFileInfo folder(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (folder.isDir() && !folder.isSymLink() && folder.ownerId() == ::getuid()
        && QFile::setPermissions(path,
                                 ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

/** Opens library in the running window once no dialog is open there, and brings the window to the front. */
void openWhenFree(Quorum::MainWindow *window, const QString &library)
{
    if (QApplication::activeModalWidget()) {
        // A dialog is waiting for an answer: the library opens when it is closed.
        QApplication::activeModalWidget()->raise();
        QApplication::activeModalWidget()->activateWindow();
        QTimer::singleShot(300, window, [window, library] { openWhenFree(window, library); });
        return;
    }
    if (!library.isEmpty())
        window->openLibrary(library);
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

/** The window's options; made again once the application (and so the user's language) exists. */
struct WindowOptions
{
    QCommandLineOption help{QStringLiteral("help")}; // (replaced by addHelpOption())
    QCommandLineOption version{QStringLiteral("version")}; // (replaced by addVersionOption())
    QCommandLineOption sample{QStringLiteral("sample")};
    QCommandLineOption clock{QStringLiteral("clock")};
    QCommandLineOption newInstance{QStringLiteral("new-instance")};

    explicit WindowOptions(QCommandLineParser *parser)
    {
        parser->setApplicationDescription(
            QCoreApplication::translate("main", "Quorum, a meeting organizer.\n\nVerbs (run without a window; quorum "
                                                "VERB --help lists a verb's options alone):\n%1")
                .arg(Quorum::CommandLine::verbSummaries()));
        help = parser->addHelpOption();
        version = parser->addVersionOption();
        sample.setDescription(QCoreApplication::translate("main", "Open a fresh copy of the sample library."));
        parser->addOption(sample);
        clock.setValueName(QStringLiteral("DATETIME"));
        clock.setDescription(QCoreApplication::translate(
            "main", "Start the clock at DATETIME (ISO 8601 with a UTC offset or a time zone, e.g. "
                    "2020-09-15T09:00:00-07:00) and let it run on from there: for rehearsals, demos and "
                    "screenshots of a live meeting."));
        parser->addOption(clock);
        newInstance.setDescription(QCoreApplication::translate(
            "main", "Open a window of its own even when Quorum is running already (without it, FILE is handed "
                    "to the running window)."));
        parser->addOption(newInstance);
        parser->addPositionalArgument(QStringLiteral("FILE"),
                                      QCoreApplication::translate("main", "The library to open: a file, or a team "
                                                                          "library's address "
                                                                          "postgresql://[user@]host[:port]/database."),
                                      QStringLiteral("[FILE]"));
    }
};

} // namespace

int quorum_window_main(int argc, char **argv)
{
    if (Quorum::CommandLine::hasVerb(argc, argv)) {
        // Verbs never open a window. Printed documents need fonts, which a GUI application without a screen provides.
        if (Quorum::CommandLine::needsFonts(argc, argv)) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            ensureRuntimeFolder();
            QGuiApplication app(argc, argv);
            Quorum::CommandLine::setIdentity();
            return Quorum::CommandLine::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        Quorum::CommandLine::setIdentity();
        return Quorum::CommandLine::run(app.arguments());
    }

    QCommandLineParser parser;
    const WindowOptions options(&parser);
    const QCommandLineOption &help = options.help;
    const QCommandLineOption &version = options.version;
    const QCommandLineOption &sample = options.sample;
    const QCommandLineOption &clock = options.clock;
    const QCommandLineOption &newInstance = options.newInstance;

    // Help, version and mistakes are answered before any window system is needed, so they work
    // without a display (over ssh, in a script).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool parsed = parser.parse(arguments);
    if (!parsed || parser.isSet(help) || parser.isSet(QStringLiteral("help-all")) || parser.isSet(version)) {
        QCoreApplication app(argc, argv);
        Quorum::CommandLine::setIdentity();
        // Now in the user's language.
        QCommandLineParser translated;
        const WindowOptions again(&translated);
        translated.process(app); // prints and exits
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        QCoreApplication app(argc, argv);
        Quorum::CommandLine::setIdentity();
        const QString use
            = QCoreApplication::translate("main", "quorum: too many arguments; use: quorum [FILE], quorum "
                                                  "--sample, or quorum %1 …\n")
                  .arg(Quorum::CommandLine::verbNames().join(QLatin1Char('|')));
        std::fputs(use.toLocal8Bit().constData(), stderr);
        return 2;
    }

    QDateTime clockStart;
    if (parser.isSet(clock)) {
        QString error;
        clockStart = Quorum::ClockOption::parse(parser.value(clock), &error);
        if (!clockStart.isValid()) {
            QCoreApplication app(argc, argv);
            Quorum::CommandLine::setIdentity();
            Quorum::ClockOption::parse(parser.value(clock), &error); // said again, in the user's language
            const QString message = QCoreApplication::translate("main", "quorum: --clock: %1\n").arg(error);
            std::fputs(message.toLocal8Bit().constData(), stderr);
            return 2;
        }
    }

    // One window per session (a file opened from the file manager goes to the running window),
    // except for the sample, a rehearsal's clock, a benchmark's window and when asked.
    const bool alone = parser.isSet(newInstance) || parser.isSet(sample) || parser.isSet(clock)
                       || qEnvironmentVariableIsSet("QUORUM_BENCH_FIRST_PAINT");
    const QString library = parser.positionalArguments().value(0);
    if (!alone) {
        ensureRuntimeFolder();
        if (Quorum::SingleInstance::handOver(library))
            return 0;
    }

    QApplication app(argc, argv);
    Quorum::CommandLine::setIdentity();
    QGuiApplication::setDesktopFileName(Quorum::Icons::applicationId());
    QApplication::setWindowIcon(Quorum::Icons::application());
    parser.process(app);
    Quorum::ColourScheme::applyAtStart(); // View › Colours, or QUORUM_COLOURS

    Quorum::MainWindow window;
    Quorum::SingleInstance instance;
    if (!alone && instance.listen()) {
        QObject::connect(&instance, &Quorum::SingleInstance::openRequested, &window,
                         [&window](const QString &requested) { openWhenFree(&window, requested); });
        QObject::connect(&instance, &Quorum::SingleInstance::raiseRequested, &window,
                         [&window] { openWhenFree(&window, QString()); });
    }
    if (clockStart.isValid())
        window.setClock(Quorum::ClockOption::runningFrom(clockStart));
    window.show();
    Quorum::installFirstPaintProbe(&window);
    if (parser.isSet(sample)) {
        QString error;
        qint64 reference = 0;
        const QString path = writeFreshSample(&error, &reference);
        if (path.isEmpty()) {
            qCritical("quorum: %s", qPrintable(error));
            return 1;
        }
        window.openLibrary(path, reference);
    } else if (!library.isEmpty()) {
        window.openLibrary(library);
    }
    return app.exec();
}
