// SPDX-License-Identifier: GPL-3.0-or-later
// The team library's load test (issue 22): a throw-away PostgreSQL cluster on a Unix socket, the
// sample library copied there, N client processes (this executable with --client) editing
// overlapping meetings for S seconds. Every edit is logged before it is made and then as
// acknowledged (the method said success) or refused (the method or storageFailed/saveFailed said
// so). Afterwards the parent checks the server against the logs and the clients' exports against
// each other, prints a summary and exits 0 on pass. See docs/LOADTEST.md.
#include "document/libraryfile.h"
#include "export/jsonexporter.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "people/namematch.h"
#include "pgcluster.h"
#include "storage/librarycopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

// How long after the common end of editing the clients wait for the last notices before exporting.
constexpr int QuietMs = 3000;
// The exit code that says "skipped" (CTest's SKIP_RETURN_CODE).
constexpr int SkipCode = 77;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString userOf(int client)
{
    return QStringLiteral("load%1").arg(client, 2, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------------------------------------
// The client: one document, random edits until the common deadline, then the exports.

class Client
{
public:
    Client(int id, const QString &logPath)
        : m_id(id)
        , m_log(logPath)
        , m_random(quint32(id * 7919 + nowMs()))
    { }

    int run(const QString &uri, const QList<Id> &meetings, Id person, qint64 startMs, qint64 endMs,
            const QString &outPrefix, int clients)
    {
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return 3;
        QString error;
        m_doc = MeetingDocument::open(uri, &error);
        if (!m_doc) {
            log(QStringLiteral("X open %1").arg(error.simplified()));
            return 4;
        }
        const auto failed = [this](const QString &message) {
            ++m_failures;
            m_lastFailure = message.simplified();
            if (!m_inEdit)
                log(QStringLiteral("S %1").arg(m_lastFailure));
        };
        QObject::connect(m_doc->file(), &LibraryFile::storageFailed, failed);
        QObject::connect(m_doc->file(), &LibraryFile::saveFailed, failed);
        m_doc->setToday(QDate(2026, 12, 3));
        m_meetings = meetings;
        m_person = person;
        show(meetings.constFirst());
        // Everyone starts editing at once, after all have opened.
        while (nowMs() < startMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

        while (nowMs() < endMs) {
            if (m_random.bounded(20) == 0)
                show(m_meetings.at(int(m_random.bounded(m_meetings.size()))));
            editOnce();
            // Let the server's notices in between edits, as a window's event loop does.
            QDeadlineTimer pause(int(m_random.bounded(5, 40)));
            while (!pause.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        // Done editing: said with a file, and the quiet period waits for everyone's (an edit begun
        // just before the end may take seconds under load).
        show(m_meetings.constFirst());
        QFile idle(outPrefix + QStringLiteral(".idle"));
        if (!idle.open(QIODevice::WriteOnly))
            return 5;
        idle.close();
        const QString dir = QFileInfo(outPrefix).absolutePath();
        const auto everyoneIdle
            = [&] { return QDir(dir).entryList({QStringLiteral("client*.idle")}, QDir::Files).size() >= clients; };
        while (!everyoneIdle())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QDeadlineTimer quiet(QuietMs);
        while (!quiet.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

        QFile json(outPrefix + QStringLiteral(".json"));
        QFile models(outPrefix + QStringLiteral(".models.json"));
        try {
            if (!json.open(QIODevice::WriteOnly) || json.write(JsonExporter::toJson(m_doc->database())) < 0)
                return 5;
        } catch (const std::exception &e) {
            log(QStringLiteral("X export %1").arg(QString::fromUtf8(e.what())));
            return 5;
        }
        if (!models.open(QIODevice::WriteOnly) || models.write(modelDump()) < 0)
            return 5;
        log(QStringLiteral("D"));
        return 0;
    }

private:
    void log(const QString &line) { m_log.write(line.toUtf8() + '\n'); }

    void show(Id meeting)
    {
        if (!m_doc->setCurrentMeeting(meeting))
            log(QStringLiteral("S show %1 failed: %2").arg(meeting).arg(m_lastFailure));
    }

    QList<Id> topics() const
    {
        QList<Id> ids;
        for (const AgendaEntry &e : m_doc->agenda()->state().entries) {
            if (e.kind == AgendaEntry::Kind::Topic)
                ids.append(e.id);
        }
        return ids;
    }

    // Logs the edit, makes it, and logs how it ended: A(cknowledged) or R(efused).
    template<typename F>
    void edit(const QString &what, F &&make)
    {
        const int seq = ++m_seq;
        log(QStringLiteral("E %1 %2 %3").arg(seq).arg(nowMs()).arg(what));
        const int failuresBefore = m_failures;
        m_inEdit = true;
        QElapsedTimer clock;
        clock.start();
        const bool ok = make();
        const qint64 us = clock.nsecsElapsed() / 1000;
        m_inEdit = false;
        if (ok && m_failures == failuresBefore)
            log(QStringLiteral("A %1 %2 %3").arg(seq).arg(nowMs()).arg(us));
        else
            log(QStringLiteral("R %1 %2 %3 %4")
                    .arg(seq)
                    .arg(nowMs())
                    .arg(us)
                    .arg(m_failures == failuresBefore ? QStringLiteral("(the method said no)") : m_lastFailure));
    }

    void editOnce()
    {
        const Id meeting = m_doc->currentMeetingId();
        const QList<Id> entries = topics();
        const QString token = QStringLiteral("c%1s%2").arg(m_id).arg(m_seq + 1);
        const quint32 kind = m_random.bounded(100);
        if (kind < 50 && !entries.isEmpty()) {
            const Id entry = entries.at(int(m_random.bounded(entries.size())));
            const QString notes = m_doc->agenda()->indexOfEntry(entry).data(AgendaModel::RunningNotesRole).toString();
            edit(QStringLiteral("notes %1 %2").arg(entry).arg(token), [&] {
                return m_doc->agenda()->setEntryField(entry, AgendaModel::RunningNotesRole,
                                                      notes.isEmpty() ? token : notes + QLatin1Char(' ') + token);
            });
        } else if (kind < 70 && !entries.isEmpty()) {
            const Id entry = entries.at(int(m_random.bounded(entries.size())));
            NameChoice who;
            who.person.id = m_person;
            Id action = 0;
            edit(QStringLiteral("action %1 load-%2").arg(meeting).arg(token), [&] {
                action = m_doc->recordActionItem(entry, {who}, QStringLiteral("load-") + token, QDate(2026, 12, 24));
                return action != 0;
            });
            if (action)
                m_mine.append(action);
        } else if (kind < 85 && !m_mine.isEmpty()) {
            ActionItemModel *model = m_doc->actionItems();
            for (int i = 0; i < m_mine.size(); ++i) {
                const int row = model->rowOf(m_mine.at(i));
                if (row < 0)
                    continue;
                const Id action = m_mine.takeAt(i);
                edit(QStringLiteral("tick %1").arg(action), [&] {
                    return model->setData(model->index(row, ActionItemModel::DoneColumn), Qt::Checked,
                                          Qt::CheckStateRole);
                });
                return;
            }
            editField(meeting, token);
        } else {
            editField(meeting, token);
        }
    }

    void editField(Id meeting, const QString &token)
    {
        edit(QStringLiteral("location %1 %2").arg(meeting).arg(token), [&] {
            m_doc->editMeetingField(Meeting::Location, token);
            return true; // said by the file's signals when refused
        });
    }

    // What this client's models show of the first meeting after the quiet period.
    QByteArray modelDump() const
    {
        QJsonObject dump;
        dump.insert(QStringLiteral("meeting"), m_doc->currentMeetingId());
        dump.insert(QStringLiteral("location"), m_doc->currentMeeting().location);
        QJsonObject notes;
        for (const Id entry : topics())
            notes.insert(QString::number(entry),
                         m_doc->agenda()->indexOfEntry(entry).data(AgendaModel::RunningNotesRole).toString());
        dump.insert(QStringLiteral("notes"), notes);
        QJsonArray actions;
        const ActionItemModel *model = m_doc->actionItems();
        QList<QPair<qint64, QString>> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex done = model->index(row, ActionItemModel::DoneColumn);
            rows.append(
                {done.data(ActionItemModel::ActionIdRole).toLongLong(),
                 model->index(row, ActionItemModel::DescriptionColumn).data().toString()
                     + (done.data(Qt::CheckStateRole).toInt() == Qt::Checked ? QStringLiteral(" [done]") : QString())});
        }
        std::sort(rows.begin(), rows.end());
        for (const auto &r : std::as_const(rows))
            actions.append(QStringLiteral("%1 %2").arg(r.first).arg(r.second));
        dump.insert(QStringLiteral("actions"), actions);
        return QJsonDocument(dump).toJson(QJsonDocument::Indented);
    }

    int m_id;
    QFile m_log;
    QRandomGenerator m_random;
    std::unique_ptr<MeetingDocument> m_doc;
    QList<Id> m_meetings;
    Id m_person = 0;
    QList<Id> m_mine; ///< acknowledged actions of this client not yet ticked
    int m_seq = 0;
    int m_failures = 0;
    bool m_inEdit = false;
    QString m_lastFailure;
};

// ---------------------------------------------------------------------------------------------
// The parent: the cluster, the clients, the checks.

struct Edit
{
    int client = 0;
    int seq = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 us = 0;
    QStringList what;
    char outcome = 0; // 'A', 'R' or 0 (never finished)
    QString message;
};

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

class Parent
{
public:
    int run(int clients, int seconds, int timeoutSeconds)
    {
        QElapsedTimer total;
        total.start();
        QString why;
        if (!PgCluster::isAvailable(&why)) {
            say(QStringLiteral("load: SKIP: no cluster can be started here: %1").arg(why));
            return SkipCode;
        }
        if (!m_cluster.start() || !m_cluster.createDatabase(QStringLiteral("team")))
            return fail(m_cluster.errorString());
        const QString sample = writeSample(m_dir, QStringLiteral("sample.quorum"));
        const QString uri = m_cluster.uri(QStringLiteral("team"));
        CopySummary summary;
        QString error;
        if (!LibraryCopy::run(sample, uri, &summary, &error))
            return fail(QStringLiteral("copy: %1").arg(error));
        m_db = m_cluster.connect(QStringLiteral("check"), QStringLiteral("team"));
        if (!m_db.isOpen())
            return fail(m_cluster.errorString());
        for (int c = 1; c <= clients; ++c) {
            if (!exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(userOf(c)))
                || !exec(QStringLiteral("GRANT team_editors TO %1").arg(userOf(c))))
                return fail(QStringLiteral("cannot create the role %1").arg(userOf(c)));
        }
        // Three meetings everyone edits (the newest ones), and someone to assign actions to.
        QStringList meetings;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT id FROM meeting ORDER BY start_date DESC, id LIMIT 3"));
        while (q.next())
            meetings.append(q.value(0).toString());
        q.exec(QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 1"));
        const QString person = q.next() ? q.value(0).toString() : QString();
        if (meetings.isEmpty() || person.isEmpty())
            return fail(QStringLiteral("the sample has no meetings or people"));
        for (const QString &m : std::as_const(meetings))
            m_initialLocation.insert(m.toLongLong(),
                                     scalar(QStringLiteral("SELECT location FROM meeting WHERE id = %1").arg(m)));

        // Everyone opens first; editing starts for all at once, a few seconds from now.
        const qint64 startMs = nowMs() + 2000 + 100 * clients;
        const qint64 endMs = startMs + qint64(seconds) * 1000;
        say(QStringLiteral("load: %1 clients × %2 s on %3 (meetings %4)")
                .arg(clients)
                .arg(seconds)
                .arg(uri, meetings.join(QLatin1Char(','))));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int c = 1; c <= clients; ++c) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->setStandardOutputFile(QProcess::nullDevice());
            p->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--client"), QString::number(c), QStringLiteral("--uri"),
                      QString(uri).replace(QStringLiteral("quorum_admin@"), userOf(c) + QLatin1Char('@')),
                      QStringLiteral("--meetings"), meetings.join(QLatin1Char(',')), QStringLiteral("--person"), person,
                      QStringLiteral("--start"), QString::number(startMs), QStringLiteral("--end"),
                      QString::number(endMs), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("client%1").arg(c)), QStringLiteral("--clients"),
                      QString::number(clients)});
            processes.push_back(std::move(p));
        }
        // The hard timeout: whatever has not finished by then is killed and the run fails.
        QDeadlineTimer hard(qint64(timeoutSeconds) * 1000);
        bool allExited = true;
        for (std::size_t i = 0; i < processes.size(); ++i) {
            QProcess &p = *processes[i];
            if (!p.waitForFinished(int(std::max<qint64>(1, hard.remainingTime())))) {
                allExited = false;
                p.kill();
                p.waitForFinished(5000);
                m_problems.append(
                    QStringLiteral("client %1 did not finish within the hard timeout (killed)").arg(i + 1));
            } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                m_problems.append(QStringLiteral("client %1 ended with exit code %2").arg(i + 1).arg(p.exitCode()));
            }
        }
        Q_UNUSED(allExited)

        for (int c = 1; c <= clients; ++c)
            readLog(c);
        checkServer();
        checkExports(clients);
        summarize(clients, seconds);
        m_db = QSqlDatabase();
        m_cluster.stop();
        say(QStringLiteral("load: %1 in %2 s")
                .arg(m_problems.isEmpty() ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
                .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
        if (m_lostNotes || m_lostActions || m_lostTicks)
            say(QStringLiteral("load: lost (acknowledged, not on the server): %1 notes, %2 actions, %3 ticks")
                    .arg(m_lostNotes)
                    .arg(m_lostActions)
                    .arg(m_lostTicks));
        // The problems that are not lost edits first: they are fewer and say more.
        std::stable_sort(m_problems.begin(), m_problems.end(), [](const QString &a, const QString &b) {
            return !a.contains(QLatin1String("acknowledged but")) && b.contains(QLatin1String("acknowledged but"));
        });
        for (const QString &p : std::as_const(m_problems).mid(0, 40))
            say(QStringLiteral("  problem: %1").arg(p));
        if (m_problems.size() > 40)
            say(QStringLiteral("  … and %1 more problems").arg(m_problems.size() - 40));
        if (!m_problems.isEmpty())
            say(QStringLiteral("  logs and exports kept in %1").arg(m_dir.path()));
        m_dir.setAutoRemove(m_problems.isEmpty());
        return m_problems.isEmpty() ? 0 : 1;
    }

private:
    int fail(const QString &message)
    {
        say(QStringLiteral("load: FAIL: %1").arg(message));
        return 1;
    }

    bool exec(const QString &sql) { return QSqlQuery(m_db).exec(sql); }

    QString scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    void readLog(int client)
    {
        QFile file(m_dir.filePath(QStringLiteral("client%1.log").arg(client)));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append(QStringLiteral("client %1 wrote no log").arg(client));
            return;
        }
        QHash<int, qsizetype> open;
        bool done = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("E") && f.size() >= 4) {
                Edit e;
                e.client = client;
                e.seq = f.at(1).toInt();
                e.start = f.at(2).toLongLong();
                e.what = f.mid(3);
                open.insert(e.seq, m_edits.size());
                m_edits.append(e);
            } else if ((f.value(0) == QLatin1String("A") || f.value(0) == QLatin1String("R")) && f.size() >= 4
                       && open.contains(f.at(1).toInt())) {
                Edit &e = m_edits[open.take(f.at(1).toInt())];
                e.outcome = f.at(0).at(0).toLatin1();
                e.end = f.at(2).toLongLong();
                e.us = f.at(3).toLongLong();
                e.message = f.mid(4).join(QLatin1Char(' '));
            } else if (f.value(0) == QLatin1String("S")) {
                ++m_outsideFailures;
                if (m_outsideFailures <= 5)
                    say(QStringLiteral("  client %1 was told (outside an edit): %2")
                            .arg(client)
                            .arg(f.mid(1).join(QLatin1Char(' '))));
            } else if (f.value(0) == QLatin1String("D")) {
                done = true;
            } else if (f.value(0) == QLatin1String("X")) {
                m_problems.append(QStringLiteral("client %1: %2").arg(client).arg(f.mid(1).join(QLatin1Char(' '))));
            }
        }
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            m_problems.append(QStringLiteral("client %1: edit %2 (%3) never said how it ended")
                                  .arg(client)
                                  .arg(it.key())
                                  .arg(m_edits.at(it.value()).what.join(QLatin1Char(' '))));
        if (!done)
            m_problems.append(QStringLiteral("client %1 did not finish its exports").arg(client));
    }

    // Every acknowledged edit is on the server, or was overwritten by a later acknowledged edit of
    // the same field; a refused edit has its line in the client's log (that is how it is counted).
    void checkServer()
    {
        QHash<Id, QString> notes;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT id, running_notes FROM agenda_entry"));
        while (q.next())
            notes.insert(q.value(0).toLongLong(), q.value(1).toString());
        QHash<QString, bool> actions; // description -> done
        q.exec(QStringLiteral("SELECT description, done FROM action_item WHERE description LIKE 'load-%'"));
        while (q.next())
            actions.insert(q.value(0).toString(), q.value(1).toInt() == 1);
        QHash<Id, QString> locations;
        q.exec(QStringLiteral("SELECT id, location FROM meeting"));
        while (q.next())
            locations.insert(q.value(0).toLongLong(), q.value(1).toString());

        QHash<QString, const Edit *> actionByDescription;
        for (const Edit &e : std::as_const(m_edits)) {
            if (e.what.value(0) == QLatin1String("action") && e.outcome == 'A')
                actionByDescription.insert(e.what.value(2), &e);
        }
        QHash<QString, Id> actionIds;
        q.exec(QStringLiteral("SELECT id, description FROM action_item WHERE description LIKE 'load-%'"));
        while (q.next())
            actionIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        QHash<Id, QString> descriptionOf;
        for (auto it = actionIds.cbegin(); it != actionIds.cend(); ++it)
            descriptionOf.insert(it.value(), it.key());

        for (const Edit &e : std::as_const(m_edits)) {
            const QString kind = e.what.value(0);
            const QString who
                = QStringLiteral("client %1 edit %2 (%3)").arg(e.client).arg(e.seq).arg(e.what.join(QLatin1Char(' ')));
            if (kind == QLatin1String("notes")) {
                const QString token = e.what.value(2);
                const bool there = notes.value(e.what.value(1).toLongLong()).split(QLatin1Char(' ')).contains(token);
                if (e.outcome == 'A' && !there) {
                    ++m_lostNotes;
                    m_problems.append(
                        QStringLiteral("%1 was acknowledged but its notes are not on the server (lost update)")
                            .arg(who));
                }
                if (e.outcome == 'R' && there)
                    ++m_refusedButThere;
            } else if (kind == QLatin1String("action")) {
                const bool there = actions.contains(e.what.value(2));
                if (e.outcome == 'A' && !there) {
                    ++m_lostActions;
                    m_problems.append(
                        QStringLiteral("%1 was acknowledged but the action is not on the server (lost update)")
                            .arg(who));
                }
                if (e.outcome == 'R' && there)
                    ++m_refusedButThere;
            } else if (kind == QLatin1String("tick")) {
                const QString description = descriptionOf.value(e.what.value(1).toLongLong());
                if (e.outcome == 'A' && !actions.value(description)) {
                    ++m_lostTicks;
                    m_problems.append(
                        QStringLiteral("%1 was acknowledged but the action is not done on the server (%2)")
                            .arg(who, description.isEmpty() ? QStringLiteral("the action is gone") : description));
                }
            } else if (kind == QLatin1String("location")) {
                m_locationEdits[e.what.value(1).toLongLong()].append(&e);
            }
        }
        // A field is a register: its final value is that of an acknowledged edit that no other
        // acknowledged edit of it wholly followed (or the first value, when none was acknowledged).
        for (auto it = m_locationEdits.cbegin(); it != m_locationEdits.cend(); ++it) {
            const QString final = locations.value(it.key());
            qint64 latestStart = 0;
            const Edit *writer = nullptr;
            for (const Edit *e : it.value()) {
                if (e->outcome != 'A')
                    continue;
                latestStart = std::max(latestStart, e->start);
                if (e->what.value(2) == final)
                    writer = e;
            }
            if (latestStart == 0) {
                if (final != m_initialLocation.value(it.key()))
                    m_problems.append(
                        QStringLiteral("meeting %1's location is \"%2\" though no edit of it was acknowledged")
                            .arg(it.key())
                            .arg(final));
            } else if (!writer) {
                m_problems.append(QStringLiteral("meeting %1's location \"%2\" is from no acknowledged edit")
                                      .arg(it.key())
                                      .arg(final));
            } else if (writer->end < latestStart) {
                m_problems.append(
                    QStringLiteral("meeting %1's location \"%2\" was acknowledged before a later acknowledged "
                                   "edit began, which is lost")
                        .arg(it.key())
                        .arg(final));
            }
        }
    }

    void checkExports(int clients)
    {
        QByteArray firstJson;
        QByteArray firstModels;
        for (int c = 1; c <= clients; ++c) {
            QFile json(m_dir.filePath(QStringLiteral("client%1.json").arg(c)));
            QFile models(m_dir.filePath(QStringLiteral("client%1.models.json").arg(c)));
            if (!json.open(QIODevice::ReadOnly) || !models.open(QIODevice::ReadOnly))
                continue; // said by readLog()
            const QByteArray j = json.readAll();
            const QByteArray m = models.readAll();
            if (firstJson.isNull()) {
                firstJson = j;
                firstModels = m;
                continue;
            }
            if (j != firstJson)
                m_problems.append(QStringLiteral("client %1's JSON export differs from the first client's").arg(c));
            if (m != firstModels)
                m_problems.append(
                    QStringLiteral("client %1's models show the meeting differently from the first client's "
                                   "after the quiet period (see client*.models.json)")
                        .arg(c));
        }
    }

    void summarize(int clients, int seconds)
    {
        int acknowledged = 0;
        int refused = 0;
        QList<qint64> roundTrips;
        QHash<QString, int> byKind;
        for (const Edit &e : std::as_const(m_edits)) {
            if (e.outcome == 'A') {
                ++acknowledged;
                roundTrips.append(e.us);
            } else if (e.outcome == 'R') {
                ++refused;
            }
            ++byKind[e.what.value(0)];
        }
        const double rate = double(acknowledged + refused) / std::max(1, seconds);
        say(QStringLiteral(
                "load: %1 edits (%2/s over %3 clients): %4 acknowledged, %5 refused and reported to their client;"
                " notes %6, actions %7, ticks %8, locations %9")
                .arg(m_edits.size())
                .arg(rate, 0, 'f', 1)
                .arg(clients)
                .arg(acknowledged)
                .arg(refused)
                .arg(byKind.value(QStringLiteral("notes")))
                .arg(byKind.value(QStringLiteral("action")))
                .arg(byKind.value(QStringLiteral("tick")))
                .arg(byKind.value(QStringLiteral("location"))));
        say(QStringLiteral(
                "load: round trip of an acknowledged edit (method call to return): p50 %1 ms, p95 %2 ms, max %3 ms")
                .arg(double(percentile(roundTrips, 0.5)) / 1000.0, 0, 'f', 1)
                .arg(double(percentile(roundTrips, 0.95)) / 1000.0, 0, 'f', 1)
                .arg(double(percentile(roundTrips, 1.0)) / 1000.0, 0, 'f', 1));
        if (m_refusedButThere || m_outsideFailures)
            say(QStringLiteral("load: note: %1 refused edits are on the server all the same (a later edit of the same "
                               "client carried them); %2 failures were said outside an edit")
                    .arg(m_refusedButThere)
                    .arg(m_outsideFailures));
    }

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QList<Edit> m_edits;
    QHash<Id, QString> m_initialLocation;
    QHash<Id, QList<const Edit *>> m_locationEdits;
    QStringList m_problems;
    int m_refusedButThere = 0;
    int m_lostNotes = 0;
    int m_lostActions = 0;
    int m_lostTicks = 0;
    int m_outsideFailures = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quorum's load test of a team library on PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client processes (default 20)."),
                                           QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds of editing (default 60)."), QStringLiteral("S"),
                                           QStringLiteral("60"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), QStringLiteral("Hard timeout in seconds after the clients start (default S + 60)."),
        QStringLiteral("T"));
    const QCommandLineOption clientOption(QStringLiteral("client"), QStringLiteral("Internal: run as client K."),
                                          QStringLiteral("K"));
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("Internal."), QStringLiteral("URI"));
    const QCommandLineOption meetingsOption(QStringLiteral("meetings"), QStringLiteral("Internal."),
                                            QStringLiteral("IDS"));
    const QCommandLineOption personOption(QStringLiteral("person"), QStringLiteral("Internal."), QStringLiteral("ID"));
    const QCommandLineOption startOption(QStringLiteral("start"), QStringLiteral("Internal."), QStringLiteral("MS"));
    const QCommandLineOption endOption(QStringLiteral("end"), QStringLiteral("Internal."), QStringLiteral("MS"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Internal."), QStringLiteral("PREFIX"));
    parser.addOptions({clientsOption, secondsOption, timeoutOption, clientOption, uriOption, meetingsOption,
                       personOption, startOption, endOption, outOption});
    parser.process(app);

    if (parser.isSet(clientOption)) {
        QList<Id> meetings;
        for (const QString &m : parser.value(meetingsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            meetings.append(m.toLongLong());
        if (meetings.isEmpty())
            return 2;
        const QString out = parser.value(outOption);
        Client client(parser.value(clientOption).toInt(), out + QStringLiteral(".log"));
        return client.run(parser.value(uriOption), meetings, parser.value(personOption).toLongLong(),
                          parser.value(startOption).toLongLong(), parser.value(endOption).toLongLong(), out,
                          parser.value(clientsOption).toInt());
    }

    bool ok = false;
    const int clients = parser.value(clientsOption).toInt(&ok);
    if (!ok || clients < 1 || clients > 60) {
        say(QStringLiteral("load: --clients wants 1 to 60"));
        return 2;
    }
    const int seconds = parser.value(secondsOption).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        say(QStringLiteral("load: --seconds wants 1 to 3600"));
        return 2;
    }
    const int timeout = parser.isSet(timeoutOption) ? parser.value(timeoutOption).toInt() : seconds + 60;
    if (timeout < 1) {
        say(QStringLiteral("load: --timeout wants a positive number"));
        return 2;
    }
    return Parent().run(clients, seconds, timeout);
}
