// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "meetingdocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUndoStack>

namespace Quorum {

namespace {
const QString entryMimeType = QStringLiteral("application/x-quorum-agenda-entry");
const QString timeFormat = QStringLiteral("HH:mm");
} // namespace

AgendaModel::AgendaModel(MeetingDocument *document)
    : QAbstractItemModel(document)
    , m_document(document)
{ }

AgendaModel::~AgendaModel() = default;

QString AgendaModel::formatDuration(int minutes)
{
    if (minutes < 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

int AgendaModel::parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    static const QRegularExpression parts(
        QStringLiteral("^(?:(\\d+)\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:(\\d+)\\s*(?:m|min|mins|minute|minutes)?)?$"));
    if (t.isEmpty())
        return -1;
    QRegularExpressionMatch m = clock.match(t);
    if (m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    m = parts.match(t);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return -1;
    const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return minutes <= 24 * 60 ? minutes : -1;
}

QTime AgendaModel::parseTime(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"H:mm", "HH:mm", "Hmm", "HHmm", "H.mm", "H"}) {
        const QTime time = QTime::fromString(t, QLatin1String(format));
        if (time.isValid())
            return time;
    }
    return {};
}

// ------------------------------------------------------------------------------------ structure

void AgendaModel::build(Node *root) const
{
    root->children.clear();
    int number = 0;
    for (const MeetingDay &d : m_state.days) {
        auto day = std::make_unique<Node>();
        day->isDay = true;
        day->dayNumber = ++number;
        day->id = d.id;
        day->parent = root;
        day->row = int(root->children.size());
        for (Id top : m_state.children(d.id, 0)) {
            auto item = std::make_unique<Node>();
            item->id = top;
            item->parent = day.get();
            item->row = int(day->children.size());
            for (Id child : m_state.children(d.id, top)) {
                auto leaf = std::make_unique<Node>();
                leaf->id = child;
                leaf->parent = item.get();
                leaf->row = int(item->children.size());
                item->children.push_back(std::move(leaf));
            }
            day->children.push_back(std::move(item));
        }
        root->children.push_back(std::move(day));
    }
}

void AgendaModel::reload(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names)
{
    AgendaState next;
    next.days = days;
    next.entries = entries;

    // Same days and the same entries in the same places: only values changed.
    auto shape = [](const AgendaState &s) {
        QList<qint64> sig;
        for (const MeetingDay &d : s.days) {
            sig << -d.id;
            for (Id top : s.children(d.id, 0)) {
                sig << top;
                const QList<Id> kids = s.children(d.id, top);
                sig << kids.size() << kids;
            }
            sig << 0;
        }
        return sig;
    };
    const bool sameShape = !m_root.children.empty() && shape(next) == shape(m_state);
    m_names = names;
    if (sameShape) {
        m_state.days = next.days;
        m_state.entries = next.entries;
        emitChangedRecursively(QModelIndex());
    } else {
        beginResetModel();
        m_state.days = next.days;
        m_state.entries = next.entries;
        m_nowEntry = 0;
        build(&m_root);
        endResetModel();
    }
    if (m_now.isValid())
        setNow(m_now, m_timeZone);
}

void AgendaModel::setNow(const QDateTime &now, const QString &timeZone)
{
    m_now = now;
    m_timeZone = timeZone;
    const QTimeZone zone(timeZone.toLatin1());
    const QDateTime local = zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
    Id running = 0;
    for (const MeetingDay &d : m_state.days) {
        if (d.date != local.date())
            continue;
        for (Id id : m_state.timeline(d.id)) {
            const AgendaEntry *e = m_state.entry(id);
            if (e->startTime.isValid() && e->startTime <= local.time()
                && local.time() < e->startTime.addSecs(qMax(1, e->durationMinutes) * 60))
                running = id;
        }
    }
    if (running == m_nowEntry)
        return;
    const QModelIndex old = indexOfEntry(m_nowEntry);
    m_nowEntry = running;
    for (const QModelIndex &idx : {old, indexOfEntry(running)}) {
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1),
                               {Qt::BackgroundRole, Qt::FontRole, IsNowRole});
    }
}

void AgendaModel::emitChangedRecursively(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        emitChangedRecursively(index(r, 0, parent));
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
    std::vector<const Node *> stack{&m_root};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        for (const auto &c : n->children) {
            if (!c->isDay && c->id == entryId)
                return indexOf(c.get());
            stack.push_back(c.get());
        }
    }
    return {};
}

QModelIndex AgendaModel::indexOfDay(Id dayId) const
{
    for (const auto &d : m_root.children) {
        if (d->id == dayId)
            return indexOf(d.get());
    }
    return {};
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
    case StartColumn: return startOf(n).toString(timeFormat);
    case EndColumn: return endOf(n).toString(timeFormat);
    case DurationColumn: {
        if (n->isDay) {
            int total = 0;
            for (Id id : m_state.timeline(n->id))
                total += qMax(0, m_state.entry(id)->durationMinutes);
            return n->children.empty() ? tr("no entries") : formatDuration(total);
        }
        if (isBlock) {
            const QTime s = startOf(n), end = endOf(n);
            return s.isValid() && end.isValid() ? formatDuration(s.secsTo(end) / 60) : QString();
        }
        return formatDuration(e->durationMinutes);
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
    }
    return {};
}

QVariant AgendaModel::editData(const Node *n, int column) const
{
    const AgendaEntry *e = entryOf(n);
    if (n->isDay) {
        const MeetingDay *d = dayOf(n);
        if (column == StartColumn)
            return d->plannedStart.toString(timeFormat);
        if (column == EndColumn)
            return d->plannedEnd.toString(timeFormat);
        return {};
    }
    switch (column) {
    case TopicColumn: return e->kind == AgendaEntry::Kind::Block ? m_names.person(e->moderatorId) : e->title;
    case StartColumn: return e->startTime.toString(timeFormat);
    case EndColumn: return endOf(n).toString(timeFormat);
    case DurationColumn: return formatDuration(e->durationMinutes);
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
    const int slack = e && !isBlock ? m_state.slackBefore(e->id) : 0;
    const int overrun = n->isDay ? m_state.overrun(n->id) : 0;
    switch (role) {
    case Qt::DisplayRole: return displayData(n, index.column());
    case Qt::EditRole: return editData(n, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StartColumn && slack < 0)
            return tr("Overlaps the entry before it by %1.").arg(formatDuration(-slack));
        if (index.column() == StartColumn && slack > 0)
            return tr("Starts %1 after the entry before it ends.").arg(formatDuration(slack));
        if (index.column() == StartColumn && e && e->pinned)
            return tr("Pinned: keeps this start when the agenda is re-timed.");
        if (n->isDay && overrun > 0)
            return tr("Runs %1 past the planned end (%2).")
                .arg(formatDuration(overrun), dayOf(n)->plannedEnd.toString(timeFormat));
        if (n->isDay && n->children.empty())
            return tr("No agenda entries on this day.");
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
            return QBrush(QColor(0xff, 0xf1, 0xb8));
        if (isBreak)
            return QBrush(QColor(0xee, 0xf3, 0xe6));
        if (isBlock)
            return QBrush(QColor(0xe8, 0xee, 0xf7));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == StartColumn && slack < 0) || (n->isDay && overrun > 0 && index.column() == EndColumn))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == StartColumn && slack > 0)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (isBreak)
            return QBrush(QColor(0x3d, 0x5a, 0x1f));
        return {};
    case EntryIdRole: return e ? e->id : Id(0);
    case DayIdRole: return dayIdOf(n);
    case KindRole: return n->isDay ? QStringLiteral("day") : AgendaEntry::kindKey(e->kind);
    case PreNotesRole: return e ? e->preNotes : QString();
    case RunningNotesRole: return e ? e->runningNotes : QString();
    case IsDayRole: return n->isDay;
    case PinnedRole: return e && e->pinned;
    case SlackRole: return slack;
    case OverrunRole: return overrun;
    case IsNowRole: return e && e->id == m_nowEntry;
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
    if (index.column() != CoordinatorsColumn || e->kind == AgendaEntry::Kind::Topic)
        f |= Qt::ItemIsEditable;
    return f;
}

// -------------------------------------------------------------------------------------- editing

QString AgendaModel::entryName(Id entryId) const
{
    const AgendaEntry *e = m_state.entry(entryId);
    if (!e)
        return {};
    if (e->kind == AgendaEntry::Kind::Block)
        return tr("block");
    return e->title.isEmpty() ? tr("entry") : tr("“%1”").arg(e->title);
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Node *n = nodeOf(index);
    const QString text = value.toString().trimmed();
    AgendaState after = m_document->agendaState();

    if (n->isDay) {
        const QTime time = text.isEmpty() ? QTime() : parseTime(text);
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
            QUndoStack *stack = m_document->undoStack();
            stack->beginMacro(tr("Change the moderator"));
            const QList<Id> people = text.isEmpty() ? QList<Id>() : m_document->resolvePeople({text});
            e->moderatorId = people.value(0);
            m_document->editAgenda(after, tr("Change the moderator"));
            stack->endMacro();
            return true;
        }
        if (text == e->title)
            return false;
        e->title = text;
        m_document->editAgenda(after, tr("Rename %1").arg(entryName(n->id)), mergeKey);
        return true;
    case StartColumn: {
        // A start typed by hand pins the entry there; clearing it lets the entry follow again.
        const QTime time = text.isEmpty() ? QTime() : parseTime(text);
        if (!text.isEmpty() && !time.isValid())
            return false;
        e->pinned = time.isValid();
        if (time.isValid())
            e->startTime = time;
        m_document->editAgenda(after, tr("Change the start of %1").arg(entryName(n->id)));
        return true;
    }
    case EndColumn: {
        const QTime end = parseTime(text);
        if (!end.isValid() || !e->startTime.isValid() || end < e->startTime)
            return false;
        e->durationMinutes = e->startTime.secsTo(end) / 60;
        m_document->editAgenda(after, tr("Change the end of %1").arg(entryName(n->id)));
        return true;
    }
    case DurationColumn: {
        const int minutes = value.typeId() == QMetaType::Int ? value.toInt() : parseDuration(text);
        if (minutes < 0 || minutes == e->durationMinutes)
            return false;
        e->durationMinutes = minutes;
        m_document->editAgenda(after, tr("Change the duration of %1").arg(entryName(n->id)));
        return true;
    }
    case CoordinatorsColumn: {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Change the coordinators of %1").arg(entryName(n->id)));
        e->coordinatorIds = m_document->resolvePeople(MeetingDocument::splitNames(text));
        m_document->editAgenda(after, tr("Change the coordinators of %1").arg(entryName(n->id)));
        stack->endMacro();
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
    e.durationMinutes = kind == AgendaEntry::Kind::Topic ? 30 : kind == AgendaEntry::Kind::Break ? 15 : 0;
    int index = 0;
    if (!n) {
        if (after.days.isEmpty())
            return 0;
        e.dayId = after.days.constFirst().id;
        index = int(after.children(e.dayId, 0).size());
    } else if (n->isDay) {
        e.dayId = n->id;
        index = int(after.children(e.dayId, 0).size());
    } else {
        const AgendaEntry *current = after.entry(n->id);
        e.dayId = current->dayId;
        if (current->kind == AgendaEntry::Kind::Block && kind != AgendaEntry::Kind::Block) {
            e.parentId = current->id; // into the block, at its end
            index = int(after.children(e.dayId, current->id).size());
        } else if (kind == AgendaEntry::Kind::Block) {
            // Blocks sit on the day: after the current block, or after the block holding the entry.
            const Id top = current->parentId ? current->parentId : current->id;
            index = int(after.children(e.dayId, 0).indexOf(top)) + 1;
        } else {
            e.parentId = current->parentId;
            index = int(after.children(e.dayId, e.parentId).indexOf(current->id)) + 1;
        }
    }
    if (kind == AgendaEntry::Kind::Block)
        e.durationMinutes = -1;
    const Id id = e.id;
    if (!after.insert(e, index))
        return 0;
    const QString text = kind == AgendaEntry::Kind::Block     ? tr("Add a moderated block")
                         : kind == AgendaEntry::Kind::Break   ? tr("Add a break")
                         : kind == AgendaEntry::Kind::Closing ? tr("Add a closing line")
                                                              : tr("Add a topic");
    m_document->editAgenda(after, text);
    return indexOfEntry(id).isValid() ? id : 0;
}

Id AgendaModel::addDay()
{
    AgendaState after = m_document->agendaState();
    if (!after.endDate.isValid())
        return 0;
    MeetingDay day;
    day.id = m_document->newDayId(after);
    day.date = after.days.isEmpty() ? after.startDate : after.days.constLast().date.addDays(1);
    if (!after.days.isEmpty()) {
        day.plannedStart = after.days.constLast().plannedStart;
        day.plannedEnd = after.days.constLast().plannedEnd;
    }
    after.days.append(day);
    after.endDate = qMax(after.endDate, day.date);
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
        // A day goes with its entries; the meeting keeps at least one day and its dates follow.
        if (after.days.size() <= 1)
            return false;
        const int i = n->row;
        for (Id top : after.children(n->id, 0))
            after.remove(top);
        after.days.removeAt(i);
        after.startDate = after.days.constFirst().date;
        after.endDate = after.days.constLast().date;
        m_document->editAgenda(after, tr("Remove day %1").arg(i + 1));
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
    const Node *n = nodeOf(index);
    if (!index.isValid())
        return false;
    AgendaState after = m_document->agendaState();
    if (n->isDay) {
        // Days are ordered by date: a day moves by trading dates (and planned times stay with it).
        const int i = n->row, j = n->row + direction;
        if (j < 0 || j >= after.days.size())
            return false;
        std::swap(after.days[i].date, after.days[j].date);
        after.days.swapItemsAt(i, j);
        m_document->editAgenda(after,
                               direction < 0 ? tr("Move day %1 up").arg(i + 1) : tr("Move day %1 down").arg(i + 1));
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
    const Node *target = nodeOf(parent);
    if (!parent.isValid() || !m_state.entry(entryId))
        return false;
    AgendaState after = m_document->agendaState();
    Id dayId = dayIdOf(target);
    Id parentId = 0;
    if (!target->isDay) {
        const AgendaEntry *t = after.entry(target->id);
        if (t->kind == AgendaEntry::Kind::Block) {
            parentId = t->id;
        } else {
            // Dropped onto an entry: just after it, among its siblings.
            parentId = t->parentId;
            row = int(after.children(dayId, parentId).indexOf(t->id)) + 1;
        }
    }
    if (row < 0)
        row = int(after.children(dayId, parentId).size());
    const AgendaState before = after;
    if (!after.move(entryId, dayId, parentId, row))
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
