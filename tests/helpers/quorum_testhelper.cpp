// SPDX-License-Identifier: GPL-3.0-or-later
// A process for tests to kill: it edits a library, or upgrades one, and dies where it is told.
//   quorum_testhelper edit LIBRARY FIRST    edit forever; print each committed edit's number (from FIRST)
//   quorum_testhelper upgrade LIBRARY POINT upgrade the library and abort() at POINT
#include "meetingdocument.h"
#include "storage/database.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

using namespace Quorum;

namespace {

int edit(const QString &path, qint64 first)
{
    QString error;
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The sample's reference meeting, whose agenda has entries.
    if (!doc->setCurrentMeeting(1) || doc->agendaState().entries.isEmpty()) {
        std::fprintf(stderr, "meeting 1 with an agenda is needed\n");
        return 1;
    }
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
        if (doc->isSaveFailing())
            return 1;
        // Printed only after the edit's transaction committed.
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("edit") && args.size() == 4)
        return edit(args.at(2), args.at(3).toLongLong());
    if (args.value(1) == QLatin1String("upgrade") && args.size() == 4)
        return upgrade(args.at(2), args.at(3));
    std::fprintf(stderr, "usage: quorum_testhelper edit LIBRARY FIRST | upgrade LIBRARY POINT\n");
    return 2;
}
