// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendatab.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <csignal>
#include <unistd.h>

using namespace Quorum;
using namespace Quorum::Testing;

/** Read-only and shared libraries: learned at once, shown in a banner, editing off, taken over when free. */
class TestReadOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QMap<QString, QString> lines(const QByteArray &out)
    {
        QMap<QString, QString> result;
        for (const QByteArray &line : out.split('\n')) {
            const QString text = QString::fromUtf8(line);
            result.insert(text.section(QLatin1Char(' '), 0, 0), text.section(QLatin1Char(' '), 1));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void shouldOfferReadOnlyWhileAnotherQuorumEditsAndTakeOverWhenItDies()
    {
        const QString path = writeSample(m_dir, QStringLiteral("shared.quorum"));
        // The first Quorum: editing the library in another process, as fast as a busy note-taker
        // (an edit every 20 ms), not so fast that a busy machine starves every reader.
        QProcess first;
        first.start(QStringLiteral(QUORUM_TEST_HELPER),
                    {QStringLiteral("edit"), path, QStringLiteral("1"), QStringLiteral("20")});
        QVERIFY(first.waitForReadyRead(30000));
        QString holder;
        QVERIFY(LibraryFile::isInUse(path, &holder));
        // "on HOST by USER since TIME (process PID)"
        QVERIFY2(holder.startsWith(QStringLiteral("on ")) && holder.contains(QStringLiteral(" since ")),
                 qPrintable(holder));
        QVERIFY2(holder.endsWith(QStringLiteral("(process %1)").arg(first.processId())), qPrintable(holder));

        // The second learns it at once, and is offered read-only.
        MainWindow w;
        QString asked;
        w.setReadOnlyQuestion([&asked](QWidget *, const QString &question) {
            asked = question;
            return true;
        });
        QVERIFY(w.openLibrary(path));
        QVERIFY2(asked.contains(QStringLiteral("is open in Quorum %1.").arg(holder)), qPrintable(asked));
        QVERIFY(w.document()->isReadOnly());
        auto *banner = w.findChild<QLabel *>(QStringLiteral("problemBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().startsWith(QStringLiteral("Read-only: ")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("(read-only)")));

        // Editing is off; viewing, filtering, printing are not, in every tab (each built when first shown).
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        for (int i = tabs->count() - 1; i >= 0; --i)
            tabs->setCurrentIndex(i);
        QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->isReadOnly());
        QVERIFY(!w.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->isClearButtonEnabled());
        QCOMPARE(w.findChild<QTreeView *>(QStringLiteral("agendaTree"))->editTriggers(),
                 QAbstractItemView::NoEditTriggers);
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("addTopicAction"))->isEnabled());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("addParticipantAction"))->isEnabled());
        QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("summaryActionFilter"))->isEnabled());
        QVERIFY(!w.findChild<QLineEdit *>(QStringLiteral("summaryActionFilter"))->isReadOnly());
        QVERIFY(w.findChild<QComboBox *>(QStringLiteral("summaryStateCombo"))->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("printPreviewAction"))->isEnabled());
        // An edit that slips through is refused quietly: nothing written, no dialog.
        const QString location = w.document()->currentMeeting().location;
        w.document()->editMeetingField(Meeting::Location, QStringLiteral("Changed while read-only"));
        QCOMPARE(w.document()->currentMeeting().location, location);
        QVERIFY(w.findChildren<QMessageBox *>().isEmpty());

        // The first Quorum dies without a word; the second offers to take over, and does.
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(30000));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("Switch to editing")), 15000);
        Q_EMIT banner->linkActivated(QStringLiteral("edit"));
        QVERIFY(!w.document()->isReadOnly());
        QVERIFY(banner->isHidden());
        QVERIFY(!w.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->isReadOnly());
        w.document()->editMeetingField(Meeting::Location, QStringLiteral("Taken over"));
        QCOMPARE(
            MeetingRepository(w.document()->database().connection()).load(w.document()->currentMeetingId()).location,
            QStringLiteral("Taken over"));
        QVERIFY(LibraryFile::isInUse(path)); // now this window holds it
    }

    void shouldOfferNoAgendaFixInADamagedLibrary()
    {
        // GIVEN a library whose "Community support" runs into the pinned break, and whose search
        // index is damaged: the check after opening makes it read-only
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("late.quorum"), &seed);
        QVERIFY(runInFile(path, {QStringLiteral("UPDATE agenda_entry SET duration_minutes = 60 "
                                                "WHERE title = 'Community support'")}));
        QVERIFY(damageTable(path, QStringLiteral("search_index_data")));
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.document()->file()->waitForCheck();
        QTRY_VERIFY(w.document()->isReadOnly());
        // WHEN the late entry is shown on the Agenda
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("agendaTab"))); // built when first shown
        auto *agenda = w.findChild<AgendaTab *>();
        agenda->selectEntry(
            entryTitled(w.document()->agenda()->state().entries, QStringLiteral("Community support")).id);
        // THEN it says what runs late, and offers no fix it could not store
        QTRY_VERIFY(
            w.findChild<QLabel *>(QStringLiteral("agendaTiming"))->text().contains(QStringLiteral("into “Break”")));
        const QList<QPushButton *> fixes = w.findChildren<QPushButton *>(QStringLiteral("agendaFixButton"));
        QVERIFY(!fixes.isEmpty());
        for (QPushButton *b : fixes)
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    }

    void shouldOpenAReadOnlyFileReadOnlyForAnOrdinaryUser()
    {
        // Root ignores file permissions: the window is run as "nobody" (setpriv) on a file it cannot write.
        QTemporaryDir shared;
        QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        const QString path = writeSample(shared, QStringLiteral("minutes.quorum"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                        | QFileDevice::ReadGroup);
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther);
        const QString before = fileSha256(path);
        QProcess window;
        if (::geteuid() == 0) {
            window.start(QStringLiteral("setpriv"),
                         {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                          QStringLiteral("--clear-groups"), QStringLiteral(QUORUM_TEST_HELPER),
                          QStringLiteral("window"), path});
        } else {
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
            window.start(QStringLiteral(QUORUM_TEST_HELPER), {QStringLiteral("window"), path});
        }
        QVERIFY(window.waitForFinished(60000));
        const QByteArray err = window.readAllStandardError();
        if (window.error() == QProcess::FailedToStart || err.contains("setpriv:"))
            QSKIP(qPrintable(QStringLiteral("cannot run as another user here: %1").arg(QString::fromLocal8Bit(err))));
        QCOMPARE(window.exitCode(), 0);
        const QMap<QString, QString> shown = lines(window.readAllStandardOutput());
        QCOMPARE(shown.value(QStringLiteral("opened")), QStringLiteral("1"));
        QCOMPARE(shown.value(QStringLiteral("readonly")), QStringLiteral("1"));
        QVERIFY2(shown.value(QStringLiteral("banner")).startsWith(QStringLiteral("Read-only: ")),
                 qPrintable(shown.value(QStringLiteral("banner"))));
        QVERIFY(shown.value(QStringLiteral("banner")).contains(QStringLiteral("read-only")));
        QCOMPARE(shown.value(QStringLiteral("title-editable")), QStringLiteral("0"));
        QCOMPARE(shown.value(QStringLiteral("dialogs")), QStringLiteral("0"));
        QCOMPARE(shown.value(QStringLiteral("dialogs-after-edit")), QStringLiteral("0"));
        QCOMPARE(fileSha256(path), before);
    }
};

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
