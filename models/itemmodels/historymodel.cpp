// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include <QLocale>

#include <algorithm>

namespace Quorum {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryModel::show(const QList<Revision> &revisions)
{
    beginResetModel();
    m_rows = revisions;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

int HistoryModel::rowOf(Id revisionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == revisionId)
            return i;
    }
    return -1;
}

QString HistoryModel::notesKey(const Revision &revision)
{
    return revision.isNotes() ? QStringLiteral("%1:%2").arg(revision.part).arg(revision.entryId) : QString();
}

QString HistoryModel::describe(const Revision &r)
{
    if (r.part == Revision::runningNotesPart())
        return tr("Running notes of “%1”").arg(r.entryTitle);
    if (r.part == Revision::preNotesPart())
        return tr("Pre-meeting notes of “%1”").arg(r.entryTitle);
    if (r.part == Revision::agendaPart())
        return tr("Agenda");
    if (r.part == Revision::actionsPart())
        return tr("Action items");
    if (r.part == Revision::decisionsPart())
        return tr("Decisions");
    return r.part;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Revision &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn: return r.author.isEmpty() ? tr("(this library)") : r.author;
        case WhatColumn: return describe(r);
        case SummaryColumn: return r.summary;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == WhoColumn && r.author.isEmpty())
            return tr("A library on one computer does not record who made a change.");
        return index.column() == WhenColumn ? QLocale().toString(r.at.toLocalTime(), QLocale::LongFormat)
                                            : data(index, Qt::DisplayRole);
    case RevisionIdRole: return r.id;
    case NotesKeyRole: return notesKey(r);
    case AtRole: return r.at;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    case SummaryColumn: return tr("Change");
    default: return {};
    }
}

} // namespace Quorum
