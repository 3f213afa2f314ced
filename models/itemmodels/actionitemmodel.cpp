// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemmodel.h"

#include "commands/undomacro.h"
#include "meetingdocument.h"
#include "notes/dateparser.h"
#include "tones.h"

#include <QBrush>
#include <QUndoStack>

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace Quorum {

ActionItemModel::ActionItemModel(Scope scope, MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
    , m_scope(scope)
{ }

void ActionItemModel::show(const QList<ActionItemRow> &rows)
{
    resetRows(rows);
}

void ActionItemModel::update(const QList<ActionItemRow> &rows)
{
    updateRows(rows, [](const ActionItemRow &r) { return r.item.id; });
}

int ActionItemModel::rowOf(Id actionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).item.id == actionId)
            return i;
    }
    return -1;
}

int ActionItemModel::removeActionItems(const QList<Id> &actionIds)
{
    // The meetings in the order their first removed row shows, each with the ids to go.
    QList<Id> meetings;
    QHash<Id, QList<Id>> removed;
    QString name;
    for (const ActionItemRow &r : std::as_const(m_rows)) {
        if (!actionIds.contains(r.item.id))
            continue;
        if (!removed.contains(r.item.meetingId))
            meetings << r.item.meetingId;
        removed[r.item.meetingId] << r.item.id;
        name = r.item.description.left(40);
    }
    int count = 0;
    for (const QList<Id> &ids : std::as_const(removed))
        count += int(ids.size());
    if (!count)
        return 0;
    const QString text
        = count == 1 ? tr("Remove the action item “%1”").arg(name) : tr("Remove %1 action items").arg(count);
    const UndoMacro macro(m_document->undoStack(), text);
    for (Id meetingId : std::as_const(meetings)) {
        const QList<ActionItem> base = m_document->actionItemsOf(meetingId);
        QList<ActionItem> after = base;
        after.removeIf([&](const ActionItem &a) { return removed.value(meetingId).contains(a.id); });
        m_document->editActionItems(meetingId, base, after, text);
    }
    return count;
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != OriginColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ActionItem &current = m_rows.at(index.row()).item;
    const QList<ActionItem> base = m_document->actionItemsOf(current.meetingId);
    QList<ActionItem> after = base;
    auto it = std::find_if(after.begin(), after.end(), [&](const ActionItem &a) { return a.id == current.id; });
    if (it == after.end())
        return false;
    ActionItem &a = *it;
    const QString text = value.toString().trimmed();
    const QString name = a.description.left(40);
    if (index.column() == DoneColumn && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        if (done == a.done)
            return false;
        a.done = done;
        a.doneDate = done ? m_document->today() : QDate();
        m_document->editActionItems(a.meetingId, base, after,
                                    done ? tr("Tick “%1”").arg(name) : tr("Untick “%1”").arg(name));
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case DescriptionColumn:
        if (text.isEmpty() || text == a.description)
            return false;
        a.description = text;
        m_document->editActionItems(a.meetingId, base, after, tr("Edit the action item “%1”").arg(name));
        return true;
    case AssigneesColumn: {
        const auto chosen = m_document->directory()->chooseAssignees(PersonDirectory::splitNames(text));
        if (!chosen || (!hasNewPeople(*chosen) && m_document->directory()->addAssignees(*chosen) == a.assignees))
            return false;
        const UndoMacro macro(m_document->undoStack(), tr("Assign “%1”").arg(name));
        a.assignees = m_document->directory()->addAssignees(*chosen);
        m_document->editActionItems(a.meetingId, base, after, tr("Assign “%1”").arg(name));
        return true;
    }
    case DueColumn: {
        const QDate due = text.isEmpty() ? QDate() : DateParser::parse(text, m_document->today());
        if ((!text.isEmpty() && !due.isValid()) || due == a.dueDate)
            return false;
        a.dueDate = due;
        m_document->editActionItems(a.meetingId, base, after, tr("Change the due date of “%1”").arg(name));
        return true;
    }
    case ReferenceColumn:
        if (text == a.externalRef)
            return false;
        a.externalRef = text;
        m_document->editActionItems(a.meetingId, base, after, tr("Change the reference of “%1”").arg(name));
        return true;
    }
    return false;
}

QStringList ActionItemModel::headers() const
{
    return {tr("Done"), tr("Description"), tr("Assignees"),
            tr("Due"),  tr("Reference"),   m_scope == Scope::Meeting ? tr("Agenda entry") : tr("Appears on")};
}

void ActionItemModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole, Qt::AccessibleTextRole, OverdueRole});
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItemRow &r = m_rows.at(index.row());
    const ActionItem &a = r.item;
    const bool overdue = a.isOverdue(m_today);
    switch (role) {
    case Qt::EditRole:
        switch (index.column()) {
        case AssigneesColumn: return r.assignees;
        case DueColumn: return a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DoneColumn:
            return a.done && a.doneDate.isValid() ? QLocale().toString(a.doneDate, QLocale::ShortFormat) : QString();
        case DescriptionColumn: return a.description;
        case AssigneesColumn: return r.assignees.isEmpty() ? tr("(unassigned)") : r.assignees;
        case DueColumn: return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
        case OriginColumn: return r.origin;
        case ReferenceColumn: return a.externalRef;
        }
        return {};
    case Qt::CheckStateRole:
        return index.column() == DoneColumn ? QVariant(a.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && overdue)
            return tr("Overdue since %1").arg(QLocale().toString(a.dueDate, QLocale::LongFormat));
        if (index.column() == DescriptionColumn)
            return a.description;
        if (index.column() == OriginColumn && !r.meetingTitle.isEmpty())
            return tr("%1\n%2").arg(r.meetingTitle, QLocale().toString(r.meetingDate, QLocale::LongFormat));
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return QBrush(Tones::foreground(Tones::Tone::Overdue));
        if (a.done)
            return QBrush(Tones::foreground(Tones::Tone::Muted));
        return {};
    case Qt::AccessibleTextRole:
        // What the colour and the view's sign say, for a screen reader.
        if (overdue && index.column() == DueColumn)
            return tr("%1, overdue").arg(data(index, Qt::DisplayRole).toString());
        return {};
    case SortRole:
        switch (index.column()) {
        case DoneColumn: return a.done;
        case DueColumn: return a.dueDate.isValid() ? a.dueDate : QDate(9999, 12, 31);
        // Meetings in the order they took place, not by title.
        case OriginColumn: return m_scope == Scope::Library ? QVariant(r.meetingDate) : data(index, Qt::DisplayRole);
        default: return data(index, Qt::DisplayRole);
        }
    case ActionIdRole: return a.id;
    case MeetingIdRole: return a.meetingId;
    case OpenRole: return !a.done;
    case OverdueRole: return overdue;
    default: return {};
    }
}

} // namespace Quorum
