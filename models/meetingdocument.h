// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "data/actionitem.h"
#include "data/attachment.h"
#include "data/meeting.h"
#include "data/participant.h"
#include "data/person.h"
#include "data/series.h"
#include "data/topicrequest.h"
#include "notes/ticketlinker.h"
#include "people/participantlistparser.h"
#include "storage/agendarepository.h"
#include "storage/personmerger.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QVariant>

#include <functional>
#include <future>
#include <memory>

class QLockFile;
class QUndoStack;

namespace Quorum {

class ActionItemModel;
class AgendaModel;
class AttachmentModel;
class Database;
class DialInModel;
class MeetingListModel;
class ParticipantModel;
class TopicRequestModel;

/**
 * An open library: owns the Database, the QUndoStack and the item models. Views edit through
 * the methods here (or the models' setData), which push undo commands; the commands write
 * through the repositories in one transaction each and then update the models.
 */
class MeetingDocument : public QObject
{
    Q_OBJECT

public:
    enum class Access { Edit, ReadOnly };
    /** Why a library could not be opened for editing. */
    enum class OpenProblem { None, InUse, ReadOnlyFile, Other };

    /**
     * Opens an existing library; nullptr with *error (and *problem) set when it cannot be used.
     * For editing, the library is locked ("FILE.lock") so that a second Quorum learns at once that
     * it is being edited; a lock left by a Quorum that was killed is taken over.
     */
    static std::unique_ptr<MeetingDocument> open(const QString &path, QString *error, Access access = Access::Edit,
                                                 OpenProblem *problem = nullptr);
    /** Whether another running Quorum edits the library at path; *holder says which ("process 123 on host"). */
    static bool isInUse(const QString &path, QString *holder = nullptr);
    /**
     * Read-only: every edit is refused (the window shows why and turns editing off). Also after
     * the check of a library opened for editing found it damaged (damaged()).
     */
    bool isReadOnly() const;
    /**
     * Waits for the check that runs in the background after opening (PRAGMA quick_check reads the
     * whole file), and says damaged() if it failed. Every write waits for it first.
     */
    void waitForCheck();
    /** What damaged() said, once it has; else empty. */
    QString damage() const { return m_damage; }
    /** Creates a new, empty library at path (which must not exist). */
    static std::unique_ptr<MeetingDocument> create(const QString &path, QString *error);
    ~MeetingDocument() override;

    QString path() const;
    Database &database() const { return *m_db; }

    static constexpr qint64 BackupIntervalMs = qint64(30) * 60 * 1000;
    /**
     * Takes a snapshot into folder now, in the background, unless folder holds one younger than
     * intervalMs; then again after every intervalMs of editing (an edit that comes that long
     * after the last snapshot starts the next). Each new snapshot thins the older ones (Backups).
     * backupWritten() or backupFailed() tells.
     */
    void startBackups(const QString &folder, qint64 intervalMs = BackupIntervalMs);
    QString backupFolder() const { return m_backupFolder; }
    /** Waits until a snapshot being written is done (and its signal delivered). */
    void waitForBackups();
    QUndoStack *undoStack() const { return m_undoStack; }

    MeetingListModel *meetingList() const { return m_meetingList; }
    AgendaModel *agenda() const { return m_agenda; }
    ParticipantModel *participants() const { return m_participants; }
    ActionItemModel *actionItems() const { return m_actionItems; }
    ActionItemModel *actionSummary() const { return m_actionSummary; }
    AttachmentModel *attachments() const { return m_attachments; }
    TopicRequestModel *topicRequests() const { return m_topicRequests; }
    DialInModel *dialIns() const { return m_dialIns; }

    /** 0 when the library has no meetings. */
    Id currentMeetingId() const { return m_current.id; }
    const Meeting &currentMeeting() const { return m_current; }
    /** Shows the meeting in every per-meeting model. Returns false (and reports) on a storage error. */
    bool setCurrentMeeting(Id meetingId);
    /** Every series of the library; empty (and reported) on a storage error. */
    QList<Series> seriesList();
    /** The newest meeting, or 0. */
    Id newestMeetingId() const;
    /** Reads the sidebar and the action summary again (after meetings were added, removed or re-dated). */
    void refreshLibraryViews();

    // Edits: each pushes one undo command.
    void editMeetingField(Meeting::Field field, const QVariant &value);
    void editDialIns(const QList<DialIn> &dialIns);
    /** New dates: days are added for new dates; days left out must be empty, or nothing changes. */
    void editMeetingDates(const QDate &start, const QDate &end);
    /** Adds a meeting (with one day per date) in seriesName, creating the series when new. */
    void addMeeting(const Meeting &meeting, const QString &seriesName);

    /** The current meeting's agenda as values. */
    AgendaState agendaState() const;
    /**
     * Retimes after and stores it as one undo step. A non-zero mergeKey merges a burst of edits
     * of one field of one entry into one step.
     */
    void editAgenda(AgendaState after, const QString &text, qint64 mergeKey = 0);
    /** An id for an entry or a day that an edit is about to add to state. */
    Id newEntryId(const AgendaState &state) const;
    Id newDayId(const AgendaState &state) const;

    /** The person a name stands for (name, alias, username or "Unknown User (username)"), or 0. */
    Id findPerson(const QString &name) const;
    /** Every name a person can be typed as, for completion. */
    QStringList personNames() const;
    /**
     * The people names stand for, adding the unknown ones to the directory (each an undo command:
     * call it inside an undo macro together with the edit that uses them).
     */
    QList<Id> resolvePeople(const QStringList &names);
    /** Splits "A, B / C & D" into names. */
    static QStringList splitNames(const QString &text);

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

    /** A meeting's action items as stored (any meeting: the summary edits across the library). */
    QList<ActionItem> actionItemsOf(Id meetingId) const;
    /** Stores after as the meeting's action items, one undo step. */
    void editActionItems(Id meetingId, QList<ActionItem> after, const QString &text, qint64 mergeKey = 0);
    Id newActionItemId(const QList<ActionItem> &items) const;
    /** Who a name stands for as an assignee: a group by its name first, else a person (added when new). */
    QList<Assignee> resolveAssignees(const QStringList &names);
    /** People's names and the groups' names, for completing assignees. */
    QStringList assigneeNames() const;
    /** The groups each person belongs to. */
    QHash<Id, QList<Id>> groupsOfPeople() const;
    /**
     * Records an action item of the current meeting from the notes of entryId: assignees are
     * resolved (new people are added), all as one undo step. Returns the new id, or 0.
     */
    Id recordActionItem(Id entryId, const QStringList &assignees, const QString &description, const QDate &due);
    QDate today() const { return m_today; }

    /** The library's ticket link patterns, and the linker made of them. */
    const QList<LinkPattern> &linkPatterns() const { return m_linkPatterns; }
    const TicketLinker &ticketLinker() const { return m_linker; }
    void editLinkPatterns(const QList<LinkPattern> &patterns);

    /** The current meeting's participants, in order. */
    QList<Participant> participantList() const;
    /** Stores the current meeting's participants, one undo step. */
    void editParticipants(const QList<Participant> &after, const QString &text);
    /**
     * Adds people (known ones, and new ones to the directory first) as attendees, all as one
     * undo step. Returns how many joined.
     */
    int addParticipants(const QList<PastedName> &names);
    /** Changes a person in the directory (seen in every meeting at once), one undo step. */
    void editPerson(const Person &after);
    Person person(Id personId) const;
    QList<Person> people() const;
    QList<PersonGroup> groups() const;
    Appearances appearances(Id personId) const;
    /** Stores the directory's groups, one undo step. */
    void editGroups(const QList<PersonGroup> &after, const QString &text);
    Id newGroupId(const QList<PersonGroup> &groups) const;
    /** Files larger than this are refused before they are read. */
    static constexpr qint64 MaxAttachmentBytes = qint64(512) * 1024 * 1024;
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
    QByteArray attachmentContent(const QString &sha256) const;
    /** Merges mergedId into survivorId (every reference moves; aliases are kept), one undo step. */
    void mergePeople(Id survivorId, Id mergedId);

    // Used by the undo commands: write, update the models, report failures. Return false on failure.
    bool applyParticipants(Id meetingId, const QList<Participant> &from, const QList<Participant> &to);
    bool applyPerson(Id, const Person &from, const Person &to);
    bool applyAttachments(Id meetingId, const QList<Attachment> &from, const QList<Attachment> &to);
    bool applyGroups(Id, const QList<PersonGroup> &from, const QList<PersonGroup> &to);
    bool applyMerge(Id survivorId, Id mergedId, MergeRecord *record);
    bool applyUnmerge(const MergeRecord &record);
    bool applyLinkPatterns(Id, const QList<LinkPattern> &from, const QList<LinkPattern> &to);
    bool applyActionItems(Id meetingId, const QList<ActionItem> &from, const QList<ActionItem> &to);
    bool applyTopicRequests(Id meetingId, const QList<TopicRequest> &from, const QList<TopicRequest> &to);
    bool applyAgenda(Id meetingId, const AgendaState &from, const AgendaState &to,
                     QHash<Id, EntryReferences> *references);
    /** Inserts person (keeping person->id when set) and fills in its id. */
    bool applyAddPerson(Person *person);
    bool applyRemovePerson(Id personId);
    bool applyMeetingField(Id meetingId, Meeting::Field field, const QVariant &value);
    bool applyDialIns(Id meetingId, const QList<DialIn> &dialIns);
    /** Sets the dates, removes the days in remove and inserts those in insert (filling in new ids). */
    bool applyMeetingDates(Id meetingId, const QDate &start, const QDate &end, QList<MeetingDay> *insert,
                           const QList<MeetingDay> &remove);
    /** Inserts meeting (keeping meeting.id and the day ids when set) and its days; fills in the ids. */
    bool insertMeeting(Meeting *meeting, QList<MeetingDay> *days, Id *seriesId, const QString &seriesName,
                       bool *seriesCreated);
    bool removeMeeting(Id meetingId, Id seriesToRemove);

    /** Runs work in one write transaction; on a StorageError nothing is written, saveFailed() tells, false returns. */
    bool write(const QString &context, const std::function<void()> &work);
    /** Whether the last write failed (saveFailed() was said, saveRecovered() not yet). */
    bool isSaveFailing() const { return m_saveFailing; }

    /** "Today" for overdue marks; tests inject it. */
    void setToday(const QDate &today);
    /** "Now" for the entry running at the moment; the window ticks it, tests inject it. */
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void currentMeetingChanged(Id meetingId);
    void meetingFieldChanged(Id meetingId, Meeting::Field field);
    void meetingsChanged();
    void linkPatternsChanged();
    /** People or groups of the directory changed. */
    void directoryChanged();
    /** Something could not be read or done; message says what. */
    void storageFailed(const QString &message);
    /**
     * Saving began to fail (a full disk, an I/O error): nothing of the edit was saved and what is
     * on screen is kept. Said once; saveRecovered() follows the first edit that saves again.
     */
    void saveFailed(const QString &message);
    void saveRecovered();
    /** The check after opening found the library damaged: it is read-only from now on. */
    void damaged(const QString &message);
    void backupWritten(const QString &path);
    void backupFailed(const QString &message);

private:
    explicit MeetingDocument(std::unique_ptr<Database> db);
    static std::unique_ptr<MeetingDocument> make(std::unique_ptr<Database> db, QString *error);
    void reloadMeetingList();
    void reloadSummary();
    /** After the directory changed: every view that shows names. */
    void refreshPeopleViews();
    void report(const QString &message);
    Id nextId(const char *table, Id pendingMax) const;

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack;
    MeetingListModel *m_meetingList;
    AgendaModel *m_agenda;
    ParticipantModel *m_participants;
    ActionItemModel *m_actionItems;
    ActionItemModel *m_actionSummary;
    AttachmentModel *m_attachments;
    TopicRequestModel *m_topicRequests;
    DialInModel *m_dialIns;
    Meeting m_current;
    QDateTime m_now;
    bool m_saveFailing = false;
    std::unique_ptr<QLockFile> m_lock;
    void backupInBackground();
    void checkInBackground();
    bool isBackupDue() const;
    QString m_backupFolder;
    qint64 m_backupInterval = BackupIntervalMs;
    QDateTime m_lastBackup; ///< when the newest snapshot was taken
    bool m_backupRunning = false;
    QThreadPool *m_backupPool; ///< the check after opening, then snapshots: one at a time
    std::shared_future<QString> m_check; ///< the check after opening, until its answer is taken
    QString m_damage; ///< what damaged() said; empty while the library is sound
    QList<LinkPattern> m_linkPatterns;
    TicketLinker m_linker;
    QDate m_today = QDate::currentDate();
};

} // namespace Quorum
