// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "librarygenerator.h"
#include "storage/database.h"
#include "storage/librarycheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

/** quorum generate: the same seed gives the same file; the library is sound and shaped as promised. */
class TestGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<qint64> numbers(const Database &db, const QString &sql)
    {
        QList<qint64> values;
        QSqlQuery q(db.connection());
        if (q.exec(sql)) {
            while (q.next())
                values << q.value(0).toLongLong();
        }
        return values;
    }

private Q_SLOTS:
    void shouldWriteTheSameBytesForTheSameSeed()
    {
        QString error;
        const QString a = m_dir.filePath(QStringLiteral("a.quorum"));
        const QString b = m_dir.filePath(QStringLiteral("b.quorum"));
        const QString c = m_dir.filePath(QStringLiteral("c.quorum"));
        QVERIFY2(LibraryGenerator::write(a, {14, 42}, &error), qPrintable(error));
        QVERIFY(LibraryGenerator::write(b, {14, 42}, &error));
        QVERIFY(LibraryGenerator::write(c, {14, 43}, &error));
        QCOMPARE(fileSha256(a), fileSha256(b));
        QVERIFY(fileSha256(a) != fileSha256(c));
        QVERIFY(!LibraryGenerator::write(a, {14, 42}, &error)); // never over an existing file
        QCOMPARE(fileSha256(a), fileSha256(b));
    }

    void shouldShapeTheLibraryAsPromised()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("shape.quorum"));
        QVERIFY(LibraryGenerator::write(path, {26, 1}, &error));
        QVERIFY(LibraryCheck::runOnFile(path).isOk());
        const auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(numbers(*db, QStringLiteral("SELECT count(*) FROM meeting")), QList<qint64>{26});
        QCOMPARE(numbers(*db, QStringLiteral("SELECT count(*) FROM person")), QList<qint64>{150});
        QVERIFY(numbers(*db, QStringLiteral("SELECT count(*) FROM person_alias")).first() > 50);
        QCOMPARE(numbers(*db, QStringLiteral("SELECT count(*) FROM person_group")), QList<qint64>{3});
        // Every 13th meeting has three days and moderated blocks with about 40 entries.
        QCOMPARE(numbers(*db, QStringLiteral("SELECT count(*) FROM meeting WHERE end_date > start_date")),
                 QList<qint64>{2});
        for (qint64 n :
             numbers(*db, QStringLiteral("SELECT count(*) FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id "
                                         "JOIN meeting m ON m.id = d.meeting_id WHERE m.end_date > m.start_date "
                                         "AND e.kind = 'topic' GROUP BY m.id")))
            QVERIFY2(n >= 30 && n <= 50, qPrintable(QString::number(n)));
        QVERIFY(numbers(*db, QStringLiteral("SELECT count(*) FROM agenda_entry WHERE kind = 'block'")).first() >= 18);
        for (qint64 n :
             numbers(*db, QStringLiteral(
                              "SELECT count(*) FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id "
                              "JOIN meeting m ON m.id = d.meeting_id WHERE m.end_date = m.start_date GROUP BY m.id")))
            QVERIFY(n >= 9 && n <= 11);
        for (qint64 n : numbers(*db, QStringLiteral("SELECT count(*) FROM participant GROUP BY meeting_id")))
            QVERIFY(n >= 15 && n <= 40);
        for (qint64 n : numbers(*db, QStringLiteral("SELECT count(*) FROM action_item GROUP BY meeting_id")))
            QVERIFY(n >= 3 && n <= 8);
        const qint64 open = numbers(*db, QStringLiteral("SELECT count(*) FROM action_item WHERE done = 0")).first();
        const qint64 all = numbers(*db, QStringLiteral("SELECT count(*) FROM action_item")).first();
        QVERIFY(open > 0 && open < all / 3);
        for (qint64 n :
             numbers(*db, QStringLiteral("SELECT length(running_notes) FROM agenda_entry WHERE kind = 'topic'")))
            QVERIFY(n >= 500 && n <= 6000);
        for (qint64 n : numbers(*db, QStringLiteral("SELECT count(*) FROM attachment GROUP BY meeting_id")))
            QCOMPARE(n, 2);
        for (qint64 n : numbers(*db, QStringLiteral("SELECT size FROM blob")))
            QVERIFY(n >= 50 * 1024 && n <= 500 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
