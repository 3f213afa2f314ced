// SPDX-License-Identifier: GPL-3.0-or-later
// What every verb shares: messages and output made safe for a terminal, waiting for a busy library,
// opening one to read or to write under the edit lock.
#include "verbs.h"

#include "commandline.h"
#include "document/libraryfile.h"
#include "export/exportfile.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>
#include <QThread>

#include <functional>

#include <unistd.h>

namespace Quorum::Cli {

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

int failWith(const QString &message, int code)
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

} // namespace Quorum::Cli
