// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

namespace Quorum {

QTime AgendaModel::Node::start() const
{
    if (!isDay && entry.kind != AgendaEntry::Kind::Block)
        return entry.startTime;
    for (const auto &c : children) {
        if (c->start().isValid())
            return c->start();
    }
    return {};
}

QTime AgendaModel::Node::end() const
{
    if (!isDay && entry.kind != AgendaEntry::Kind::Block) {
        if (!entry.startTime.isValid() || entry.durationMinutes < 0)
            return {};
        return entry.startTime.addSecs(entry.durationMinutes * 60);
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        if ((*it)->end().isValid())
            return (*it)->end();
    }
    return {};
}

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

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

void AgendaModel::reload(const QList<MeetingDay> &days, const QList<AgendaEntry> &entries, const NameLookup &names)
{
    beginResetModel();
    m_root.children.clear();
    m_names = names;
    QHash<Id, Node *> dayNodes;
    QHash<Id, Node *> entryNodes;
    int number = 0;
    for (const MeetingDay &d : days) {
        auto node = std::make_unique<Node>();
        node->isDay = true;
        node->dayNumber = ++number;
        node->day = d;
        node->parent = &m_root;
        node->row = int(m_root.children.size());
        dayNodes.insert(d.id, node.get());
        m_root.children.push_back(std::move(node));
    }
    // Parents before children: blocks and day-level entries first, each list in position order.
    QList<AgendaEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const AgendaEntry &a, const AgendaEntry &b) {
        if ((a.parentId == 0) != (b.parentId == 0))
            return a.parentId == 0;
        return a.position < b.position;
    });
    for (const AgendaEntry &e : std::as_const(sorted)) {
        Node *parent = e.parentId ? entryNodes.value(e.parentId) : dayNodes.value(e.dayId);
        if (!parent)
            continue;
        auto node = std::make_unique<Node>();
        node->entry = e;
        node->parent = parent;
        node->row = int(parent->children.size());
        entryNodes.insert(e.id, node.get());
        parent->children.push_back(std::move(node));
    }
    endResetModel();
}

QModelIndex AgendaModel::indexOfEntry(Id entryId) const
{
    std::vector<const Node *> stack{&m_root};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        for (const auto &c : n->children) {
            if (!c->isDay && c->entry.id == entryId)
                return createIndex(c->row, 0, c.get());
            stack.push_back(c.get());
        }
    }
    return {};
}

QModelIndex AgendaModel::firstEntry() const
{
    for (const auto &day : m_root.children) {
        for (const auto &c : day->children) {
            if (c->entry.kind != AgendaEntry::Kind::Block)
                return createIndex(c->row, 0, c.get());
            if (!c->children.empty())
                return createIndex(0, 0, c->children.front().get());
        }
    }
    return {};
}

AgendaModel::Node *AgendaModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
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
    const Node *p = nodeOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
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

QVariant AgendaModel::displayData(const Node *n, int column) const
{
    const QString timeFormat = QStringLiteral("HH:mm");
    switch (column) {
    case StartColumn:
        return n->start().toString(timeFormat);
    case EndColumn:
        return n->end().toString(timeFormat);
    case DurationColumn: {
        if (n->isDay) {
            int total = 0;
            std::vector<const Node *> stack{n};
            while (!stack.empty()) {
                const Node *x = stack.back();
                stack.pop_back();
                for (const auto &c : x->children) {
                    if (c->entry.kind == AgendaEntry::Kind::Block)
                        stack.push_back(c.get());
                    else if (c->entry.durationMinutes > 0)
                        total += c->entry.durationMinutes;
                }
            }
            return n->children.empty() ? tr("no entries") : formatDuration(total);
        }
        if (n->entry.kind == AgendaEntry::Kind::Block) {
            const QTime s = n->start(), e = n->end();
            return s.isValid() && e.isValid() ? formatDuration(s.secsTo(e) / 60) : QString();
        }
        return formatDuration(n->entry.durationMinutes);
    }
    case TopicColumn:
        if (n->isDay) {
            const QLocale locale;
            return tr("Day %1: %2").arg(n->dayNumber).arg(locale.toString(n->day.date, QLocale::LongFormat));
        }
        if (n->entry.kind == AgendaEntry::Kind::Block) {
            const QString moderator = m_names.person(n->entry.moderatorId);
            if (!n->entry.title.isEmpty())
                return moderator.isEmpty() ? n->entry.title : tr("%1 (Moderator: %2)").arg(n->entry.title, moderator);
            return moderator.isEmpty() ? tr("Block without moderator") : tr("Moderator: %1").arg(moderator);
        }
        return n->entry.title;
    case CoordinatorsColumn:
        return n->isDay ? QString() : m_names.joinPeople(n->entry.coordinatorIds);
    }
    return {};
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    const bool isBlock = !n->isDay && n->entry.kind == AgendaEntry::Kind::Block;
    const bool isBreak = !n->isDay && n->entry.kind == AgendaEntry::Kind::Break;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(n, index.column());
    case Qt::ToolTipRole:
        if (n->isDay && n->children.empty())
            return tr("No agenda entries on this day.");
        return displayData(n, index.column());
    case Qt::FontRole:
        if (n->isDay || isBlock) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (isBreak || n->entry.kind == AgendaEntry::Kind::Closing) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (isBreak)
            return QBrush(QColor(0xee, 0xf3, 0xe6));
        if (isBlock)
            return QBrush(QColor(0xe8, 0xee, 0xf7));
        return {};
    case Qt::ForegroundRole:
        if (isBreak)
            return QBrush(QColor(0x3d, 0x5a, 0x1f));
        return {};
    case EntryIdRole:
        return n->isDay ? Id(0) : n->entry.id;
    case KindRole:
        return n->isDay ? QStringLiteral("day") : AgendaEntry::kindKey(n->entry.kind);
    case PreNotesRole:
        return n->isDay ? QString() : n->entry.preNotes;
    case RunningNotesRole:
        return n->isDay ? QString() : n->entry.runningNotes;
    case IsDayRole:
        return n->isDay;
    default:
        return {};
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
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *n = nodeOf(index);
    if (!n->isDay && n->entry.kind != AgendaEntry::Kind::Block)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace Quorum
