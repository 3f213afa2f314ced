// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "agenda/liverun.h"
#include "agenda/meetingshape.h"
#include "commands/editcontext.h"
#include "data/actionitem.h"
#include "data/attachment.h"
#include "data/meeting.h"
#include "data/meetingsummary.h"
#include "data/participant.h"
#include "data/searchhit.h"
#include "data/series.h"
#include "data/topicrequest.h"
#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "document/persondirectory.h"
#include "notes/ticketlinker.h"
#include "storage/meetingrows.h"

#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace Quorum {

class ActionItemModel;
class AgendaModel;
class AttachmentModel;
class DialInModel;
class MeetingListModel;
class ParticipantModel;
class TopicRequestModel;

/**
 * An open library as the window edits it: ties the file (LibraryFile), the person directory
 * (PersonDirectory) and the item models (LibraryModels) to one QUndoStack. Views edit through
 * the methods here (or the models' setData), which work out the change and push one undo
 * command; the command writes through the file and tells the models what changed.
 */
class MeetingDocument : public QObject
{
    Q_OBJECT

public:
    using Access = LibraryFile::Access;
    using OpenProblem = LibraryFile::OpenProblem;

    /** Opens an existing library (see LibraryFile::open); nullptr with *error set when it cannot be used or read. */
    static std::unique_ptr<MeetingDocument> open(const QString &path, QString *error, Access access = Access::Edit,
                                                 OpenProblem *problem = nullptr);
    /** Creates a new, empty library at path (which must not exist). */
    static std::unique_ptr<MeetingDocument> create(const QString &path, QString *error);
    ~MeetingDocument() override;

    LibraryFile *file() const { return m_file.get(); }
    LibraryModels *models() const { return m_models; }
    PersonDirectory *directory() const { return m_directory.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const { return m_file->path(); }
    Database &database() const { return m_file->database(); }
    /** Read-only: every edit is refused (see LibraryFile::isReadOnly()). */
    bool isReadOnly() const { return m_file->isReadOnly(); }

    MeetingListModel *meetingList() const { return m_models->models().meetingList; }
    AgendaModel *agenda() const { return m_models->models().agenda; }
    ParticipantModel *participants() const { return m_models->models().participants; }
    ActionItemModel *actionItems() const { return m_models->models().actionItems; }
    /** Every action item of the library; read when first asked for (LibraryModels::readSummary()). */
    ActionItemModel *actionSummary() const
    {
        m_models->readSummary();
        return m_models->models().actionSummary;
    }
    AttachmentModel *attachments() const { return m_models->models().attachments; }
    TopicRequestModel *topicRequests() const { return m_models->models().topicRequests; }
    DialInModel *dialIns() const { return m_models->models().dialIns; }

    /** 0 when the library has no meetings. */
    Id currentMeetingId() const { return m_models->currentMeetingId(); }
    const Meeting &currentMeeting() const { return m_models->currentMeeting(); }
    /** Shows the meeting in every per-meeting model. Returns false (and reports) on a storage error. */
    bool setCurrentMeeting(Id meetingId) { return m_models->show(meetingId); }
    /** The newest meeting, or 0. */
    Id newestMeetingId() const { return m_models->newestMeetingId(); }
    /** Every series of the library; empty (and reported) on a storage error. */
    QList<Series> seriesList() const;
    /** Places matching query, best first; empty with *error set when the search could not run. */
    QList<SearchHit> search(const QString &query, int limit, QString *error) const;
    /** "Today" for overdue marks and typed dates: it follows the clock (see LibraryModels::setClock). */
    QDate today() const { return m_models->today(); }
    /** Fixes "today" at its noon, or "now" (tests). */
    void setToday(const QDate &today) { m_models->setToday(today); }
    void setNow(const QDateTime &now) { m_models->setNow(now); }

    // Edits: each pushes one undo command (or one macro of them).
    void editMeetingField(Meeting::Field field, const QVariant &value);
    void editDialIns(const QList<DialIn> &dialIns);
    /** New dates: days are added for new dates; days left out must be empty, or nothing changes. */
    void editMeetingDates(const QDate &start, const QDate &end);
    /** Adds a meeting (with one day per date) in seriesName, creating the series when new. */
    void addMeeting(const Meeting &meeting, const QString &seriesName);
    /**
     * What deleting a meeting takes with it, in a sentence for the question asked first ("3 days
     * with 21 agenda entries, 14 action items, …"); empty (and reported) when it cannot be read.
     */
    QString meetingDeletionSummary(Id meetingId) const;
    /** Deletes a meeting and everything in it (one undo step) and shows its neighbour in the list. */
    bool deleteMeeting(Id meetingId);
    /**
     * Adds a copy of a meeting's plan titled "… (copy)" and shows it (one undo step): logistics,
     * days, agenda and pre-meeting notes, participants (attendance reset) and attachments; not
     * its running notes, action items or topic requests. Returns the copy's id, or 0.
     */
    Id duplicateMeeting(Id meetingId);
    /** Moves a meeting to the series named seriesName, adding the series when new (one undo step). */
    bool moveMeetingToSeries(Id meetingId, const QString &seriesName);

    /** The current meeting's agenda as values. */
    AgendaState agendaState() const;
    /**
     * Retimes after and stores it as one undo step. A non-zero mergeKey merges a burst of edits
     * of one field of one entry into one step.
     */
    void editAgenda(AgendaState after, const QString &text, qint64 mergeKey = 0);
    /** The clock's time now, as the live run stores it (LiveRun::instant). */
    QDateTime now() const;
    /** The live run of a day of the current meeting (0: LiveRun::dayToRun) as stored. */
    LiveRun liveRun(Id dayId = 0) const;
    /**
     * The run to show on the live panel and the presenter view: that of the meeting with a live
     * day, also while another meeting is shown; else liveRun(). Its title goes to *title.
     */
    LiveRun runToShow(QString *title) const;
    /** Starts the run of the current meeting's day; its first entry starts at firstStart. One undo step. */
    bool startRun(Id dayId, const QDateTime &firstStart);
    enum class RunStep { Next, Previous, Skip, Pause, Resume, EndDay };
    /** A step of the live day's run at now(), stored at once as one undo step; false when it does not apply. */
    bool stepRun(RunStep step);
    /** Re-times the rest of the live day from the actual times (LiveRun::retimeRest), one undo step. */
    bool retimeRest(const LiveRun::RetimeChoice &choice);
    /** An id for an entry or a day that an edit is about to add to state. */
    Id newEntryId(const AgendaState &state) const;
    Id newDayId(const AgendaState &state) const;

    /** The current meeting's topic requests. */
    QList<TopicRequest> topicRequestList() const;
    /** Stores after as one undo step (a non-zero mergeKey merges a burst of typing in one field). */
    void editTopicRequests(QList<TopicRequest> after, const QString &text, qint64 mergeKey = 0);
    Id newTopicRequestId(const QList<TopicRequest> &requests) const;
    /**
     * Schedules a request: a topic at the end of the block (or the day, when blockId is 0), with
     * the request's time, notes and requesters, and the request marked as scheduled there. One undo step.
     */
    Id scheduleTopicRequest(Id requestId, Id dayId, Id blockId);

    /** A meeting's action items as stored (any meeting: the summary edits across the library); empty and said on a read error. */
    QList<ActionItem> actionItemsOf(Id meetingId) const;
    /** Stores after as the meeting's action items, one undo step. */
    void editActionItems(Id meetingId, QList<ActionItem> after, const QString &text, qint64 mergeKey = 0);
    Id newActionItemId(const QList<ActionItem> &items) const;
    /**
     * Records an action item of the current meeting from the notes of entryId, the assignees
     * settled by PersonDirectory::chooseAssignees() (new people are added), all as one undo step.
     * Returns the new id, or 0.
     */
    Id recordActionItem(Id entryId, const QList<NameChoice> &assignees, const QString &description, const QDate &due);

    /** The library's ticket link patterns, and the linker made of them. */
    const QList<LinkPattern> &linkPatterns() const { return m_models->linkPatterns(); }
    const TicketLinker &ticketLinker() const { return m_models->ticketLinker(); }
    void editLinkPatterns(const QList<LinkPattern> &patterns);

    /** The current meeting's participants, in order. */
    QList<Participant> participantList() const;
    /** Stores the current meeting's participants, one undo step. */
    void editParticipants(const QList<Participant> &after, const QString &text);
    /**
     * Adds people settled by PersonDirectory::choosePeople() (known ones, and new ones to the
     * directory first) as attendees, all as one undo step. Returns how many joined.
     */
    int addParticipants(const QList<NameChoice> &people);

    QList<Attachment> attachmentList() const;
    /** Stores the current meeting's attachment list, one undo step. */
    void editAttachments(const QList<Attachment> &after, const QString &text);
    /**
     * Adds files as attachments of the current meeting (of entryId when set), one undo step.
     * Content is stored once however often it is added. A file over the limit, or one that cannot
     * be read, is reported and nothing is added. Returns how many were added.
     */
    int addAttachmentFiles(const QStringList &paths, Id entryId = 0);
    /** Replaces an attachment's content with a new version of the file, one undo step. */
    bool replaceAttachmentFile(Id attachmentId, const QString &path);
    /** An attachment's content; empty and said when it cannot be read. */
    QByteArray attachmentContent(const QString &sha256) const;

    // Series: settings, meetings, and the next meeting from the last one (views/seriesdialog.*,
    // views/newmeetinginseriesdialog.*).
    /** The series, or nullopt (said) when it cannot be read. */
    std::optional<Series> series(Id seriesId) const;
    /** The series' meetings, oldest first. */
    QList<MeetingSummary> seriesMeetings(Id seriesId) const;
    /** Everything of the series' latest meeting (by start date); nullopt when it has none or it cannot be read. */
    std::optional<MeetingContent> lastMeetingOf(Id seriesId) const;
    /** Changes a series' settings (time zone, cadence) in one undo step; false when nothing changed or it failed. */
    bool editSeries(const Series &after);
    /** Adds a meeting of shape on consecutive dates from start, in one undo step, and shows it; its id, or 0. */
    Id addMeetingFromShape(const MeetingShape &shape, const QString &title, Id seriesId, const QDate &start);

    // Meeting templates (views/templatedialog.*): each change is one undo step.
    /** The library's templates by name; empty (and said) when they cannot be read. */
    QList<MeetingTemplate> templates() const;
    /** Saves the shown meeting's shape (MeetingShape::templateParts) as a new template; its id, or 0 (said) for an empty or taken name. */
    Id saveTemplate(const QString &name);
    /** False (said) for an empty or taken name. */
    bool renameTemplate(Id templateId, const QString &name);
    bool deleteTemplate(Id templateId);

private:
    std::optional<MeetingRows> meetingRows(Id meetingId) const;
    MeetingDocument(std::unique_ptr<LibraryFile> file);
    /**
     * Another program changed the file (LibraryFile::changedElsewhere): the undo history is
     * dropped (its steps would write over that change) and what is shown is read again.
     */
    void reloadChangedFile();
    static std::unique_ptr<MeetingDocument> make(std::unique_ptr<LibraryFile> file, QString *error);
    EditContext context() const { return {m_file.get(), m_models}; }
    /** Pushes command, unless the models are announcing a change (see LibraryModels::isRefreshing()). */
    void push(QUndoCommand *command);

    std::unique_ptr<LibraryFile> m_file;
    QUndoStack *m_undoStack;
    LibraryModels *m_models;
    std::unique_ptr<PersonDirectory> m_directory;
};

} // namespace Quorum
