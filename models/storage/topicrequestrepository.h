// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/topicrequest.h"
#include "repository.h"

#include <QList>

namespace Quorum {

class TopicRequestRepository : public Repository
{
public:
    using Repository::Repository;

    QList<TopicRequest> forMeeting(Id meetingId) const;
    Id insert(const TopicRequest &request);
};

} // namespace Quorum
