// SPDX-License-Identifier: GPL-3.0-or-later
// A process for tests to kill: it edits a library, upgrades one or runs a meeting day, and dies where it is told.
//   quorum_testhelper edit LIBRARY FIRST [PAUSE]
//                                           edit forever; print each committed edit's number (from FIRST);
//                                           wait PAUSE ms between edits (default: none, as fast as it can)
//   quorum_testhelper upgrade LIBRARY POINT upgrade the library and abort() at POINT
//   quorum_testhelper window LIBRARY        open the library in the window and print what it shows
//   quorum_testhelper run LIBRARY START NEXT...
//                                           start the run of day 1 of meeting 1 with the clock at START,
//                                           step Next at each NEXT (ISO 8601 instants), printing each
//                                           committed step ("started", "next 1", ...), then "done";
//                                           then wait to be killed
#include "document/librarymodels.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace Quorum;

namespace {

/** The library open for editing, showing the sample's reference meeting (1) with its agenda; null (said) otherwise. */
std::unique_ptr<MeetingDocument> openReferenceMeeting(const QString &path)
{
    QString error;
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    if (!doc->setCurrentMeeting(1) || doc->agendaState().entries.isEmpty()) {
        std::fprintf(stderr, "meeting 1 with an agenda is needed\n");
        return nullptr;
    }
    return doc;
}

int edit(const QString &path, qint64 first, int pauseMs)
{
    std::unique_ptr<MeetingDocument> doc = openReferenceMeeting(path);
    if (!doc)
        return 1;
    QString notes;
    for (qint64 n = first;; ++n) {
        // A small field and a growing note in turn: commits that touch one page and many.
        if (n % 2) {
            doc->editMeetingField(Meeting::Location, QStringLiteral("edit %1").arg(n));
        } else {
            AgendaState state = doc->agendaState();
            notes += QStringLiteral("Line %1 of the running notes, long enough to fill pages.\n").arg(n);
            state.entries.first().runningNotes = notes + QStringLiteral("edit %1").arg(n);
            doc->editAgenda(state, QStringLiteral("notes"));
        }
        if (doc->file()->isSaveFailing())
            return 1;
        // Printed only after the edit's transaction committed.
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
}

int upgrade(const QString &path, const QString &point)
{
    Database::setUpgradeProbe([point](const QString &at) {
        if (at == point)
            std::abort();
    });
    QString error;
    if (!Database::open(path, Database::Mode::OpenExisting, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

/** Opens the library as a user would and prints, one per line, what a test needs to know. */
int window(const QString &path)
{
    MainWindow w;
    w.show();
    const bool opened = w.openLibrary(path);
    QTest::qWait(50);
    auto *banner = w.findChild<QLabel *>(QStringLiteral("problemBanner"));
    auto *title = w.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    std::printf("opened %d\n", opened ? 1 : 0);
    std::printf("readonly %d\n", w.document() && w.document()->isReadOnly() ? 1 : 0);
    std::printf("banner %s\n", banner && !banner->isHidden() ? qPrintable(banner->text()) : "-");
    std::printf("title-editable %d\n", title && !title->isReadOnly() ? 1 : 0);
    std::printf("dialogs %d\n", int(w.findChildren<QMessageBox *>().size()));
    // An edit that slips through is refused without a word.
    if (w.document()) {
        w.document()->editMeetingField(Meeting::Location, QStringLiteral("Changed while read-only"));
        std::printf("dialogs-after-edit %d\n", int(w.findChildren<QMessageBox *>().size()));
    }
    std::fflush(stdout);
    return 0;
}

/** Runs day 1 of meeting 1 as a moderator would, the clock set to each instant in turn, and waits. */
int run(const QString &path, const QStringList &instants)
{
    std::unique_ptr<MeetingDocument> doc = openReferenceMeeting(path);
    if (!doc)
        return 1;
    const Id day = doc->agendaState().days.constFirst().id;
    for (qsizetype i = 0; i < instants.size(); ++i) {
        const QDateTime at = QDateTime::fromString(instants.at(i), Qt::ISODate);
        if (!at.isValid()) {
            std::fprintf(stderr, "not an instant: %s\n", qPrintable(instants.at(i)));
            return 1;
        }
        doc->models()->setNow(at);
        const bool stepped = i == 0 ? doc->startRun(day, doc->now()) : doc->stepRun(MeetingDocument::RunStep::Next);
        if (!stepped || doc->file()->isSaveFailing()) {
            std::fprintf(stderr, "step %lld did not apply\n", static_cast<long long>(i));
            return 1;
        }
        // Printed only after the step's transaction committed.
        if (i == 0)
            std::printf("started\n");
        else
            std::printf("next %lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
    std::printf("done\n");
    std::fflush(stdout);
    // No clean shutdown: the test kills the process here.
    for (;;)
        QThread::sleep(1);
}

/**
 * Another program in the middle of a long write: holds an exclusive lock on the library (readers
 * get SQLITE_BUSY), says "holding", and lets go when a line comes on standard input.
 */
int hold(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hold"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
        || !q.exec(QStringLiteral("UPDATE meeting SET location = 'Written by the other program'")))
        return 1;
    std::printf("holding\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 1;
    return q.exec(QStringLiteral("COMMIT")) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("edit") && (args.size() == 4 || args.size() == 5))
        return edit(args.at(2), args.at(3).toLongLong(), args.value(4).toInt());
    if (args.value(1) == QLatin1String("window") && args.size() == 3)
        return window(args.at(2));
    if (args.value(1) == QLatin1String("upgrade") && args.size() == 4)
        return upgrade(args.at(2), args.at(3));
    if (args.value(1) == QLatin1String("hold") && args.size() == 3)
        return hold(args.at(2));
    if (args.value(1) == QLatin1String("run") && args.size() >= 4)
        return run(args.at(2), args.mid(3));
    std::fprintf(stderr, "usage: quorum_testhelper edit LIBRARY FIRST [PAUSE] | upgrade LIBRARY POINT | window LIBRARY "
                         "| run LIBRARY START [NEXT...] | hold LIBRARY\n");
    return 2;
}
