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
        TicketLinksDialog dialog(
            {{QStringLiteral("DM-(\\d+)"), QStringLiteral("https://jira.example.org/browse/DM-\\1")}});
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("linkPatternTable"));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("linkPreview"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(preview->text().contains(QStringLiteral("https://jira.example.org/browse/DM-26798")));
        table->insertRow(1);
        table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("RFC-\\d+")));
        table->setItem(1, 1, new QTableWidgetItem(QStringLiteral("https://jira.example.org/browse/\\0")));
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
};

QTEST_MAIN(TestTicketLinksDialog)
#include "tst_ticketlinksdialog.moc"
