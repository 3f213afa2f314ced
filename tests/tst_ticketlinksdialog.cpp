// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlinksdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Quorum;

class TestTicketLinksDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldEditPatternsAndPreviewThem()
    {
        TicketLinksDialog dialog({{QStringLiteral("DM-"), QStringLiteral("https://jira.example.org/browse/DM-{n}")}});
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("linkPatternTable"));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("linkPreview"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(preview->text().contains(QStringLiteral("https://jira.example.org/browse/DM-26798")));
        table->insertRow(1);
        table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("RFC-")));
        table->setItem(1, 1, new QTableWidgetItem(QStringLiteral("https://jira.example.org/browse/{key}")));
        QVERIFY(preview->text().contains(QStringLiteral("https://jira.example.org/browse/RFC-723")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.patterns().size(), 2);
    }

    void shouldRefuseAnUnusablePattern()
    {
        TicketLinksDialog dialog({{QStringLiteral("DM-(\\d+"), QStringLiteral("https://jira.example.org/")}});
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible()); // still open: nothing was accepted
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("linkProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("Row 1")), qPrintable(problem->text()));
    }

    void shouldShowAnExpressionAnEarlierVersionKeptAsUnusable()
    {
        // GIVEN a library pattern that was a regular expression and could not be converted
        TicketLinksDialog dialog({{QStringLiteral("DM-"), QStringLiteral("https://jira.example.org/browse/DM-{n}")},
                                  {QStringLiteral("X(?:a|aa)+"), QStringLiteral("https://x.example.org/\\0")}});
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("linkPatternTable"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("linkProblem"));
        // THEN its row is marked and the message names it; the good row is not marked
        QVERIFY2(problem->text().contains(QStringLiteral("Row 2: “X(?:a|aa)+” is not a key prefix")),
                 qPrintable(problem->text()));
        QVERIFY(!table->item(1, 0)->toolTip().isEmpty());
        QVERIFY(table->item(0, 0)->toolTip().isEmpty());
        QVERIFY(table->item(1, 0)->background() != table->item(0, 0)->background());
        // WHEN the row is removed THEN the rest can be kept
        table->removeRow(1);
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.patterns().size(), 1);
    }
};

QTEST_MAIN(TestTicketLinksDialog)
#include "tst_ticketlinksdialog.moc"
