// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting.h"

namespace Quorum {

QVariant Meeting::value(Field field) const
{
    switch (field) {
    case Title: return title;
    case SeriesId: return seriesId;
    case StartDate: return startDate;
    case EndDate: return endDate;
    case TimeZone: return timeZone;
    case Location: return location;
    case JoinUrl: return joinUrl;
    case MeetingCode: return meetingCode;
    case SipAddress: return sipAddress;
    case PasscodeHint: return passcodeHint;
    case Description: return description;
    }
    return {};
}

} // namespace Quorum
