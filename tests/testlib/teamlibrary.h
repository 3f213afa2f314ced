// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgcluster.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Quorum {
class MeetingDocument;
}

namespace Quorum::Testing {

/**
 * A team library for tests of several windows at once: a test cluster of its own holding the
 * sample library as database "team", with editors and readers who open it as themselves.
 */
class TeamLibrary
{
public:
    PgCluster cluster;
    QString uri; ///< the owner's address of "team"
    qint64 seed = 0; ///< the sample's seed meeting

    /** Starts the cluster with the sample and the users; false with cluster.errorString(). */
    bool start(const QStringList &editors, const QStringList &readers = {});
    /** The library opened as user on the seed meeting, with today fixed; null (and a warning) when refused. */
    std::unique_ptr<MeetingDocument> openAs(const QString &user) const;
    /** Stops the cluster if it runs; false with cluster.errorString(). */
    bool stop();

private:
    QTemporaryDir m_dir;
};

} // namespace Quorum::Testing
