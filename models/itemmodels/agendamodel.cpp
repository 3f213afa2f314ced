// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "agenda/duration.h"
#include "agenda/liverun.h"
#include "commands/undomacro.h"
#include "document/libraryfile.h"
#include "i18n/localeformat.h"
#include "meetingdocument.h"
#include "tones.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace Quorum {

namespace {
const QString entryMimeType = QStringLiteral("application/x-quorum-agenda-entry");

/** "+10 min", "−5 min", "on plan". */
QString differenceText(int minutes)
{
    if (minutes == 0)
        return AgendaModel::tr("on plan");
    return minutes > 0 ? AgendaModel::tr("+%1").arg(Duration::format(minutes))
                       : AgendaModel::tr("−%1").arg(Duration::format(-minutes));
}

/** "09:15, 30 min"; the time alone is left out when there is none. */
QString timeAndMinutes(const QDateTime &start, const QTimeZone &zone, int minutes)
{
    if (!start.isValid())
        return Duration::format(minutes);
    return AgendaModel::tr("%1, %2").arg(LocaleFormat::time(start.toTimeZone(zone)), Duration::format(minutes));
}
} // namespace

AgendaModel::AgendaModel(MeetingDocument *document)
    : QAbstractItemModel(document)
    , m_document(document)
{ }

AgendaModel::~AgendaModel() = default;

// ------------------------------------------------------------------------------------ structure

void AgendaModel::build()
{
    m_root.children.clear();
    m_dayNodes.clear();
    m_entryNodes.clear();
    for (const MeetingDay &d : m_state.days) {
        Node *day = adopt(&m_root, int(m_root.children.size()), true, d.id);
        for (Id top : m_state.children(d.id, 0)) {
            Node *item = adopt(day, int(day->children.size()), false, top);
            for (Id child : m_state.children(d.id, top))
                adopt(item, int(item->children.size()), false, child);
        }
    }
}

AgendaModel::Node *AgendaModel::adopt(Node *parent, int row, bool isDay, Id id)
{
    auto node = std::make_unique<Node>();
    node->isDay = isDay;
    node->id = id;
    node->parent = parent;
    node->dayNumber = row + 1;
    Node *added = node.get();
    parent->children.insert(parent->children.begin() + row, std::move(node));
    renumber(parent);
    (isDay ? m_dayNodes : m_entryNodes).insert(id, added);
    return added;
}

void AgendaModel::renumber(Node *parent)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children.at(i)->row = int(i);
}

void AgendaModel::show(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names)
{
    beginResetModel();
    m_state = AgendaState();
    m_state.days = days;
    m_state.entries = entries;
    m_names = names;
    m_nowEntry = 0;
    build();
    m_run = runCells();
    endResetModel();
    if (m_now.isValid())
        setNow(m_now, m_timeZone);
}

void AgendaModel::update(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names)
{
    const QHash<qint64, QVariantList> before = shownValues();
    // Each day and entry once (ids are the library's keys; a damaged file could repeat one).
    AgendaState next;
    QSet<Id> seen;
    for (const MeetingDay &d : days) {
        if (!seen.contains(-d.id)) {
            seen.insert(-d.id);
            next.days << d;
        }
    }
    for (const AgendaEntry &e : entries) {
        if (!seen.contains(e.id)) {
            seen.insert(e.id);
            next.entries << e;
        }
    }
    // While rows move, every row shows what it showed before (a view, like QAbstractItemModelTester,
    // may compare a row's neighbours across an insert): the old values, and the new rows' values.
    for (const MeetingDay &d : std::as_const(next.days)) {
        if (!m_state.day(d.id))
            m_state.days.append(d);
    }
    for (const AgendaEntry &e : std::as_const(next.entries)) {
        if (!m_state.entry(e.id))
            m_state.entries.append(e);
    }
    // Rows that went are removed first (so that the rows after them do not move), then each
    // wanted row is put at its place, top-down, and what is left over at the end of a parent
    // went too (a block that went with an entry that stays elsewhere: the entry moved out first).
    removeGone(&m_root, seen);
    for (int i = 0; i < next.days.size(); ++i) {
        const Id dayId = next.days.at(i).id;
        Node *day = place(&m_root, i, true, dayId);
        const QList<Id> top = next.children(dayId, 0);
        for (int j = 0; j < top.size(); ++j) {
            Node *item = place(day, j, false, top.at(j));
            const QList<Id> inside = next.children(dayId, top.at(j));
            for (int k = 0; k < inside.size(); ++k)
                place(item, k, false, inside.at(k));
        }
    }
    // Only now is every wanted row where it belongs (one wanted in a later block or day was moved
    // there, not removed and inserted again): what is left at the end of a parent went.
    for (const MeetingDay &d : std::as_const(next.days)) {
        const QList<Id> top = next.children(d.id, 0);
        for (Id id : top)
            removeFrom(m_entryNodes.value(id), int(next.children(d.id, id).size()));
        removeFrom(m_dayNodes.value(d.id), int(top.size()));
    }
    removeFrom(&m_root, int(next.days.size()));

    m_state = next;
    const bool renamed = m_names.people != names.people || m_names.groups != names.groups;
    m_names = names;
    m_run = runCells();
    for (const auto &day : m_root.children)
        day->dayNumber = day->row + 1;
    // Rows whose shown values changed; and rows inserted above, which showed the old names while
    // they went in.
    const QHash<qint64, QVariantList> after = shownValues();
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const auto old = before.constFind(it.key());
        if (old != before.constEnd() && *old == it.value())
            continue;
        if (old == before.constEnd() && !renamed)
            continue;
        const Node *node = it.key() < 0 ? m_dayNodes.value(-it.key()) : m_entryNodes.value(it.key());
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    }
    if (m_now.isValid())
        setNow(m_now, m_timeZone);
}

AgendaModel::Node *AgendaModel::place(Node *parent, int row, bool isDay, Id id)
{
    Node *node = (isDay ? m_dayNodes : m_entryNodes).value(id);
    if (node && node->parent == parent && node->row == row)
        return node;
    const QModelIndex to = indexOf(parent);
    if (!node) {
        beginInsertRows(to, row, row);
        node = adopt(parent, row, isDay, id);
        endInsertRows();
        return node;
    }
    // Rows before `row` are placed already, so a node of the same parent comes from further down:
    // a move a view can always follow (days stay on the root, blocks on days).
    Node *from = node->parent;
    const int fromRow = node->row;
    if (!beginMoveRows(indexOf(from), fromRow, fromRow, to, row)) {
        // Not a move a view can follow (the agenda's shape never asks for one): out, and in anew.
        removeRange(from, fromRow, fromRow);
        beginInsertRows(to, row, row);
        node = adopt(parent, row, isDay, id);
        endInsertRows();
        return node;
    }
    std::unique_ptr<Node> owned = std::move(from->children[size_t(fromRow)]);
    from->children.erase(from->children.begin() + fromRow);
    renumber(from);
    owned->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(owned));
    renumber(parent);
    endMoveRows();
    return node;
}

void AgendaModel::removeGone(Node *parent, const QSet<qint64> &wanted)
{
    // A node goes with everything under it, unless something under it stays (then it is trimmed
    // once that has moved out).
    std::function<bool(const Node *)> stays = [&](const Node *n) {
        if (wanted.contains(n->isDay ? -n->id : n->id))
            return true;
        return std::any_of(n->children.begin(), n->children.end(), [&](const auto &c) { return stays(c.get()); });
    };
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        if (stays(parent->children.at(size_t(row)).get())) {
            removeGone(parent->children.at(size_t(row)).get(), wanted);
            continue;
        }
        int first = row;
        while (first > 0 && !stays(parent->children.at(size_t(first - 1)).get()))
            --first;
        removeRange(parent, first, row);
        row = first;
    }
}

void AgendaModel::removeFrom(Node *parent, int row)
{
    if (row < int(parent->children.size()))
        removeRange(parent, row, int(parent->children.size()) - 1);
}

void AgendaModel::removeRange(Node *parent, int first, int last)
{
    beginRemoveRows(indexOf(parent), first, last);
    std::vector<const Node *> gone;
    for (int i = first; i <= last; ++i)
        gone.push_back(parent->children.at(size_t(i)).get());
    while (!gone.empty()) {
        const Node *n = gone.back();
        gone.pop_back();
        (n->isDay ? m_dayNodes : m_entryNodes).remove(n->id);
        for (const auto &c : n->children)
            gone.push_back(c.get());
    }
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    renumber(parent);
    endRemoveRows();
}

QHash<qint64, QVariantList> AgendaModel::shownValues() const
{
    QHash<qint64, QVariantList> shown;
    std::vector<const Node *> stack{&m_root};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        for (const auto &c : n->children)
            stack.push_back(c.get());
        if (n == &m_root)
            continue;
        QVariantList values;
        for (int column = 0; column < ColumnCount; ++column) {
            const QModelIndex idx = indexOf(n, column);
            for (int role :
                 {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::FontRole, Qt::BackgroundRole, Qt::ForegroundRole})
                values << data(idx, role);
        }
        const QModelIndex idx = indexOf(n, 0);
        for (int role = EntryIdRole; role <= IsNowRole; ++role)
            values << data(idx, role);
        values << data(idx, RecurringRole);
        shown.insert(n->isDay ? -n->id : n->id, values);
    }
    return shown;
}

void AgendaModel::setNow(const QDateTime &now, const QString &timeZone)
{
    m_now = now;
    m_timeZone = timeZone;
    updateRunCells(true);
    const QTimeZone zone(timeZone.toLatin1());
    const QDateTime local = zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
    Id running = 0;
    if (const Id live = LiveRun::liveDay(m_state)) {
        // A day that runs says itself what runs now, however late or early it is.
        running = LiveRun(m_state, live, LiveRun::zone(timeZone)).current();
    } else {
        for (const MeetingDay &d : m_state.days) {
            // A day that has been run is over: nothing in it runs by the plan.
            if (d.date != local.date() || d.actualStart.isValid())
                continue;
            for (Id id : m_state.timeline(d.id)) {
                const AgendaEntry *e = m_state.entry(id);
                if (e->startTime.isValid() && e->startTime <= local.time()
                    && local.time() < e->startTime.addSecs(qMax(1, e->durationMinutes) * 60))
                    running = id;
            }
        }
    }
    if (running == m_nowEntry)
        return;
    const QModelIndex old = indexOfEntry(m_nowEntry);
    m_nowEntry = running;
    for (const QModelIndex &idx : {old, indexOfEntry(running)}) {
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1),
                               {Qt::BackgroundRole, Qt::FontRole, Qt::AccessibleTextRole, IsNowRole});
    }
    Q_EMIT nowEntryChanged(running);
}

bool AgendaModel::hasRun() const
{
    return std::any_of(m_state.days.cbegin(), m_state.days.cend(),
                       [](const MeetingDay &d) { return d.actualStart.isValid(); });
}

QHash<qint64, AgendaModel::RunCells> AgendaModel::runCells() const
{
    QHash<qint64, RunCells> cells;
    const QTimeZone zone = LiveRun::zone(m_timeZone);
    const QDateTime now = LiveRun::instant(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    for (const MeetingDay &d : m_state.days) {
        if (!d.actualStart.isValid())
            continue;
        const LiveRun run(m_state, d.id, zone);
        // Sums for the day (key -id) and its blocks: the first start, the minutes, and the
        // difference of what has run.
        struct Sum
        {
            QDateTime plannedStart, actualStart;
            int planned = 0, actual = 0, difference = 0;
            bool running = false, counted = false;
        };
        QHash<qint64, Sum> sums;
        for (Id id : run.timeline()) {
            const AgendaEntry *e = m_state.entry(id);
            const LiveRun::State state = run.stateOf(id);
            RunCells c;
            c.plannedMinutes = run.originalMinutes(id);
            const QDateTime plannedStart = run.originalStart(id);
            c.planned = timeAndMinutes(plannedStart, zone, c.plannedMinutes);
            bool counts = false;
            switch (state) {
            case LiveRun::State::Upcoming: c.state = QStringLiteral("upcoming"); break;
            case LiveRun::State::Skipped:
            case LiveRun::State::Parked:
                c.state = state == LiveRun::State::Skipped ? QStringLiteral("skipped") : QStringLiteral("parked");
                c.actual = state == LiveRun::State::Skipped ? tr("skipped") : tr("parked");
                c.actualMinutes = 0;
                counts = true;
                break;
            case LiveRun::State::Running:
            case LiveRun::State::Done: {
                const bool isRunning = state == LiveRun::State::Running;
                c.state = isRunning ? QStringLiteral("running") : QStringLiteral("done");
                c.actualMinutes = int((run.elapsedSeconds(id, now) + 30) / 60);
                c.actual = timeAndMinutes(e->actualStart, zone, c.actualMinutes);
                if (isRunning)
                    c.actual = tr("%1 so far").arg(c.actual);
                // A running entry has a difference once it overruns.
                counts = !isRunning || c.actualMinutes > c.plannedMinutes;
                break;
            }
            }
            if (counts) {
                c.differenceMinutes = c.actualMinutes - c.plannedMinutes;
                c.difference = differenceText(c.differenceMinutes);
            }
            cells.insert(id, c);
            for (const qint64 key : {-d.id, qint64(run.blockOf(id))}) {
                if (!key)
                    continue;
                Sum &sum = sums[key];
                if (!sum.plannedStart.isValid())
                    sum.plannedStart = plannedStart;
                if (!sum.actualStart.isValid() && e->actualStart.isValid())
                    sum.actualStart = e->actualStart;
                sum.planned += c.plannedMinutes;
                sum.actual += qMax(0, c.actualMinutes);
                sum.running = sum.running || state == LiveRun::State::Running;
                sum.difference += c.differenceMinutes;
                sum.counted = sum.counted || counts;
            }
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const Sum &sum = it.value();
            RunCells c;
            c.plannedMinutes = sum.planned;
            c.planned = timeAndMinutes(sum.plannedStart, zone, sum.planned);
            if (sum.actualStart.isValid()) {
                c.actualMinutes = sum.actual;
                c.actual = timeAndMinutes(sum.actualStart, zone, sum.actual);
                if (sum.running)
                    c.actual = tr("%1 so far").arg(c.actual);
            }
            c.differenceMinutes = sum.difference;
            if (sum.counted)
                c.difference = differenceText(sum.difference);
            cells.insert(it.key(), c);
        }
    }
    return cells;
}

void AgendaModel::updateRunCells(bool announce)
{
    QHash<qint64, RunCells> cells = runCells();
    if (!announce) {
        m_run = std::move(cells);
        return;
    }
    QSet<qint64> keys(m_run.keyBegin(), m_run.keyEnd());
    for (auto it = cells.keyBegin(); it != cells.keyEnd(); ++it)
        keys.insert(*it);
    m_run.swap(cells);
    for (const qint64 key : std::as_const(keys)) {
        if (m_run.value(key) == cells.value(key))
            continue;
        const Node *node = key < 0 ? m_dayNodes.value(-key) : m_entryNodes.value(key);
        if (node)
            Q_EMIT dataChanged(indexOf(node, PlannedColumn), indexOf(node, DifferenceColumn));
    }
}

AgendaModel::Node *AgendaModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex AgendaModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

const AgendaEntry *AgendaModel::entryOf(const Node *node) const
{
    return node && !node->isDay && node != &m_root ? m_state.entry(node->id) : nullptr;
}

const MeetingDay *AgendaModel::dayOf(const Node *node) const
{
    return node && node->isDay ? m_state.day(node->id) : nullptr;
}

Id AgendaModel::dayIdOf(const Node *node) const
{
    if (node->isDay)
        return node->id;
    const AgendaEntry *e = entryOf(node);
    return e ? e->dayId : 0;
}

QModelIndex AgendaModel::indexOfEntry(Id entryId) const
{
    return indexOf(m_entryNodes.value(entryId));
}

QModelIndex AgendaModel::indexOfDay(Id dayId) const
{
    return indexOf(m_dayNodes.value(dayId));
}

QModelIndex AgendaModel::firstEntry() const
{
    for (const auto &day : m_root.children) {
        for (const auto &c : day->children) {
            if (entryOf(c.get())->kind != AgendaEntry::Kind::Block)
                return indexOf(c.get());
            if (!c->children.empty())
                return indexOf(c->children.front().get());
        }
    }
    return {};
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// ----------------------------------------------------------------------------------------- data

QTime AgendaModel::startOf(const Node *n) const
{
    const AgendaEntry *e = entryOf(n);
    if (e && e->kind != AgendaEntry::Kind::Block)
        return e->startTime;
    for (const auto &c : n->children) {
        if (startOf(c.get()).isValid())
            return startOf(c.get());
    }
    return {};
}

QTime AgendaModel::endOf(const Node *n) const
{
    const AgendaEntry *e = entryOf(n);
    if (e && e->kind != AgendaEntry::Kind::Block) {
        if (!e->startTime.isValid() || e->durationMinutes < 0)
            return {};
        return e->startTime.addSecs(e->durationMinutes * 60);
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) {
        if (endOf(it->get()).isValid())
            return endOf(it->get());
    }
    return {};
}

QVariant AgendaModel::displayData(const Node *n, int column) const
{
    const AgendaEntry *e = entryOf(n);
    const bool isBlock = e && e->kind == AgendaEntry::Kind::Block;
    switch (column) {
    case StartColumn: return LocaleFormat::time(startOf(n));
    case EndColumn: return LocaleFormat::time(endOf(n));
    case DurationColumn: {
        if (n->isDay) {
            int total = 0;
            for (Id id : m_state.timeline(n->id))
                total += qMax(0, m_state.entry(id)->durationMinutes);
            return n->children.empty() ? tr("no entries") : Duration::format(total);
        }
        if (isBlock) {
            const QTime s = startOf(n), end = endOf(n);
            return s.isValid() && end.isValid() ? Duration::format(s.secsTo(end) / 60) : QString();
        }
        return Duration::format(e->durationMinutes);
    }
    case TopicColumn:
        if (n->isDay) {
            const MeetingDay *d = dayOf(n);
            return tr("Day %1: %2").arg(n->dayNumber).arg(QLocale().toString(d->date, QLocale::LongFormat));
        }
        if (isBlock) {
            const QString moderator = m_names.person(e->moderatorId);
            if (!e->title.isEmpty())
                return moderator.isEmpty() ? e->title : tr("%1 (Moderator: %2)").arg(e->title, moderator);
            return moderator.isEmpty() ? tr("Moderator: (none yet)") : tr("Moderator: %1").arg(moderator);
        }
        return e->title;
    case CoordinatorsColumn: return e && !isBlock ? m_names.joinPeople(e->coordinatorIds) : QString();
    case PlannedColumn: return m_run.value(n->isDay ? -n->id : n->id).planned;
    case ActualColumn: return m_run.value(n->isDay ? -n->id : n->id).actual;
    case DifferenceColumn: return m_run.value(n->isDay ? -n->id : n->id).difference;
    }
    return {};
}

QVariant AgendaModel::editData(const Node *n, int column) const
{
    const AgendaEntry *e = entryOf(n);
    if (n->isDay) {
        const MeetingDay *d = dayOf(n);
        if (column == StartColumn)
            return LocaleFormat::time(d->plannedStart);
        if (column == EndColumn)
            return LocaleFormat::time(d->plannedEnd);
        return {};
    }
    switch (column) {
    case TopicColumn: return e->kind == AgendaEntry::Kind::Block ? m_names.person(e->moderatorId) : e->title;
    case StartColumn: return LocaleFormat::time(e->startTime);
    case EndColumn: return LocaleFormat::time(endOf(n));
    case DurationColumn: return Duration::format(e->durationMinutes);
    case CoordinatorsColumn: return m_names.joinPeople(e->coordinatorIds);
    }
    return {};
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    const AgendaEntry *e = entryOf(n);
    const bool isBlock = e && e->kind == AgendaEntry::Kind::Block;
    const bool isBreak = e && e->kind == AgendaEntry::Kind::Break;
    // Gaps and overruns walk the day's timeline: worked out only for the roles that show them.
    const bool timing = role == Qt::ToolTipRole || role == Qt::ForegroundRole || role == SlackRole
                        || role == OverrunRole || role == TimingProblemsRole || role == TimingAlertRole
                        || role == Qt::AccessibleTextRole;
    const int slack = timing && e && !isBlock ? m_state.slackBefore(e->id) : 0;
    const int overrun = timing && n->isDay ? m_state.overrun(n->id) : 0;
    // Rows that hold entries (days, blocks) say what runs late among them.
    const QStringList problems = timing && (n->isDay || isBlock) ? timingProblems(n) : QStringList();
    const bool runsIntoNext = timing && e && !isBlock && [&] {
        const QList<Id> order = m_state.timeline(e->dayId);
        const Id next = order.value(order.indexOf(e->id) + 1);
        return next && m_state.slackBefore(next) < 0;
    }();
    switch (role) {
    case Qt::DisplayRole: return displayData(n, index.column());
    case Qt::EditRole: return editData(n, index.column());
    case Qt::ToolTipRole:
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (index.column() == EndColumn && runsIntoNext)
            return timingProblems(n).join(QLatin1Char('\n'));
        if (index.column() == StartColumn && slack < 0)
            return tr("Overlaps the entry before it by %1.").arg(Duration::format(-slack));
        if (index.column() == StartColumn && slack > 0)
            return tr("Starts %1 after the entry before it ends.").arg(Duration::format(slack));
        if (index.column() == StartColumn && e && e->pinned)
            return tr("Pinned: keeps this start when the agenda is re-timed.");
        if (n->isDay && overrun > 0)
            return tr("Runs %1 past the planned end (%2).")
                .arg(Duration::format(overrun), LocaleFormat::time(dayOf(n)->plannedEnd));
        if (n->isDay && n->children.empty())
            return tr("No agenda entries on this day.");
        if (index.column() == TopicColumn && e && e->recurring)
            return tr("%1 (recurring: the next meeting of the series has it too)")
                .arg(displayData(n, TopicColumn).toString());
        if (index.column() == PlannedColumn && !displayData(n, PlannedColumn).toString().isEmpty())
            return tr("Start and length in the plan as it stood when the day's run began.");
        if (index.column() == ActualColumn && !displayData(n, ActualColumn).toString().isEmpty())
            return tr("When it started and how long it ran, pauses left out.");
        if (index.column() == DifferenceColumn && !displayData(n, DifferenceColumn).toString().isEmpty())
            return tr(
                "Minutes it ran longer (+) or shorter (−) than planned; skipped and parked entries count as none.");
        if (index.column() == TopicColumn && e && (e->carriedFromDate.isValid() || e->carryOver)) {
            QStringList lines{displayData(n, index.column()).toString()};
            if (e->carriedFromDate.isValid())
                lines << tr("Carried from %1 (the parking lot).").arg(e->carriedFromDate.toString(Qt::ISODate));
            if (e->carryOver)
                lines << tr("Marked to carry over to the next meeting.");
            return lines.join(QLatin1Char('\n'));
        }
        return displayData(n, index.column());
    case Qt::FontRole:
        if (n->isDay || isBlock) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (isBreak || e->kind == AgendaEntry::Kind::Closing || (index.column() == StartColumn && e->pinned)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (e && e->id == m_nowEntry)
            return QBrush(Tones::background(Tones::Tone::CurrentRow));
        if (isBreak)
            return QBrush(Tones::background(Tones::Tone::BreakRow));
        if (isBlock)
            return QBrush(Tones::background(Tones::Tone::BlockRow));
        return {};
    case Qt::ForegroundRole:
    case Qt::AccessibleTextRole:
    case TimingAlertRole: {
        const bool alert
            = (index.column() == StartColumn && slack < 0) || (index.column() == EndColumn && runsIntoNext)
              || (n->isDay && overrun > 0 && index.column() == EndColumn)
              || (n->isDay && index.column() == DurationColumn && m_state.overbooked(n->id) > 0)
              || (isBlock && index.column() == EndColumn && !problems.isEmpty())
              || (index.column() == TopicColumn && !problems.isEmpty())
              || (index.column() == DifferenceColumn && !displayData(n, DifferenceColumn).toString().isEmpty()
                  && m_run.value(n->isDay ? -n->id : n->id).differenceMinutes > 0);
        if (role == TimingAlertRole)
            return alert;
        if (role == Qt::AccessibleTextRole) {
            // What the colour and the view's sign say, for a screen reader.
            const QString shown = displayData(n, index.column()).toString();
            if (alert)
                return tr("%1, runs late").arg(shown);
            if (index.column() == TopicColumn && e && e->id == m_nowEntry)
                return tr("%1, running now").arg(shown);
            return {};
        }
        if (alert)
            return QBrush(Tones::foreground(Tones::Tone::Overrun));
        if (index.column() == StartColumn && slack > 0)
            return QBrush(Tones::foreground(Tones::Tone::Early));
        if (index.column() == DifferenceColumn && !displayData(n, DifferenceColumn).toString().isEmpty()
            && m_run.value(n->isDay ? -n->id : n->id).differenceMinutes < 0)
            return QBrush(Tones::foreground(Tones::Tone::Ahead));
        if (index.column() == ActualColumn && e && !isBlock && m_run.value(e->id).actualMinutes == 0
            && (m_run.value(e->id).state == QLatin1String("skipped")
                || m_run.value(e->id).state == QLatin1String("parked")))
            return QBrush(Tones::foreground(Tones::Tone::Muted));
        if (isBreak)
            return QBrush(Tones::foreground(Tones::Tone::BreakText));
        return {};
    }
    case EntryIdRole: return e ? e->id : Id(0);
    case DayIdRole: return dayIdOf(n);
    case KindRole: return n->isDay ? QStringLiteral("day") : AgendaEntry::kindKey(e->kind);
    case PreNotesRole: return e ? e->preNotes : QString();
    case RunningNotesRole: return e ? e->runningNotes : QString();
    case IsDayRole: return n->isDay;
    case PinnedRole: return e && e->pinned;
    case SlackRole: return slack;
    case OverrunRole: return overrun;
    case TimingProblemsRole: return n->isDay || isBlock ? problems : timingProblems(n);
    case IsNowRole: return e && e->id == m_nowEntry;
    case PlannedMinutesRole: return m_run.value(n->isDay ? -n->id : n->id).plannedMinutes;
    case ActualMinutesRole: return m_run.value(n->isDay ? -n->id : n->id).actualMinutes;
    case DifferenceMinutesRole: return m_run.value(n->isDay ? -n->id : n->id).differenceMinutes;
    case RunStateRole: return m_run.value(n->isDay ? -n->id : n->id).state;
    case CarryOverRole: return e && e->carryOver;
    case CarriedFromRole: return e ? e->carriedFromDate : QDate();
    case RecurringRole: return e && e->recurring;
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn: return tr("Topic");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case DurationColumn: return tr("Duration");
    case CoordinatorsColumn: return tr("Coordinators");
    case PlannedColumn: return tr("Planned");
    case ActualColumn: return tr("Actual");
    case DifferenceColumn: return tr("Difference");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *n = nodeOf(index);
    const AgendaEntry *e = entryOf(n);
    if (n->isDay) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == StartColumn || index.column() == EndColumn)
            f |= Qt::ItemIsEditable;
        return f;
    }
    f |= Qt::ItemIsDragEnabled;
    if (e->kind == AgendaEntry::Kind::Block) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == TopicColumn)
            f |= Qt::ItemIsEditable;
        return f;
    }
    f |= Qt::ItemNeverHasChildren;
    if (index.column() < PlannedColumn && (index.column() != CoordinatorsColumn || e->kind == AgendaEntry::Kind::Topic))
        f |= Qt::ItemIsEditable;
    return f;
}

// -------------------------------------------------------------------------------------- editing

QString AgendaModel::overlapText(const AgendaState::Overlap &overlap) const
{
    const AgendaEntry *earlier = m_state.entry(overlap.earlier);
    const AgendaEntry *later = m_state.entry(overlap.later);
    const QTime end = earlier->startTime.addSecs(qMax(0, earlier->durationMinutes) * 60);
    return (later->pinned ? tr("%1 ends %2, %3 into %4, pinned at %5.") : tr("%1 ends %2, %3 into %4 at %5."))
        .arg(entryName(overlap.earlier), LocaleFormat::time(end), Duration::format(overlap.minutes),
             entryName(overlap.later), LocaleFormat::time(later->startTime));
}

QStringList AgendaModel::timingProblems(const Node *n) const
{
    QStringList problems;
    const AgendaEntry *e = entryOf(n);
    const Id dayId = n->isDay ? n->id : e->dayId;
    if (n->isDay) {
        const MeetingDay *d = dayOf(n);
        if (const int overrun = m_state.overrun(dayId))
            problems << tr("The day runs %1 past its planned end (%2).")
                            .arg(Duration::format(overrun), LocaleFormat::time(d->plannedEnd));
        if (const int booked = m_state.overbooked(dayId)) {
            const int planned = d->plannedStart.secsTo(d->plannedEnd) / 60;
            problems << tr("Its entries take %1 in a day planned for %2: %3 too much.")
                            .arg(Duration::format(planned + booked), Duration::format(planned),
                                 Duration::format(booked));
        }
    }
    for (const AgendaState::Overlap &o : m_state.overlaps(dayId)) {
        const bool concerns = n->isDay
                              || (e->kind == AgendaEntry::Kind::Block ? m_state.entry(o.earlier)->parentId == e->id
                                                                      : o.earlier == e->id || o.later == e->id);
        if (concerns)
            problems << overlapText(o);
    }
    return problems;
}

QString AgendaModel::entryName(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return {};
    if (e->kind == AgendaEntry::Kind::Block)
        return tr("block");
    return e->title.isEmpty() ? tr("entry") : tr("“%1”").arg(e->title);
}

bool AgendaModel::fitsInDay(const AgendaState &after, Id dayId) const
{
    const Id late = after.pastMidnight(dayId);
    // A day that already ran past midnight (an older library) can still be mended bit by bit.
    if (!late || m_document->agendaState().pastMidnight(dayId))
        return true;
    m_document->file()->report(tr("With this change %1 would end after midnight: a meeting day has 24 hours. "
                                  "Nothing was changed.")
                                   .arg(entryName(late)));
    return false;
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Node *n = nodeOf(index);
    const QString text = value.toString().trimmed();
    AgendaState after = m_document->agendaState();

    if (n->isDay) {
        const QTime time = text.isEmpty() ? QTime() : Duration::parseTime(text);
        if (!text.isEmpty() && !time.isValid())
            return false;
        for (MeetingDay &d : after.days) {
            if (d.id != n->id)
                continue;
            if (index.column() == StartColumn)
                d.plannedStart = time;
            else if (index.column() == EndColumn)
                d.plannedEnd = time;
            else
                return false;
        }
        m_document->editAgenda(after, index.column() == StartColumn ? tr("Change the day's planned start")
                                                                    : tr("Change the day's planned end"));
        return true;
    }

    AgendaEntry *e = after.entry(n->id);
    const qint64 mergeKey = n->id * 16 + index.column() + 1;
    switch (index.column()) {
    case TopicColumn:
        if (e->kind == AgendaEntry::Kind::Block) {
            if (text == m_names.person(e->moderatorId))
                return false;
            // Asked before the undo step opens: a cancelled question leaves no trace.
            const auto chosen
                = m_document->directory()->choosePeople(text.isEmpty() ? QStringList() : QStringList{text});
            if (!chosen
                || (!hasNewPeople(*chosen) && m_document->directory()->addPeople(*chosen).value(0) == e->moderatorId))
                return false;
            const UndoMacro macro(m_document->undoStack(), tr("Change the moderator"));
            e->moderatorId = m_document->directory()->addPeople(*chosen).value(0);
            m_document->editAgenda(after, tr("Change the moderator"));
            return true;
        }
        if (text == e->title)
            return false;
        e->title = text;
        m_document->editAgenda(after, tr("Rename %1").arg(entryName(n->id)), mergeKey);
        return true;
    case StartColumn: {
        // A start typed by hand pins the entry there; clearing it lets the entry follow again.
        const QTime time = text.isEmpty() ? QTime() : Duration::parseTime(text);
        if (!text.isEmpty() && !time.isValid())
            return false;
        e->pinned = time.isValid();
        if (time.isValid())
            e->startTime = time;
        if (!fitsInDay(after, e->dayId))
            return false;
        m_document->editAgenda(after, tr("Change the start of %1").arg(entryName(n->id)));
        return true;
    }
    case EndColumn: {
        const QTime end = Duration::parseTime(text);
        if (!end.isValid() || !e->startTime.isValid() || end < e->startTime)
            return false;
        e->durationMinutes = e->startTime.secsTo(end) / 60;
        if (!fitsInDay(after, e->dayId))
            return false;
        m_document->editAgenda(after, tr("Change the end of %1").arg(entryName(n->id)));
        return true;
    }
    case DurationColumn: {
        const int minutes = value.typeId() == QMetaType::Int ? value.toInt() : Duration::parse(text);
        if (minutes < 0 || minutes > Duration::MaxMinutes) {
            if (!text.isEmpty())
                m_document->file()->report(
                    tr("“%1” is not a duration of at most 24 hours (such as 45, 1:30 or 1 h 30 min). Nothing was "
                       "changed.")
                        .arg(text));
            return false;
        }
        if (minutes == e->durationMinutes)
            return false;
        e->durationMinutes = minutes;
        if (!fitsInDay(after, e->dayId))
            return false;
        m_document->editAgenda(after, tr("Change the duration of %1").arg(entryName(n->id)));
        return true;
    }
    case CoordinatorsColumn: {
        if (text == m_names.joinPeople(e->coordinatorIds))
            return false;
        const auto chosen = m_document->directory()->choosePeople(PersonDirectory::splitNames(text));
        if (!chosen || (!hasNewPeople(*chosen) && m_document->directory()->addPeople(*chosen) == e->coordinatorIds))
            return false;
        const UndoMacro macro(m_document->undoStack(), tr("Change the coordinators of %1").arg(entryName(n->id)));
        e->coordinatorIds = m_document->directory()->addPeople(*chosen);
        m_document->editAgenda(after, tr("Change the coordinators of %1").arg(entryName(n->id)));
        return true;
    }
    }
    return false;
}

bool AgendaModel::setEntryField(Id entryId, int role, const QVariant &value)
{
    AgendaState after = m_document->agendaState();
    AgendaEntry *e = after.entry(entryId);
    if (!e)
        return false;
    qint64 mergeKey = 0;
    QString text;
    switch (role) {
    case KindRole: {
        AgendaEntry::Kind kind;
        if (!AgendaEntry::kindFromKey(value.toString(), &kind) || kind == AgendaEntry::Kind::Block
            || e->kind == AgendaEntry::Kind::Block || kind == e->kind)
            return false;
        e->kind = kind;
        if (kind != AgendaEntry::Kind::Topic)
            e->coordinatorIds.clear();
        text = tr("Change the kind of %1").arg(entryName(entryId));
        break;
    }
    case PinnedRole:
        if (e->pinned == value.toBool())
            return false;
        e->pinned = value.toBool();
        text = e->pinned ? tr("Pin %1").arg(entryName(entryId)) : tr("Unpin %1").arg(entryName(entryId));
        break;
    case RecurringRole:
        if (e->recurring == value.toBool())
            return false;
        e->recurring = value.toBool();
        text = e->recurring ? tr("Mark %1 as recurring").arg(entryName(entryId))
                            : tr("Mark %1 as not recurring").arg(entryName(entryId));
        break;
    case PreNotesRole:
        if (e->preNotes == value.toString())
            return false;
        e->preNotes = value.toString();
        text = tr("Edit the pre-meeting notes of %1").arg(entryName(entryId));
        mergeKey = entryId * 16 + 14;
        break;
    case RunningNotesRole:
        if (e->runningNotes == value.toString())
            return false;
        e->runningNotes = value.toString();
        text = tr("Edit the running notes of %1").arg(entryName(entryId));
        mergeKey = entryId * 16 + 15;
        break;
    default: return false;
    }
    m_document->editAgenda(after, text, mergeKey);
    return true;
}

Id AgendaModel::addEntry(const QModelIndex &at, AgendaEntry::Kind kind, const QString &title)
{
    AgendaState after = m_document->agendaState();
    const Node *n = at.isValid() ? nodeOf(at) : nullptr;
    AgendaEntry e;
    e.id = m_document->newEntryId(after);
    e.kind = kind;
    e.title = title;
    if (kind == AgendaEntry::Kind::Topic && title.isEmpty())
        e.title = tr("New topic");
    else if (kind == AgendaEntry::Kind::Break && title.isEmpty())
        e.title = tr("Break");
    else if (kind == AgendaEntry::Kind::Closing && title.isEmpty())
        e.title = tr("Close");
    e.durationMinutes = AgendaEntry::defaultMinutes(kind);
    if (!after.insertAfter(e, n && !n->isDay ? n->id : 0, n && n->isDay ? n->id : 0))
        return 0;
    const QString text = kind == AgendaEntry::Kind::Block     ? tr("Add a moderated block")
                         : kind == AgendaEntry::Kind::Break   ? tr("Add a break")
                         : kind == AgendaEntry::Kind::Closing ? tr("Add a closing line")
                                                              : tr("Add a topic");
    m_document->editAgenda(after, text);
    return indexOfEntry(e.id).isValid() ? e.id : 0;
}

Id AgendaModel::addDay()
{
    AgendaState after = m_document->agendaState();
    MeetingDay day;
    day.id = m_document->newDayId(after);
    if (!after.appendDay(day))
        return 0;
    m_document->editAgenda(after, tr("Add a day"));
    return indexOfDay(day.id).isValid() ? day.id : 0;
}

bool AgendaModel::removeItem(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    const Node *n = nodeOf(index);
    AgendaState after = m_document->agendaState();
    if (n->isDay) {
        if (!after.removeDay(n->id))
            return false;
        m_document->editAgenda(after, tr("Remove day %1").arg(n->row + 1));
        return true;
    }
    const QString text = tr("Remove %1").arg(entryName(n->id));
    if (!after.remove(n->id))
        return false;
    m_document->editAgenda(after, text);
    return true;
}

bool AgendaModel::stepEntry(const QModelIndex &index, int direction)
{
    if (!index.isValid())
        return false;
    const Node *n = nodeOf(index);
    AgendaState after = m_document->agendaState();
    if (n->isDay) {
        if (!after.stepDay(n->id, direction))
            return false;
        m_document->editAgenda(after, direction < 0 ? tr("Move day %1 up").arg(n->row + 1)
                                                    : tr("Move day %1 down").arg(n->row + 1));
        return true;
    }
    if (!after.step(n->id, direction))
        return false;
    m_document->editAgenda(after, direction < 0 ? tr("Move %1 up").arg(entryName(n->id))
                                                : tr("Move %1 down").arg(entryName(n->id)));
    return true;
}

bool AgendaModel::moveEntry(Id entryId, const QModelIndex &parent, int row)
{
    if (!parent.isValid() || !m_state.entry(entryId))
        return false;
    const Node *target = nodeOf(parent);
    AgendaState after = m_document->agendaState();
    const AgendaState before = after;
    if (!after.drop(entryId, dayIdOf(target), target->isDay ? 0 : target->id, row))
        return false;
    after.retime();
    AgendaState retimedBefore = before;
    retimedBefore.retime();
    if (after.entries == retimedBefore.entries)
        return false; // dropped where it already was
    m_document->editAgenda(after, tr("Move %1").arg(entryName(entryId)));
    return true;
}

// --------------------------------------------------------------------------------- drag and drop

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {entryMimeType};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &idx : indexes) {
        const AgendaEntry *e = entryOf(nodeOf(idx));
        if (!e)
            continue;
        auto *data = new QMimeData;
        data->setData(entryMimeType, QByteArray::number(e->id));
        return data;
    }
    return nullptr;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(entryMimeType) || !parent.isValid())
        return false;
    const AgendaEntry *dragged = m_state.entry(data->data(entryMimeType).toLongLong());
    if (!dragged)
        return false;
    const Node *target = nodeOf(parent);
    if (target->isDay)
        return true;
    const AgendaEntry *t = entryOf(target);
    // A block only lands on a day; nothing lands inside itself.
    return t && t->id != dragged->id && dragged->kind != AgendaEntry::Kind::Block;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    moveEntry(data->data(entryMimeType).toLongLong(), parent, row);
    // The move is done (or refused) here; the view must not remove the source rows itself.
    return false;
}

} // namespace Quorum
