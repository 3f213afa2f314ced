// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"
#include "data/namelookup.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QVariantList>

#include <memory>
#include <vector>

namespace Quorum {

class MeetingDocument;

/**
 * The agenda as a tree: day > moderated block > entry (entries may also sit directly under a
 * day). Edits in place (setData), moves (moveEntry, drag and drop) and the operations below
 * push undo commands on the document; the model is refreshed from what was stored.
 */
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // The topic comes first: it is the tree column, where indentation does not clip times.
    // Planned vs actual (the run columns) come last: only a day that has been run fills them.
    enum Column {
        TopicColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        CoordinatorsColumn,
        PlannedColumn, ///< the plan as it stood when the day's run began: "09:15, 30 min"
        ActualColumn, ///< as it ran: "09:17, 40 min", "skipped", "parked"
        DifferenceColumn, ///< actual less planned minutes: "+10 min", "on plan"
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        DayIdRole,
        KindRole,
        PreNotesRole,
        RunningNotesRole,
        IsDayRole,
        PinnedRole,
        SlackRole, ///< minutes of gap (positive) or overlap (negative) before the entry
        OverrunRole, ///< minutes a day runs past its planned end
        IsNowRole, ///< the entry is running now, in the meeting's time zone
        /**
         * What runs late, in sentences (QStringList): a day past its planned end or with more
         * entries than time, an entry (or a block's entry) running into the next one.
         */
        TimingProblemsRole,
        PlannedMinutesRole, ///< minutes in the plan when the run began (a block or day: their sum); -1 before
        ActualMinutesRole, ///< minutes it ran, pauses left out (a block or day: their sum); -1 before it started
        /** Actual less planned minutes of what has run (skipped and parked count as 0 minutes); 0 before. */
        DifferenceMinutesRole,
        /** How the entry stands in its day's run: "upcoming", "running", "done", "skipped", "parked"; empty before the run. */
        RunStateRole,
        // The parking lot.
        CarryOverRole, ///< bool: marked to be carried over to the series' next meeting
        CarriedFromRole, ///< QDate: the date of the meeting it was carried from; invalid when not carried
        /** The entry is recurring: every meeting of the series has it (bool; settable through setEntryField). */
        RecurringRole,
        /**
         * bool: this cell shows a timing problem (an overlap, a run into the next entry, a day or
         * block past its end, more minutes than planned): the view says it with a sign beside the
         * colour, never with the colour alone.
         */
        TimingAlertRole,
    };

    explicit AgendaModel(MeetingDocument *document);
    ~AgendaModel() override;

    /** Shows another meeting's agenda: views start over (modelReset). */
    void show(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names);
    /**
     * Takes the same meeting's agenda as it is now, announcing only what changed: days and
     * entries that went are removed, those that came are inserted at their place, those that
     * moved are moved, and rows whose shown values changed (times after re-timing, a renamed
     * coordinator) get dataChanged. Views keep their selection, expansion and scroll position.
     */
    void update(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names);
    const AgendaState &state() const { return m_state; }
    /** The clock and the meeting's time zone that decide which entry runs now (tests inject them). */
    void setNow(const QDateTime &now, const QString &timeZone);
    QString personName(Id personId) const { return m_names.person(personId); }
    QModelIndex indexOfEntry(Id entryId) const;
    QModelIndex indexOfDay(Id dayId) const;
    /** The first topic, break or closing line of the agenda, or an invalid index. */
    QModelIndex firstEntry() const;
    /** The entry running now: the live run's, else the one whose planned time holds now; 0 when none. */
    Id nowEntry() const { return m_nowEntry; }
    /** Whether a day of the meeting has started its run (the run columns then have something to show). */
    bool hasRun() const;
    const NameLookup &names() const { return m_names; }

    // Editing operations; each is one undo step. They return false when nothing could be done.
    /** Adds an entry of kind after the entry at `after` (or at the end of the day or block it names). */
    Id addEntry(const QModelIndex &after, AgendaEntry::Kind kind, const QString &title = QString());
    /** Adds a day after the last one (the meeting grows by a day). */
    Id addDay();
    bool removeItem(const QModelIndex &index);
    /** One place up (-1) or down (+1), into and out of blocks and across days. */
    bool stepEntry(const QModelIndex &index, int direction);
    /** Moves an entry (or block) to row among the children of parent (a day or a block). */
    bool moveEntry(Id entryId, const QModelIndex &parent, int row);
    /** Changes one field of an entry: kind, pinned, recurring, pre-meeting or running notes. */
    bool setEntryField(Id entryId, int role, const QVariant &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /** How undo texts and sentences name an entry: "“Break”", "block", "entry". */
    QString entryName(Id entryId) const;

Q_SIGNALS:
    /** Another entry runs now (0: none); sent after the rows are in place. */
    void nowEntryChanged(Id entryId);

private:
    struct Node
    {
        bool isDay = false;
        int dayNumber = 0;
        Id id = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    const AgendaEntry *entryOf(const Node *node) const;
    const MeetingDay *dayOf(const Node *node) const;
    Id dayIdOf(const Node *node) const;
    QTime startOf(const Node *node) const;
    QTime endOf(const Node *node) const;
    QVariant displayData(const Node *node, int column) const;
    QVariant editData(const Node *node, int column) const;
    /** Whether the day's entries still end by midnight after an edit; says why not (LibraryFile::report()). */
    bool fitsInDay(const AgendaState &after, Id dayId) const;
    /** Builds the tree of m_state afresh (no signals). */
    void build();
    /** Adds a node at row of parent and registers it (no signals). */
    Node *adopt(Node *parent, int row, bool isDay, Id id);
    /** What a view shows of each row (days by -id, entries by id), to tell which rows an update changed. */
    QHash<qint64, QVariantList> shownValues() const;
    /** Puts the node at row among parent's children: moved there (from anywhere), or inserted new. */
    Node *place(Node *parent, int row, bool isDay, Id id);
    /** Removes the rows under parent that are not wanted and hold nothing wanted (days by -id, entries by id). */
    void removeGone(Node *parent, const QSet<qint64> &wanted);
    /** Removes parent's children from row on. */
    void removeFrom(Node *parent, int row);
    void removeRange(Node *parent, int first, int last);
    static void renumber(Node *parent);
    /** "“Community support” ends 10:45, 15 min into “Break”, pinned at 10:30." */
    QString overlapText(const AgendaState::Overlap &overlap) const;
    QStringList timingProblems(const Node *n) const;

    /** What the run columns show of a row, and the minutes behind it. */
    struct RunCells
    {
        QString planned;
        QString actual;
        QString difference;
        int plannedMinutes = -1;
        int actualMinutes = -1;
        int differenceMinutes = 0;
        QString state;
        bool operator==(const RunCells &o) const
        {
            return planned == o.planned && actual == o.actual && difference == o.difference
                   && plannedMinutes == o.plannedMinutes && actualMinutes == o.actualMinutes
                   && differenceMinutes == o.differenceMinutes && state == o.state;
        }
    };
    /** The run columns of every row of the days that have run, at m_now. */
    QHash<qint64, RunCells> runCells() const;
    /** Takes runCells() afresh; with announce, rows whose run columns changed get dataChanged. */
    void updateRunCells(bool announce);

    MeetingDocument *m_document;
    AgendaState m_state;
    Node m_root;
    NameLookup m_names;
    QDateTime m_now;
    QString m_timeZone;
    Id m_nowEntry = 0;
    QHash<qint64, RunCells> m_run; ///< days by -id, entries by id
    QHash<Id, Node *> m_dayNodes; ///< every day's node, by day id
    QHash<Id, Node *> m_entryNodes; ///< every entry's node, by entry id
};

} // namespace Quorum
