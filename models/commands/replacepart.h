// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandids.h"
#include "data/actionitem.h"
#include "data/attachment.h"
#include "data/decision.h"
#include "data/meetinghistory.h"
#include "data/participant.h"
#include "data/person.h"
#include "data/topicrequest.h"
#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "editcontext.h"
#include "notes/ticketlinker.h"
#include "snapshotcommand.h"
#include "stalecheck.h"
#include "storage/historyrecorder.h"

namespace Quorum {

/**
 * Which parts keep their changes in the meeting's history (HistoryRecorder): a part P is kept
 * by one line, `template<> struct PartHistory<P> { static QString name() { return …; } };`,
 * after its QUORUM_PART below.
 */
template<typename Part>
struct PartHistory
{
    static constexpr bool Recorded = false;
    static QString name() { return {}; }
};

/**
 * An edit of one part of the library held as its value before and after: Part says how that
 * part is written (one repository call inside the file's transaction) and which models learn
 * of it. The parts are declared below and written in replacepart.cpp.
 */
template<typename Part>
class ReplacePart : public SnapshotCommand<typename Part::State>
{
public:
    using State = typename Part::State;

    ReplacePart(EditContext context, Id meetingId, State before, State after, const QString &text, qint64 mergeKey = 0)
        : SnapshotCommand<State>(Part::Kind, meetingId, std::move(before), std::move(after), text, mergeKey)
        , m_context(context)
    { }

protected:
    bool store(const State &from, const State &to) override
    {
        const Id meetingId = this->meetingId();
        if (!m_context.file->write(Part::context(), [&](const QSqlDatabase &db) {
                if (StaleCheck::applies(db)) {
                    StaleCheck::lockMeeting(db, meetingId);
                    Part::requireCurrent(db, meetingId, from, to);
                }
                Part::write(db, meetingId, from, to);
                if constexpr (PartHistory<Part>::Recorded)
                    HistoryRecorder(db, m_context.models->now())
                        .recordChange(meetingId, PartHistory<Part>::name(), this->text(), this->isUndoing());
            })) {
            // On a team library someone else may have changed the part: it is shown as it is now.
            if (m_context.file->isServer())
                Part::refresh(*m_context.models, meetingId);
            return false;
        }
        Part::refresh(*m_context.models, meetingId);
        return true;
    }

private:
    EditContext m_context;
};

/**
 * Declares a part: its state, its merge kind, and the functions replacepart.cpp defines;
 * requireCurrent() refuses (StaleCheck) an edit of rows someone else changed since (team libraries).
 */
#define QUORUM_PART(Name, StateType, KindId) \
    struct Name \
    { \
        using State = StateType; \
        static constexpr int Kind = KindId; \
        static QString context(); \
        static void write(const QSqlDatabase &db, Id meetingId, const State &from, const State &to); \
        static void refresh(LibraryModels &models, Id meetingId); \
        static void requireCurrent(const QSqlDatabase &db, Id meetingId, const State &from, const State &to); \
    }

QUORUM_PART(TopicRequestsPart, QList<TopicRequest>, CommandId::ReplaceTopicRequests);
QUORUM_PART(ActionItemsPart, QList<ActionItem>, CommandId::ReplaceActionItems);
QUORUM_PART(ParticipantsPart, QList<Participant>, CommandId::ReplaceParticipants);
QUORUM_PART(AttachmentsPart, QList<Attachment>, CommandId::ReplaceAttachments);
QUORUM_PART(PersonPart, Person, CommandId::UpdatePerson);
QUORUM_PART(GroupsPart, QList<PersonGroup>, CommandId::ReplaceGroups);
QUORUM_PART(LinkPatternsPart, QList<LinkPattern>, CommandId::ReplaceLinkPatterns);
QUORUM_PART(DecisionsPart, QList<Decision>, CommandId::ReplaceDecisions);

#undef QUORUM_PART

template<>
struct PartHistory<ActionItemsPart>
{
    static constexpr bool Recorded = true;
    static QString name() { return Revision::actionsPart(); }
};

template<>
struct PartHistory<DecisionsPart>
{
    static constexpr bool Recorded = true;
    static QString name() { return Revision::decisionsPart(); }
};

using ReplaceTopicRequests = ReplacePart<TopicRequestsPart>;
using ReplaceActionItems = ReplacePart<ActionItemsPart>;
using ReplaceParticipants = ReplacePart<ParticipantsPart>;
using ReplaceAttachments = ReplacePart<AttachmentsPart>;
using UpdatePerson = ReplacePart<PersonPart>;
using ReplaceGroups = ReplacePart<GroupsPart>;
using ReplaceLinkPatterns = ReplacePart<LinkPatternsPart>;
using ReplaceDecisions = ReplacePart<DecisionsPart>;

} // namespace Quorum
