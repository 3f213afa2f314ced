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

void Meeting::setValue(Field field, const QVariant &value)
{
    switch (field) {
    case Title: title = value.toString(); break;
    case SeriesId: seriesId = value.toLongLong(); break;
    case StartDate: startDate = value.toDate(); break;
    case EndDate: endDate = value.toDate(); break;
    case TimeZone: timeZone = value.toString(); break;
    case Location: location = value.toString(); break;
    case JoinUrl: joinUrl = value.toString(); break;
    case MeetingCode: meetingCode = value.toString(); break;
    case SipAddress: sipAddress = value.toString(); break;
    case PasscodeHint: passcodeHint = value.toString(); break;
    case Description: description = value.toString(); break;
    }
}

} // namespace Quorum
