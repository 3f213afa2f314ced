// SPDX-License-Identifier: GPL-3.0-or-later
#include "setdialins.h"

#include "meetingdocument.h"

#include <QCoreApplication>

namespace Quorum {

SetDialIns::SetDialIns(MeetingDocument *document, Id meetingId, QList<DialIn> oldDialIns, QList<DialIn> newDialIns)
    : m_document(document)
    , m_meetingId(meetingId)
    , m_old(std::move(oldDialIns))
    , m_new(std::move(newDialIns))
{
    const char *text = m_new.size() > m_old.size()   ? "Add dial-in number"
                       : m_new.size() < m_old.size() ? "Remove dial-in number"
                                                     : "Change dial-in number";
    setText(QCoreApplication::translate("Quorum::SetDialIns", text));
}

void SetDialIns::redo()
{
    setObsolete(!m_document->applyDialIns(m_meetingId, m_new));
}

void SetDialIns::undo()
{
    setObsolete(!m_document->applyDialIns(m_meetingId, m_old));
}

} // namespace Quorum
