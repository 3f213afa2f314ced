// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "samplelibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
}

/** A fresh copy of the sample library in the temporary folder, so nothing of the user's is touched. */
QString writeFreshSample(QString *error, qint64 *referenceMeeting)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(dir).filePath(QStringLiteral("Quorum sample %1.quorum").arg(stamp));
    return Quorum::SampleLibrary::write(path, error, referenceMeeting) ? path : QString();
}

} // namespace

int main(int argc, char **argv)
{
    if (Quorum::CommandLine::hasVerb(argc, argv)) {
        // Verbs never open a window. Printed documents need fonts, which a GUI application without a screen provides.
        if (Quorum::CommandLine::needsFonts(argc, argv)) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            setIdentity();
            return Quorum::CommandLine::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        return Quorum::CommandLine::run(app.arguments());
    }

    // Checked before any window system is needed: a mistyped verb must not try to open a window.
    int files = 0;
    for (int i = 1; i < argc; ++i)
        files += argv[i][0] != '-';
    if (files > 1) {
        const QString use = QStringLiteral("quorum: too many arguments; use: quorum [FILE], quorum --sample, or quorum "
                                           "%1 …\n")
                                .arg(Quorum::CommandLine::verbNames().join(QLatin1Char('|')));
        std::fputs(use.toLocal8Bit().constData(), stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Quorum, a meeting organizer.\n\nVerbs (run without a window; quorum "
                                            "VERB --help lists a verb's options):\n%1")
            .arg(Quorum::CommandLine::verbSummaries()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QCoreApplication::translate("main", "Open a fresh copy of the sample library."));
    parser.addOption(sample);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("main", "The library to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    Quorum::MainWindow window;
    window.show();
    if (parser.isSet(sample)) {
        QString error;
        qint64 reference = 0;
        const QString path = writeFreshSample(&error, &reference);
        if (path.isEmpty()) {
            qCritical("quorum: %s", qPrintable(error));
            return 1;
        }
        window.openLibrary(path, reference);
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openLibrary(parser.positionalArguments().constFirst());
    }
    return app.exec();
}
