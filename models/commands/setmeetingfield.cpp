// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmeetingfield.h"

#include "commandids.h"
#include "meetingdocument.h"

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

SetMeetingField::SetMeetingField(MeetingDocument *document, Id meetingId, Meeting::Field field, QVariant oldValue,
                                 QVariant newValue)
    : m_document(document)
    , m_meetingId(meetingId)
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("Quorum::SetMeetingField", "Change %1").arg(fieldLabel(field)));
    m_lastEdit.start();
}

void SetMeetingField::redo()
{
    setObsolete(!m_document->applyMeetingField(m_meetingId, m_field, m_new));
}

void SetMeetingField::undo()
{
    setObsolete(!m_document->applyMeetingField(m_meetingId, m_field, m_old));
}

int SetMeetingField::id() const
{
    return CommandId::SetMeetingField;
}

bool SetMeetingField::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetMeetingField *>(other);
    if (o->m_meetingId != m_meetingId || o->m_field != m_field || m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_new = o->m_new;
    m_lastEdit.restart();
    // Typing back to where the burst began leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Quorum
