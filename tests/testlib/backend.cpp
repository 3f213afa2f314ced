// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include "fixtures.h"
#include "pgcluster.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace Quorum::Testing::Backend {

namespace {

const QString templateDatabase = QStringLiteral("quorum_sample_template");
const QString emptyTemplateDatabase = QStringLiteral("quorum_empty_template");

struct ServerState
{
    std::unique_ptr<PgCluster> cluster;
    std::unique_ptr<QTemporaryDir> dir;
    qint64 referenceMeeting = 0;
    QString failure; ///< why the cluster cannot be used, once known
    bool tried = false;
    int databases = 0;
    QStringList inUse; ///< the databases made for the running test function
};

ServerState &state()
{
    static ServerState s;
    return s;
}

QString &currentName()
{
    static QString name = QString::fromLatin1(file());
    return name;
}

// Stops the cluster while Qt (and its SQL connections) are still there.
void stopCluster()
{
    ServerState &s = state();
    if (s.cluster && s.cluster->isRunning() && !s.cluster->stop())
        qWarning("Backend: %s", qPrintable(s.cluster->errorString()));
    s.cluster.reset();
}

/**
 * Drops the databases the test functions before this one made: their documents are closed by now
 * (one still open keeps its database, which goes with the cluster). Keeps the cluster small, so
 * that it also stops quickly.
 */
void dropDatabasesOfEarlierTests();

} // namespace

void addRows()
{
    QTest::addColumn<QString>("backend");
    // QUORUM_TEST_BACKEND=file (or server) runs one back end only.
    const QByteArray only = qgetenv("QUORUM_TEST_BACKEND");
    for (const char *name : {file(), server()}) {
        if (only.isEmpty() || only == name)
            QTest::newRow(name) << QString::fromLatin1(name);
    }
}

bool use(const QString &name, QString *why)
{
    if (name == QLatin1String(file())) {
        currentName() = name;
        return true;
    }
    if (name != QLatin1String(server())) {
        *why = QStringLiteral("unknown back end \"%1\"").arg(name);
        return false;
    }
    currentName() = QString::fromLatin1(file()); // until the server is known to be there
    if (!cluster(why))
        return false;
    dropDatabasesOfEarlierTests();
    currentName() = name;
    return true;
}

QString current()
{
    return currentName();
}

bool isServer()
{
    return currentName() == QLatin1String(server());
}

PgCluster *cluster(QString *why)
{
    ServerState &s = state();
    if (!s.tried) {
        s.tried = true;
        QString reason;
        if (!PgCluster::isAvailable(&reason)) {
            s.failure = QStringLiteral("no PostgreSQL cluster can be started here: %1").arg(reason);
        } else {
            s.cluster = std::make_unique<PgCluster>();
            qAddPostRoutine(stopCluster);
            s.dir = std::make_unique<QTemporaryDir>();
            if (!s.cluster->start()) {
                s.failure = QStringLiteral("the test cluster did not start: %1").arg(s.cluster->errorString());
            } else {
                const QString sample = writeSample(*s.dir, QStringLiteral("template.quorum"), &s.referenceMeeting);
                QString error;
                if (s.cluster->copyLibrary(templateDatabase, sample).isEmpty())
                    s.failure
                        = QStringLiteral("the sample did not copy to the server: %1").arg(s.cluster->errorString());
                else if (!s.cluster->createDatabase(emptyTemplateDatabase))
                    s.failure = s.cluster->errorString();
                else if (!Database::initServer(s.cluster->uri(emptyTemplateDatabase), &error))
                    s.failure = QStringLiteral("an empty server library could not be set up: %1").arg(error);
            }
        }
    }
    if (!s.failure.isEmpty()) {
        if (why)
            *why = s.failure;
        return nullptr;
    }
    return s.cluster.get();
}

namespace {

QString copyOf(const QString &templateDb, QString *why)
{
    PgCluster *c = cluster(why);
    if (!c)
        return {};
    const QString name = QStringLiteral("quorum_test_%1").arg(++state().databases);
    if (!c->createDatabase(name, templateDb)) {
        *why = c->errorString();
        return {};
    }
    state().inUse << name;
    return c->uri(name);
}

} // namespace

QString emptyServerLibrary(QString *why)
{
    return copyOf(emptyTemplateDatabase, why);
}

QString freshServerLibrary(qint64 *referenceMeeting, QString *why)
{
    const QString uri = copyOf(templateDatabase, why);
    if (!uri.isEmpty() && referenceMeeting)
        *referenceMeeting = state().referenceMeeting;
    return uri;
}

namespace {

/**
 * Runs use on a connection of its own to the server library at uri, as the superuser, and removes
 * the connection again. False, the reason in *why, when there is no cluster or no connection.
 */
bool withConnection(const QString &uri, const std::function<void(const QSqlDatabase &)> &use, QString *why)
{
    PgCluster *c = cluster(why);
    if (!c)
        return false;
    static int connections = 0;
    const QString name = QStringLiteral("quorum-backend-%1").arg(++connections);
    bool open = false;
    {
        QSqlDatabase db = c->connect(name, QUrl(uri).path().mid(1));
        open = db.isOpen();
        if (open)
            use(db);
        else
            *why = c->errorString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return open;
}

} // namespace

namespace {

void dropDatabasesOfEarlierTests()
{
    ServerState &s = state();
    if (s.inUse.isEmpty() || !s.cluster)
        return;
    const QString name = QStringLiteral("quorum-backend-drop");
    {
        QSqlDatabase db = s.cluster->connect(name, QStringLiteral("postgres"));
        QSqlQuery q(db);
        for (const QString &database : std::as_const(s.inUse))
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(database)); // fails while still open
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    s.inUse.clear();
}

} // namespace

bool runOnServer(const QString &uri, const QStringList &statements)
{
    bool ok = true;
    QString why;
    const bool connected = withConnection(
        uri,
        [&](const QSqlDatabase &db) {
            QSqlQuery q(db);
            for (int i = 0; ok && i < statements.size(); ++i) {
                ok = q.exec(statements.at(i));
                if (!ok)
                    why = QStringLiteral("%1: %2").arg(statements.at(i), q.lastError().text());
            }
        },
        &why);
    if (!connected || !ok)
        qWarning("runOnServer: %s", qPrintable(why));
    return connected && ok;
}

QVariant valueOnServer(const QString &uri, const QString &sql)
{
    QVariant value;
    QString why;
    if (!withConnection(
            uri, [&](const QSqlDatabase &db) { value = queryValue(db, sql); }, &why))
        QTest::qFail(qPrintable(QStringLiteral("valueOnServer: %1").arg(why)), __FILE__, __LINE__);
    return value;
}

} // namespace Quorum::Testing::Backend
