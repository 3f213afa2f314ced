// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrary.h"

#include "fixtures.h"
#include "meetingdocument.h"

namespace Quorum::Testing {

bool TeamLibrary::start(const QStringList &editors, const QStringList &readers)
{
    if (!cluster.start())
        return false;
    uri = cluster.copyLibrary(QStringLiteral("team"), writeSample(m_dir, QStringLiteral("sample.quorum"), &seed));
    if (uri.isEmpty())
        return false;
    for (const QString &user : editors) {
        if (!cluster.addUser(QStringLiteral("team"), user, QStringLiteral("team_editors")))
            return false;
    }
    for (const QString &user : readers) {
        if (!cluster.addUser(QStringLiteral("team"), user, QStringLiteral("team_readers")))
            return false;
    }
    return true;
}

std::unique_ptr<MeetingDocument> TeamLibrary::openAs(const QString &user) const
{
    QString error;
    auto doc = MeetingDocument::open(cluster.uriAs(QStringLiteral("team"), user), &error);
    if (!doc) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    doc->setCurrentMeeting(seed);
    doc->setToday(QDate(2026, 12, 3));
    return doc;
}

bool TeamLibrary::stop()
{
    return !cluster.isRunning() || cluster.stop();
}

} // namespace Quorum::Testing
