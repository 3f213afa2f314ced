// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"
#include "fixtures.h"
#include "invitationexportdialog.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

InvitationEvent event(const QString &summary, int day, int startHour, int endHour)
{
    const QTimeZone zone("America/Los_Angeles");
    InvitationEvent e;
    e.summary = summary;
    e.date = QDate(2026, 10, 29 + day);
    if (startHour >= 0) {
        e.start = QDateTime(e.date, QTime(startHour, 0), zone);
        e.end = QDateTime(e.date, QTime(endHour, 0), zone);
    }
    return e;
}

QList<InvitationEvent> preview(InvitationOptions::Events events)
{
    if (events == InvitationOptions::Events::PerDay)
        return {event("Planning \u2014 day 1 of 2", 1, 9, 17), event("Planning \u2014 day 2 of 2", 2, -1, -1)};
    return {event("Planning \u2014 Moderator: Ann", 1, 9, 12), event("Planning \u2014 Moderator: Bob", 1, 13, 17),
            event("Planning \u2014 day 2 of 2", 2, -1, -1)};
}

QAction *actionNamed(QWidget &w, const QString &name)
{
    return w.findChild<QAction *>(name);
}

} // namespace

class TestInvitationExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPreviewTheEventsOfTheChoice()
    {
        // GIVEN a dialog over a preview of two days, or three blocks
        const QList<InvitationOrganizer> organizers{{"Ann Example", "ann@example.org"},
                                                    {"Bob Example", "bob@example.org"}};
        InvitationExportDialog dialog("Planning", preview, organizers, {}, 4);
        auto *events = dialog.findChild<QComboBox *>("eventsCombo");
        auto *list = dialog.findChild<QTreeWidget *>("previewList");
        auto *organizer = dialog.findChild<QComboBox *>("organizerCombo");
        QVERIFY(events && list && organizer);
        QVERIFY(dialog.findChild<QPushButton *>("exportButton"));
        // THEN per day first: one row a day, the day without times all day
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("day 1 of 2")); // the title stands above
        QVERIFY(list->topLevelItem(0)->text(0).endsWith(QStringLiteral("09:00\u201317:00")));
        QVERIFY(list->topLevelItem(1)->text(0).contains(QStringLiteral("all day")));
        // WHEN per block is chosen: THEN the blocks
        events->setCurrentIndex(1);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Moderator: Bob"));
        QCOMPARE(dialog.options().events, InvitationOptions::Events::PerBlock);
        // No organizer unless chosen; then the one chosen.
        QCOMPARE(organizer->count(), 3);
        QVERIFY(dialog.options().organizer.has_value());
        QCOMPARE(dialog.options().organizer->email, QString());
        organizer->setCurrentIndex(2);
        QCOMPARE(dialog.options().organizer->email, QStringLiteral("bob@example.org"));
        QCOMPARE(dialog.options().organizer->name, QStringLiteral("Bob Example"));
        QVERIFY(dialog.findChild<QLabel *>("attendeesLabel")->text().contains(QStringLiteral("4")));
    }

    void shouldOfferTheRememberedOrganizerFirst()
    {
        const QList<InvitationOrganizer> organizers{{"Ann Example", "ann@example.org"},
                                                    {"Bob Example", "bob@example.org"}};
        InvitationExportDialog dialog("Planning", preview, organizers, {"Bob", "BOB@example.org"}, 0);
        QCOMPARE(dialog.findChild<QComboBox *>("organizerCombo")->currentIndex(), 2);
        QCOMPARE(dialog.options().organizer->email, QStringLiteral("bob@example.org"));
    }

    void shouldNotExportWhenThereIsNothingToInvite()
    {
        // A preview that failed (or a meeting without days) leaves nothing to export.
        InvitationExportDialog dialog(
            "Empty", [](InvitationOptions::Events) { return QList<InvitationEvent>(); }, {}, {}, 0);
        QVERIFY(!dialog.findChild<QPushButton *>("exportButton")->isEnabled());
        QCOMPARE(dialog.findChild<QTreeWidget *>("previewList")->topLevelItemCount(), 0);
    }

    void shouldExportTheShownMeetingsInvitationFromTheWindow()
    {
        // GIVEN the sample open at its three-day meeting, a save dialog answered
        QTemporaryDir dir;
        Id seed = 0;
        const QString path = writeSample(dir, QStringLiteral("window.quorum"), &seed);
        const QString target = dir.filePath(QStringLiteral("invitation.ics"));
        QString suggested;
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &name) {
            suggested = name;
            return target;
        };
        w.setFileDialogs(dialogs);
        QVERIFY(w.openLibrary(path, seed));
        QAction *action = actionNamed(w, "exportInvitationAction");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+Shift+I")));
        // WHEN the dialog is answered: per block, Wil O'Mullane organizes
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<InvitationExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = dialog->findChild<QTreeWidget *>("previewList");
            QCOMPARE(list->topLevelItemCount(), 3);
            dialog->findChild<QComboBox *>("eventsCombo")->setCurrentIndex(1);
            QCOMPARE(list->topLevelItemCount(), 6);
            auto *organizer = dialog->findChild<QComboBox *>("organizerCombo");
            organizer->setCurrentIndex(organizer->findText(QStringLiteral("Wil O'Mullane <wil.omullane@example.org>")));
            QVERIFY(organizer->currentIndex() > 0);
            if (qEnvironmentVariableIsSet("QUORUM_SCREENSHOTS"))
                dialog->grab().save(qEnvironmentVariable("QUORUM_SCREENSHOTS") + "/invitationexportdialog.png");
            dialog->findChild<QPushButton *>("exportButton")->click();
            answered = true;
        });
        action->trigger();
        QVERIFY(answered);
        // THEN the file holds six events with the organizer, and the library remembers them
        QVERIFY(suggested.endsWith(QStringLiteral(".ics")));
        const QByteArray ics = readFile(target);
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 6);
        QVERIFY(ics.contains("ORGANIZER;CN=\"Wil O'Mullane\":mailto:wil.omullane@example.org\r\n"));
        QCOMPARE(queryValue(w.document()->database().connection(), "SELECT count(*) FROM invitation_event").toInt(), 6);
        QVERIFY(w.lastError().isEmpty());
    }
};

QTEST_MAIN(TestInvitationExportDialog)
#include "tst_invitationexportdialog.moc"
