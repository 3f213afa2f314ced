// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetinghistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace Quorum {

/**
 * A meeting's kept changes (Revision), newest first, read-only: when, who, what and the summary.
 * The History view filters it to one entry's notes through NotesKeyRole.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, SummaryColumn, ColumnCount };
    enum Role {
        RevisionIdRole = Qt::UserRole + 1,
        /** "running_notes:12" for a notes revision (part and entry), empty otherwise. */
        NotesKeyRole,
        AtRole, ///< QDateTime (UTC)
    };

    explicit HistoryModel(QObject *parent = nullptr);

    /** Starts over with revisions (oldest first, as the repository reads them). */
    void show(const QList<Revision> &revisions);
    const Revision &revision(int row) const { return m_rows.at(row); }
    /** The row of a revision, or -1. */
    int rowOf(Id revisionId) const;
    /** "running_notes:12": what NotesKeyRole says for a notes revision. */
    static QString notesKey(const Revision &revision);
    /** What a part is called in the list ("Running notes of “Welcome”", "Agenda", "Action items"). */
    static QString describe(const Revision &revision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Revision> m_rows; ///< newest first
};

} // namespace Quorum
