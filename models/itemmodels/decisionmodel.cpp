// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmodel.h"

#include "commands/undomacro.h"
#include "meetingdocument.h"
#include "notes/dateparser.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace Quorum {

DecisionModel::DecisionModel(MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
{ }

void DecisionModel::show(const QList<DecisionRow> &rows)
{
    resetRows(rows);
}

void DecisionModel::update(const QList<DecisionRow> &rows)
{
    updateRows(rows, [](const DecisionRow &r) { return r.decision.id; });
}

int DecisionModel::rowOf(Id decisionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).decision.id == decisionId)
            return i;
    }
    return -1;
}

int DecisionModel::removeDecisions(const QList<Id> &decisionIds)
{
    if (m_rows.isEmpty())
        return 0;
    const Id meetingId = m_rows.constFirst().decision.meetingId;
    QList<Decision> after = m_document->decisionsOf(meetingId);
    QString name;
    const qsizetype before = after.size();
    after.removeIf([&](const Decision &d) {
        if (!decisionIds.contains(d.id))
            return false;
        name = d.text.left(40);
        return true;
    });
    const int count = int(before - after.size());
    if (!count)
        return 0;
    const QString text = count == 1 ? tr("Remove the decision “%1”").arg(name) : tr("Remove %1 decisions").arg(count);
    return m_document->editDecisions(meetingId, after, text) ? count : 0;
}

Qt::ItemFlags DecisionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != EntryColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DecisionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Decision &current = m_rows.at(index.row()).decision;
    QList<Decision> after = m_document->decisionsOf(current.meetingId);
    auto it = std::find_if(after.begin(), after.end(), [&](const Decision &d) { return d.id == current.id; });
    if (it == after.end())
        return false;
    Decision &d = *it;
    const QString text = value.toString().trimmed();
    const QString name = d.text.left(40);
    switch (index.column()) {
    case TextColumn:
        // A decision keeps its words: an empty text is refused (editDecisions says why).
        if (text == d.text)
            return false;
        d.text = text;
        return m_document->editDecisions(d.meetingId, after, tr("Edit the decision “%1”").arg(name));
    case DecidedByColumn: {
        PersonDirectory *directory = m_document->directory();
        const auto chosen = directory->chooseAssignees(PersonDirectory::splitNames(text));
        if (!chosen || (!hasNewPeople(*chosen) && directory->addAssignees(*chosen) == d.decidedBy))
            return false;
        const QString step = tr("Change who decided “%1”").arg(name);
        const UndoMacro macro(m_document->undoStack(), step);
        d.decidedBy = directory->addAssignees(*chosen);
        return m_document->editDecisions(d.meetingId, after, step);
    }
    case DateColumn: {
        const QDate date = text.isEmpty() ? QDate() : DateParser::parse(text, m_document->today());
        if ((!text.isEmpty() && !date.isValid()) || date == d.date)
            return false;
        d.date = date;
        return m_document->editDecisions(d.meetingId, after, tr("Change the date of “%1”").arg(name));
    }
    case ReferenceColumn:
        if (text == d.externalRef)
            return false;
        d.externalRef = text;
        return m_document->editDecisions(d.meetingId, after, tr("Change the ticket of “%1”").arg(name));
    }
    return false;
}

QStringList DecisionModel::headers() const
{
    return {tr("Decision"), tr("Decided by"), tr("Date"), tr("Agenda entry"), tr("Ticket")};
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionRow &r = m_rows.at(index.row());
    const Decision &d = r.decision;
    switch (role) {
    case Qt::EditRole:
        switch (index.column()) {
        case DecidedByColumn: return r.decidedBy;
        case DateColumn: return d.date.isValid() ? d.date.toString(Qt::ISODate) : QString();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn: return d.text;
        case DecidedByColumn: return r.decidedBy;
        case DateColumn: return d.date.isValid() ? QLocale().toString(d.date, QLocale::ShortFormat) : QString();
        case EntryColumn: return r.entryTitle;
        case ReferenceColumn: return d.externalRef;
        }
        return {};
    case Qt::ToolTipRole: return index.column() == TextColumn ? QVariant(d.text) : QVariant();
    case SortRole:
        return index.column() == DateColumn ? QVariant(d.date.isValid() ? d.date : QDate(1, 1, 1))
                                            : data(index, Qt::DisplayRole);
    case DecisionIdRole: return d.id;
    case MeetingIdRole: return d.meetingId;
    default: return {};
    }
}

} // namespace Quorum
