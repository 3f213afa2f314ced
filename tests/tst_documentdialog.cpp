// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStandardItemModel>
#include <QTest>

using namespace Quorum;

/** The Export Document and Print dialog: the run sheet, and the minutes' planned against actual times. */
class TestDocumentDialog : public QObject
{
    Q_OBJECT

private:
    static void choose(DocumentDialog &dialog, ReportOptions::Kind kind)
    {
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("documentKind"));
        box->setCurrentIndex(box->findData(int(kind)));
    }

private Q_SLOTS:
    void shouldOfferTheRunSheetForAMeeting()
    {
        // GIVEN the dialog of an export while a meeting is shown
        DocumentDialog dialog(DocumentDialog::Purpose::Export, ReportOptions(), DocumentDialog::Format::Pdf, true);
        // WHEN the run sheet is chosen
        choose(dialog, ReportOptions::Kind::RunSheet);
        // THEN it is what the export asks for, with no copy, grouping or list to choose
        QCOMPARE(dialog.request().report.kind, ReportOptions::Kind::RunSheet);
        QCOMPARE(ReportOptions::kindKey(dialog.options().kind), QStringLiteral("run-sheet"));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("documentVariant"))->isEnabled());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("documentGrouping"))->isEnabled());
        for (const char *name : {"includeParticipants", "includeActionTable", "includeAttachments", "includeTiming"})
            QVERIFY2(!dialog.findChild<QCheckBox *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("documentPaper"))->isEnabled());
    }

    void shouldAddTimingToTheMinutesOnlyWhenTicked()
    {
        // GIVEN the print dialog with the minutes chosen
        DocumentDialog dialog(DocumentDialog::Purpose::Print, ReportOptions(), DocumentDialog::Format::Pdf, true);
        choose(dialog, ReportOptions::Kind::Minutes);
        auto *timing = dialog.findChild<QCheckBox *>(QStringLiteral("includeTiming"));
        QVERIFY(timing->isEnabled());
        // Off by default.
        QVERIFY(!timing->isChecked());
        QVERIFY(!dialog.options().includeTiming);
        // WHEN it is ticked
        timing->setChecked(true);
        // THEN the minutes hold it, and the next dialog starts with it ticked
        QVERIFY(dialog.request().report.includeTiming);
        DocumentDialog again(DocumentDialog::Purpose::Print, dialog.options(), DocumentDialog::Format::Pdf, true);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("includeTiming"))->isChecked());
        // Another document leaves it aside.
        choose(dialog, ReportOptions::Kind::Agenda);
        QVERIFY(!timing->isEnabled());
    }

    void shouldOfferOnlyTheActionReportWithoutAMeeting()
    {
        DocumentDialog dialog(DocumentDialog::Purpose::Preview, ReportOptions(), DocumentDialog::Format::Pdf, false);
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("documentKind"));
        auto *items = qobject_cast<QStandardItemModel *>(box->model());
        QCOMPARE(dialog.options().kind, ReportOptions::Kind::Actions);
        const int runSheet = box->findData(int(ReportOptions::Kind::RunSheet));
        QVERIFY(runSheet >= 0);
        QVERIFY(!items->item(runSheet)->isEnabled());
        QVERIFY(items->item(box->findData(int(ReportOptions::Kind::Actions)))->isEnabled());
    }
};

QTEST_MAIN(TestDocumentDialog)
#include "tst_documentdialog.moc"
