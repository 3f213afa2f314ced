// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meetingcontent.h"
#include "data/namelookup.h"
#include "notes/ticketlinker.h"
#include "report.h"

#include <QCoreApplication>

namespace Quorum {

class Database;

/**
 * A meeting's agenda or minutes as Confluence storage format: one XHTML fragment (no <html> or
 * <body>) for Confluence's REST API (body.storage) or its storage-format editors. The shapes it
 * writes are listed in docs/confluence.md ("Storage format Quorum writes"), which the importer
 * reads back. Every text is escaped and cleared of characters XML 1.0 forbids, so the fragment is
 * well-formed XML whatever the library holds; notes go through NotesHtml, so nothing in them is
 * active. Ticket keys become Jira macros when their pattern's address is a Jira one (…/browse/…),
 * links for other patterns, and stay text without a pattern.
 */
class ConfluenceWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConfluenceWriter)

public:
    ConfluenceWriter(MeetingContent content, NameLookup names, const QList<LinkPattern> &patterns);

    /** Reads the meeting and the library's names and link patterns. Throws StorageError. */
    static ConfluenceWriter read(const Database &db, Id meetingId);

    /** Whether a kind of document can be published: the agenda and the minutes. */
    static bool publishes(ReportOptions::Kind kind);
    /** Whether keys of this pattern are Jira issues (its address holds "/browse/"): a Jira macro then. */
    static bool isJira(const LinkPattern &pattern);

    /** The agenda: logistics, participants, the agenda tables (running notes empty), attachments, planning. */
    QString agenda() const;
    /**
     * The minutes: as the agenda, with the running notes and each action item as a task under the
     * entry it was recorded under (those of no entry in "Action items"), and the decisions.
     */
    QString minutes() const;
    /** agenda() or minutes(); an empty string for a kind publishes() refuses. */
    QString write(ReportOptions::Kind kind) const;

private:
    QString document(bool minutes) const;

    MeetingContent m_content;
    NameLookup m_names;
    TicketLinker m_linker;
};

} // namespace Quorum
