// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendastate.h"
#include "data/parkedtopic.h"

#include <QList>

#include <functional>

namespace Quorum {

/** Moving topics from a series' parking lot onto a meeting's agenda (a value operation: nothing is stored). */
namespace ParkingLot {

/**
 * The entry a parked topic becomes: a topic with its title, duration (the default when it had
 * none), coordinators and pre-meeting notes, carried from it (carriedFromEntryId, carriedFromDate).
 * Its running notes stay with the earlier meeting. id, dayId and parentId are left to the caller.
 */
AgendaEntry entryFor(const ParkedTopic &topic);

/**
 * Appends the topics, in order, at the end of the block blockId (or of the day, when blockId is
 * 0) of dayId in agenda, each with the id newId() gives (called once per topic, in order; it
 * must give ids agenda does not hold yet). Returns the new entries' ids; empty, with agenda
 * unchanged, when the day or the block is not in agenda or a topic was already carried into it.
 */
QList<Id> schedule(AgendaState *agenda, const QList<ParkedTopic> &topics, Id dayId, Id blockId,
                   const std::function<Id()> &newId);

} // namespace ParkingLot

} // namespace Quorum
