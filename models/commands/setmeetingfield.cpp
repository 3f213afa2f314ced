// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmeetingfield.h"

#include "document/meetingreader.h"
#include "stalecheck.h"

#include "commandids.h"
#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
QString fieldLabel(Meeting::Field field)
{
    switch (field) {
    case Meeting::Title: return QCoreApplication::translate("Quorum::SetMeetingField", "title");
    case Meeting::SeriesId: return QCoreApplication::translate("Quorum::SetMeetingField", "series");
    case Meeting::StartDate: return QCoreApplication::translate("Quorum::SetMeetingField", "start date");
    case Meeting::EndDate: return QCoreApplication::translate("Quorum::SetMeetingField", "end date");
    case Meeting::TimeZone: return QCoreApplication::translate("Quorum::SetMeetingField", "time zone");
    case Meeting::Location: return QCoreApplication::translate("Quorum::SetMeetingField", "location");
    case Meeting::JoinUrl: return QCoreApplication::translate("Quorum::SetMeetingField", "join link");
    case Meeting::MeetingCode: return QCoreApplication::translate("Quorum::SetMeetingField", "meeting ID");
    case Meeting::SipAddress: return QCoreApplication::translate("Quorum::SetMeetingField", "SIP address");
    case Meeting::PasscodeHint: return QCoreApplication::translate("Quorum::SetMeetingField", "passcode hint");
    case Meeting::Description: return QCoreApplication::translate("Quorum::SetMeetingField", "description");
    }
    return {};
}
} // namespace

SetMeetingField::SetMeetingField(EditContext context, Id meetingId, Meeting::Field field, QVariant oldValue,
                                 QVariant newValue)
    : SnapshotCommand(CommandId::SetMeetingField, meetingId, std::move(oldValue), std::move(newValue),
                      QCoreApplication::translate("Quorum::SetMeetingField", "Change %1").arg(fieldLabel(field)),
                      field + 1)
    , m_context(context)
    , m_field(field)
{ }

bool SetMeetingField::store(const QVariant &from, const QVariant &to)
{
    const bool written = m_context.file->write(
        QCoreApplication::translate("Quorum::SetMeetingField", "save the meeting"), [&](const QSqlDatabase &db) {
            if (StaleCheck::applies(db)) {
                StaleCheck::lockMeeting(db, meetingId());
                const QVariant stored = MeetingReader(db).meeting(meetingId()).value(m_field);
                if (stored.toString() != from.toString())
                    throw StaleCheck::refusal(db, "meeting",
                                              QCoreApplication::translate("Quorum::SetMeetingField", "the meeting"),
                                              meetingId());
            }
            MeetingRepository(db).setField(meetingId(), m_field, to);
        });
    if (written || m_context.file->isServer())
        m_context.models->refreshMeeting(meetingId());
    return written;
}

} // namespace Quorum
