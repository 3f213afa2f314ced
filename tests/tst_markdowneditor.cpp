// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>

using namespace Quorum;

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

private:
    static void trigger(MarkdownEditor &editor, const char *name)
    {
        auto *action = editor.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }

private Q_SLOTS:
    void shouldKeepNestedListsAndCodeBlocksThroughARoundTrip()
    {
        MarkdownEditor editor;
        QSignalSpy edited(&editor, &MarkdownEditor::markdownEdited);
        const QString md = QStringLiteral("Intro with **bold**, *italic* and [a link](https://example.org).\n\n"
                                          "- one\n  - nested\n- two\n\n1. first\n2. second\n\n"
                                          "```\nrandom.shuffle(teams)\n```");
        editor.setMarkdown(md);
        QCOMPARE(edited.count(), 0); // loading is not an edit
        const QString back = editor.markdown();
        for (const char *part : {"**bold**", "*italic*", "[a link](https://example.org)", "- one", "  - nested",
                                 "```\nrandom.shuffle(teams)\n```"})
            QVERIFY2(back.contains(QLatin1String(part)), qPrintable(back));
        QVERIFY2(back.contains(QRegularExpression(QStringLiteral("1\\.\\s+first"))), qPrintable(back));
        // And what it writes reads back the same.
        editor.setMarkdown(back);
        QCOMPARE(editor.markdown(), back);
    }

    void shouldFormatWithTheToolbarActions()
    {
        MarkdownEditor editor;
        QSignalSpy edited(&editor, &MarkdownEditor::markdownEdited);
        QTextEdit *text = editor.textEdit();
        QTest::keyClicks(text, QStringLiteral("Decision"));
        QVERIFY(edited.count() > 0);
        text->selectAll();
        trigger(editor, "boldAction");
        QVERIFY2(editor.markdown().contains(QStringLiteral("**Decision**")), qPrintable(editor.markdown()));

        text->moveCursor(QTextCursor::End);
        QTest::keyClick(text, Qt::Key_Return);
        trigger(editor, "boldAction");
        QTest::keyClicks(text, QStringLiteral("point"));
        trigger(editor, "bulletListAction");
        QVERIFY2(editor.markdown().contains(QStringLiteral("- point")), qPrintable(editor.markdown()));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("detail"));
        trigger(editor, "indentAction");
        QVERIFY2(editor.markdown().contains(QStringLiteral("  - detail")), qPrintable(editor.markdown()));

        QTest::keyClick(text, Qt::Key_Return);
        trigger(editor, "outdentAction");
        trigger(editor, "bulletListAction"); // out of the list again
        QTest::keyClicks(text, QStringLiteral("code"));
        trigger(editor, "codeBlockAction");
        QVERIFY2(editor.markdown().contains(QStringLiteral("```")), qPrintable(editor.markdown()));
    }

    void shouldQuoteAndTickTasks()
    {
        MarkdownEditor editor;
        QTest::keyClicks(editor.textEdit(), QStringLiteral("said so"));
        trigger(editor, "quoteAction");
        QVERIFY2(editor.markdown().startsWith(QStringLiteral("> said so")), qPrintable(editor.markdown()));
        trigger(editor, "quoteAction");
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("send minutes"));
        trigger(editor, "checklistAction");
        QVERIFY2(editor.markdown().contains(QStringLiteral("- [ ] send minutes")), qPrintable(editor.markdown()));
        trigger(editor, "checklistAction");
        QVERIFY2(editor.markdown().contains(QStringLiteral("- [x] send minutes")), qPrintable(editor.markdown()));
        // A task list survives the round trip.
        const QString md = editor.markdown();
        editor.setMarkdown(md);
        QCOMPARE(editor.markdown(), md);
    }

    void shouldPasteAChatAsAList()
    {
        MarkdownEditor editor;
        QGuiApplication::clipboard()->setText(
            QStringLiteral("From Tim J to Everyone: (9:13 p.m.)\nconfigure dataset types\n"
                           "From Robert Lupton to Everyone: (9:17 p.m.)\nnotebooks"));
        editor.textEdit()->paste();
        QVERIFY2(editor.markdown().contains(QStringLiteral("- **Tim J** (9:13 p.m.): configure dataset types")),
                 qPrintable(editor.markdown()));
        QVERIFY2(editor.markdown().contains(QStringLiteral("- **Robert Lupton** (9:17 p.m.): notebooks")),
                 qPrintable(editor.markdown()));
        QGuiApplication::clipboard()->setText(QStringLiteral("just text"));
        editor.textEdit()->paste();
        QVERIFY(editor.markdown().endsWith(QStringLiteral("just text")));
    }

    void shouldNumberLists()
    {
        MarkdownEditor editor;
        QTest::keyClicks(editor.textEdit(), QStringLiteral("first"));
        trigger(editor, "numberedListAction");
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("second"));
        QVERIFY2(editor.markdown().contains(QRegularExpression(QStringLiteral("1\\.\\s+first\\n2\\.\\s+second"))),
                 qPrintable(editor.markdown()));
    }
};

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
