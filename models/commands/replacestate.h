// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingdocument.h"
#include "snapshotcommand.h"

namespace Quorum {

/**
 * An edit of one piece of the library held as its value before and after (a meeting's topic
 * requests, action items, participants or attachments; a person; the groups; the link
 * patterns), stored by the document member function given.
 */
template<typename State>
class ReplaceState : public SnapshotCommand<State>
{
public:
    using Store = bool (MeetingDocument::*)(Id meetingId, const State &from, const State &to);

    ReplaceState(MeetingDocument *document, Store store, int kind, Id meetingId, State before, State after,
                 const QString &text, qint64 mergeKey = 0)
        : SnapshotCommand<State>(kind, meetingId, std::move(before), std::move(after), text, mergeKey)
        , m_document(document)
        , m_store(store)
    { }

protected:
    bool store(const State &from, const State &to) override
    {
        return (m_document->*m_store)(this->meetingId(), from, to);
    }

private:
    MeetingDocument *m_document;
    Store m_store;
};

} // namespace Quorum
