// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>
#include <QVariant>

namespace Quorum::Testing {

class PgCluster;

/**
 * Runs a test on both back ends: a `.quorum` file and a PostgreSQL server library.
 *
 * A test class adds the two global rows in initTestCase_data() (Backend::addRows()) and calls
 * QUORUM_USE_BACKEND() first in init(): every test function then runs once per row, and
 * openSampleDocument() / SampleDocuments::open() open the sample on that back end. For "server"
 * the sample is copied once per test process into a template database on one throw-away cluster
 * (PgCluster), and each document gets a fresh database made from it (CREATE DATABASE … TEMPLATE).
 * The cluster starts at the first "server" row and stops when the application object goes.
 * Where no cluster can be started (no PostgreSQL binaries or QPSQL driver), the "server" rows are
 * skipped, saying why.
 *
 * Without the global rows (or before use()), the back end is the file.
 */
namespace Backend {

inline const char *file()
{
    return "file";
}
inline const char *server()
{
    return "server";
}

/**
 * Adds the column "backend" and the global rows "file" and "server" (only the one the environment
 * variable QUORUM_TEST_BACKEND names, when set); call in initTestCase_data().
 */
void addRows();
/**
 * Makes name ("file" or "server") the back end of the running test function. False (the reason in
 * *why) when it cannot be: an unknown name, or no cluster could be started here.
 */
bool use(const QString &name, QString *why);
/** The back end in use: "file" or "server". */
QString current();
bool isServer();
/** The cluster of this test process, started on first call; null (reason in *why) when it cannot be. */
PgCluster *cluster(QString *why = nullptr);
/**
 * The address of a fresh server library holding the sample (a new database each call), its
 * reference meeting's id in *referenceMeeting; empty with the reason in *why on failure.
 */
QString freshServerLibrary(qint64 *referenceMeeting, QString *why);
/**
 * Runs statements, in order, on the server library at uri (an address freshServerLibrary() gave) as
 * the superuser, behind Quorum's back. False (with a warning) when one of them fails.
 */
bool runOnServer(const QString &uri, const QStringList &statements);
/** The first value sql gives on the server library at uri; as queryValue() (a failure fails the test). */
QVariant valueOnServer(const QString &uri, const QString &sql);
/** The address of a fresh, empty server library (set up by Database::initServer); as freshServerLibrary(). */
QString emptyServerLibrary(QString *why);

} // namespace Backend
} // namespace Quorum::Testing

/** In init(): takes the global row's back end, skipping the test when it cannot run here. */
#define QUORUM_USE_BACKEND() \
    do { \
        QFETCH_GLOBAL(QString, backend); \
        QString quorumBackendWhy; \
        if (!::Quorum::Testing::Backend::use(backend, &quorumBackendWhy)) \
            QSKIP(qPrintable(quorumBackendWhy)); \
    } while (false)

/** In a test function about SQLite files by nature: skips its "server" row, saying why. */
#define QUORUM_FILE_ONLY(reason) \
    do { \
        if (::Quorum::Testing::Backend::isServer()) \
            QSKIP("file only: " reason); \
    } while (false)
