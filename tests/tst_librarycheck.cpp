// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "storage/database.h"
#include "storage/librarycheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

/** quorum check: what is wrong with a library, in words a user understands; never a change. */
class TestLibraryCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldFindNothingWrongWithTheSample()
    {
        const QString path = writeSample(m_dir, QStringLiteral("good.quorum"));
        const CheckReport report = LibraryCheck::runOnFile(path);
        QVERIFY2(report.isOk(), qPrintable(report.toText()));
        QVERIFY(report.toText().contains(QStringLiteral("Result: no problems found.")));
        QVERIFY(report.toText().contains(QStringLiteral("attachment contents against their checksums (13)")));
        QString error;
        const auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(LibraryCheck::run(*db).isOk());
    }

    void shouldDescribeBrokenRecords()
    {
        const QString path = writeSample(m_dir, QStringLiteral("records.quorum"));
        QVERIFY(runInFile(
            path,
            {
                QStringLiteral("UPDATE blob SET data = X'00' || substr(data, 2) WHERE sha256 = "
                               "(SELECT sha256 FROM attachment WHERE file_name = 'QuietDays.pdf')"),
                QStringLiteral("INSERT INTO participant (meeting_id, person_id, position) VALUES (1, 9999, 99)"),
                QStringLiteral(
                    "UPDATE agenda_entry SET parent_id = (SELECT max(id) FROM agenda_entry WHERE kind = 'block') "
                    "WHERE id = (SELECT min(id) FROM agenda_entry WHERE kind = 'topic')"),
                QStringLiteral(
                    "UPDATE meeting_day SET day_date = '1999-01-01' WHERE id = (SELECT min(id) FROM meeting_day)"),
            }));
        const QString before = fileSha256(path);
        const CheckReport report = LibraryCheck::runOnFile(path);
        QCOMPARE(report.problems,
                 QStringList(
                     {QStringLiteral("Participants that refer to a person that is not in the library: 1."),
                      QStringLiteral("Agenda entries that sit in a block of another day, or under an entry "
                                     "that is not a block: 1."),
                      QStringLiteral("Meeting days outside their meeting's dates: 1."),
                      QStringLiteral("The content of “QuietDays.pdf” is damaged: it differs from what was stored.")}));
        QCOMPARE(fileSha256(path), before);
    }

    void shouldReportADamagedFileThatCannotBeOpened()
    {
        const QString path = writeSample(m_dir, QStringLiteral("damaged.quorum"));
        QVERIFY(damageTable(path, QStringLiteral("agenda_entry")));
        QString error;
        QVERIFY(!Database::open(path, Database::Mode::ReadOnly, &error)); // the library refuses it ...
        const CheckReport report = LibraryCheck::runOnFile(path); // ... the check still says why
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().startsWith(QStringLiteral("The file is damaged")),
                 qPrintable(report.toText()));
        QVERIFY(report.toText().contains(QStringLiteral("Nothing was changed.")));
    }

    void shouldRefuseWhatIsNotALibrary()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(text, "just some notes\n"));
        QVERIFY(LibraryCheck::runOnFile(text).problems.first().contains(QStringLiteral("not a Quorum library")));
        QVERIFY(LibraryCheck::runOnFile(m_dir.filePath(QStringLiteral("missing.quorum")))
                    .problems.first()
                    .contains(QStringLiteral("does not exist")));
        const QString foreign = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(runInFile(foreign, {QStringLiteral("CREATE TABLE t (x)")}));
        QVERIFY(LibraryCheck::runOnFile(foreign).problems.first().contains(QStringLiteral("another program")));
    }

    void shouldNoteUnusedAttachmentContent()
    {
        const QString path = writeSample(m_dir, QStringLiteral("unused.quorum"));
        QVERIFY(runInFile(path, {QStringLiteral("DELETE FROM attachment WHERE file_name = 'QuietDays.pdf'")}));
        const CheckReport report = LibraryCheck::runOnFile(path);
        QVERIFY(report.isOk());
        QCOMPARE(report.notes.size(), 1);
        QVERIFY(report.notes.first().startsWith(
            QStringLiteral("Attachment contents kept although no attachment uses them")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCheck)
#include "tst_librarycheck.moc"
