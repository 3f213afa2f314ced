// SPDX-License-Identifier: GPL-3.0-or-later
// A calendar invitation in the window (issue 21): the preview dialog, a new meeting or the shown
// meeting's logistics as one undo step, a dropped .ics, and a refused file that changes nothing.
#include "document/libraryfile.h"
#include "fixtures.h"
#include "invitationimportdialog.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(QUORUM_INVITATION_DATA "/") + QLatin1String(name);
}

int meetingCount(const MeetingDocument &doc)
{
    return queryValue(doc.database().connection(), QStringLiteral("SELECT count(*) FROM meeting")).toInt();
}

QString labelText(const QWidget &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

} // namespace

class TestInvitationImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void previewShowsTheLogisticsWithoutPasscode();
    void untickedPersonIsNotAdded();
    void newMeetingIsOneUndoStep();
    void fillsTheShownMeetingsLogistics();
    void droppedInvitationOpensTheDialog();
    void malformedDropChangesNothing();

private:
    QTemporaryDir m_dir;
    qint64 m_reference = 0;
};

void TestInvitationImportDialog::previewShowsTheLogisticsWithoutPasscode()
{
    auto doc = openSampleDocument(m_dir, QStringLiteral("preview.quorum"), &m_reference);
    QVERIFY(doc);
    Invitation invitation;
    QString error;
    QVERIFY2(doc->readInvitation(fixture("zoom.ics"), &invitation, &error), qPrintable(error));
    InvitationImportDialog dialog(fixture("zoom.ics"), invitation, doc->currentMeeting().title);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(labelText(dialog, "invitationHeading").contains(QLatin1String("DM Leadership Team Meeting")));
    QCOMPARE(labelText(dialog, "joinUrlValue"), QStringLiteral("https://us06web.zoom.us/j/91337592385"));
    QCOMPARE(labelText(dialog, "meetingCodeValue"), QStringLiteral("91337592385"));
    QVERIFY(labelText(dialog, "dialInValue").contains(QLatin1String("+1 669 555 0171")));
    QCOMPARE(labelText(dialog, "sipValue"), QStringLiteral("91337592385@zoomcrc.com"));
    // The passcode of the text, and the one in the link, appear nowhere in the dialog.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QLatin1String("483920")), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QLatin1String("bXlQbUZ0")), qPrintable(label->text()));
    }
    // The organizer and the four attendees; Frossie, Wil, Tim and Yusra are in the sample's directory.
    auto *people = dialog.findChild<QTreeWidget *>(QStringLiteral("invitationPeople"));
    QVERIFY(people);
    QCOMPARE(people->topLevelItemCount(), 5);
    const QList<QTreeWidgetItem *> frossie = people->findItems(QStringLiteral("Frossie Economou"), Qt::MatchExactly);
    QCOMPARE(frossie.size(), 1);
    QCOMPARE(frossie.constFirst()->text(3), QStringLiteral("In the directory"));
    // A meeting is shown, so both choices are offered; a new meeting is the default.
    auto *create = dialog.findChild<QRadioButton *>(QStringLiteral("createMeetingRadio"));
    auto *fill = dialog.findChild<QRadioButton *>(QStringLiteral("fillLogisticsRadio"));
    QVERIFY(create && fill);
    QVERIFY(create->isChecked());
    QVERIFY(fill->isEnabled());
    QVERIFY(!dialog.fillsCurrentMeeting());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("seriesEdit"))->text().isEmpty());
    // QUORUM_SCREENSHOTS=DIR keeps a picture of the dialog to look at (docs, reviews).
    if (const QString shots = qEnvironmentVariable("QUORUM_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/invitation-import.png")));
}

void TestInvitationImportDialog::untickedPersonIsNotAdded()
{
    auto doc = openSampleDocument(m_dir, QStringLiteral("untick.quorum"), &m_reference);
    QVERIFY(doc);
    Invitation invitation;
    QString error;
    QVERIFY2(doc->readInvitation(fixture("utc.ics"), &invitation, &error), qPrintable(error));
    InvitationImportDialog dialog(fixture("utc.ics"), invitation, QString());
    auto *people = dialog.findChild<QTreeWidget *>(QStringLiteral("invitationPeople"));
    QVERIFY(people);
    // Untick every new person: none of them may reach the directory.
    QStringList unticked;
    for (int i = 0; i < people->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = people->topLevelItem(i);
        if (item->data(0, Qt::CheckStateRole).isValid()) { // only a new person has a box
            item->setCheckState(0, Qt::Unchecked);
            unticked << item->text(1);
        }
    }
    QCOMPARE(unticked, QStringList{QStringLiteral("gbeckett@example.org")}); // George Beckett: not in the sample
    // With no meeting shown, only a new meeting can be made.
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("fillLogisticsRadio"))->isEnabled());
    const Invitation chosen = dialog.invitation();
    for (const InvitationPerson &p : chosen.people) {
        if (unticked.contains(p.email))
            QVERIFY2(!p.include, qPrintable(p.email));
    }
    const int people0 = queryValue(doc->database().connection(), QStringLiteral("SELECT count(*) FROM person")).toInt();
    QSignalSpy failed(doc->file(), &LibraryFile::storageFailed);
    QVERIFY2(doc->importInvitation(chosen),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(queryValue(doc->database().connection(), QStringLiteral("SELECT count(*) FROM person")).toInt(), people0);
}

void TestInvitationImportDialog::newMeetingIsOneUndoStep()
{
    auto doc = openSampleDocument(m_dir, QStringLiteral("undo.quorum"), &m_reference);
    QVERIFY(doc);
    const int before = meetingCount(*doc);
    const int steps = doc->undoStack()->count();
    Invitation invitation;
    QString error;
    QVERIFY2(doc->readInvitation(fixture("zoom.eml"), &invitation, &error), qPrintable(error));
    const Id id = doc->importInvitation(invitation);
    QVERIFY(id > 0);
    QCOMPARE(meetingCount(*doc), before + 1);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->currentMeetingId(), id);
    QVERIFY(doc->currentMeeting().joinUrl.startsWith(QLatin1String("https://")));
    QCOMPARE(doc->currentMeeting().joinUrl, invitation.conference.joinUrl);
    QCOMPARE(doc->currentMeeting().timeZone, QStringLiteral("America/Los_Angeles"));
    // The same invitation twice is refused, and changes nothing.
    QCOMPARE(doc->importInvitation(invitation), Id(0));
    QCOMPARE(meetingCount(*doc), before + 1);
    doc->undoStack()->undo();
    QCOMPARE(meetingCount(*doc), before);
    doc->undoStack()->redo();
    QCOMPARE(meetingCount(*doc), before + 1);
}

void TestInvitationImportDialog::fillsTheShownMeetingsLogistics()
{
    auto doc = openSampleDocument(m_dir, QStringLiteral("fill.quorum"), &m_reference);
    QVERIFY(doc);
    const Meeting before = doc->currentMeeting();
    QVERIFY(before.id);
    const int meetings = meetingCount(*doc);
    Invitation invitation;
    QString error;
    QVERIFY2(doc->readInvitation(fixture("webex.ics"), &invitation, &error), qPrintable(error));
    InvitationImportDialog dialog(fixture("webex.ics"), invitation, before.title);
    dialog.findChild<QRadioButton *>(QStringLiteral("fillLogisticsRadio"))->setChecked(true);
    QVERIFY(dialog.fillsCurrentMeeting());
    const int steps = doc->undoStack()->count();
    QVERIFY(doc->fillLogistics(dialog.invitation()));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(meetingCount(*doc), meetings);
    const Meeting after = doc->currentMeeting();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.title, before.title); // logistics only: title and dates stay
    QCOMPARE(after.startDate, before.startDate);
    QVERIFY(after.joinUrl.contains(QLatin1String("webex.com")));
    QVERIFY(after.joinUrl != before.joinUrl);
    // Filling again changes nothing and adds no step.
    QVERIFY(!doc->fillLogistics(dialog.invitation()));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->currentMeeting().joinUrl, before.joinUrl);
    QCOMPARE(doc->currentMeeting().dialIns, before.dialIns);
}

void TestInvitationImportDialog::droppedInvitationOpensTheDialog()
{
    Id seed = 0;
    const QString path = writeSample(m_dir, QStringLiteral("drop.quorum"), &seed);
    MainWindow w;
    QVERIFY(w.openLibrary(path, seed));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int before = meetingCount(*w.document());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture("zoom.ics"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    // Something else is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refuse(QPoint(20, 20), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refuse.setAccepted(false);
    QApplication::sendEvent(&w, &refuse);
    QVERIFY(!refuse.isAccepted());

    bool shown = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<InvitationImportDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(50, &w, [&] {
                auto *later = qobject_cast<InvitationImportDialog *>(QApplication::activeModalWidget());
                if (later) {
                    shown = true;
                    later->accept();
                }
            });
            return;
        }
        shown = true;
        dialog->accept();
    });
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_VERIFY(shown);
    QTRY_COMPARE(meetingCount(*w.document()), before + 1);
    QCOMPARE(w.document()->currentMeeting().title, QStringLiteral("DM Leadership Team Meeting"));
    QVERIFY(w.lastError().isEmpty());
}

void TestInvitationImportDialog::malformedDropChangesNothing()
{
    Id seed = 0;
    const QString path = writeSample(m_dir, QStringLiteral("bad.quorum"), &seed);
    MainWindow w;
    QVERIFY(w.openLibrary(path, seed));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int before = meetingCount(*w.document());
    const int steps = w.document()->undoStack()->count();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture("truncated.ics"))});
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted()); // an .ics is taken; what it holds is read on the drop
    QApplication::sendEvent(&w, &drop);
    QTRY_VERIFY(!w.lastError().isEmpty());
    QVERIFY2(w.lastError().contains(QLatin1String("incomplete")), qPrintable(w.lastError()));
    QVERIFY(!qobject_cast<InvitationImportDialog *>(QApplication::activeModalWidget()));
    QCOMPARE(meetingCount(*w.document()), before);
    QCOMPARE(w.document()->undoStack()->count(), steps);
}

QTEST_MAIN(TestInvitationImportDialog)
#include "tst_invitationimportdialog.moc"
