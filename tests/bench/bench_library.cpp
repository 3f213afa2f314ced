// SPDX-License-Identifier: GPL-3.0-or-later
// Not part of the CTest run: build/tests/bench/bench_library (see docs/PERFORMANCE.md).
// Uses the library in $QUORUM_BENCH_LIBRARY, or generates 520 meetings (seed 1) first.
#include "export/jsoninterchange.h"
#include "export/reportbuilder.h"
#include "export/reportprinter.h"
#include "itemmodels/actionfilterproxy.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "librarygenerator.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/searchrepository.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <sys/resource.h>

using namespace Quorum;

/** The figures of docs/PERFORMANCE.md, on a ten-year library. */
class BenchLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_threeDay = 0;
    Id m_weekly = 0;

    /** The document the figures use, opened after the window's test (it takes the library's lock). */
    bool openDocument()
    {
        if (m_doc)
            return true;
        QString error;
        m_doc = MeetingDocument::open(m_path, &error);
        if (!m_doc) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        for (const MeetingSummary &m : MeetingRepository(m_doc->database().connection()).summaries()) {
            if (m.endDate > m.startDate && !m_threeDay)
                m_threeDay = m.id;
            if (m.endDate == m.startDate)
                m_weekly = m.id;
        }
        return m_threeDay && m_weekly;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = qEnvironmentVariable("QUORUM_BENCH_LIBRARY");
        if (m_path.isEmpty()) {
            m_path = m_dir.filePath(QStringLiteral("ten-years.quorum"));
            QString error;
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(LibraryGenerator::write(m_path, {520, 1}, &error), qPrintable(error));
            qInfo("generated 520 meetings in %lld ms (%lld MB)", timer.elapsed(), QFileInfo(m_path).size() >> 20);
        }
    }

    void openToFirstPaintedWindow()
    {
        // Measured once, by hand: opening also starts the library's check and a backup in the
        // background, and closing waits for them, which is not part of opening.
        QElapsedTimer timer;
        QBENCHMARK_ONCE
        {
            timer.start();
            MainWindow w;
            w.openLibrary(m_path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCoreApplication::processEvents(); // the first paint
            qInfo("open to first painted window: %lld ms", timer.elapsed());
            // Meanwhile the library's check reads the whole file; the first edit waits for it.
            w.document()->file()->waitForCheck();
            qInfo("its check done after: %lld ms", timer.elapsed());
        }
    }

    void filterTheSidebarInTheWindow()
    {
        // Each keystroke in the sidebar's filter (Ctrl+F): the filter and the tree's new layout.
        MainWindow w;
        QVERIFY(w.openLibrary(m_path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("meetingSearch"));
        QVERIFY(search);
        int keystroke = 0;
        const QString typed = QStringLiteral("Face-to-Face");
        QBENCHMARK
        {
            search->setText(typed.left(1 + keystroke++ % typed.size()));
        }
    }

    void readTheSidebarAndTheActionSummary()
    {
        // What opening reads for the library-wide views, and again after a meeting is added.
        QVERIFY(openDocument());
        QBENCHMARK
        {
            m_doc->models()->refreshMeetings();
        }
        qInfo("%lld meetings, %lld action items",
              qint64(MeetingRepository(m_doc->database().connection()).summaries().size()),
              qint64(m_doc->actionSummary()->rowCount()));
    }

    void switchMeeting()
    {
        QVERIFY(openDocument());
        bool flip = false;
        QBENCHMARK
        {
            flip = !flip;
            m_doc->setCurrentMeeting(flip ? m_threeDay : m_weekly);
        }
    }

    void filterActionSummaryFirstKeystroke()
    {
        // The first letter typed puts each row's text together (all items shown: the worst case).
        QVERIFY(openDocument());
        ActionFilterProxy proxy;
        proxy.setSourceModel(m_doc->actionSummary());
        proxy.setState(ActionFilterProxy::State::All);
        QBENCHMARK_ONCE
        {
            proxy.setText(QStringLiteral("b"));
            proxy.rowCount();
        }
    }

    void filterActionSummaryByText()
    {
        QVERIFY(openDocument());
        ActionFilterProxy proxy;
        proxy.setSourceModel(m_doc->actionSummary());
        proxy.setState(ActionFilterProxy::State::All);
        proxy.setText(QStringLiteral("b")); // the first keystroke, measured above
        proxy.rowCount();
        int keystroke = 0;
        const QString typed = QStringLiteral("budget");
        QBENCHMARK
        {
            proxy.setText(typed.left(1 + keystroke++ % typed.size()));
            proxy.rowCount(); // the filtering itself, as a view asking for the rows would
        }
        QVERIFY(proxy.rowCount() > 0);
    }

    void filterActionSummaryByAssignee()
    {
        QVERIFY(openDocument());
        ActionFilterProxy proxy;
        proxy.setSourceModel(m_doc->actionSummary());
        proxy.setMemberships(m_doc->directory()->groupsOfPeople());
        const Id someone = m_doc->actionSummary()->rows().first().item.assignees.first().personId;
        bool flip = false;
        QBENCHMARK
        {
            flip = !flip;
            proxy.setAssignee(flip ? someone : 0, 0);
            proxy.rowCount();
        }
    }

    void saveAnEdit()
    {
        QVERIFY(openDocument());
        m_doc->setCurrentMeeting(m_weekly);
        int n = 0;
        QBENCHMARK
        {
            m_doc->editMeetingField(Meeting::Location, QStringLiteral("Room %1").arg(++n));
        }
    }

    void saveAKeystrokeInRunningNotes()
    {
        // Running notes are saved as they are typed; each save also updates the search index.
        QVERIFY(openDocument());
        m_doc->setCurrentMeeting(m_threeDay);
        AgendaModel *agenda = m_doc->agenda();
        QModelIndex entry;
        std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
            for (int r = 0; r < agenda->rowCount(parent) && !entry.isValid(); ++r) {
                const QModelIndex i = agenda->index(r, 0, parent);
                if (!i.data(AgendaModel::RunningNotesRole).toString().isEmpty())
                    entry = i;
                find(i);
            }
        };
        find({});
        QVERIFY(entry.isValid());
        const Id entryId = entry.data(AgendaModel::EntryIdRole).toLongLong();
        QString notes = entry.data(AgendaModel::RunningNotesRole).toString();
        qInfo("notes of %lld characters", qint64(notes.size()));
        QBENCHMARK
        {
            notes += QLatin1Char('x');
            agenda->setEntryField(entryId, AgendaModel::RunningNotesRole, notes);
        }
        QVERIFY(!m_doc->file()->isSaveFailing());
        QCOMPARE(agenda->indexOfEntry(entryId).data(AgendaModel::RunningNotesRole).toString(), notes);
    }

    void saveAnEditWhileASnapshotIsWritten()
    {
        // A snapshot reads the whole library from its own connection, a step at a time. With a
        // rollback journal a COMMIT waits for readers: an edit waits for the step under way.
        QVERIFY(openDocument());
        m_doc->setCurrentMeeting(m_weekly);
        QTemporaryDir folder;
        QElapsedTimer snapshot;
        qint64 edit = 0;
        QBENCHMARK_ONCE
        {
            snapshot.start();
            m_doc->file()->startBackups(folder.path());
            QTest::qWait(50); // the snapshot under way
            QElapsedTimer timer;
            timer.start();
            m_doc->editMeetingField(Meeting::Location, QStringLiteral("Room during a snapshot"));
            edit = timer.elapsed();
        }
        m_doc->file()->waitForBackups();
        qInfo("edit during a snapshot: %lld ms; the snapshot: %lld ms", edit, snapshot.elapsed());
        QVERIFY(!m_doc->file()->isSaveFailing());
    }

    void fullTextSearch()
    {
        QVERIFY(openDocument());
        QList<SearchHit> hits;
        QBENCHMARK
        {
            hits = SearchRepository(m_doc->database().connection()).search(QStringLiteral("calibration review"), 50);
        }
        QVERIFY(!hits.isEmpty());
    }

    void agendaPdfOfAThreeDayMeeting()
    {
        QVERIFY(openDocument());
        ReportOptions options;
        QByteArray pdf;
        QBENCHMARK
        {
            pdf = ReportPrinter::toPdf(ReportBuilder(m_doc->database()).agenda(m_threeDay, options), QPageSize::A4);
        }
        QVERIFY(pdf.startsWith("%PDF"));
    }

    void minutesPdfOfAThreeDayMeeting()
    {
        QVERIFY(openDocument());
        ReportOptions options;
        options.kind = ReportOptions::Kind::Minutes;
        QByteArray pdf;
        QBENCHMARK
        {
            pdf = ReportPrinter::toPdf(ReportBuilder(m_doc->database()).minutes(m_threeDay, options), QPageSize::A4);
        }
        QVERIFY(pdf.startsWith("%PDF"));
    }

    void jsonExportOfTheLibrary()
    {
        QVERIFY(openDocument());
        QTemporaryFile json;
        QVERIFY(json.open());
        QBENCHMARK
        {
            QVERIFY(json.resize(0) && json.seek(0));
            JsonInterchange::exportLibrary(m_doc->database(), &json);
        }
        QVERIFY(json.flush());
        qInfo("JSON export: %lld MB", json.size() >> 20);
    }

    void cleanupTestCase()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("peak resident memory: %ld MB", usage.ru_maxrss / 1024);
    }
};

QTEST_MAIN(BenchLibrary)
#include "bench_library.moc"
