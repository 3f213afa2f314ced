// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/decision.h"
#include "rowtablemodel.h"

namespace Quorum {

class MeetingDocument;

/**
 * The decision register: every decision of the library that the filter accepts (series, words,
 * date range, person; see DecisionFilter and DecisionRepository::list), with its meeting, read
 * only. It reads again when the filter changes and when decisions, meetings or people change,
 * announcing only the rows that went, came or changed.
 */
class DecisionRegisterModel : public RowTableModel<RegisterDecision>
{
    Q_OBJECT

public:
    enum Column { DateColumn, MeetingColumn, TextColumn, DecidedByColumn, EntryColumn, ReferenceColumn };
    enum Role { DecisionIdRole = Qt::UserRole + 1, MeetingIdRole, SortRole };

    explicit DecisionRegisterModel(MeetingDocument *document, QObject *parent = nullptr);

    const DecisionFilter &filter() const { return m_filter; }
    /** Lists what filter accepts; false (and the error said by the file) when the library cannot be read. */
    bool setFilter(const DecisionFilter &filter);
    /** Reads the register again with the same filter. */
    bool refresh();
    int rowOf(Id decisionId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
    DecisionFilter m_filter;
};

} // namespace Quorum
