// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/agendaentry.h"
#include "data/meeting.h"
#include "data/meetingcontent.h"
#include "data/participant.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Quorum {

/**
 * The shape of a meeting without its dates or its record: logistics, the days with their planned
 * times, the agenda entries chosen (with their blocks), and the participants. Built from a
 * stored meeting with the parts a person chose (of()), and made into a new meeting at given
 * dates (instance()). New Meeting in Series carries the series' last meeting over this way.
 */
struct MeetingShape
{
    /** Which parts of a meeting the shape takes. */
    struct Parts
    {
        /** Time zone, location, join link, meeting ID, dial-in numbers, SIP address, passcode hint. */
        bool logistics = true;
        /** Everyone with their role; attendance starts again at "invited", no attendance per day. */
        bool participants = true;
        /** The entries marked recurring, each with the block it sits in. */
        bool recurringEntries = true;
        /** Breaks and closing lines too (with their blocks). */
        bool breaks = false;
        /** Each entry's planned duration (else none is set). */
        bool durations = true;
        /** Blocks' moderators and topics' coordinators (else none). */
        bool moderators = true;

        bool operator==(const Parts &o) const
        {
            return logistics == o.logistics && participants == o.participants && recurringEntries == o.recurringEntries
                   && breaks == o.breaks && durations == o.durations && moderators == o.moderators;
        }
    };

    struct Entry
    {
        AgendaEntry::Kind kind = AgendaEntry::Kind::Topic;
        QString title;
        int durationMinutes = -1;
        QTime startTime; ///< only a pinned entry keeps its start
        bool pinned = false;
        bool recurring = false;
        Id moderatorId = 0; ///< blocks
        QList<Id> coordinatorIds;
        QList<Entry> entries; ///< a block's entries

        bool operator==(const Entry &o) const
        {
            return kind == o.kind && title == o.title && durationMinutes == o.durationMinutes
                   && startTime == o.startTime && pinned == o.pinned && recurring == o.recurring
                   && moderatorId == o.moderatorId && coordinatorIds == o.coordinatorIds && entries == o.entries;
        }
    };

    struct Day
    {
        QTime plannedStart;
        QTime plannedEnd;
        QList<Entry> items; ///< top-level entries and blocks, in order

        bool operator==(const Day &o) const
        {
            return plannedStart == o.plannedStart && plannedEnd == o.plannedEnd && items == o.items;
        }
    };

    /** The logistics fields of a Meeting (no id, series, title, dates or description). */
    Meeting logistics;
    QList<Day> days; ///< at least one
    QList<Participant> participants; ///< meetingId 0, attendance "invited", no days

    bool operator==(const MeetingShape &o) const;

    /** The shape of a stored meeting, with the chosen parts. */
    static MeetingShape of(const MeetingContent &content, const Parts &parts);

    /** Topics, breaks and closing lines (not blocks), on every day. */
    int entryCount() const;
    /** Their titles, in order. */
    QStringList entryTitles() const;
    /** Blocks with a moderator and entries with coordinators. */
    int ledCount() const;

    /** A new meeting of this shape, starting on start: its days follow one another. */
    struct Instance
    {
        Meeting meeting; ///< no id; title and series as given
        QList<MeetingDay> days; ///< no ids
        /** Per day, its entries; a block's entries follow it, with parentId the block's index in the day's list + 1. */
        QList<QList<AgendaEntry>> entries;
        QList<Participant> participants; ///< with the moderators and coordinators who were not listed

        /**
         * Appends topics (e.g. from the series' parking lot: ParkingLot::entryFor) at the end of
         * the first day, their coordinators joining the participants; ids and days are ignored.
         */
        void addTopics(const QList<AgendaEntry> &topics);
    };
    Instance instance(const QString &title, Id seriesId, const QDate &start) const;

    /**
     * The title a series' next meeting is offered: the last one's with its date moved on
     * ("DMLT Meeting - 2026-12-07" → "… - 2026-12-14"), else "SERIES - yyyy-MM-dd".
     */
    static QString nextTitle(const QString &lastTitle, const QDate &lastDate, const QString &seriesName,
                             const QDate &date);

    /** What a template keeps: the days, blocks, recurring entries with durations, breaks and logistics; no people. */
    static Parts templateParts();
    /**
     * The shape as JSON, with the keys of the interchange format (docs/json-format.md,
     * "template"): logistics, and days with their entries; people are not written.
     */
    QJsonObject toJson() const;
    /** Reads toJson(); nullopt with *error naming the place when something in it is wrong. */
    static std::optional<MeetingShape> fromJson(const QJsonObject &json, QString *error);
};

/** A named shape kept in the library (table meeting_template). */
struct MeetingTemplate
{
    Id id = 0;
    QString name;
    MeetingShape shape;

    bool operator==(const MeetingTemplate &o) const { return id == o.id && name == o.name && shape == o.shape; }
};

} // namespace Quorum
