// SPDX-License-Identifier: GPL-3.0-or-later
// The server schema (resources/schema/postgresql: 0010_initial.sql and roles.sql) on a throw-away
// cluster: the same tables and columns as a file at format 10, the search index kept in step, row
// versions, change notices, and the editors' and readers' roles.
#include "pgcluster.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using Quorum::Database;
using Quorum::Testing::PgCluster;

namespace {

const QString Owner = QStringLiteral("quorum_owner");
const QString LibraryName = QStringLiteral("team_library");

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString schemaScript()
{
    return resourceText(QStringLiteral(":/quorum/postgresql/0010_initial.sql"));
}

QString rolesScript()
{
    return resourceText(QStringLiteral(":/quorum/postgresql/roles.sql"));
}

/** Runs script as one exec() in a transaction of its own, as quorum-server-init does; the error or empty. */
QString runScript(QSqlDatabase db, const QString &script)
{
    if (script.isEmpty())
        return QStringLiteral("the script is missing from the resources");
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    if (!query.exec(script)) {
        const QString error = query.lastError().text();
        db.rollback();
        return error.isEmpty() ? QStringLiteral("failed without a message") : error;
    }
    if (!db.commit())
        return db.lastError().text();
    return QString();
}

/** Runs statement on db; the error text or empty. */
QString run(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement) ? QString() : query.lastError().text();
}

/** The first column of the rows statement gives, with values bound in order. */
QVariantList column(QSqlDatabase db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return {QStringLiteral("prepare failed: ") + query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("exec failed: ") + query.lastError().text()};
    QVariantList result;
    while (query.next())
        result.append(query.value(0));
    return result;
}

QVariant scalar(QSqlDatabase db, const QString &statement, const QVariantList &values = {})
{
    const QVariantList rows = column(db, statement, values);
    return rows.size() == 1 ? rows.first() : QVariant(QStringLiteral("%1 rows").arg(rows.size()));
}

qint64 insertReturningId(QSqlDatabase db, const QString &statement, const QVariantList &values = {})
{
    const QVariant id = scalar(db, statement + QStringLiteral(" RETURNING id"), values);
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok)
        qWarning() << statement << id;
    return ok ? value : -1;
}

/** The search rows whose document matches words, as row ids in order. */
QList<qint64> hits(QSqlDatabase db, const QString &words)
{
    QList<qint64> result;
    for (const QVariant &v : column(db,
                                    QStringLiteral("SELECT row_id FROM search_index "
                                                   "WHERE document @@ quorum_search_query(?) ORDER BY row_id"),
                                    {words}))
        result.append(v.toLongLong());
    return result;
}

QString errorCode(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return QStringLiteral("succeeded");
    return query.lastError().nativeErrorCode();
}

} // namespace

class tst_PgSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void metaRows();
    void parityWithSqlite();
    void searchFollowsWrites();
    void searchIgnoresBadQueries();
    void rowVersions();
    void rowidTables();
    void notices();
    void readersAndEditors();
    void rolesTwice();
    void hostileDatabaseName();
    void schemaTwiceIsRefused();
    void withoutUnaccent();

private:
    /**
     * Creates database name owned by Owner and installs both scripts as Owner; the error or empty.
     * beforeInstalling runs as the superuser on the new database before the scripts.
     */
    QString createLibrary(const QString &name, const QString &beforeInstalling = QString());
    QSqlDatabase owner() { return QSqlDatabase::database(QStringLiteral("owner")); }
    QSqlDatabase alice() { return QSqlDatabase::database(QStringLiteral("alice")); }
    QSqlDatabase bob() { return QSqlDatabase::database(QStringLiteral("bob")); }

    PgCluster m_cluster;
};

QString tst_PgSchema::createLibrary(const QString &name, const QString &beforeInstalling)
{
    if (!m_cluster.createDatabase(name))
        return m_cluster.errorString();
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    {
        QSqlDatabase admin = m_cluster.connect(QStringLiteral("admin ") + name, QStringLiteral("postgres"));
        if (!admin.isOpen())
            return m_cluster.errorString();
        QString error = run(admin, QStringLiteral("ALTER DATABASE \"%1\" OWNER TO %2").arg(quoted, Owner));
        if (error.isEmpty() && !beforeInstalling.isEmpty())
            error = run(admin, beforeInstalling);
        if (!error.isEmpty())
            return error;
    }
    QSqlDatabase db = m_cluster.connect(QStringLiteral("owner ") + name, name, Owner);
    if (!db.isOpen())
        return m_cluster.errorString();
    QString error = runScript(db, schemaScript());
    if (error.isEmpty())
        error = runScript(db, rolesScript());
    return error;
}

void tst_PgSchema::initTestCase()
{
    Q_INIT_RESOURCE(resources);
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY(!schemaScript().isEmpty());
    QVERIFY(!rolesScript().isEmpty());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    {
        QSqlDatabase admin = m_cluster.connect(QStringLiteral("admin"), QStringLiteral("postgres"));
        QVERIFY2(admin.isOpen(), qPrintable(m_cluster.errorString()));
        // The owner is no superuser: it may create roles (for roles.sql), nothing more.
        for (const QString &statement :
             {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(Owner), QStringLiteral("CREATE ROLE alice LOGIN"),
              QStringLiteral("CREATE ROLE bob LOGIN"), QStringLiteral("CREATE ROLE carol LOGIN")}) {
            const QString error = run(admin, statement);
            QVERIFY2(error.isEmpty(), qPrintable(statement + QStringLiteral(": ") + error));
        }
    }
    const QString error = createLibrary(LibraryName);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSqlDatabase db = m_cluster.connect(QStringLiteral("owner"), LibraryName, Owner);
    QVERIFY2(db.isOpen(), qPrintable(m_cluster.errorString()));
    // The owner lets people in.
    QCOMPARE(run(db, QStringLiteral("GRANT team_library_editors TO alice")), QString());
    QCOMPARE(run(db, QStringLiteral("GRANT team_library_readers TO bob")), QString());
    QVERIFY2(m_cluster.connect(QStringLiteral("alice"), LibraryName, QStringLiteral("alice")).isOpen(),
             qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.connect(QStringLiteral("bob"), LibraryName, QStringLiteral("bob")).isOpen(),
             qPrintable(m_cluster.errorString()));
}

void tst_PgSchema::cleanupTestCase()
{
    QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
}

void tst_PgSchema::metaRows()
{
    QSqlQuery query(bob());
    QVERIFY2(query.exec(QStringLiteral("SELECT key, value FROM quorum_meta ORDER BY key")),
             qPrintable(query.lastError().text()));
    QMap<QString, QString> rows;
    while (query.next())
        rows.insert(query.value(0).toString(), query.value(1).toString());
    QCOMPARE(rows, (QMap<QString, QString>{{QStringLiteral("application"), QStringLiteral("quorum")},
                                           {QStringLiteral("format"), QStringLiteral("10")}}));
    QCOMPARE(Database::latestVersion(), 10); // a new format needs 0011_*.sql here too
}

void tst_PgSchema::parityWithSqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    std::unique_ptr<Database> file
        = Database::open(dir.filePath(QStringLiteral("v10.quorum")), Database::Mode::CreateNew, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->schemaVersion(), 10);
    const QSqlDatabase sqlite = file->connection();

    const auto isShadow = [](const QString &name) { return name.startsWith(QLatin1String("search_index")); };
    const QSet<QString> extras{QStringLiteral("rowid"), QStringLiteral("row_version"), QStringLiteral("changed_by"),
                               QStringLiteral("changed_at")};
    QSqlDatabase server = owner();

    QSet<QString> sqliteTables;
    for (const QVariant &name : column(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        if (isShadow(name.toString()))
            continue;
        sqliteTables.insert(name.toString());
    }
    QVERIFY(sqliteTables.size() >= 25);

    for (const QString &table : std::as_const(sqliteTables)) {
        QStringList fileColumns;
        QStringList fileNotNull;
        QSqlQuery info(sqlite);
        QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (info.next()) {
            const QString name = info.value(QStringLiteral("name")).toString();
            fileColumns.append(name);
            // SQLite lets an INTEGER PRIMARY KEY be declared without NOT NULL; it never holds NULL.
            if (info.value(QStringLiteral("notnull")).toInt() == 1 || info.value(QStringLiteral("pk")).toInt() > 0)
                fileNotNull.append(name);
        }
        QStringList serverColumns;
        QStringList serverNotNull;
        QSqlQuery columns(server);
        QVERIFY(columns.prepare(QStringLiteral("SELECT column_name, is_nullable FROM information_schema.columns "
                                               "WHERE table_schema = current_schema() AND table_name = ? "
                                               "ORDER BY ordinal_position")));
        columns.addBindValue(table);
        QVERIFY2(columns.exec(), qPrintable(columns.lastError().text()));
        QSet<QString> serverExtras;
        while (columns.next()) {
            const QString name = columns.value(0).toString();
            if (extras.contains(name)) {
                serverExtras.insert(name);
                continue;
            }
            serverColumns.append(name);
            if (columns.value(1).toString() == QLatin1String("NO"))
                serverNotNull.append(name);
        }
        QVERIFY2(!serverColumns.isEmpty(), qPrintable(table + QStringLiteral(" is missing on the server")));
        QCOMPARE(serverColumns, fileColumns);
        // Every table has an id or a rowid, and a row version that its triggers keep.
        QSet<QString> expectedExtras = extras;
        if (fileColumns.contains(QStringLiteral("id")))
            expectedExtras.remove(QStringLiteral("rowid"));
        QVERIFY2(serverExtras == expectedExtras, qPrintable(table));
        QCOMPARE(column(server,
                        QStringLiteral("SELECT count(DISTINCT trigger_name) FROM information_schema.triggers "
                                       "WHERE event_object_table = ? AND trigger_name IN (? || '_row_version', "
                                       "? || '_notify')"),
                        {table, table, table}),
                 QVariantList{2});
        QVERIFY2(serverNotNull == fileNotNull,
                 qPrintable(table + QStringLiteral(": NOT NULL on ") + serverNotNull.join(QLatin1Char(','))
                            + QStringLiteral(" vs ") + fileNotNull.join(QLatin1Char(','))));
    }

    // Nothing more on the server than the file's tables, the search index and quorum_meta.
    QSet<QString> serverTables;
    for (const QVariant &name : column(server, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                              "WHERE table_schema = current_schema() "
                                                              "AND table_type = 'BASE TABLE'")))
        serverTables.insert(name.toString());
    QSet<QString> expectedTables = sqliteTables;
    expectedTables << QStringLiteral("search_index") << QStringLiteral("quorum_meta");
    QCOMPARE(serverTables, expectedTables);

    // Every named index and every view of the file exists on the server.
    for (const QVariant &name : column(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                                              "AND sql IS NOT NULL"))) {
        QVERIFY2(scalar(server,
                        QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                                       "AND indexname = ?"),
                        {name})
                         .toInt()
                     == 1,
                 qPrintable(name.toString()));
    }
    const QVariantList fileViews
        = column(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"));
    QVERIFY(!fileViews.isEmpty());
    QCOMPARE(column(server, QStringLiteral("SELECT table_name::text FROM information_schema.views "
                                           "WHERE table_schema = current_schema() ORDER BY table_name")),
             fileViews);
}

void tst_PgSchema::searchFollowsWrites()
{
    // Written by an editor: the triggers run as the writer.
    QSqlDatabase db = alice();
    const qint64 person = insertReturningId(
        db, QStringLiteral("INSERT INTO person (display_name, username) VALUES ('Jürgen Müller', 'jmueller')"));
    QVERIFY(person > 0);
    const qint64 personRow = person * 8 + 5;
    QCOMPARE(hits(db, QStringLiteral("Muller")), QList<qint64>{personRow}); // without the accent
    QCOMPARE(hits(db, QStringLiteral("Müller")), QList<qint64>{personRow}); // with it
    QCOMPARE(hits(db, QStringLiteral("MULLER")), QList<qint64>{personRow});

    // A meeting: its own row, and its participants in "people".
    const qint64 meeting = insertReturningId(db, QStringLiteral("INSERT INTO meeting (title, start_date, end_date, "
                                                                "description) VALUES ('Café roadmap', '2026-03-02', "
                                                                "'2026-03-02', 'Crème brûlée budget')"));
    const qint64 meetingRow = meeting * 8 + 1;
    QCOMPARE(hits(db, QStringLiteral("cafe")), QList<qint64>{meetingRow});
    QCOMPARE(hits(db, QStringLiteral("creme brulee")), QList<qint64>{meetingRow});
    // The title weighs A, the body C.
    const QString document
        = scalar(db, QStringLiteral("SELECT document::text FROM search_index WHERE row_id = ?"), {meetingRow})
              .toString();
    QVERIFY2(document.contains(QLatin1String("'cafe':1A")) && document.contains(QLatin1String("'budget':5C")),
             qPrintable(document));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO participant (meeting_id, person_id, position) VALUES (%1, %2, 0)")
                         .arg(meeting)
                         .arg(person)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("jmueller")), (QList<qint64>{meetingRow, personRow}));
    QVERIFY(scalar(db, QStringLiteral("SELECT document::text FROM search_index WHERE row_id = ?"), {meetingRow})
                .toString()
                .contains(QLatin1String("'jmueller':")));
    QCOMPARE(run(db, QStringLiteral("UPDATE meeting SET title = 'Tea roadmap' WHERE id = %1").arg(meeting)), QString());
    QCOMPARE(hits(db, QStringLiteral("cafe")), QList<qint64>());
    QCOMPARE(hits(db, QStringLiteral("tea")), QList<qint64>{meetingRow});

    // An agenda entry: title and notes, its coordinators.
    const qint64 day = insertReturningId(
        db, QStringLiteral("INSERT INTO meeting_day (meeting_id, day_date) VALUES (%1, '2026-03-02')").arg(meeting));
    const qint64 entry
        = insertReturningId(db, QStringLiteral("INSERT INTO agenda_entry (day_id, position, kind, title, pre_notes) "
                                               "VALUES (%1, 0, 'topic', 'Résumé review', 'a naïve plan')")
                                    .arg(day));
    const qint64 entryRow = entry * 8 + 2;
    QCOMPARE(hits(db, QStringLiteral("naive")), QList<qint64>{entryRow});
    QCOMPARE(run(db, QStringLiteral("UPDATE agenda_entry SET running_notes = 'Zoë agreed' WHERE id = %1").arg(entry)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("zoe agreed")), QList<qint64>{entryRow});
    QCOMPARE(hits(db, QStringLiteral("naive")), QList<qint64>{entryRow}); // both notes
    QCOMPARE(run(db, QStringLiteral("UPDATE agenda_entry SET pre_notes = '' WHERE id = %1").arg(entry)), QString());
    QCOMPARE(hits(db, QStringLiteral("naive")), QList<qint64>());
    QCOMPARE(run(db, QStringLiteral("INSERT INTO agenda_coordinator (entry_id, person_id, position) VALUES (%1, %2, 0)")
                         .arg(entry)
                         .arg(person)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("jmueller")), (QList<qint64>{meetingRow, entryRow, personRow}));

    // An action item: its assignees, people and groups.
    const qint64 action
        = insertReturningId(db, QStringLiteral("INSERT INTO action_item (meeting_id, entry_id, position, description) "
                                               "VALUES (%1, %2, 0, 'Order façade samples')")
                                    .arg(meeting)
                                    .arg(entry));
    const qint64 actionRow = action * 8 + 3;
    QCOMPARE(hits(db, QStringLiteral("facade")), QList<qint64>{actionRow});
    QCOMPARE(run(db, QStringLiteral("INSERT INTO action_assignee (action_id, position, person_id) VALUES (%1, 0, %2)")
                         .arg(action)
                         .arg(person)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("jmueller")), (QList<qint64>{meetingRow, entryRow, actionRow, personRow}));
    const qint64 group
        = insertReturningId(db, QStringLiteral("INSERT INTO person_group (name) VALUES ('Procurement')"));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO action_assignee (action_id, position, group_id) VALUES (%1, 1, %2)")
                         .arg(action)
                         .arg(group)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("procurement")), QList<qint64>{actionRow});
    QCOMPARE(run(db, QStringLiteral("UPDATE person_group SET name = 'Purchasing' WHERE id = %1").arg(group)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("procurement")), QList<qint64>());
    QCOMPARE(hits(db, QStringLiteral("purchasing")), QList<qint64>{actionRow});
    QCOMPARE(run(db, QStringLiteral("DELETE FROM action_assignee WHERE action_id = %1 AND person_id = %2")
                         .arg(action)
                         .arg(person)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("jmueller")), (QList<qint64>{meetingRow, entryRow, personRow}));

    // An attachment: file name, description, who uploaded it.
    const QString sha = QString(64, QLatin1Char('a'));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO blob (sha256, size, data) VALUES ('%1', 3, '\\x414243')").arg(sha)),
             QString());
    const qint64 attachment = insertReturningId(
        db, QStringLiteral("INSERT INTO attachment (meeting_id, position, file_name, sha256, modified_at, uploaded_by) "
                           "VALUES (%1, 0, 'Übersicht.pdf', '%2', '2026-03-02T10:00:00Z', %3)")
                .arg(meeting)
                .arg(sha)
                .arg(person));
    const qint64 attachmentRow = attachment * 8 + 4;
    QCOMPARE(hits(db, QStringLiteral("ubersicht")), QList<qint64>{attachmentRow});
    // Punctuation between letters separates words, as in a file: a file name, a ticket key.
    QCOMPARE(hits(db, QStringLiteral("Übersicht.pdf")), QList<qint64>{attachmentRow});
    QCOMPARE(hits(db, QStringLiteral("pdf")), QList<qint64>{attachmentRow});
    QCOMPARE(
        run(db, QStringLiteral("UPDATE attachment SET description = 'see DM-26798' WHERE id = %1").arg(attachment)),
        QString());
    QCOMPARE(hits(db, QStringLiteral("26798")), QList<qint64>{attachmentRow});
    QCOMPARE(hits(db, QStringLiteral("dm-26798")), QList<qint64>{attachmentRow});
    QCOMPARE(hits(db, QStringLiteral("ubersicht -pdf")), QList<qint64>());
    QCOMPARE(hits(db, QStringLiteral("jmueller")), (QList<qint64>{meetingRow, entryRow, attachmentRow, personRow}));

    // A decision (kind 6, like the file's).
    const qint64 decision = insertReturningId(
        db, QStringLiteral("INSERT INTO decision (meeting_id, position, text) VALUES (%1, 0, 'Adopt the naïve plan')")
                .arg(meeting));
    QCOMPARE(hits(db, QStringLiteral("adopt naive")), QList<qint64>{decision * 8 + 6});

    // A person renamed: their row and every place that names them.
    QCOMPARE(run(db, QStringLiteral("UPDATE person SET display_name = 'Jürgen Schäfer' WHERE id = %1").arg(person)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("muller")), QList<qint64>());
    QCOMPARE(hits(db, QStringLiteral("schafer")), (QList<qint64>{meetingRow, entryRow, attachmentRow, personRow}));
    // An alias finds the person; removing it forgets it.
    QCOMPARE(run(db, QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (%1, 'Jörg')").arg(person)),
             QString());
    QCOMPARE(hits(db, QStringLiteral("jorg")), QList<qint64>{personRow});
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person_alias WHERE person_id = %1").arg(person)), QString());
    QCOMPARE(hits(db, QStringLiteral("jorg")), QList<qint64>());

    // Deletes: the attachment, the action item, then the whole meeting with everything in it.
    QCOMPARE(run(db, QStringLiteral("DELETE FROM attachment WHERE id = %1").arg(attachment)), QString());
    QCOMPARE(hits(db, QStringLiteral("ubersicht")), QList<qint64>());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM action_item WHERE id = %1").arg(action)), QString());
    QCOMPARE(hits(db, QStringLiteral("facade")), QList<qint64>());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM meeting WHERE id = %1").arg(meeting)), QString());
    QCOMPARE(hits(db, QStringLiteral("schafer")), QList<qint64>{personRow});
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE meeting_id = ?"), {meeting}).toInt(),
             0);
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person WHERE id = %1").arg(person)), QString());
    QCOMPARE(hits(db, QStringLiteral("schafer")), QList<qint64>());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person_group WHERE id = %1").arg(group)), QString());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM blob")), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 0);
}

void tst_PgSchema::searchIgnoresBadQueries()
{
    QSqlDatabase db = alice();
    const qint64 person
        = insertReturningId(db, QStringLiteral("INSERT INTO person (display_name) VALUES ('Ada Lovelace')"));
    // What a person types is words, never syntax: quotes, operators and nothing at all find nothing or
    // the words, without an error.
    for (const QString &words : {QString(), QStringLiteral("\"unbalanced"), QStringLiteral("& | ! ( <->"),
                                 QStringLiteral("'; DROP TABLE person; --"), QStringLiteral("   ")}) {
        QCOMPARE(hits(db, words), QList<qint64>());
    }
    QCOMPARE(hits(db, QStringLiteral("\"ada lovelace")), QList<qint64>{person * 8 + 5});
    QCOMPARE(hits(db, QStringLiteral("ada -lovelace")), QList<qint64>());
    QCOMPARE(scalar(db, QStringLiteral("SELECT quorum_fold(NULL) IS NULL")).toBool(), true);
    QCOMPARE(scalar(db, QStringLiteral("SELECT quorum_fold('Ærø Crème Łódź')")).toString(),
             QStringLiteral("AEro Creme Lodz"));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person WHERE id = %1").arg(person)), QString());
}

void tst_PgSchema::rowVersions()
{
    const qint64 person
        = insertReturningId(owner(), QStringLiteral("INSERT INTO person (display_name) VALUES ('Grace Hopper')"));
    QSqlQuery query(owner());
    QVERIFY(query.prepare(QStringLiteral("SELECT row_version, changed_by, changed_at FROM person WHERE id = ?")));
    query.addBindValue(person);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QCOMPARE(query.value(1).toString(), Owner);
    const QDateTime created = query.value(2).toDateTime();
    QVERIFY(created.isValid());

    QTest::qWait(20); // now() is the transaction's start: the next one is later
    QCOMPARE(run(alice(), QStringLiteral("UPDATE person SET team = 'Navy' WHERE id = %1").arg(person)), QString());
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 2);
    QCOMPARE(query.value(1).toString(), QStringLiteral("alice"));
    QVERIFY2(query.value(2).toDateTime() > created,
             qPrintable(query.value(2).toDateTime().toString(Qt::ISODateWithMs)));

    // Whatever the writer says, the version goes up by one and the writer is who they are.
    QCOMPARE(
        run(alice(),
            QStringLiteral("UPDATE person SET row_version = 100, changed_by = 'mallory' WHERE id = %1").arg(person)),
        QString());
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 3);
    QCOMPARE(query.value(1).toString(), QStringLiteral("alice"));

    // A table keyed by a rowid counts too.
    QCOMPARE(
        run(alice(),
            QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (%1, 'Amazing Grace')").arg(person)),
        QString());
    QCOMPARE(run(owner(),
                 QStringLiteral("UPDATE person_alias SET alias = 'Grandma COBOL' WHERE person_id = %1").arg(person)),
             QString());
    QCOMPARE(scalar(alice(),
                    QStringLiteral("SELECT row_version || ' ' || changed_by FROM person_alias "
                                   "WHERE person_id = ?"),
                    {person})
                 .toString(),
             QStringLiteral("2 ") + Owner);
    QCOMPARE(run(alice(), QStringLiteral("DELETE FROM person WHERE id = %1").arg(person)), QString());
}

void tst_PgSchema::rowidTables()
{
    QSqlDatabase db = alice();
    const qint64 group = insertReturningId(db, QStringLiteral("INSERT INTO person_group (name) VALUES ('Board')"));
    QList<qint64> people;
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cy")})
        people.append(insertReturningId(db, QStringLiteral("INSERT INTO person (display_name) VALUES (?)"), {name}));
    // Rows read back in rowid order, and an explicit rowid (undo puts a row back where it was).
    QCOMPARE(run(db, QStringLiteral("INSERT INTO group_member (rowid, group_id, person_id) VALUES (900, %1, %2)")
                         .arg(group)
                         .arg(people[0])),
             QString());
    QCOMPARE(
        run(db,
            QStringLiteral("INSERT INTO group_member (group_id, person_id) VALUES (%1, %2)").arg(group).arg(people[1])),
        QString());
    QCOMPARE(run(db, QStringLiteral("INSERT INTO group_member (rowid, group_id, person_id) VALUES (5, %1, %2)")
                         .arg(group)
                         .arg(people[2])),
             QString());
    const QVariantList order
        = column(db, QStringLiteral("SELECT person_id FROM group_member WHERE group_id = ? ORDER BY rowid"), {group});
    QCOMPARE(order.size(), 3);
    QCOMPARE(order.at(2).toLongLong(), people[0]); // rowid 900
    // The same rowid twice is refused, like a file's.
    QCOMPARE(errorCode(db, QStringLiteral("INSERT INTO group_member (rowid, group_id, person_id) VALUES (5, %1, %2)")
                               .arg(group)
                               .arg(people[1])),
             QStringLiteral("23505")); // unique_violation
    // The ids come from the sequences the program asks for; a reader cannot take one.
    const qint64 next
        = scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('person', 'id'))")).toLongLong();
    QVERIFY(next > people.last());
    QCOMPARE(errorCode(bob(), QStringLiteral("SELECT nextval(pg_get_serial_sequence('person', 'id'))")),
             QStringLiteral("42501"));
    // Rows copied in with their ids: the sequences are moved past them.
    QCOMPARE(run(db, QStringLiteral("INSERT INTO person (id, display_name) VALUES (%1, 'Copied')").arg(next + 1000)),
             QString());
    QCOMPARE(run(db, QStringLiteral("INSERT INTO group_member (rowid, group_id, person_id) VALUES (%1, %2, %3)")
                         .arg(next + 2000)
                         .arg(group)
                         .arg(next + 1000)),
             QString());
    QCOMPARE(run(db, QStringLiteral("SELECT quorum_sync_sequences()")), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('person', 'id'))")).toLongLong(),
             next + 1001);
    QCOMPARE(scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('group_member', 'rowid'))")).toLongLong(),
             next + 2001);
    // Never back: the ids handed out stay used, even when their rows are gone.
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person WHERE id = %1").arg(next + 1000)), QString());
    QCOMPARE(run(db, QStringLiteral("SELECT quorum_sync_sequences()")), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('person', 'id'))")).toLongLong(),
             next + 1002);
    QVERIFY(scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('meeting', 'id'))")).toLongLong() >= 1);
    QCOMPARE(errorCode(bob(), QStringLiteral("SELECT quorum_sync_sequences()")), QStringLiteral("42501"));
    // COLLATE NOCASE: one alias whatever the case of its letters.
    QCOMPARE(run(db, QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (%1, 'AnnB')").arg(people[0])),
             QString());
    QCOMPARE(
        errorCode(db, QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (%1, 'annb')").arg(people[1])),
        QStringLiteral("23505"));
    // The CHECKs are the file's: the cadence GLOB, dates compared as text.
    QCOMPARE(errorCode(db, QStringLiteral("INSERT INTO series (name, cadence) VALUES ('s1', 'weekly:0')")),
             QStringLiteral("23514")); // check_violation
    QCOMPARE(errorCode(db, QStringLiteral("INSERT INTO series (name, cadence) VALUES ('s1', 'weekly:100')")),
             QStringLiteral("23514"));
    QCOMPARE(errorCode(db, QStringLiteral("INSERT INTO series (name, cadence) VALUES ('s1', 'weekly:2\n')")),
             QStringLiteral("23514"));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO series (name, cadence) VALUES ('s1', 'weekly:12')")), QString());
    QCOMPARE(errorCode(db, QStringLiteral("INSERT INTO meeting (title, start_date, end_date) "
                                          "VALUES ('Backwards', '2026-03-02', '2026-03-01')")),
             QStringLiteral("23514"));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM series")), QString());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person_group")), QString());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person")), QString());
}

void tst_PgSchema::notices()
{
    QSqlDatabase db = alice();
    const qint64 meeting = insertReturningId(db, QStringLiteral("INSERT INTO meeting (title, start_date, end_date) "
                                                                "VALUES ('Notices', '2026-04-01', '2026-04-01')"));
    const qint64 day = insertReturningId(
        db, QStringLiteral("INSERT INTO meeting_day (meeting_id, day_date) VALUES (%1, '2026-04-01')").arg(meeting));
    const qint64 person
        = insertReturningId(db, QStringLiteral("INSERT INTO person (display_name) VALUES ('Notice Person')"));

    // A reader listens.
    QSqlDriver *driver = bob().driver();
    QVERIFY(driver->subscribeToNotification(QStringLiteral("quorum_changes")));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    const auto received = [&spy]() {
        QList<QJsonObject> result;
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            if (arguments.at(0).toString() != QLatin1String("quorum_changes"))
                continue;
            const QString payload = arguments.at(2).toString();
            result.append(QJsonDocument::fromJson(payload.toUtf8()).object());
            result.last().insert(QStringLiteral("payload"), payload);
        }
        return result;
    };
    const auto find = [&received](const QString &table, const QString &op) {
        for (const QJsonObject &notice : received()) {
            if (notice.value(QStringLiteral("t")).toString() == table
                && notice.value(QStringLiteral("op")).toString() == op)
                return notice;
        }
        return QJsonObject();
    };

    // Written with notices off: nobody hears of it (the search index still follows).
    QVERIFY(db.transaction());
    QCOMPARE(run(db, QStringLiteral("SET LOCAL quorum.notices = 'off'")), QString());
    QCOMPARE(run(db, QStringLiteral("INSERT INTO series (name) VALUES ('Quiet series')")), QString());
    QVERIFY(db.commit());

    QSqlQuery pid(db);
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 alicePid = pid.value(0).toLongLong();
    const qint64 entry = insertReturningId(
        db, QStringLiteral("INSERT INTO agenda_entry (day_id, position, kind, title) VALUES (%1, 0, 'topic', 'Heard')")
                .arg(day));
    QCOMPARE(run(db, QStringLiteral("UPDATE person SET team = 'Ops' WHERE id = %1").arg(person)), QString());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM agenda_entry WHERE id = %1").arg(entry)), QString());

    QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("agenda_entry"), QStringLiteral("D")).isEmpty(), 3000);
    const QJsonObject inserted = find(QStringLiteral("agenda_entry"), QStringLiteral("I"));
    QCOMPARE(
        inserted.value(QStringLiteral("payload")).toString(),
        QStringLiteral("{\"t\":\"agenda_entry\",\"id\":%1,\"m\":%2,\"op\":\"I\",\"v\":1,\"by\":\"alice\",\"p\":%3}")
            .arg(entry)
            .arg(meeting)
            .arg(alicePid));
    const QJsonObject deleted = find(QStringLiteral("agenda_entry"), QStringLiteral("D"));
    QCOMPARE(deleted.value(QStringLiteral("id")).toInteger(), entry);
    QCOMPARE(deleted.value(QStringLiteral("m")).toInteger(), meeting);
    QCOMPARE(deleted.value(QStringLiteral("by")).toString(), QStringLiteral("alice"));
    const QJsonObject updated = find(QStringLiteral("person"), QStringLiteral("U"));
    QCOMPARE(updated.value(QStringLiteral("payload")).toString(),
             QStringLiteral("{\"t\":\"person\",\"id\":%1,\"m\":0,\"op\":\"U\",\"v\":2,\"by\":\"alice\",\"p\":%2}")
                 .arg(person)
                 .arg(alicePid));
    QVERIFY(find(QStringLiteral("series"), QStringLiteral("I")).isEmpty());
    // The search index and quorum_meta send nothing.
    QVERIFY(find(QStringLiteral("search_index"), QStringLiteral("I")).isEmpty());

    // Deep rows name their meeting through their parents: a day's attendance, a topic's requesters.
    spy.clear();
    QCOMPARE(run(db, QStringLiteral("INSERT INTO day_attendance (day_id, person_id, attendance) "
                                    "VALUES (%1, %2, 'present')")
                         .arg(day)
                         .arg(person)),
             QString());
    const qint64 request = insertReturningId(
        db,
        QStringLiteral("INSERT INTO topic_request (meeting_id, position, topic) VALUES (%1, 0, 'More')").arg(meeting));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO topic_requester (request_id, person_id, position) VALUES (%1, %2, 0)")
                         .arg(request)
                         .arg(person)),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("topic_requester"), QStringLiteral("I")).isEmpty(), 3000);
    QCOMPARE(find(QStringLiteral("topic_requester"), QStringLiteral("I")).value(QStringLiteral("m")).toInteger(),
             meeting);
    QCOMPARE(find(QStringLiteral("day_attendance"), QStringLiteral("I")).value(QStringLiteral("m")).toInteger(),
             meeting);

    QVERIFY(driver->unsubscribeFromNotification(QStringLiteral("quorum_changes")));
    QCOMPARE(run(db, QStringLiteral("DELETE FROM meeting WHERE id = %1").arg(meeting)), QString());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM person WHERE id = %1").arg(person)), QString());
    QCOMPARE(run(db, QStringLiteral("DELETE FROM series")), QString());
}

void tst_PgSchema::readersAndEditors()
{
    const QString denied = QStringLiteral("42501"); // insufficient_privilege
    QSqlDatabase reader = bob();
    QCOMPARE(run(reader, QStringLiteral("SELECT * FROM meeting")), QString());
    QCOMPARE(run(reader, QStringLiteral("SELECT * FROM search_index")), QString());
    QCOMPARE(run(reader, QStringLiteral("SELECT * FROM search_meeting_source")), QString());
    QCOMPARE(errorCode(reader, QStringLiteral("INSERT INTO person (display_name) VALUES ('Bob was here')")), denied);
    QCOMPARE(errorCode(reader, QStringLiteral("UPDATE person SET team = 'x'")), denied);
    QCOMPARE(errorCode(reader, QStringLiteral("DELETE FROM person")), denied);
    QCOMPARE(errorCode(reader, QStringLiteral("DELETE FROM search_index")), denied);

    QSqlDatabase editor = alice();
    const qint64 person
        = insertReturningId(editor, QStringLiteral("INSERT INTO person (display_name) VALUES ('Alice was here')"));
    QVERIFY(person > 0);
    QCOMPARE(run(editor, QStringLiteral("UPDATE person SET team = 'x' WHERE id = %1").arg(person)), QString());
    QCOMPARE(scalar(reader, QStringLiteral("SELECT team FROM person WHERE id = ?"), {person}).toString(),
             QStringLiteral("x"));
    QCOMPARE(run(editor, QStringLiteral("DELETE FROM person WHERE id = %1").arg(person)), QString());
    // The format marker is the owner's.
    QCOMPARE(errorCode(editor, QStringLiteral("UPDATE quorum_meta SET value = '99' WHERE key = 'format'")), denied);
    QCOMPARE(errorCode(editor, QStringLiteral("CREATE TABLE intruder (x int)")), denied);

    // Someone in neither role sees nothing.
    {
        QSqlDatabase stranger = m_cluster.connect(QStringLiteral("carol"), LibraryName, QStringLiteral("carol"));
        QVERIFY2(stranger.isOpen(), qPrintable(m_cluster.errorString()));
        QCOMPARE(errorCode(stranger, QStringLiteral("SELECT * FROM meeting")), denied);
    }

    // A later format's table is covered without granting again (ALTER DEFAULT PRIVILEGES).
    QCOMPARE(run(owner(), QStringLiteral("CREATE TABLE later_format (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                                         "PRIMARY KEY, note TEXT)")),
             QString());
    QCOMPARE(run(editor, QStringLiteral("INSERT INTO later_format (note) VALUES ('new')")), QString());
    QCOMPARE(scalar(reader, QStringLiteral("SELECT note FROM later_format")).toString(), QStringLiteral("new"));
    QCOMPARE(errorCode(reader, QStringLiteral("DELETE FROM later_format")), denied);
    QCOMPARE(run(owner(), QStringLiteral("DROP TABLE later_format")), QString());
}

void tst_PgSchema::rolesTwice()
{
    const QString roles = QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'team\\_library\\_%'");
    QCOMPARE(scalar(owner(), roles).toInt(), 2);
    QCOMPARE(runScript(owner(), rolesScript()), QString());
    QCOMPARE(runScript(owner(), rolesScript()), QString());
    QCOMPARE(scalar(owner(), roles).toInt(), 2);
    QCOMPARE(run(alice(), QStringLiteral("SELECT * FROM person")), QString());
    QCOMPARE(errorCode(bob(), QStringLiteral("INSERT INTO person (display_name) VALUES ('x')")),
             QStringLiteral("42501"));
    QVERIFY(scalar(owner(), QStringLiteral("SELECT pg_has_role('team_library_editors', 'team_library_readers', "
                                           "'MEMBER')"))
                .toBool());
}

void tst_PgSchema::hostileDatabaseName()
{
    const QString name = QStringLiteral("x\"; DROP TABLE y; --'");
    QString error = createLibrary(name);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner ") + name);
    QVERIFY(db.isOpen());
    QCOMPARE(runScript(db, rolesScript()), QString()); // again
    QCOMPARE(column(db, QStringLiteral("SELECT rolname::text FROM pg_roles WHERE rolname LIKE 'x%' ORDER BY rolname")),
             (QVariantList{name + QStringLiteral("_editors"), name + QStringLiteral("_readers")}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT has_table_privilege(?, 'meeting', 'INSERT')"),
                    {name + QStringLiteral("_editors")})
                 .toBool(),
             true);
    QCOMPARE(scalar(db, QStringLiteral("SELECT has_table_privilege(?, 'meeting', 'INSERT')"),
                    {name + QStringLiteral("_readers")})
                 .toBool(),
             false);
    // The other library is untouched.
    QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM quorum_meta")).toInt(), 2);

    // A name too long for the roles' names (cut at 63 bytes, both to the same) is refused, saying why.
    const QString longName = QString(60, QLatin1Char('n'));
    error = createLibrary(longName);
    QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));
    QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'nnnn%'")).toInt(), 0);
}

void tst_PgSchema::schemaTwiceIsRefused()
{
    // The schema is for an empty database: on a library it fails, and the library is as it was.
    const QString error = runScript(owner(), schemaScript());
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(scalar(owner(), QStringLiteral("SELECT value FROM quorum_meta WHERE key = 'format'")).toString(),
             QStringLiteral("10"));
    QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM quorum_meta")).toInt(), 2);
}

void tst_PgSchema::withoutUnaccent()
{
    // Where the owner cannot create the extension (here: no CREATE on the database; elsewhere: no
    // contrib package), accents go by translate(), and the schema installs all the same.
    const QString name = QStringLiteral("no_unaccent");
    const QString error
        = createLibrary(name, QStringLiteral("REVOKE CREATE ON DATABASE no_unaccent FROM PUBLIC, %1").arg(Owner));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner ") + name);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT quorum_fold('Jürgen Müller, Łódź, Ångström, çà et là')")).toString(),
             QStringLiteral("Jurgen Muller, Lodz, Angstrom, ca et la"));
    const qint64 person = insertReturningId(
        db, QStringLiteral("INSERT INTO person (display_name, username) VALUES ('Zoë Šimůnková', 'zoe')"));
    QCOMPARE(hits(db, QStringLiteral("zoe simunkova")), QList<qint64>{person * 8 + 5});
    QCOMPARE(hits(db, QStringLiteral("Šimůnková")), QList<qint64>{person * 8 + 5});
}

QTEST_GUILESS_MAIN(tst_PgSchema)
#include "tst_pgschema.moc"
