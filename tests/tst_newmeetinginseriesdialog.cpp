// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/meetingshape.h"
#include "document/meetingreader.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "newmeetinginseriesdialog.h"
#include "seriesdialog.h"
#include "storage/database.h"
#include "storage/seriesrepository.h"
#include "templatedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestNewMeetingInSeriesDialog : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;
    Id m_series = 0;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_series = m_doc->currentMeeting().seriesId;
        // GIVEN the face-to-face series' last meeting made from the seed: recurring entries on three days
        QVERIFY(
            m_doc->addMeetingFromShape(MeetingShape::of(MeetingReader(m_doc->database().connection()).load(m_seed), {}),
                                       QStringLiteral("F2F - 2026-11-03"), m_series, QDate(2026, 11, 3)));
    }
    void cleanup() { m_doc.reset(); }

    void shouldSayWhatEachPartCarries()
    {
        NewMeetingInSeriesDialog dialog(m_doc.get(), m_series);
        auto *summary = child<QLabel>(&dialog, "carrySummary");
        QVERIFY(summary);
        for (const char *name :
             {"carryLogistics", "carryParticipants", "carryRecurring", "carryDurations", "carryModerators"}) {
            QCheckBox *box = child<QCheckBox>(&dialog, name);
            QVERIFY2(box && box->isChecked() && box->isEnabled(), name);
        }
        QVERIFY2(summary->text().contains(QStringLiteral("4 recurring entries: Project news and updates")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("participants")));
        QVERIFY(summary->text().contains(QStringLiteral("join link")));
        // The title moves the date on; no cadence: the start is today.
        QCOMPARE(child<QLineEdit>(&dialog, "newMeetingTitle")->text().left(6), QStringLiteral("F2F - "));
        QVERIFY(child<QLabel>(&dialog, "newMeetingDates")->text().startsWith(QStringLiteral("3 days")));

        // WHEN parts are unticked THEN the summary and the shape leave them out
        child<QCheckBox>(&dialog, "carryParticipants")->setChecked(false);
        QVERIFY(!summary->text().contains(QStringLiteral("participant")));
        QVERIFY(dialog.shape().participants.isEmpty());
        child<QCheckBox>(&dialog, "carryRecurring")->setChecked(false);
        QVERIFY(!child<QCheckBox>(&dialog, "carryDurations")->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, "carryModerators")->isEnabled());
        QCOMPARE(dialog.shape().entryCount(), 0);
        child<QCheckBox>(&dialog, "carryLogistics")->setChecked(false);
        QVERIFY(dialog.shape().logistics.joinUrl.isEmpty());
        QVERIFY(!summary->text().contains(QStringLiteral("Logistics")));
        QCOMPARE(dialog.parts(), (MeetingShape::Parts{false, false, false, false, true, true}));
    }

    void shouldSuggestTheDateFromTheCadence()
    {
        Series s = *m_doc->series(m_series);
        s.cadence = QStringLiteral("weekly:2");
        QVERIFY(m_doc->editSeries(s));
        NewMeetingInSeriesDialog dialog(m_doc.get(), m_series);
        QCOMPARE(child<QDateEdit>(&dialog, "newMeetingStart")->date(), QDate(2026, 11, 17));
        QCOMPARE(child<QLineEdit>(&dialog, "newMeetingTitle")->text(), QStringLiteral("F2F - 2026-11-17"));
        QVERIFY(child<QLabel>(&dialog, "carryFrom")->text().contains(QStringLiteral("Every 2 weeks")));
    }

    void shouldTakeMoreSections()
    {
        NewMeetingInSeriesDialog dialog(m_doc.get(), m_series);
        auto *extra = new QCheckBox(QStringLiteral("Parked topics"));
        extra->setObjectName(QStringLiteral("extraSection"));
        dialog.addSection(extra);
        QCOMPARE(child<QCheckBox>(&dialog, "extraSection"), extra);
    }

    void shouldOfferOnlyAFilledTitle()
    {
        NewMeetingInSeriesDialog dialog(m_doc.get(), m_series);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        child<QLineEdit>(&dialog, "newMeetingTitle")->clear();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void shouldEditTheSeriesInTheSeriesDialog()
    {
        SeriesDialog dialog(m_doc.get(), m_series);
        auto *meetings = child<QTreeWidget>(&dialog, "seriesMeetings");
        QCOMPARE(meetings->topLevelItemCount(), 4);
        QCOMPARE(meetings->topLevelItem(3)->text(1), QStringLiteral("F2F - 2026-11-03"));
        auto *cadence = child<QComboBox>(&dialog, "seriesCadence");
        cadence->setCurrentIndex(cadence->findText(QStringLiteral("Every week")));
        QVERIFY(child<QLabel>(&dialog, "seriesNext")->text().contains(QStringLiteral("Every week")));
        child<QComboBox>(&dialog, "seriesTimeZone")->setCurrentText(QStringLiteral("Not/AZone"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "seriesNext")->text().contains(QStringLiteral("not a time zone")));
        child<QComboBox>(&dialog, "seriesTimeZone")->setCurrentText(QStringLiteral("Europe/Berlin"));
        QVERIFY(buttons->button(QDialogButtonBox::Apply)->isEnabled());
        const int steps = m_doc->undoStack()->count();
        QVERIFY(dialog.apply());
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->series(m_series)->cadence, QStringLiteral("weekly:1"));
        QCOMPARE(m_doc->series(m_series)->timeZone, QStringLiteral("Europe/Berlin"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->series(m_series)->cadence, QString());
    }

    void shouldChooseRenameAndDeleteTemplates()
    {
        TemplateDialog dialog(m_doc.get(), m_series);
        auto *list = child<QListWidget>(&dialog, "templateList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("DMLT weekly call"));
        list->setCurrentRow(1);
        QCOMPARE(dialog.chosen()->name, QStringLiteral("DMLT weekly call"));
        auto *summary = child<QLabel>(&dialog, "templateSummary");
        QVERIFY2(summary->text().startsWith(QStringLiteral("1 day, 4 entries: Project news and updates")),
                 qPrintable(summary->text()));
        // a title from the series and the date
        QVERIFY(child<QLineEdit>(&dialog, "templateTitle")->text().startsWith(QStringLiteral("DMLT Face-to-Face - ")));
        // WHEN renamed in place THEN stored, one undo step
        const int steps = m_doc->undoStack()->count();
        list->item(1)->setText(QStringLiteral("Weekly"));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(list->item(1)->text(), QStringLiteral("Weekly"));
        QCOMPARE(dialog.chosen()->name, QStringLiteral("Weekly"));
        // a taken name is refused: the list shows what is stored
        list->item(1)->setText(QStringLiteral("DMLT face-to-face (three days)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Weekly"));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // WHEN deleted THEN gone from the list and the library
        child<QPushButton>(&dialog, "deleteTemplateButton")->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_doc->templates().size(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->templates().size(), 2);
        // creating needs a template and a title
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        child<QLineEdit>(&dialog, "templateTitle")->clear();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestNewMeetingInSeriesDialog)
#include "tst_newmeetinginseriesdialog.moc"
