// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachments/attachmentwriter.h"
#include "attachments/safefilename.h"
#include "fixtures.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QStringList hostileNames = {QStringLiteral("../../x"),
                                  QStringLiteral("/etc/passwd"),
                                  QStringLiteral("..\\..\\x"),
                                  QStringLiteral("."),
                                  QStringLiteral(".."),
                                  QString(),
                                  QStringLiteral("a/b"),
                                  QStringLiteral("nul") + QChar(0) + QStringLiteral("byte.txt"),
                                  QString(300, QLatin1Char('n')) + QStringLiteral(".pdf"),
                                  QStringLiteral("evil\u202Egpj.exe"),
                                  QStringLiteral("same.pdf"),
                                  QStringLiteral("same.pdf"),
                                  QStringLiteral("SAME.pdf"),
                                  QStringLiteral("planted"),
                                  QStringLiteral("Größe — Übersicht.pdf")};

/** Every file under dir, relative, with its bytes' sha256. */
QMap<QString, QString> snapshot(const QString &dir)
{
    QMap<QString, QString> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), fileSha256(path));
    }
    return files;
}

} // namespace

class TestAttachmentWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Attachment> m_attachments;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("hostile.quorum")), Database::Mode::CreateNew, &error);
        QVERIFY2(m_db, qPrintable(error));
        Meeting m;
        m.title = QStringLiteral("Hostile names");
        m.startDate = m.endDate = QDate(2026, 11, 29);
        const Id meeting = MeetingRepository(m_db->connection()).insert(m);
        AttachmentRepository files(m_db->connection());
        int i = 0;
        for (const QString &name : hostileNames) {
            Attachment a;
            a.meetingId = meeting;
            a.position = i;
            a.fileName = name.isEmpty() ? QStringLiteral("?") : name; // the library itself refuses an empty name
            a.modifiedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
            files.insert(a, QByteArray("content ") + QByteArray::number(i++));
        }
        m_attachments = files.forMeeting(meeting);
        QCOMPARE(m_attachments.size(), hostileNames.size());
    }

    void shouldMakeNamesSafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("parent dirs") << "../../x"
                                     << "x";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "etc_passwd";
        QTest::newRow("backslashes") << "..\\..\\x"
                                     << "x";
        QTest::newRow("dot") << "."
                             << "attachment";
        QTest::newRow("dot dot") << ".."
                                 << "attachment";
        QTest::newRow("empty") << ""
                               << "attachment";
        QTest::newRow("slash") << "a/b"
                               << "a_b";
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "a_b";
        QTest::newRow("right-to-left override") << QStringLiteral("evil\u202Egpj.exe") << "evil_gpj.exe";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("plain") << "KTL Build+Package DMLT F2F 2020-09-15.pdf"
                               << "KTL Build+Package DMLT F2F 2020-09-15.pdf";
    }

    void shouldMakeNamesSafe()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(SafeFileName::make(name), safe);
    }

    void shouldCutLongNamesWithinTheLimitKeepingTheExtension()
    {
        const QString safe = SafeFileName::make(QString(200, QChar(0x00e9)) + QStringLiteral(".pdf")); // 2 bytes each
        QVERIFY(safe.toUtf8().size() <= 255);
        QVERIFY(safe.endsWith(QStringLiteral(".pdf")));
        QCOMPARE(SafeFileName::makeUnique({QStringLiteral("a.pdf"), QStringLiteral("A.pdf"), QStringLiteral("a.pdf")}),
                 (QStringList{QStringLiteral("a.pdf"), QStringLiteral("A (2).pdf"), QStringLiteral("a (3).pdf")}));
    }

    void shouldSaveEveryAttachmentInsideTheFolderOnly()
    {
        // GIVEN a target folder inside a parent, with a symlink planted under one of the names
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkdir(target));
        const QString outside = parent.filePath(QStringLiteral("outside.txt"));
        QVERIFY(writeFile(outside, "do not touch"));
        QVERIFY(QFile::link(outside, QDir(target).filePath(QStringLiteral("planted"))));
        const QMap<QString, QString> before = snapshot(parent.path());

        // WHEN all attachments are saved there
        const QStringList written = AttachmentWriter::saveAll(*m_db, m_attachments, target);

        // THEN each is a new direct child of the folder with the library's bytes, and nothing else changed
        QCOMPARE(written.size(), m_attachments.size());
        QSet<QString> seen;
        for (int i = 0; i < written.size(); ++i) {
            const QFileInfo info(written.at(i));
            QCOMPARE(info.absolutePath(), QFileInfo(target).absoluteFilePath());
            QVERIFY(!info.isSymLink());
            QVERIFY(info.fileName().toUtf8().size() <= 255);
            QCOMPARE(fileSha256(written.at(i)), m_attachments.at(i).sha256);
            QVERIFY(!seen.contains(info.fileName().toCaseFolded()));
            seen.insert(info.fileName().toCaseFolded());
        }
        QCOMPARE(readFile(outside), QByteArray("do not touch"));
        QMap<QString, QString> after = snapshot(parent.path());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QCOMPARE(after.size(), before.size() + written.size());
    }

    void shouldWriteAZipWithTheSameSafeNamesAndBytes()
    {
        QTemporaryDir out;
        const QString zipPath = out.filePath(QStringLiteral("attachments.zip"));
        AttachmentWriter::saveZip(*m_db, m_attachments, zipPath);
        QStringList names;
        for (const Attachment &a : std::as_const(m_attachments))
            names << a.fileName;
        const QStringList safe = SafeFileName::makeUnique(names);
        int code = 0;
        zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code);
        QVERIFY(archive);
        QCOMPARE(int(zip_get_num_entries(archive, 0)), m_attachments.size());
        for (int i = 0; i < m_attachments.size(); ++i) {
            zip_stat_t st;
            QCOMPARE(zip_stat_index(archive, zip_uint64_t(i), 0, &st), 0);
            QCOMPARE(QString::fromUtf8(st.name), safe.at(i));
            QByteArray data(qsizetype(st.size), Qt::Uninitialized);
            zip_file_t *f = zip_fopen_index(archive, zip_uint64_t(i), 0);
            QVERIFY(f);
            QCOMPARE(zip_fread(f, data.data(), st.size), zip_int64_t(st.size));
            zip_fclose(f);
            QCOMPARE(AttachmentRepository::sha256Of(data), m_attachments.at(i).sha256);
        }
        zip_close(archive);
        // An existing file is never replaced.
        QVERIFY_THROWS_EXCEPTION(StorageError, AttachmentWriter::saveZip(*m_db, m_attachments, zipPath));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentWriter)
#include "tst_attachmentwriter.moc"
