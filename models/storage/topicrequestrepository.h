// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/topicrequest.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

class TopicRequestRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(TopicRequestRepository)

public:
    using Repository::Repository;

    QList<TopicRequest> forMeeting(Id meetingId) const;
    /** Inserts with request.id when it is set (restoring an undone removal), else a new id. */
    Id insert(const TopicRequest &request);
    /** Stores `to` over `from` (one meeting's requests): removes, inserts and updates what differs. */
    void replace(const QList<TopicRequest> &from, const QList<TopicRequest> &to);

private:
    void setRequesters(Id requestId, const QList<Id> &people);
};

} // namespace Quorum
