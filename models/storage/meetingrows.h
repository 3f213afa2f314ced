// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace Quorum {

/**
 * Every stored row that belongs to one meeting, read verbatim: its days, agenda, coordinators,
 * participants, action items and their assignees, attachments, dial-in numbers, topic
 * requests and decisions with who decided them, and the links from other meetings' rows to its agenda entries. Deleting a meeting
 * keeps them to write back on undo with the same ids; duplicating writes a copy with new ids.
 * Attachment contents (blobs) are shared and never removed, so they need no copy.
 */
class MeetingRows
{
public:
    /** Reads the rows of meetingId; throws StorageError when there is no such meeting. */
    static MeetingRows read(const QSqlDatabase &db, Id meetingId);

    Id meetingId() const { return m_meetingId; }
    QString title() const;
    /** How many rows of a table belong to the meeting ("action_item", "attachment", …). */
    int count(const QString &table) const;
    /** Agenda entries with running notes: what was written during the meeting. */
    int entriesWithNotes() const;

    /** Deletes the meeting; its rows go with it (the schema cascades). */
    void remove(const QSqlDatabase &db) const;
    /** Writes every row back with its id, and the other meetings' links to its entries. */
    void restore(const QSqlDatabase &db) const;

    /** What a duplicate leaves out: the record of what happened at the meeting. */
    struct CopyOptions
    {
        QString title;
        bool keepRecord
            = false; ///< true: actions, decisions, topic requests, running notes, attendance and the live run too
    };
    /**
     * Writes a copy with new ids and returns its id. The plan is copied: logistics, days, agenda
     * with its pre-meeting notes, coordinators, moderators, participants (attendance reset) and
     * attachments; with keepRecord, everything.
     */
    Id insertCopy(const QSqlDatabase &db, const CopyOptions &options) const;

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    /** A row of another meeting that pointed at one of this meeting's entries. */
    struct OutsideLink
    {
        QString table;
        QString column;
        Id rowId;
        Id entryId;
    };

    void readTable(const QSqlDatabase &db, const QString &name, const QString &where, const QVariantList &values);
    const Table *table(const QString &name) const;

    Id m_meetingId = 0;
    QList<Table> m_tables; ///< in the order they are written back: referenced rows first
    QList<OutsideLink> m_outside;
};

} // namespace Quorum
