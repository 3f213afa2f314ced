// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "backend.h"

#include "meetingdocument.h"
#include "samplelibrary.h"
#include "storage/database.h"
#include "storage/readonlyconnection.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QAbstractItemModelTester>
#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace Quorum::Testing {

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString writeSample(const QTemporaryDir &dir, const QString &name, qint64 *referenceMeeting)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!SampleLibrary::write(path, &error, referenceMeeting))
        qWarning("writeSample: %s", qPrintable(error));
    return path;
}

bool copyRowsIntoOlderLibrary(const QSqlDatabase &olderDb, const QString &sourcePath)
{
    QSqlQuery q(olderDb);
    const auto run = [&q](const QString &sql) {
        if (q.exec(sql))
            return true;
        qWarning("copyRowsIntoOlderLibrary: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    };
    if (!run(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return false;
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS source"));
    q.addBindValue(sourcePath);
    if (!q.exec()) {
        qWarning("copyRowsIntoOlderLibrary: %s", qPrintable(q.lastError().text()));
        return false;
    }
    QStringList tables;
    if (!run(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND name NOT LIKE 'search_index%' ORDER BY name")))
        return false;
    while (q.next())
        tables << q.value(0).toString();
    bool ok = true;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        if (!run(QStringLiteral("SELECT name FROM pragma_table_info('%1', 'main')").arg(table)))
            return false;
        while (q.next())
            columns << q.value(0).toString();
        const QString list = columns.join(QStringLiteral(", "));
        ok = ok && run(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM source.%1").arg(table, list));
    }
    q.finish();
    return run(QStringLiteral("DETACH DATABASE source")) && run(QStringLiteral("PRAGMA foreign_keys = ON")) && ok;
}

std::unique_ptr<MeetingDocument> openSampleDocument(const QTemporaryDir &dir, const QString &name,
                                                    qint64 *referenceMeeting)
{
    QString error;
    QString location;
    if (Backend::isServer()) {
        location = Backend::freshServerLibrary(referenceMeeting, &error);
        if (location.isEmpty()) {
            qWarning("openSampleDocument: %s", qPrintable(error));
            return nullptr;
        }
    } else {
        location = writeSample(dir, name, referenceMeeting);
    }
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(location, &error);
    if (!doc) {
        qWarning("openSampleDocument: %s", qPrintable(error));
        return nullptr;
    }
    doc->setCurrentMeeting(*referenceMeeting);
    return doc;
}

std::unique_ptr<MeetingDocument> createDocument(const QString &path, QString *error)
{
    if (!Backend::isServer())
        return MeetingDocument::create(path, error);
    const QString uri = Backend::emptyServerLibrary(error);
    return uri.isEmpty() ? nullptr : MeetingDocument::open(uri, error);
}

QString sampleLibrary(const QTemporaryDir &dir, const QString &name, qint64 *referenceMeeting)
{
    if (!Backend::isServer())
        return writeSample(dir, name, referenceMeeting);
    QString error;
    const QString uri = Backend::freshServerLibrary(referenceMeeting, &error);
    if (uri.isEmpty())
        qWarning("sampleLibrary: %s", qPrintable(error));
    return uri;
}

QVariant valueIn(const QString &location, const QString &sql)
{
    return Database::isServerLocation(location) ? Backend::valueOnServer(location, sql) : valueInFile(location, sql);
}

bool runIn(const QString &location, const QStringList &statements)
{
    return Database::isServerLocation(location) ? Backend::runOnServer(location, statements)
                                                : runInFile(location, statements);
}

std::unique_ptr<Database> createLibrary(const QString &path, QString *error)
{
    if (!Backend::isServer())
        return Database::open(path, Database::Mode::CreateNew, error);
    const QString uri = Backend::emptyServerLibrary(error);
    return uri.isEmpty() ? nullptr : Database::open(uri, Database::Mode::OpenExisting, error);
}

SampleDocuments::SampleDocuments()
    : m_dir(std::make_unique<QTemporaryDir>())
{ }

SampleDocuments::~SampleDocuments() = default;

std::unique_ptr<MeetingDocument> SampleDocuments::open(qint64 *referenceMeeting)
{
    return openSampleDocument(*m_dir, QStringLiteral("sample-%1.quorum").arg(++m_count), referenceMeeting);
}

QStringList filesIn(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString groupConcat(const QSqlDatabase &db, const QString &expression, const QString &separator)
{
    const QString quoted
        = QLatin1Char('\'') + QString(separator).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return QStringLiteral("%1(%2, %3)")
        .arg(db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("string_agg") : QStringLiteral("group_concat"),
             expression, quoted);
}

QString rowText(const QSqlQuery &q)
{
    QStringList values;
    for (int i = 0; i < q.record().count(); ++i)
        values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
    return values.join(QLatin1Char('|'));
}

QStringList libraryRows(const QSqlDatabase &db, bool withHistory)
{
    // The history (revisions, finalizations and reopenings) only grows: an undo is recorded too.
    const QString historyLeftOut
        = withHistory ? QString() : QStringLiteral(" AND name NOT IN ('revision', 'meeting_event')");
    const bool server = db.driverName() == QLatin1String("QPSQL");
    QStringList tables;
    QSqlQuery names(
        server
            ? QStringLiteral("SELECT table_name AS name FROM information_schema.tables "
                             "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND "
                             "table_name NOT IN ('search_index', 'quorum_meta')")
                  + QString(historyLeftOut).replace(QStringLiteral("name NOT IN"), QStringLiteral("table_name NOT IN"))
            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                             "name NOT LIKE 'search_index%' AND name NOT LIKE 'sqlite_%'")
                  + historyLeftOut,
        db);
    while (names.next())
        tables << names.value(0).toString();
    QStringList rows;
    for (const QString &table : tables) {
        QString columns = QStringLiteral("*");
        if (server) {
            // What SELECT * gives in a file: not the server's bookkeeping (row versions, who and when,
            // the rowid a table without an id has), which an undo moves on rather than back.
            QSqlQuery c(db);
            c.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                     "AND table_name = ? AND column_name NOT IN ('row_version', 'changed_by', "
                                     "'changed_at', 'rowid') ORDER BY ordinal_position"));
            c.addBindValue(table);
            QStringList names;
            if (c.exec())
                while (c.next())
                    names << c.value(0).toString();
            columns = names.join(QStringLiteral(", "));
        }
        QSqlQuery q(QStringLiteral("SELECT %1 FROM %2").arg(columns, table), db);
        while (q.next())
            rows << table + QLatin1Char('|') + rowText(q);
    }
    QSqlQuery index(QStringLiteral("SELECT %1, title, body, people, kind, meeting_id, entry_id FROM search_index")
                        .arg(server ? QStringLiteral("row_id") : QStringLiteral("rowid")),
                    db);
    while (index.next())
        rows << QStringLiteral("index|") + rowText(index);
    rows.sort();
    return rows;
}

QVariant queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString why;
    try {
        Statement s = Statement::run(db, sql, QStringLiteral("run a test query"), values);
        if (s.next())
            return s.value(0);
        why = QStringLiteral("no row from %1").arg(sql);
    } catch (const StorageError &e) {
        why = e.message();
    }
    // A value that could not be read must not pass for a 0 or an empty text that was expected.
    QTest::qFail(qPrintable(QStringLiteral("queryValue: %1").arg(why)), __FILE__, __LINE__);
    return {};
}

QVariant valueInFile(const QString &path, const QString &sql)
{
    const ReadOnlyConnection db(path, 0);
    return queryValue(db.database(), sql);
}

bool runInFile(const QString &path, const QStringList &statements)
{
    static QAtomicInteger<int> connections;
    const QString name = QStringLiteral("runInFile-%1").arg(connections.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            qWarning("runInFile: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (int i = 0; ok && i < statements.size(); ++i) {
            ok = q.exec(statements.at(i));
            if (!ok)
                qWarning("runInFile: %s: %s", qPrintable(statements.at(i)), qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool damageTable(const QString &path, const QString &table)
{
    const qint64 pageSize = valueInFile(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 root
        = valueInFile(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table))
              .toLongLong();
    QFile f(path);
    if (pageSize <= 0 || root <= 1 || !f.open(QIODevice::ReadWrite) || !f.seek((root - 1) * pageSize))
        return false;
    return f.write(QByteArray("\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff", 10)) == 10;
}

AgendaEntry entryTitled(const QList<AgendaEntry> &entries, const QString &title)
{
    for (const AgendaEntry &e : entries) {
        if (e.title == title)
            return e;
    }
    return {};
}

int rowWithText(const QAbstractItemModel *model, const QString &text, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

std::unique_ptr<QAbstractItemModelTester> watchModel(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString poppler(const QString &tool, const QStringList &args, const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    if (!writeFile(path, pdf)) {
        qWarning("poppler: cannot write %s", qPrintable(path));
        return {};
    }
    QStringList arguments = args;
    arguments << path;
    if (tool == QLatin1String("pdftotext"))
        arguments << QStringLiteral("-");
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("poppler: %s failed (%s); scripts/quorum-dev installs poppler-utils", qPrintable(tool),
                 qPrintable(process.errorString()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

ProgramRun runHeadless(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace Quorum::Testing
