// SPDX-License-Identifier: GPL-3.0-or-later
#include "finalcontroller.h"
#include "fixtures.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "meetingdocument.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestFinalBanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    static void showTab(MainWindow &w, const QString &name)
    {
        w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))->setCurrentWidget(w.findChild<QWidget *>(name));
    }

    /** A window on a fresh sample at its seed meeting, finalized through the Meeting menu by "Ann Example". */
    void openFinalized(MainWindow &w, Id *seed)
    {
        const QString path = writeSample(m_dir, QStringLiteral("f%1.quorum").arg(++m_files), seed);
        w.setClock([] { return QDateTime(QDate(2020, 9, 16), QTime(17, 30), Qt::UTC); });
        QVERIFY(w.openLibrary(path, *seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        qputenv("USER", "somebody-unknown");
        QString suggested;
        w.finalController()->setNameAsker([&suggested](const QString &s) {
            suggested = s;
            return QStringLiteral("Ann Example");
        });
        w.findChild<QAction *>(QStringLiteral("finalizeMinutesAction"))->trigger();
        // the login name, or the meeting's note-taker when it has one
        QVERIFY(!suggested.isEmpty());
        QVERIFY(w.document()->isFinal(*seed));
    }

private Q_SLOTS:
    void cleanup() { QSettings().clear(); }

    void shouldShowTheBannerAndDisableEditingInEveryTab()
    {
        MainWindow w;
        Id seed = 0;
        openFinalized(w, &seed);
        // THEN the banner says who finalized, with Reopen
        auto *banner = w.findChild<QFrame *>(QStringLiteral("finalBanner"));
        QVERIFY(banner->isVisible());
        const QString text = w.findChild<QLabel *>(QStringLiteral("finalBannerText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Final minutes, finalized by Ann Example")), qPrintable(text));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("finalBannerReopen"))->isEnabled());
        // and the editing controls are off, in a tab built before and one built after
        auto *code = w.findChild<QLineEdit *>(QStringLiteral("meetingCodeEdit"));
        QVERIFY(code->isReadOnly());
        showTab(w, QStringLiteral("participantsTab"));
        auto *participants = w.findChild<QTableView *>(QStringLiteral("participantTable"));
        QCOMPARE(participants->editTriggers(), QAbstractItemView::NoEditTriggers);
        showTab(w, QStringLiteral("attachmentsTab"));
        auto *attachments = w.findChild<QTableView *>(QStringLiteral("attachmentTable"));
        QCOMPARE(attachments->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("finalizeMinutesAction"))->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("reopenMinutesAction"))->isEnabled());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("deleteMeetingAction"))->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("duplicateMeetingAction"))->isEnabled());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("startMeetingAction"))->isEnabled());
        // and the sidebar marks the meeting
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("meetingTree"));
        QVERIFY(tree->currentIndex().data().toString().startsWith(QStringLiteral("✓ ")));
    }

    void shouldEditAgainAfterReopeningAndAfterUndo()
    {
        MainWindow w;
        Id seed = 0;
        openFinalized(w, &seed);
        auto *code = w.findChild<QLineEdit *>(QStringLiteral("meetingCodeEdit"));
        const bool wasReadOnly = code->isReadOnly();
        QVERIFY(wasReadOnly);
        // WHEN Reopen is asked, and the question is declined
        QString asked;
        w.finalController()->setConfirmer([&asked](const QString &q) {
            asked = q;
            return false;
        });
        w.findChild<QPushButton *>(QStringLiteral("finalBannerReopen"))->click();
        QVERIFY(asked.contains(QStringLiteral("Reopen")));
        QVERIFY(w.document()->isFinal(seed));
        // and then confirmed
        w.finalController()->setConfirmer([](const QString &) { return true; });
        w.findChild<QPushButton *>(QStringLiteral("finalBannerReopen"))->click();
        QVERIFY(!w.document()->isFinal(seed));
        QVERIFY(!w.findChild<QFrame *>(QStringLiteral("finalBanner"))->isVisible());
        QVERIFY(!code->isReadOnly());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("startMeetingAction"))->isEnabled());
        // and undo of the reopening makes it final again, read-only again
        w.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(w.document()->isFinal(seed));
        QVERIFY(code->isReadOnly());
        QVERIFY(w.findChild<QFrame *>(QStringLiteral("finalBanner"))->isVisible());
    }

    void shouldShowADifferenceAndRestoreARevision()
    {
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("h%1.quorum").arg(++m_files), &seed);
        MainWindow w;
        QDateTime now(QDate(2020, 9, 15), QTime(15, 0), Qt::UTC);
        w.setClock([&now] { return now; });
        QVERIFY(w.openLibrary(path, seed));
        MeetingDocument *doc = w.document();
        Id entry = 0;
        for (const AgendaEntry &e : doc->agendaState().entries) {
            if (e.kind == AgendaEntry::Kind::Topic) {
                entry = e.id;
                break;
            }
        }
        QVERIFY(entry);
        // the notes as they were are kept too, when there were any
        const int kept = doc->agendaState().entry(entry)->runningNotes.isEmpty() ? 2 : 3;
        const auto type = [&](const QString &text) {
            AgendaState after = doc->agendaState();
            after.entry(entry)->runningNotes = text;
            doc->editAgenda(after, QStringLiteral("Type"), entry * 16 + 15);
        };
        type(QStringLiteral("one\ntwo"));
        now = now.addSecs(600);
        type(QStringLiteral("one\nTWO\nthree"));
        HistoryDialog dialog(doc, seed);
        dialog.setFilter(QStringLiteral("running_notes:%1").arg(entry));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
        QCOMPARE(table->model()->rowCount(), kept);
        // WHEN the newest is selected, it is compared with the one before
        table->selectRow(0);
        const QString left = dialog.findChild<QTextBrowser *>(QStringLiteral("historyLeft"))->toPlainText();
        const QString right = dialog.findChild<QTextBrowser *>(QStringLiteral("historyRight"))->toPlainText();
        QVERIFY2(left.contains(QStringLiteral("two")) && right.contains(QStringLiteral("three")),
                 qPrintable(left + QLatin1String(" | ") + right));
        // WHEN the older one is restored
        table->selectRow(1);
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreRevisionButton"));
        QVERIFY(restore->isEnabled());
        restore->click();
        QCOMPARE(doc->agendaState().entry(entry)->runningNotes, QStringLiteral("one\ntwo"));
        QCOMPARE(table->model()->rowCount(), kept + 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->agendaState().entry(entry)->runningNotes, QStringLiteral("one\nTWO\nthree"));
        // and Prune History asks, then says how many went
        dialog.setPruneAsker([] { return QDate(2020, 9, 15).addDays(1); });
        dialog.setConfirmer([](const QString &) { return true; });
        dialog.findChild<QPushButton *>(QStringLiteral("pruneHistoryButton"))->click();
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("historyStatus"))->text().contains(QStringLiteral("removed")));
        QCOMPARE(doc->revisions(seed).size(), 0);
    }
};

QTEST_MAIN(TestFinalBanner)
#include "tst_finalbanner.moc"
