// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/decision.h"
#include "rowtablemodel.h"

namespace Quorum {

class MeetingDocument;

/** A decision with what the table shows beside it. */
struct DecisionRow
{
    Decision decision;
    QString decidedBy; ///< shown names, comma-separated
    QString entryTitle; ///< the agenda entry's title, or empty

    bool operator==(const DecisionRow &o) const
    {
        return decision == o.decision && decidedBy == o.decidedBy && entryTitle == o.entryTitle;
    }
};

/**
 * The decisions of the shown meeting. Edits (text, decided by, date as typed, ticket key, removal)
 * go through MeetingDocument::editDecisions, one undo step each.
 */
class DecisionModel : public RowTableModel<DecisionRow>
{
    Q_OBJECT

public:
    enum Column { TextColumn, DecidedByColumn, DateColumn, EntryColumn, ReferenceColumn };
    enum Role { DecisionIdRole = Qt::UserRole + 1, MeetingIdRole, SortRole };

    explicit DecisionModel(MeetingDocument *document);

    /** Other rows altogether (another meeting): views start over. */
    void show(const QList<DecisionRow> &rows);
    /** The same rows as they are now: only the rows that went, came, moved or changed are announced. */
    void update(const QList<DecisionRow> &rows);
    int rowOf(Id decisionId) const;
    /** Removes the decisions with these ids: one undo step. Returns how many were removed. */
    int removeDecisions(const QList<Id> &decisionIds);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
