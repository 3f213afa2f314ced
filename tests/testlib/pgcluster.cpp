// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcluster.h"

#include "storage/librarycopy.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Quorum::Testing {

namespace {

const QString DirPrefix = QStringLiteral("quorum-pgcluster-");
const QString OwnerFile = QStringLiteral("owner.pid");
// initdb takes a few seconds; a loaded CI machine may take several times that.
constexpr int InitdbTimeoutMs = 90'000;
// pg_ctl gets its own -t below this, so that it reports before we give up on it.
constexpr int PgCtlTimeoutSeconds = 30;
constexpr int PgCtlTimeoutMs = (PgCtlTimeoutSeconds + 10) * 1000;

bool runningAsRoot()
{
    return geteuid() == 0;
}

/** The account that runs the server when the tests run as root. */
bool unprivilegedAccount(uid_t *uid, gid_t *gid, QString *why)
{
    const passwd *user = getpwnam("nobody");
    if (!user) {
        if (why)
            *why = QStringLiteral("running as root, and there is no account \"nobody\" to run PostgreSQL as");
        return false;
    }
    *uid = user->pw_uid;
    const group *nogroup = getgrnam("nogroup");
    *gid = nogroup ? nogroup->gr_gid : user->pw_gid;
    return true;
}

QString setprivPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("setpriv"),
                                          {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

bool hasServerBinaries(const QString &dir)
{
    return !dir.isEmpty() && isExecutable(dir + QStringLiteral("/initdb"))
           && isExecutable(dir + QStringLiteral("/pg_ctl"));
}

bool waitUntilGone(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        // Our child when we are its subreaper (see start()): reap it. Anyone else's: ECHILD, harmless.
        ::waitpid(static_cast<pid_t>(pid), nullptr, WNOHANG);
        if (PgCluster::processGone(pid))
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

/** The postmaster's pid: the first line of DATA/postmaster.pid, 0 when there is none. */
qint64 postmasterPid(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

/**
 * Runs a PostgreSQL program (as nobody through setpriv when we are root) in workDir, its output
 * (stdout and stderr) in *output. False when it could not start, failed, or outlived timeoutMs
 * (then it is killed).
 */
bool runTool(const QString &program, const QStringList &arguments, const QString &workDir, int timeoutMs,
             QString *output)
{
    QString executable = program;
    QStringList args = arguments;
    if (runningAsRoot()) {
        uid_t uid = 0;
        gid_t gid = 0;
        QString why;
        if (!unprivilegedAccount(&uid, &gid, &why)) {
            *output = why;
            return false;
        }
        executable = setprivPath();
        args = QStringList{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(gid),
                           QStringLiteral("--clear-groups"), program}
               + arguments;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGDATA", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    const QString name = QFileInfo(program).fileName();
    process.start(executable, args);
    if (!process.waitForStarted(10'000)) {
        *output = QStringLiteral("%1 could not be started (%2): %3").arg(name, executable, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        *output = QStringLiteral("%1 did not finish within %2 s and was killed; its output:\n%3")
                      .arg(name)
                      .arg(timeoutMs / 1000)
                      .arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *output
            = QStringLiteral("%1 failed (exit code %2); its output:\n%3").arg(name).arg(process.exitCode()).arg(text);
        return false;
    }
    *output = text;
    return true;
}

/** Each directory from dir up to / must let another account pass (x for others). */
QString untraversableAncestor(const QString &dir)
{
    QDir current(QFileInfo(dir).absolutePath());
    for (;;) {
        struct stat info;
        const QByteArray path = QFile::encodeName(current.absolutePath());
        if (::stat(path.constData(), &info) != 0 || !(info.st_mode & S_IXOTH))
            return current.absolutePath();
        if (current.isRoot())
            return QString();
        current.cdUp();
    }
}

/** Removes dir, again while a server's last children may still be writing into it. */
void removeDirectory(const QString &dir)
{
    QDeadlineTimer deadline(5'000);
    while (!QDir(dir).removeRecursively() && QFileInfo::exists(dir) && !deadline.hasExpired())
        QThread::msleep(50);
}

/** Stops the server whose data directory is dir/data, if one still runs. */
void stopOrphanServer(const QString &binDir, const QString &dir)
{
    const QString dataDir = dir + QStringLiteral("/data");
    const qint64 server = postmasterPid(dataDir);
    if (server <= 0 || PgCluster::processGone(server))
        return;
    QString output;
    if (!runTool(binDir + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                  QStringLiteral("-t"), QString::number(PgCtlTimeoutSeconds), QStringLiteral("stop")},
                 dir, PgCtlTimeoutMs, &output)) {
        ::kill(static_cast<pid_t>(server), SIGKILL);
    }
    waitUntilGone(server, 5'000);
}

/**
 * Stops and removes the clusters left by test processes that died before their destructor ran
 * (a crash, a timeout's kill): the pid in owner.pid no longer exists. Test processes start side
 * by side, so each orphan is first claimed by renaming it to ClaimPrefix + our pid: only one
 * process's rename succeeds, and no two stop the same server or remove the same directory. A
 * claim whose claimant died is claimed again.
 */
void removeOrphans(const QString &binDir)
{
    QDir temp(QDir::tempPath());
    const QString claimPrefix = QStringLiteral("quorum-pgorphan-");
    const QString ours = claimPrefix + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-');
    const QStringList candidates = temp.entryList({DirPrefix + QStringLiteral("*"), claimPrefix + QStringLiteral("*")},
                                                  QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : candidates) {
        QString suffix;
        if (name.startsWith(DirPrefix)) {
            QFile owner(temp.filePath(name) + QLatin1Char('/') + OwnerFile);
            if (!owner.open(QIODevice::ReadOnly))
                continue;
            const qint64 pid = owner.readAll().trimmed().toLongLong();
            if (pid <= 0 || !PgCluster::processGone(pid))
                continue;
            suffix = name.mid(DirPrefix.size());
        } else {
            // quorum-pgorphan-PID-SUFFIX: claimed by PID, which may have died while removing it.
            const QString rest = name.mid(claimPrefix.size());
            const qsizetype dash = rest.indexOf(QLatin1Char('-'));
            if (dash <= 0 || !PgCluster::processGone(rest.left(dash).toLongLong()))
                continue;
            suffix = rest.mid(dash + 1);
        }
        const QString claimed = temp.filePath(ours + suffix);
        if (!temp.rename(name, ours + suffix))
            continue; // another process claimed it first
        stopOrphanServer(binDir, claimed);
        removeDirectory(claimed);
    }
}

} // namespace

bool PgCluster::processGone(qint64 pid)
{
    if (pid <= 0)
        return true;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && line.at(close + 2) == 'Z';
}

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    static const QString found = [] {
        const QString overridden = qEnvironmentVariable("QUORUM_PG_BINDIR");
        if (!overridden.isEmpty())
            return overridden;
        const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
        if (!pgConfig.isEmpty()) {
            QProcess process;
            process.start(pgConfig, {QStringLiteral("--bindir")});
            if (process.waitForFinished(10'000) && process.exitCode() == 0) {
                const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
                if (hasServerBinaries(dir))
                    return dir;
            } else {
                process.kill();
                process.waitForFinished(1'000);
            }
        }
        // Debian: /usr/lib/postgresql/<major>/bin; the newest major wins.
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        for (const QString &version : versions) {
            const QString dir = lib.filePath(version + QStringLiteral("/bin"));
            if (hasServerBinaries(dir))
                return dir;
        }
        return QString();
    }();
    return found;
}

bool PgCluster::isAvailable(QString *why)
{
    QString reason;
    const QString dir = binDir();
    if (!hasServerBinaries(dir)) {
        reason = dir.isEmpty() ? QStringLiteral("PostgreSQL's initdb and pg_ctl were not found (pg_config --bindir, "
                                                "/usr/lib/postgresql/*/bin); scripts/quorum-dev installs the package "
                                                "postgresql")
                               : QStringLiteral("%1 does not hold initdb and pg_ctl").arg(dir);
    } else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        reason = QStringLiteral("Qt's QPSQL driver is not installed; scripts/quorum-dev installs the package "
                                "libqt6sql6-psql");
    } else if (runningAsRoot()) {
        uid_t uid = 0;
        gid_t gid = 0;
        if (unprivilegedAccount(&uid, &gid, &reason) && setprivPath().isEmpty())
            reason = QStringLiteral("running as root, and setpriv (util-linux) is missing to run PostgreSQL as nobody");
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

QString PgCluster::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgCluster::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgCluster::socketDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("s")) : QString();
}

bool PgCluster::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString PgCluster::logTail() const
{
    QFile log(m_dir ? m_dir->filePath(QStringLiteral("postgresql.log")) : QString());
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray text = log.readAll();
    return QStringLiteral("\nThe server's log (%1):\n%2").arg(log.fileName(), QString::fromLocal8Bit(text.right(4000)));
}

bool PgCluster::start()
{
    if (m_dir)
        return fail(QStringLiteral("the cluster is already started, in %1").arg(directory()));
    QString why;
    if (!isAvailable(&why))
        return fail(why);
    m_binDir = binDir();
    // pg_ctl exits once the server is up, so the postmaster is orphaned; as its subreaper this
    // process reaps it after stop() instead of leaving a zombie where PID 1 reaps nothing (containers).
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    removeOrphans(m_binDir);

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') + DirPrefix + QStringLiteral("XXXXXX"));
    if (!m_dir->isValid()) {
        const QString reason = m_dir->errorString();
        m_dir.reset();
        return fail(QStringLiteral("could not make a temporary directory for the cluster: %1").arg(reason));
    }
    const QString base = m_dir->path();
    auto abandon = [this](const QString &message) {
        m_dir.reset();
        return fail(message);
    };
    {
        QFile owner(m_dir->filePath(OwnerFile));
        if (!owner.open(QIODevice::WriteOnly)
            || owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0)
            return abandon(QStringLiteral("could not write %1: %2").arg(owner.fileName(), owner.errorString()));
    }
    if (!QDir(base).mkdir(QStringLiteral("s")))
        return abandon(QStringLiteral("could not make the socket directory in %1").arg(base));

    // No TCP (listen_addresses is empty): the port only names the socket file, and the socket
    // directory is ours alone, so any port is free in it.
    m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(40000));
    const QString socketFile = socketDirectory() + QStringLiteral("/.s.PGSQL.%1").arg(m_port);
    if (QFile::encodeName(socketFile).size() >= static_cast<int>(sizeof(sockaddr_un::sun_path)))
        return abandon(QStringLiteral("the socket path %1 is longer than a Unix socket allows; set TMPDIR to a shorter "
                                      "directory")
                           .arg(socketFile));

    if (runningAsRoot()) {
        uid_t uid = 0;
        gid_t gid = 0;
        unprivilegedAccount(&uid, &gid, &why);
        const QString blocked = untraversableAncestor(base);
        if (!blocked.isEmpty())
            return abandon(QStringLiteral("running as root, PostgreSQL runs as nobody, who cannot enter %1; set TMPDIR "
                                          "to a directory everyone may pass (such as /tmp)")
                               .arg(blocked));
        // Open to pass through (the data directory inside stays private): the test process reaches
        // the socket without relying on root's right to enter any directory.
        for (const QString &path : {base, socketDirectory()}) {
            const QByteArray name = QFile::encodeName(path);
            if (::chown(name.constData(), uid, gid) != 0 || ::chmod(name.constData(), 0755) != 0)
                return abandon(QStringLiteral("could not hand %1 to nobody: %2").arg(path, qt_error_string(errno)));
        }
    }

    QString output;
    if (!runTool(m_binDir + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("--auth=trust"),
                  QStringLiteral("--username=") + adminUser(), QStringLiteral("--encoding=UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 base, InitdbTimeoutMs, &output))
        return abandon(QStringLiteral("initdb could not make the cluster in %1: %2").arg(dataDirectory(), output));

    return startServer();
}

bool PgCluster::startServer()
{
    QString output;
    const QString base = directory();
    // pg_ctl hands -o to a shell: the socket directory is quoted.
    const QString serverOptions = QStringLiteral("-k '%1' -c listen_addresses='' -p %2 -c fsync=off "
                                                 "-c synchronous_commit=off -c full_page_writes=off")
                                      .arg(socketDirectory())
                                      .arg(m_port);
    if (!runTool(m_binDir + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"),
                  m_dir->filePath(QStringLiteral("postgresql.log")), QStringLiteral("-o"), serverOptions,
                  QStringLiteral("-w"), QStringLiteral("-t"), QString::number(PgCtlTimeoutSeconds),
                  QStringLiteral("start")},
                 base, PgCtlTimeoutMs, &output)) {
        const QString message = QStringLiteral("pg_ctl could not start the server: %1%2").arg(output, logTail());
        // It may be up after all (a timeout): do not leave it behind.
        m_postmasterPid = postmasterPid(dataDirectory());
        stop();
        return fail(message);
    }
    m_postmasterPid = postmasterPid(dataDirectory());
    if (m_postmasterPid <= 0) {
        const QString message
            = QStringLiteral("the server started but wrote no postmaster.pid in %1%2").arg(dataDirectory(), logTail());
        stop();
        return fail(message);
    }
    m_error.clear();
    return true;
}

bool PgCluster::crash()
{
    if (!m_dir || m_postmasterPid <= 0)
        return fail(QStringLiteral("no server is running"));
    QString output;
    // Immediate: every backend is told to quit at once, no checkpoint, as when a server goes away.
    if (!runTool(m_binDir + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("immediate"),
                  QStringLiteral("-w"), QStringLiteral("-t"), QString::number(PgCtlTimeoutSeconds),
                  QStringLiteral("stop")},
                 directory(), PgCtlTimeoutMs, &output))
        return fail(QStringLiteral("pg_ctl could not stop the server: %1").arg(output));
    if (!waitUntilGone(m_postmasterPid, 10'000))
        return fail(QStringLiteral("the server (pid %1) is still running").arg(m_postmasterPid));
    m_postmasterPid = 0;
    return true;
}

bool PgCluster::restart()
{
    if (!m_dir)
        return fail(QStringLiteral("no cluster was started"));
    if (m_postmasterPid > 0)
        return fail(QStringLiteral("the server is running"));
    return startServer();
}

void PgCluster::removeConnections()
{
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

bool PgCluster::stop()
{
    removeConnections();
    if (!m_dir)
        return true;
    bool ok = true;
    QString message;
    if (m_postmasterPid > 0 && !processGone(m_postmasterPid)) {
        QString output;
        if (!runTool(m_binDir + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("fast"),
                      QStringLiteral("-w"), QStringLiteral("-t"), QString::number(PgCtlTimeoutSeconds),
                      QStringLiteral("stop")},
                     directory(), PgCtlTimeoutMs, &output)) {
            ok = false;
            message = QStringLiteral("pg_ctl could not stop the server (pid %1), which was killed: %2%3")
                          .arg(m_postmasterPid)
                          .arg(output, logTail());
            ::kill(static_cast<pid_t>(m_postmasterPid), SIGKILL);
        }
        if (!waitUntilGone(m_postmasterPid, 10'000)) {
            ok = false;
            message += QStringLiteral("\nthe server (pid %1) is still running").arg(m_postmasterPid);
        }
    }
    const QString dir = m_dir->path();
    m_dir.reset();
    m_postmasterPid = 0;
    removeDirectory(dir); // what QTemporaryDir could not remove while the server's last children wrote
    if (QFileInfo::exists(dir)) {
        ok = false;
        message += QStringLiteral("\nthe cluster's directory %1 could not be removed").arg(dir);
    }
    if (!ok)
        m_error = message.trimmed();
    return ok;
}

bool PgCluster::createDatabase(const QString &name, const QString &templateDb)
{
    if (!isRunning())
        return fail(QStringLiteral("cannot create database \"%1\": the cluster is not running").arg(name));
    if (name.trimmed().isEmpty())
        return fail(QStringLiteral("cannot create a database without a name"));
    const QString connectionName = QStringLiteral("quorum-pgcluster-admin-%1").arg(quintptr(this));
    bool ok = false;
    {
        QSqlDatabase admin = connect(connectionName, QStringLiteral("postgres"));
        if (admin.isOpen()) {
            QSqlQuery query(admin);
            // Quoted here: QPSQL's escapeIdentifier splits at dots and passes an already quoted name as it is.
            const auto quoted = [](QString identifier) {
                return QLatin1Char('"') + identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                       + QLatin1Char('"');
            };
            QString sql = QStringLiteral("CREATE DATABASE %1").arg(quoted(name));
            if (!templateDb.isEmpty())
                sql += QStringLiteral(" TEMPLATE %1").arg(quoted(templateDb));
            ok = query.exec(sql);
            if (!ok)
                m_error = QStringLiteral("CREATE DATABASE \"%1\" failed: %2").arg(name, query.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    m_connections.removeAll(connectionName);
    if (ok)
        m_error.clear();
    return ok;
}

QString PgCluster::uri(const QString &db) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(adminUser(), QString::fromLatin1(QUrl::toPercentEncoding(db)),
             QString::fromLatin1(QUrl::toPercentEncoding(socketDirectory(), "/")))
        .arg(m_port);
}

QSqlDatabase PgCluster::connect(const QString &connectionName, const QString &db, const QString &user)
{
    if (!isRunning()) {
        m_error = QStringLiteral("cannot connect to \"%1\": the cluster is not running").arg(db);
        return QSqlDatabase();
    }
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!m_connections.contains(connectionName))
        m_connections.append(connectionName);
    connection.setHostName(socketDirectory());
    connection.setPort(m_port);
    connection.setUserName(user.isEmpty() ? adminUser() : user);
    connection.setDatabaseName(db);
    connection.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!connection.open())
        m_error = QStringLiteral("could not connect to database \"%1\" as %2: %3")
                      .arg(db, connection.userName(), connection.lastError().text());
    else
        m_error.clear();
    return connection;
}

QString PgCluster::copyLibrary(const QString &db, const QString &path)
{
    if (!createDatabase(db))
        return {};
    CopySummary summary;
    QString error;
    if (!LibraryCopy::run(path, uri(db), &summary, &error)) {
        fail(error);
        return {};
    }
    return uri(db);
}

bool PgCluster::addUser(const QString &db, const QString &user, const QString &role)
{
    QSqlDatabase admin = connect(QStringLiteral("add-user-%1-%2").arg(db, user), db);
    QSqlQuery q(admin);
    // Names written by the tests, quoted as identifiers all the same.
    const auto quoted = [](QString name) {
        return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(user)))
        || !q.exec(QStringLiteral("GRANT %1 TO %2").arg(quoted(role), quoted(user))))
        return fail(QStringLiteral("could not add %1 to %2: %3").arg(user, role, q.lastError().text()));
    return true;
}

QString PgCluster::uriAs(const QString &db, const QString &user) const
{
    return QString(uri(db)).replace(adminUser() + QLatin1Char('@'), user + QLatin1Char('@'));
}

} // namespace Quorum::Testing
