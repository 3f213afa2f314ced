// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/agendaentry.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QAbstractItemModelTester;
class QSqlDatabase;
class QSqlQuery;
class QTemporaryDir;

namespace Quorum {
class Database;
class MeetingDocument;
} // namespace Quorum

namespace Quorum::Testing {

/** sha256 (hex) of a file's bytes, or an empty string when it cannot be read. */
QString fileSha256(const QString &path);
/** Writes the sample library into dir and returns its path; fails the test on error. */
QString writeSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.quorum"),
                    qint64 *referenceMeeting = nullptr);
/**
 * Writes the sample into dir as name and opens it as a document showing the reference meeting,
 * whose id goes to *referenceMeeting. Null (with a warning) on failure. On the "server" back end
 * (Backend) the document is a fresh database holding the sample instead, dir and name unused.
 */
std::unique_ptr<MeetingDocument> openSampleDocument(const QTemporaryDir &dir, const QString &name,
                                                    qint64 *referenceMeeting);
/**
 * A new, empty library as a document: the file at path, or on the "server" back end (Backend) a
 * fresh database, path unused. Null with *error on failure.
 */
std::unique_ptr<MeetingDocument> createDocument(const QString &path, QString *error);
/** A new, empty library: the file at path, or on the "server" back end a fresh database; as createDocument(). */
std::unique_ptr<Database> createLibrary(const QString &path, QString *error);
/**
 * The sample library on the back end in use (Backend): written into dir as name, or on the server a
 * fresh database holding it. Its path or address; empty (with a warning) on failure.
 */
QString sampleLibrary(const QTemporaryDir &dir, const QString &name, qint64 *referenceMeeting = nullptr);
/** The first value sql gives on the library at location, a file (valueInFile()) or a server address. */
QVariant valueIn(const QString &location, const QString &sql);
/** Runs statements on the library at location, a file (runInFile()) or a server address, behind Quorum's back. */
bool runIn(const QString &location, const QStringList &statements);
/**
 * Fresh copies of the sample, each in its own file of one temporary folder, or on the "server"
 * back end (Backend) each in a fresh database.
 */
class SampleDocuments
{
public:
    SampleDocuments();
    ~SampleDocuments();
    /** A new document showing the reference meeting, whose id goes to *referenceMeeting. */
    std::unique_ptr<MeetingDocument> open(qint64 *referenceMeeting);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_count = 0;
};

/**
 * Copies every row of the library at sourcePath into olderDb, a library made with fewer migrations:
 * for each table olderDb has (search index aside), the columns it knows. Its triggers run, as
 * when that older version wrote the rows. False (with a warning) when a statement fails.
 */
bool copyRowsIntoOlderLibrary(const QSqlDatabase &olderDb, const QString &sourcePath);
/** Names of the files in dir, sorted. */
QStringList filesIn(const QString &dir);
/** Writes bytes to path, replacing it. */
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
/**
 * The first value sql gives on db, with values bound in order. When the statement fails or gives
 * no row, the running test fails (saying why) and the value is an invalid QVariant.
 */
QVariant queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
/**
 * SQL that joins expression over the rows with separator (a plain text, quoted here) on db's back end:
 * group_concat in a file, string_agg on a server.
 */
QString groupConcat(const QSqlDatabase &db, const QString &expression, const QString &separator = QStringLiteral(","));
/** The query's current row as text: its values joined by "|", NULL for a null. */
QString rowText(const QSqlQuery &q);
/**
 * Every stored row of every table and of the search index (all its columns), as text, sorted:
 * two libraries that hold the same give the same list. Without withHistory, the revision history
 * and the finalization events are left out: they only grow, an undo being recorded too (issue 19).
 */
QStringList libraryRows(const QSqlDatabase &db, bool withHistory = false);
/** The first value sql gives on a read-only connection to the database file at path; as queryValue(). */
QVariant valueInFile(const QString &path, const QString &sql);
/**
 * Runs statements on the database file at path (creating it when it does not exist) through a
 * plain connection of its own, behind Quorum's back (foreign keys off), as another program or a
 * bug could. False when one of them fails.
 */
bool runInFile(const QString &path, const QStringList &statements);
/**
 * Scribbles over the root page of a table in the library at path: SQLite's quick_check finds it,
 * while queries that do not read that table still work. False when it could not.
 */
bool damageTable(const QString &path, const QString &table);

/** Every change signal of one model, recorded from the moment it is made. */
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : model(model)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    { }

    int structural() const
    {
        return int(reset.size() + layout.size() + inserted.size() + removed.size() + moved.size());
    }
    bool isQuiet() const { return structural() == 0 && changed.isEmpty(); }

    /** The rows dataChanged named, each as the value of role in its first column. */
    QList<QVariant> changedRows(int role) const
    {
        QList<QVariant> rows;
        for (const QList<QVariant> &args : changed) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
                rows << model->index(r, 0, topLeft.parent()).data(role);
        }
        return rows;
    }

    void clear()
    {
        for (QSignalSpy *spy : {&reset, &layout, &inserted, &removed, &moved, &changed})
            spy->clear();
    }

    QAbstractItemModel *model;
    QSignalSpy reset, layout, inserted, removed, moved, changed;
};

/** The first of entries titled title, or an entry with id 0 when there is none. */
AgendaEntry entryTitled(const QList<AgendaEntry> &entries, const QString &title);
/** The first row of model whose column shows text (Qt::DisplayRole), or -1. */
int rowWithText(const QAbstractItemModel *model, const QString &text, int column = 0);
/**
 * Checks model with QAbstractItemModelTester in QtTest reporting mode: a broken rule of
 * QAbstractItemModel fails the running test, for as long as the tester lives.
 */
std::unique_ptr<QAbstractItemModelTester> watchModel(QAbstractItemModel *model);

/**
 * Runs a poppler-utils tool (pdftotext, pdfinfo, pdffonts) on a PDF and returns what it printed;
 * fails the test when the tool is missing (scripts/quorum-dev installs it). For pdftotext the
 * text goes to standard output.
 */
QString poppler(const QString &tool, const QStringList &args, const QByteArray &pdf);

/** What a program said: its exit code (-1: it did not finish in time, -2: it crashed), output and errors. */
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/** Runs program as a script would: no display, no platform chosen, no runtime folder; waits up to timeoutMs. */
ProgramRun runHeadless(const QString &program, const QStringList &args, int timeoutMs = 120000);

} // namespace Quorum::Testing
