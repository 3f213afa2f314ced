// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "data/id.h"
#include "data/meetingsummary.h"
#include "data/person.h"
#include "wikisource.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Quorum {

class Database;
class MeetingRows;

/** Something on a page the import did not take, with the page text it came from. */
struct WikiNotice
{
    QString page; ///< the page's title
    QString message;
    QString source; ///< the page text, shortened
};

/** A row of a page's "Action Item Summary": another meeting's task, to match, never to create. */
struct SummaryTask
{
    QString description;
    QStringList assignees;
    QDate dueDate;
    bool done = false;
    QString meetingTitle; ///< "Task appears on"
};

/** One meeting page as the import read it. */
struct ConfluencePage
{
    QString source; ///< the file or ZIP entry
    QString pageId; ///< Confluence's page id, when the page says it
    QString title;
    QDate startDate; ///< invalid: the page has no date, and one must be given
    QJsonObject meeting; ///< the meeting in the JSON interchange format (docs/json-format.md)
    QList<SummaryTask> summaryTasks;
    QList<WikiNotice> notices;
    QStringList tickets; ///< the ticket keys the page names (DM-26798, RFC-723, …)
    Id replaces = 0; ///< the library's meeting of the same title and start date, which the import replaces
};

/** A person the pages name, and whether the library's directory already knows them. */
struct WikiPersonMatch
{
    QString name; ///< as the pages have it
    Id personId = 0; ///< the directory's person, or 0: a new person
};

/**
 * Reads a team's Confluence meeting pages (docs/confluence.md) into meetings of the JSON
 * interchange format, and writes them into a library in one transaction. Reading never writes:
 * the window previews what read() gives and the command line prints report().
 */
class ConfluenceImport
{
    Q_DECLARE_TR_FUNCTIONS(ConfluenceImport)

public:
    /** More agenda entries than this on one page and it is refused: not a meeting, a hostile table. */
    static constexpr int MaxEntriesPerPage = 1000;

    struct Options
    {
        QString series; ///< every page's series; empty: the title without its date
        QDate date; ///< the date of a page that gives none
        QList<Person> directory; ///< the library's people, to match names against (aliases too)
        QStringList groups; ///< the library's group names ("T/CAMs")
        QList<MeetingSummary> meetings; ///< the library's meetings, to say which a page replaces
    };

    struct Reading
    {
        WikiSource::Kind kind = WikiSource::Kind::StorageFormat;
        QList<ConfluencePage> pages;
        QJsonArray people; ///< JSON interchange people, keyed "person-N"
        QJsonArray groups;
        QJsonArray series;
        QStringList skipped; ///< ZIP entries left out, and why
        /** People the pages name, with their directory match. */
        QList<WikiPersonMatch> personMatches;

        /** True when every page has a date. */
        bool isComplete() const;
        /** The JSON interchange document of every page (format 4). */
        QJsonObject document() const;
        int noticeCount() const;
        /** The shown name of a person or group key of the document ("person-3", "group-1"). */
        QString nameOf(const QString &key) const;
        /** True when the person of key is already in the library's directory. */
        bool isInDirectory(const QString &personKey) const;
    };

    /** What a write did. */
    struct Outcome
    {
        QList<Id> meetingIds; ///< the meetings written, in page order
        QList<Id> replacedIds; ///< meetings of the same title and date that they replaced
        int peopleAdded = 0;
        int peopleMatched = 0;
        int tasksUpdated = 0; ///< other meetings' actions whose state the summary changed
        int tasksUnchanged = 0;
        QList<SummaryTask> tasksNotFound;
        /** Per meeting whose actions the summary changed: its actions before and after. */
        QList<QPair<QList<ActionItem>, QList<ActionItem>>> taskChanges;
    };

    /**
     * Reads data; false with *error when it holds no page at all. name is the file's name: the
     * title of a page that has none in it (storage format holds the body only).
     */
    static bool read(const QByteArray &data, const Options &options, Reading *reading, QString *error,
                     const QString &name = QString());
    /** Reads the file at path (at most WikiSource::MaxInputBytes). */
    static bool readFile(const QString &path, const Options &options, Reading *reading, QString *error);

    /** Options with the library's people, groups and meetings, read from db. */
    static Options optionsFor(const QSqlDatabase &db, Options options);

    /**
     * Writes the pages' meetings inside the caller's transaction: a meeting of the same title and
     * start date is replaced (its rows kept in *replaced, for undo), people are matched or added,
     * and the summary's tasks update the state of the actions they match. Throws StorageError
     * (with nothing written once the caller rolls back) on any problem, or when a page has no date.
     */
    static Outcome write(const QSqlDatabase &db, const Reading &reading, QList<MeetingRows> *replaced = nullptr);
    /** write() in a transaction of its own on db. */
    static Outcome write(Database &db, const Reading &reading);

    /** What was read (and, with an outcome, written), as the command line prints it. */
    static QString report(const Reading &reading, const Outcome *outcome = nullptr);
};

} // namespace Quorum
