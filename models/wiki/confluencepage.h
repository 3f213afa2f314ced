// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "confluenceimport.h"
#include "wikidom.h"
#include "wikipeople.h"

namespace Quorum {

/**
 * Recognises one meeting page (docs/confluence.md): its title and dates, logistics,
 * participants, agenda tables with their Day and Moderator rows, tasks in every form the team's
 * pages have, attached documents, the pre-meeting planning table and the Action Item Summary.
 * What it does not recognise becomes a WikiNotice with the page text.
 */
class ConfluencePageReader
{
    Q_DECLARE_TR_FUNCTIONS(ConfluencePageReader)

public:
    ConfluencePageReader(WikiPeople *people, const ConfluenceImport::Options &options);
    ConfluencePage read(const WikiNode &root, const QString &source);

    /** "DMLT Meeting - 2024-04-22" → 2024-04-22 and its end date; the title without them in *rest. */
    static bool datesInTitle(const QString &title, QDate *start, QDate *end, QString *rest);

private:
    WikiPeople *m_people;
    ConfluenceImport::Options m_options;
    int m_entryKeys = 0; ///< entry keys go on across pages: one JSON document holds every page's meeting
};

} // namespace Quorum
