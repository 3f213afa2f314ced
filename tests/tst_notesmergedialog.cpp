// SPDX-License-Identifier: GPL-3.0-or-later
// The merge view of running notes two people typed into the same entry of a team library.
#include "notesmergedialog.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Quorum;

class tst_NotesMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheirsBesideMineAndSaveTheMerge();
    void shouldKeepTheirsWhenAsked();
};

void tst_NotesMergeDialog::shouldShowTheirsBesideMineAndSaveTheMerge()
{
    NotesMergeDialog dialog(QStringLiteral("Rubin Data Preview 1"), QStringLiteral("Frossie Economou at 11:20"),
                            QStringLiteral("Frossie: DP1 slips to June."), QStringLiteral("Wil: owner is Colin."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *theirs = dialog.findChild<QPlainTextEdit *>(QStringLiteral("theirNotes"));
    auto *yours = dialog.findChild<QPlainTextEdit *>(QStringLiteral("yourNotes"));
    QVERIFY(theirs && yours);
    QVERIFY(theirs->isReadOnly());
    QCOMPARE(theirs->toPlainText(), QStringLiteral("Frossie: DP1 slips to June."));
    QCOMPARE(dialog.merged(), QStringLiteral("Wil: owner is Colin."));
    dialog.findChild<QPushButton *>(QStringLiteral("theirsAbove"))->click();
    QCOMPARE(dialog.merged(), QStringLiteral("Frossie: DP1 slips to June.\n\nWil: owner is Colin."));
    if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/notes-merge-dialog.png"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
    QCOMPARE(dialog.result(), int(NotesMergeDialog::SaveMerged));
}

void tst_NotesMergeDialog::shouldKeepTheirsWhenAsked()
{
    NotesMergeDialog dialog(QStringLiteral("Topic"), QString(), QStringLiteral("theirs"), QStringLiteral("mine"));
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("keepTheirs"))->click();
    QCOMPARE(dialog.result(), int(NotesMergeDialog::KeepTheirs));
}

QTEST_MAIN(tst_NotesMergeDialog)
#include "tst_notesmergedialog.moc"
