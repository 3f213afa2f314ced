// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/chattranscript.h"

#include <QTest>

using namespace Quorum;

class TestChatTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTurnAChatIntoAList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("seed's Zoom chat")
            << "From Tim J to Everyone: (9:13 p.m.)\n"
               "I think one of the things is that pipelines just need to be configured\n"
               "From Robert Lupton to Everyone: (9:17 p.m.)\n"
               "I'm worried about notebooks, not pipelines."
            << "- **Tim J** (9:13 p.m.): I think one of the things is that pipelines just need to be configured\n"
               "- **Robert Lupton** (9:17 p.m.): I'm worried about notebooks, not pipelines.";
        QTest::newRow("message on several lines")
            << "From John Daniel Swinbank to Everyone: (8:59 p.m.)\nwhere were we\ncommenting?\n"
            << "- **John Daniel Swinbank** (8:59 p.m.): where were we commenting?";
        QTest::newRow("time first, message after the colon")
            << "09:13:05 From Tim J to Everyone: first\r\n09:14:00 From Gregory Dubois-Felsmann : second"
            << "- **Tim J** (09:13:05): first\n- **Gregory Dubois-Felsmann** (09:14:00): second";
        QTest::newRow("markdown in a message is kept as text") << "From A*B to Everyone: (10:00 a.m.)\nuse *args [x]"
                                                               << "- **A\\*B** (10:00 a.m.): use \\*args \\[x\\]";
        QTest::newRow("leading blank lines") << "\n\nFrom Tim J to Everyone: (9:13 p.m.)\nok"
                                             << "- **Tim J** (9:13 p.m.): ok";
        QTest::newRow("ordinary text") << "We agreed to meet again.\nFrom now on, weekly."
                                       << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void shouldTurnAChatIntoAList()
    {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QCOMPARE(ChatTranscript::toMarkdown(text), markdown);
    }
};

QTEST_GUILESS_MAIN(TestChatTranscript)
#include "tst_chattranscript.moc"
