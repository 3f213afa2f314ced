// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/decision.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>

namespace Quorum {

/** The decision and decision_maker tables: one meeting's decisions, and the library's register. */
class DecisionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    using Repository::Repository;

    /** A meeting's decisions in order. */
    QList<Decision> forMeeting(Id meetingId) const;
    /**
     * The register: every decision that filter accepts, with its meeting, oldest meeting first
     * (then in the meeting's order). The text condition is matched here, not in SQL, so that it
     * ignores case beyond ASCII.
     */
    QList<RegisterDecision> list(const DecisionFilter &filter = {}) const;
    /** Inserts with decision.id when it is set (restoring an undone removal), else a new id. */
    Id insert(const Decision &decision);
    /** Stores `to` over `from` (one meeting's decisions): removes, inserts and updates what differs. */
    void replace(const QList<Decision> &from, const QList<Decision> &to);

private:
    void setDecidedBy(Id decisionId, const QList<Assignee> &decidedBy);
    /** Reads the decisions of a query whose first columns are those of decision, and their makers. */
    QList<Decision> read(const QString &where, const QVariantList &binds, const QString &context) const;
};

} // namespace Quorum
