// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "agenda/liverun.h"
#include "agenda/meetingshape.h"
#include "calendar/invitationimport.h"
#include "commands/editcontext.h"
#include "data/actionitem.h"
#include "data/attachment.h"
#include "data/decision.h"
#include "data/meeting.h"
#include "data/meetinghistory.h"
#include "data/meetingsummary.h"
#include "data/parkedtopic.h"
#include "data/participant.h"
#include "data/searchhit.h"
#include "data/series.h"
#include "data/sincelastmeeting.h"
#include "data/topicrequest.h"
#include "document/libraryfile.h"
#include "document/librarymodels.h"
#include "document/persondirectory.h"
#include "notes/ticketlinker.h"
#include "storage/meetingrows.h"
#include "wiki/confluenceimport.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace Quorum {

class ActionItemModel;
class EditorPresence;
class AgendaModel;
class AttachmentModel;
class DecisionModel;
class DialInModel;
class MeetingListModel;
class ParkingLotModel;
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
    /** The shown meeting's decisions. */
    DecisionModel *decisions() const { return m_models->models().decisions; }
    /** The shown meeting's series' parking lot (see parkedTopics()). */
    ParkingLotModel *parkingLot() const { return m_models->models().parkingLot; }

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

    /** What became of running notes handed to saveRunningNotes(). */
    enum class NotesSave {
        Saved,
        Failed, ///< refused or not written (said by the file's signals); the text is to be kept
        Conflict, ///< the stored notes are no longer what the typing started from: merge first
    };
    /**
     * Saves text as the running notes of an entry of the shown meeting, typed over base (the notes
     * as they were when the typing began). On a team library someone else may have changed them
     * since (the models follow the server): then nothing is written and Conflict says so, the
     * other person's notes being runningNotesOf(entryId), and who changed them lastChangeOf().
     */
    NotesSave saveRunningNotes(Id entryId, const QString &base, const QString &text);
    /** The running notes of an entry of the shown meeting as the models hold them now. */
    QString runningNotesOf(Id entryId) const;
    /** A team library: "Bob Smith at 11:20", who changed the agenda entry last and when; else empty. */
    QString lastChangeOf(Id entryId) const;
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

    // The parking lot of a series and what changed since its last meeting (storage/serieshistoryrepository.h).
    /**
     * The parking lot as seen from meetingId: the topics of its series' earlier meetings not
     * reached (skipped, parked, marked to carry over), not yet carried into a meeting and not
     * dismissed, oldest first. Empty for a meeting without a series; empty and said on a read error.
     */
    QList<ParkedTopic> parkedTopics(Id meetingId) const;
    /** The parking lot as a meeting of seriesId on date would see it that is not created yet (the New Meeting dialog). */
    QList<ParkedTopic> parkedTopics(Id seriesId, const QDate &date) const;
    /**
     * Adds topics to agenda at the end of blockId (or of the day dayId when 0), each an entry
     * carried from its topic (ParkingLot::entryFor) with a new id of this library. Nothing is
     * stored: the caller stores agenda (editAgenda, or a new meeting). Returns the new entries'
     * ids; empty and agenda unchanged when the place is not in agenda.
     */
    QList<Id> scheduleParkedTopics(AgendaState *agenda, const QList<ParkedTopic> &topics, Id dayId, Id blockId) const;
    /**
     * Schedules the topic entryId of the current meeting's parking lot at the end of blockId
     * (or the day), one undo step; undo puts it back in the lot. Returns the new entry, or 0.
     */
    Id scheduleParkedTopic(Id entryId, Id dayId, Id blockId);
    /** Marks a topic of the current meeting to be carried over to the series' next meeting, or not; one undo step. */
    bool setCarryOver(Id entryId, bool carryOver);
    /** Takes a topic out of the current meeting's parking lot, one undo step. False when it is not there. */
    bool dismissParkedTopic(Id entryId);
    /** The running notes of the entry entryId (of the current meeting) was carried from; empty when none (or it went). */
    QString carriedNotes(Id entryId) const;
    /** What changed across the library since the previous meeting of meetingId's series; empty and said on a read error. */
    SinceLastMeeting sinceLastMeeting(Id meetingId) const;
    /** Whether meetingId has a series and no later meeting in it: its next (or newest) meeting. */
    bool isNewestOfSeries(Id meetingId) const;

    /** A meeting's action items as stored (any meeting: the summary edits across the library); empty and said on a read error. */
    QList<ActionItem> actionItemsOf(Id meetingId) const;
    /** Stores after as the meeting's action items, one undo step. */
    void editActionItems(Id meetingId, QList<ActionItem> after, const QString &text, qint64 mergeKey = 0);
    /**
     * The same, from base: the items as read to make after. On a team library someone may change
     * other items meanwhile; only what after changes against base is written (StaleCheck).
     */
    void editActionItems(Id meetingId, const QList<ActionItem> &base, QList<ActionItem> after, const QString &text,
                         qint64 mergeKey = 0);
    Id newActionItemId(const QList<ActionItem> &items) const;
    /**
     * Records an action item of the current meeting from the notes of entryId, the assignees
     * settled by PersonDirectory::chooseAssignees() (new people are added), all as one undo step.
     * Returns the new id, or 0.
     */
    Id recordActionItem(Id entryId, const QList<NameChoice> &assignees, const QString &description, const QDate &due);

    // Decisions. Every change of a meeting's decisions goes through editDecisions: the one door
    // where a rule about them (a final meeting refusing edits, the history) belongs.
    /** A meeting's decisions as stored; empty and said on a read error. */
    QList<Decision> decisionsOf(Id meetingId) const;
    /**
     * Stores after as the meeting's decisions, one undo step. A decision without text is refused
     * with a message and nothing changes; false then, or when the write failed or nothing changed.
     */
    bool editDecisions(Id meetingId, QList<Decision> after, const QString &text, qint64 mergeKey = 0);
    Id newDecisionId(const QList<Decision> &decisions) const;
    /**
     * Records a decision of the current meeting under entryId (0: none), decided by the people
     * and groups settled by PersonDirectory::chooseAssignees() (new people are added), on date
     * (today when invalid), with an optional ticket key; all as one undo step. Returns the new id, or 0.
     */
    Id recordDecision(Id entryId, const QList<NameChoice> &decidedBy, const QString &text, const QDate &date,
                      const QString &externalRef = {});
    /** The decision register: every decision filter accepts; empty with *error set when it cannot be read. */
    QList<RegisterDecision> decisionRegister(const DecisionFilter &filter, QString *error) const;

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

    // Final minutes and revision history (issue 19).
    /** Whether the meeting's minutes are final: every edit of it is refused until they are reopened. */
    bool isFinal(Id meetingId) const { return m_models->isFinal(meetingId); }
    /** The meeting's final record (not final when it has none); empty and said on a read error. */
    FinalState finalState(Id meetingId) const;
    /** Every finalization and reopening of the meeting, oldest first. */
    QList<MeetingEvent> meetingEvents(Id meetingId) const;
    /**
     * Who finalizes, as the dialog first suggests it: the directory person whose username is the
     * login name, else the meeting's note-taker, else the login name.
     */
    QString suggestedFinalizer(Id meetingId) const;
    /**
     * Marks the meeting's minutes final, by `by` at now(): the minutes PDF (as `quorum export
     * --format pdf --kind minutes` writes it) joins its attachments and its sha256 is recorded,
     * with an event; one undo step. False (and said) when refused or not written.
     */
    bool finalizeMinutes(Id meetingId, const QString &by);
    /** Reopens final minutes, by `by` at now(), with an event; one undo step. False (and said) when refused. */
    bool reopenMinutes(Id meetingId, const QString &by);
    /**
     * The one check every edit of a meeting makes first: true (and said through storageFailed)
     * when the meeting's minutes are final, so the edit must not happen.
     */
    bool refuseFinal(Id meetingId) const;
    /** The meeting's kept changes, oldest first; empty and said on a read error. */
    QList<Revision> revisions(Id meetingId) const;
    /**
     * Sets an entry's notes (pre-meeting or running, as the revision's part) of the current
     * meeting to a revision's text: an ordinary, undoable agenda edit, itself recorded.
     */
    bool restoreRevision(const Revision &revision);
    /**
     * Removes every revision older than before (the start of that day, local time) from the
     * library: a maintenance write, not an undo step. Returns how many went, or -1 (said) on failure.
     */
    int pruneHistory(const QDate &before);
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
    /**
     * Adds a meeting of shape on consecutive dates from start, in one undo step, and shows it; its
     * id, or 0. Topics of the series' parking lot in parked are scheduled at the end of its first
     * day in the same step, each carried from its topic (undo returns them to the lot).
     */
    Id addMeetingFromShape(const MeetingShape &shape, const QString &title, Id seriesId, const QDate &start,
                           const QList<ParkedTopic> &parked = {});

    // Confluence pages (issue 20).
    /** Reads pages from the file at path, names matched against the directory; writes nothing. */
    bool readConfluencePages(const QString &path, ConfluenceImport::Options options, ConfluenceImport::Reading *reading,
                             QString *error) const;
    /**
     * Writes what readConfluencePages() read in one undo step (ImportConfluence) and shows the
     * first meeting; false when refused or failed (said through storageFailed).
     */
    bool importConfluencePages(const ConfluenceImport::Reading &reading);

    // Calendar invitations (issue 21).
    /** Reads the invitation (.ics or .eml) at path, its people matched against the directory; writes nothing. */
    bool readInvitation(const QString &path, Invitation *invitation, QString *error) const;
    /** Adds the invitation's meeting in one undo step and shows it; its id, or 0 when refused (said through storageFailed). */
    Id importInvitation(const Invitation &invitation);
    /**
     * Fills the current meeting's logistics from the invitation (location, join link, meeting ID,
     * dial-in numbers, SIP address, passcode hint: what it gives), one undo step; false when there
     * is nothing to change or the meeting is final.
     */
    bool fillLogistics(const Invitation &invitation);

    // Meeting templates (views/templatedialog.*): each change is one undo step.
    /** The library's templates by name; empty (and said) when they cannot be read. */
    QList<MeetingTemplate> templates() const;
    /** Saves the shown meeting's shape (MeetingShape::templateParts) as a new template; its id, or 0 (said) for an empty or taken name. */
    Id saveTemplate(const QString &name);
    /** False (said) for an empty or taken name. */
    bool renameTemplate(Id templateId, const QString &name);
    bool deleteTemplate(Id templateId);

    // Presence on a team library (docs/postgresql.md, "Presence"); nothing of it on a file.
    /** The names of the people editing entryId's running notes in other windows now (EditorPresence). */
    QStringList othersEditing(Id entryId) const;
    /**
     * This window's user is typing in (or focused on) the running notes of entryId of the shown
     * meeting: the other windows are told at once when the entry is new, then every AnnounceMs
     * while this is called again within IdleMs. Nothing for a reader's window.
     */
    void announceEditing(Id entryId);
    /** This window's user left the entry's notes (another entry, focus elsewhere, the window closing): said at once. */
    void stopEditing();
    /** The entry this window says it is editing, or 0. */
    Id editingEntry() const { return m_editingEntry; }
    static constexpr int AnnounceMs = 5000;
    static constexpr int IdleMs = 60000;
    /** Tests: shorter times for announcing, for an idle window to stop, and for another's record to expire. */
    void setPresenceTimes(int announceMs, int idleMs, int expiryMs);

Q_SIGNALS:
    /** The people editing entryId's notes in other windows changed (othersEditing()). */
    void othersEditingChanged(Quorum::Id entryId);

private:
    void sayEditing();
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
    EditorPresence *m_presence = nullptr; ///< a team library only
    QTimer *m_announceTimer = nullptr;
    Id m_editingEntry = 0;
    Id m_editingMeeting = 0;
    QDeadlineTimer m_idle; ///< announcing stops by itself when it runs out
    int m_idleMs = IdleMs;
};

} // namespace Quorum
