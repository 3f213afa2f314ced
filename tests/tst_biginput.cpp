// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "markdowneditor.h"
#include "meetingdocument.h"
#include "runningnotestab.h"
#include "storage/agendarepository.h"
#include "storage/database.h"

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeView>

using namespace Quorum;
using namespace Quorum::Testing;

/** Input far beyond the usual: it is stored whole, read back whole and shown. */
class TestBigInput : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;

private Q_SLOTS:
    void shouldSaveReloadAndScrollATenMillionCharacterNote()
    {
        Id seed = 0;
        std::unique_ptr<MeetingDocument> doc = m_samples.open(&seed);
        QVERIFY(doc);
        QString note;
        note.reserve(10'000'000);
        for (int line = 0; note.size() < 10'000'000; ++line)
            note += QStringLiteral("- Line %1 of a note that never ends, typed by a very patient note-taker.\n")
                        .arg(line, 7, 10, QLatin1Char('0'));
        note.truncate(10'000'000);
        AgendaState state = doc->agendaState();
        AgendaEntry *topic = nullptr;
        for (AgendaEntry &e : state.entries) {
            if (!topic && e.kind == AgendaEntry::Kind::Topic)
                topic = &e;
        }
        topic->runningNotes = note;
        const Id entry = topic->id;
        doc->editAgenda(state, QStringLiteral("a long note"));
        QVERIFY(!doc->file()->isSaveFailing());

        // Read back whole, from a second opening of the file.
        QString error;
        const auto db = Database::open(doc->path(), Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QString stored;
        for (const AgendaEntry &e : AgendaRepository(db->connection()).forMeeting(seed)) {
            if (e.id == entry)
                stored = e.runningNotes;
        }
        QCOMPARE(stored.size(), note.size());
        QVERIFY(stored == note);

        // Shown, and scrolled to its end.
        RunningNotesTab tab(doc.get());
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *tree = tab.findChild<QTreeView *>(QStringLiteral("notesEntryTree"));
        QCOMPARE(tree->model(), doc->agenda());
        tree->setCurrentIndex(doc->agenda()->indexOfEntry(entry));
        QTextEdit *editor = tab.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->textEdit();
        QTRY_VERIFY(editor->document()->characterCount() > 9'000'000);
        editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum());
        QVERIFY(editor->verticalScrollBar()->maximum() > 0);
        QVERIFY(tab.findChild<MarkdownEditor *>(QStringLiteral("runningNotesEditor"))->isShownAsText());
        editor->moveCursor(QTextCursor::End);
        QVERIFY(editor->textCursor().block().text().startsWith(QStringLiteral("- Line")));
        // And it can still be written to.
        QTest::keyClicks(editor, QStringLiteral(" The end."));
        tab.flush();
        for (const AgendaEntry &e : AgendaRepository(doc->database().connection()).forMeeting(seed)) {
            if (e.id == entry) {
                QVERIFY(e.runningNotes.endsWith(QStringLiteral(" The end.")));
                QCOMPARE(e.runningNotes.size(), note.size() + 9);
            }
        }
    }
};

QTEST_MAIN(TestBigInput)
#include "tst_biginput.moc"
