// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "data/meetingsummary.h"
#include "data/namelookup.h"
#include "data/person.h"
#include "notes/ticketlinker.h"
#include "storage/serverchange.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Quorum {

class ActionItemModel;
class AgendaModel;
class AttachmentModel;
class DecisionModel;
class DialInModel;
class MeetingReader;
struct ActionItem;
struct ActionItemRow;
struct Attachment;
struct AttachmentRow;
struct Decision;
struct DecisionRow;
struct Participant;
struct ParticipantRow;
struct ParkedTopicRow;
struct TopicRequest;
struct TopicRequestRow;
class LibraryFile;
class MeetingListModel;
class ParticipantModel;
class TopicRequestModel;
class ParkingLotModel;

/** The item models of an open library, as the window shows them. */
struct ModelSet
{
    MeetingListModel *meetingList = nullptr;
    ActionItemModel *actionSummary = nullptr;
    AgendaModel *agenda = nullptr;
    ParticipantModel *participants = nullptr;
    ActionItemModel *actionItems = nullptr;
    AttachmentModel *attachments = nullptr;
    TopicRequestModel *topicRequests = nullptr;
    DialInModel *dialIns = nullptr;
    DecisionModel *decisions = nullptr;
    ParkingLotModel *parkingLot = nullptr; ///< the shown meeting's series' parking lot
};

/**
 * Keeps the item models in step with the library: show() loads a meeting into every model
 * (the models start over), and after an edit is written its command says which part of which
 * meeting changed; that part is read again and the models announce only the rows that changed.
 * A change that arrives from elsewhere (another program, a shared server) is to take the same
 * path. A read that fails is said through the file's storageFailed(), and the models keep what
 * they showed.
 */
class LibraryModels : public QObject
{
    Q_OBJECT

public:
    LibraryModels(LibraryFile *file, const ModelSet &models, QObject *parent = nullptr);

    /**
     * Reads the sidebar, the directory's names and the link patterns. Throws StorageError. The
     * action summary (every action item of the library) is read when first asked for (readSummary()).
     */
    void load();
    /** Reads the action summary if it was not read yet (its view is shown, or it is asked for); false on a storage error (said). */
    bool readSummary();
    /** Whether the action summary has been read (it follows every change from then on). */
    bool isSummaryRead() const { return m_summaryRead; }
    const ModelSet &models() const { return m_models; }

    /** 0 when no meeting is shown. */
    Id currentMeetingId() const { return m_current.id; }
    const Meeting &currentMeeting() const { return m_current; }
    /** Shows the meeting (0: none) in every per-meeting model. False (and said) on a storage error. */
    bool show(Id meetingId);
    /** The newest meeting, or 0. */
    Id newestMeetingId() const;
    /** A meeting of the sidebar as it shows it; empty for an unknown id. */
    MeetingSummary meetingSummary(Id meetingId) const { return m_meetings.value(meetingId); }
    /** A meeting with a day running (the first found); 0 when none. */
    Id liveMeetingId() const;
    /**
     * The meeting to show first when a library opens: the one with a live day, else one with a
     * day today (in its time zone, by the clock), even one that has ended (the newest such); 0
     * when none, or when the library cannot be read.
     */
    Id meetingOfToday() const;

    // After an edit of a part of a meeting: a meeting that is not shown is shown (an undo
    // brings its meeting back into view), the shown one updates just the rows that changed.
    void refreshMeeting(Id meetingId);
    void refreshAgenda(Id meetingId);
    void refreshParticipants(Id meetingId);
    /** The meeting's actions in the summary, and in the meeting's table when it is shown (no switch: the summary edits across meetings). */
    void refreshActionItems(Id meetingId);
    void refreshAttachments(Id meetingId);
    void refreshTopicRequests(Id meetingId);
    /** The meeting's decisions (shown when it is not); says decisionsChanged for the register. */
    void refreshDecisions(Id meetingId);
    /** Meetings came, went, or moved (dates, series): the sidebar and the summary. */
    void refreshMeetings();
    /** People or groups changed: every name shown, wherever it is. */
    void refreshDirectory();
    /**
     * Reads everything shown again after another program changed the file: the meeting list, the
     * directory, the summary, the link patterns and the shown meeting (or the newest, when the
     * shown one is gone). Only rows that changed are announced.
     */
    void reloadAll();
    /**
     * Other people changed these rows of a team library (LibraryFile::changedOnServer()): the
     * parts they belong to are read again, the shown meeting's just where it changed (its rows
     * announced one by one, so selection and scroll position stay), other meetings only where the
     * sidebar or the action summary show them. The shown meeting is never switched, unless it was
     * deleted: then the newest is shown.
     */
    void applyServerChanges(const Quorum::ServerChanges &changes);
    /** Someone joined or left the directory whom nothing names: just the names known for the next edit. */
    void refreshNames();
    /** Says the field changed, so that what shows it goes back to what is stored (after a refused edit). */
    void announceField(Id meetingId, Meeting::Field field);
    void refreshLinkPatterns();
    /**
     * The parking lot as seen from the shown meeting, read again (only changed rows are announced):
     * after show(), after any agenda edit (an entry carried, skipped, parked, marked or removed),
     * after a dismissal, and when meetings move or go.
     */
    void refreshParkingLot();

    // Final minutes (issue 19).
    /** Whether the meeting's record is final (read-only until reopened), as the sidebar knows it. */
    bool isFinal(Id meetingId) const { return m_meetings.value(meetingId).finalized; }
    /** The meeting was finalized or reopened: the sidebar's mark, then finalStateChanged(). */
    void refreshFinal(Id meetingId);

    /**
     * Whether the models are announcing a change right now. An edit that a view's editor commits
     * meanwhile (its row went, so it lost focus) is not made: it would run inside the command
     * being applied.
     */
    bool isRefreshing() const { return m_refreshing > 0; }

    const QList<LinkPattern> &linkPatterns() const { return m_linkPatterns; }
    const TicketLinker &ticketLinker() const { return m_linker; }

    /** Where "now" comes from: the system clock unless a test injects another. */
    using Clock = std::function<QDateTime()>;

    /** "Today" for overdue marks and typed dates such as "next friday": it follows the clock. */
    QDate today() const { return m_today; }
    /**
     * Reads the clock from now on (a window left open overnight moves to the new day within
     * the tick interval) and at once: the running agenda entry follows "now", and overdue marks
     * follow "today" when its date changed.
     */
    void setClock(Clock clock);
    /** The clock's time now (read afresh, not at the last tick). */
    QDateTime now() const { return m_clock(); }
    /** Reads the clock again; the timer does this every tickInterval(). */
    void tick();
    int tickInterval() const;
    void setTickInterval(int milliseconds);
    /** Fixes the clock at noon of today (tests). */
    void setToday(const QDate &today);
    /** Fixes the clock at now (tests). */
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void currentMeetingChanged(Id meetingId);
    void meetingFieldChanged(Id meetingId, Meeting::Field field);
    void meetingsChanged();
    void linkPatternsChanged();
    /** People or groups of the directory changed. */
    void directoryChanged();
    /** A meeting's decisions were stored anew (an edit, its undo, or a change from elsewhere). */
    void decisionsChanged(Id meetingId);
    /** The meeting was finalized or reopened (refreshFinal()). */
    void finalStateChanged(Id meetingId);

private:
    /** Runs read; a StorageError is said, and false returns. */
    template<typename Read>
    bool reading(Read read);
    void readDirectory();
    /** The sidebar's meetings by id, for the summary's "appears on". */
    void rememberMeetings(const QList<MeetingSummary> &summaries);
    /** The shown meeting's tables again, from their items as they are and the names and entries they show. */
    void updateMeetingTables();
    /** A part of the shown meeting read again into its model (or the meeting shown, when another is). */
    template<typename Item, typename Model, typename Rows>
    void refreshPart(Id meetingId, QList<Item> (MeetingReader::*read)(Id) const, Model *model, Rows rows);
    // The rows of the shown meeting's tables: its items with the names and agenda entries they show.
    QList<ParticipantRow> participantRows(const QList<Participant> &items) const;
    QList<ActionItemRow> actionRows(const QList<ActionItem> &items) const;
    QList<AttachmentRow> attachmentRows(const QList<Attachment> &items) const;
    QList<TopicRequestRow> requestRows(const QList<TopicRequest> &items) const;
    QList<DecisionRow> decisionRows(const QList<Decision> &items) const;
    /** The shown meeting's parking lot as rows; false (said) on a storage error. */
    bool readParkingLot(QList<ParkedTopicRow> *rows);
    /** The summary with the meeting's rows replaced by those of items. */
    void updateSummary(Id meetingId, const QList<ActionItem> &items);
    /** Every action item of the library read again into the summary. */
    void refreshSummary();
    QList<ActionItemRow> summaryRows(const QList<ActionItem> &items) const;

    LibraryFile *m_file;
    bool m_summaryRead = false; ///< the summary is read when first asked for, then kept current
    ModelSet m_models;
    Meeting m_current;
    QHash<Id, MeetingSummary> m_meetings; ///< the sidebar's meetings, by id
    NameLookup m_names;
    QHash<Id, Person> m_people;
    QList<LinkPattern> m_linkPatterns;
    TicketLinker m_linker;
    Clock m_clock = &QDateTime::currentDateTime;
    QTimer *m_ticker;
    QDateTime m_now;
    int m_refreshing = 0;
    QDate m_today;
};

} // namespace Quorum
