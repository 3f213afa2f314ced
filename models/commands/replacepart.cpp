// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacepart.h"

#include "document/librarymodels.h"
#include "document/meetingreader.h"
#include "storage/actionitemrepository.h"
#include "storage/attachmentrepository.h"
#include "storage/decisionrepository.h"
#include "storage/linkpatternrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/topicrequestrepository.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
// One translation context for every part (lupdate reads the literal context below).
#define PART_TR(text) QCoreApplication::translate("Quorum::ReplacePart", text)
} // namespace

QString TopicRequestsPart::context()
{
    return PART_TR("save the topic requests");
}

void TopicRequestsPart::write(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    TopicRequestRepository(db).replace(from, to);
}

void TopicRequestsPart::refresh(LibraryModels &models, Id meetingId)
{
    models.refreshTopicRequests(meetingId);
}

QString ActionItemsPart::context()
{
    return PART_TR("save the action items");
}

void ActionItemsPart::write(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    ActionItemRepository(db).replace(from, to);
}

void ActionItemsPart::refresh(LibraryModels &models, Id meetingId)
{
    models.refreshActionItems(meetingId);
}

QString ParticipantsPart::context()
{
    return PART_TR("save the participants");
}

void ParticipantsPart::write(const QSqlDatabase &db, Id meetingId, const State &, const State &to)
{
    ParticipantRepository(db).replace(meetingId, to);
}

void ParticipantsPart::refresh(LibraryModels &models, Id meetingId)
{
    models.refreshParticipants(meetingId);
}

QString AttachmentsPart::context()
{
    return PART_TR("save the attachments");
}

void AttachmentsPart::write(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    AttachmentRepository(db).replace(from, to);
}

void AttachmentsPart::refresh(LibraryModels &models, Id meetingId)
{
    models.refreshAttachments(meetingId);
}

QString PersonPart::context()
{
    return PART_TR("save the person directory");
}

void PersonPart::write(const QSqlDatabase &db, Id, const State &, const State &to)
{
    PersonRepository(db).update(to);
}

void PersonPart::refresh(LibraryModels &models, Id)
{
    models.refreshDirectory();
}

QString GroupsPart::context()
{
    return PART_TR("save the groups");
}

void GroupsPart::write(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    PersonRepository(db).replaceGroups(from, to);
}

void GroupsPart::refresh(LibraryModels &models, Id)
{
    models.refreshDirectory();
}

QString LinkPatternsPart::context()
{
    return PART_TR("save the ticket links");
}

void LinkPatternsPart::write(const QSqlDatabase &db, Id, const State &, const State &to)
{
    LinkPatternRepository(db).replace(to);
}

void LinkPatternsPart::refresh(LibraryModels &models, Id)
{
    models.refreshLinkPatterns();
}

QString DecisionsPart::context()
{
    return PART_TR("save the decisions");
}

void DecisionsPart::write(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    DecisionRepository(db).replace(from, to);
}

void DecisionsPart::refresh(LibraryModels &models, Id meetingId)
{
    models.refreshDecisions(meetingId);
}

// ------------------------------------------------------------------------- stale edits (team libraries)

namespace {
template<typename Row>
Id idOf(const Row &row)
{
    return row.id;
}
} // namespace

void TopicRequestsPart::requireCurrent(const QSqlDatabase &db, Id meetingId, const State &from, const State &to)
{
    StaleCheck::requireUnchanged(db, "topic_request", PART_TR("a topic request"), MeetingReader(db).requests(meetingId),
                                 from, to, idOf<TopicRequest>);
}

void ActionItemsPart::requireCurrent(const QSqlDatabase &db, Id meetingId, const State &from, const State &to)
{
    StaleCheck::requireUnchanged(db, "action_item", PART_TR("the action item"), MeetingReader(db).actions(meetingId), from,
                                 to, idOf<ActionItem>);
}

void ParticipantsPart::requireCurrent(const QSqlDatabase &db, Id meetingId, const State &from, const State &to)
{
    StaleCheck::requireUnchanged(db, "participant", PART_TR("a participant"), MeetingReader(db).participants(meetingId),
                                 from, to, [](const Participant &p) { return p.personId; });
}

void AttachmentsPart::requireCurrent(const QSqlDatabase &db, Id meetingId, const State &from, const State &to)
{
    StaleCheck::requireUnchanged(db, "attachment", PART_TR("the attachment"), MeetingReader(db).attachments(meetingId), from,
                                 to, idOf<Attachment>);
}

void PersonPart::requireCurrent(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    QList<Person> stored;
    for (const Person &p : PersonRepository(db).all()) {
        if (p.id == from.id)
            stored << p;
    }
    StaleCheck::requireUnchanged(db, "person", PART_TR("this person"), stored, QList<Person>{from}, QList<Person>{to},
                                 idOf<Person>);
}

void GroupsPart::requireCurrent(const QSqlDatabase &db, Id, const State &from, const State &to)
{
    StaleCheck::requireUnchanged(db, "person_group", PART_TR("the group"), PersonRepository(db).groups(), from, to,
                                 idOf<PersonGroup>);
}

void LinkPatternsPart::requireCurrent(const QSqlDatabase &, Id, const State &, const State &)
{
    // The ticket links are replaced whole, as one setting of the library: the last save holds.
}

void DecisionsPart::requireCurrent(const QSqlDatabase &db, Id meetingId, const State &from, const State &to)
{
    StaleCheck::requireUnchanged(db, "decision", PART_TR("the decision"), MeetingReader(db).decisions(meetingId), from, to,
                                 idOf<Decision>);
}

} // namespace Quorum
