// SPDX-License-Identifier: GPL-3.0-or-later
// Roll call per day: the Participants tab with a day chosen edits that day's attendance, late
// arrivals and early departures (HH:mm in the meeting's time zone, "now" from the injected clock),
// each one undo step that undo takes back to the exact rows; the whole meeting sums the days up.
#include "agenda/liverun.h"
#include "backend.h"
#include "columnchooser.h"
#include "document/librarymodels.h"
#include "fixtures.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/participantmodel.h"
#include "meetingdocument.h"
#include "participantstab.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QTimeZone pacific("America/Los_Angeles");

/** The sample's day (2020-09-15 is day 1) at hh:mm:ss Pacific time. */
QDateTime at(int day, const QString &time)
{
    return QDateTime(QDate(2020, 9, 14 + day), QTime::fromString(time, QStringLiteral("HH:mm:ss")), pacific);
}

} // namespace

class TestRollCall : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    Id m_meeting = 0;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ParticipantsTab> m_tab;

    ParticipantModel *model() const { return m_doc->participants(); }
    Id dayId(int number) const { return m_doc->agendaState().days.at(number - 1).id; }
    int rowOf(const QString &name) const { return rowWithText(model(), name, ParticipantModel::NameColumn); }
    QString cell(const QString &name, int column) const
    {
        return model()->index(rowOf(name), column).data().toString();
    }
    QStringList rows() const { return libraryRows(m_doc->database().connection()); }
    int undoSteps() const { return m_doc->undoStack()->count(); }
    QTableView *table() const { return m_tab->findChild<QTableView *>(QStringLiteral("participantTable")); }
    QComboBox *dayBox() const { return m_tab->findChild<QComboBox *>(QStringLiteral("attendanceDayBox")); }
    bool columnShown(int column) const { return !table()->isColumnHidden(column); }
    /** Selects the person's row in the table (which may be sorted or filtered). */
    void select(const QString &name)
    {
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            const QModelIndex i = table()->model()->index(r, ParticipantModel::NameColumn);
            if (i.data().toString() == name) {
                table()->setCurrentIndex(i);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("nobody named %1").arg(name)));
    }
    bool setCell(const QString &name, int column, const QString &text)
    {
        return model()->setData(model()->index(rowOf(name), column), text);
    }

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_doc = m_samples.open(&m_meeting);
        QVERIFY(m_doc);
        m_doc->models()->setNow(at(1, QStringLiteral("08:30:00")));
        m_tester = watchModel(model());
        m_tab = std::make_unique<ParticipantsTab>(m_doc.get());
        m_tab->resize(1200, 600);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_tester.reset();
        m_doc.reset();
    }

    void shouldOfferTheWholeMeetingAndEachDay()
    {
        QCOMPARE(model()->day(), Id(0));
        QStringList items;
        for (int i = 0; i < dayBox()->count(); ++i)
            items << dayBox()->itemText(i);
        QCOMPARE(items, QStringList({QStringLiteral("Whole meeting"), QStringLiteral("Day 1 — Tue 15 Sep"),
                                     QStringLiteral("Day 2 — Wed 16 Sep"), QStringLiteral("Day 3 — Thu 17 Sep")}));
        // The whole meeting sums the days up (once a day differs); a day has arrival and departure times instead.
        QVERIFY(!columnShown(ParticipantModel::DaysColumn));
        QVERIFY(!columnShown(ParticipantModel::ArrivedColumn));
        QVERIFY(!columnShown(ParticipantModel::LeftColumn));
        QVERIFY(!m_tab->findChild<QAction *>(QStringLiteral("arrivedNowAction"))->isEnabled());
        dayBox()->setFocus();
        QTest::keyClick(dayBox(), Qt::Key_Down);
        QCOMPARE(model()->day(), dayId(1));
        QVERIFY(!columnShown(ParticipantModel::DaysColumn));
        QVERIFY(columnShown(ParticipantModel::ArrivedColumn));
        QVERIFY(columnShown(ParticipantModel::LeftColumn));
        QVERIFY(m_tab->findChild<QAction *>(QStringLiteral("arrivedNowAction"))->isEnabled());
        QCOMPARE(model()->headerData(ParticipantModel::AttendanceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Attendance (day 1)"));
        // The header's menu offers no column that does not apply.
        QMenu menu;
        table()->findChild<ColumnChooser *>()->fillMenu(&menu);
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("showColumn%1").arg(ParticipantModel::DaysColumn)));
        QVERIFY(menu.findChild<QAction *>(QStringLiteral("showColumn%1").arg(ParticipantModel::ArrivedColumn)));
    }

    void shouldEditOneDaysAttendanceAsOneUndoStep()
    {
        // GIVEN everyone present for the whole meeting, and day 2 chosen
        const QStringList before = rows();
        const int steps = undoSteps();
        QVERIFY(model()->setDay(dayId(2)));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn), QStringLiteral("Present"));
        QCOMPARE(model()
                     ->index(rowOf(QStringLiteral("Leanne Guy")), ParticipantModel::AttendanceColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Present (as for the whole meeting)"));
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        // WHEN she is marked absent on day 2
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn, QStringLiteral("absent")));
        // THEN one step, one row announced, one stored day row
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(m_doc->undoStack()->text(steps), QStringLiteral("Mark Leanne Guy absent on day 2"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), rowOf(QStringLiteral("Leanne Guy")));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), rowOf(QStringLiteral("Leanne Guy")));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn), QStringLiteral("Absent"));
        QCOMPARE(model()->index(rowOf(QStringLiteral("Leanne Guy")), 0).data(ParticipantModel::AttendanceRole),
                 QVariant(QStringLiteral("absent")));
        const QSqlDatabase db = m_doc->database().connection();
        QCOMPARE(queryValue(db, "SELECT " + groupConcat(db, "d.day_date || ' ' || a.attendance")
                                    + " FROM day_attendance a "
                                      "JOIN meeting_day d ON d.id = a.day_id JOIN person p ON p.id = a.person_id "
                                      "WHERE p.display_name = 'Leanne Guy'")
                     .toString(),
                 QStringLiteral("2020-09-16 absent"));
        // AND the other days and the whole meeting still read present
        QVERIFY(model()->setDay(dayId(3)));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn), QStringLiteral("Present"));
        QVERIFY(model()->setDay(0));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn), QStringLiteral("Present"));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::DaysColumn), QStringLiteral("absent day 2"));
        QVERIFY(columnShown(ParticipantModel::DaysColumn));
        QVERIFY(!columnShown(ParticipantModel::ArrivedColumn));
        // WHEN undone, every stored row is as before; redone, the day row is back
        m_doc->undoStack()->undo();
        QCOMPARE(rows(), before);
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::DaysColumn), QString());
        m_doc->undoStack()->redo();
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::DaysColumn), QStringLiteral("absent day 2"));
        // AND marking her present on day 2 again keeps no row of its own
        QVERIFY(model()->setDay(dayId(2)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn, QStringLiteral("Present")));
        QCOMPARE(rows(), before);
    }

    void shouldForgetTheAttendanceOfADayThatWent()
    {
        // GIVEN Leanne Guy absent on day 2, which has no agenda
        QVERIFY(model()->setDay(dayId(2)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn, QStringLiteral("absent")));
        // WHEN day 2 is removed
        AgendaState agenda = m_doc->agendaState();
        agenda.days.removeAt(1);
        m_doc->editAgenda(agenda, QStringLiteral("Remove day 2"));
        QCOMPARE(m_doc->agendaState().days.size(), 2);
        // THEN the day and its attendance are gone from the tab too
        QCOMPARE(model()->day(), Id(0));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::DaysColumn), QString());
        QCOMPARE(dayBox()->count(), 3);
        // AND the next edit of the participants is stored without a word
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        const int steps = undoSteps();
        QVERIFY(setCell(QStringLiteral("Tim Jenness"), ParticipantModel::RoleColumn, QStringLiteral("guest")));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(cell(QStringLiteral("Tim Jenness"), ParticipantModel::RoleColumn), QStringLiteral("Guest"));
    }

    void shouldRestoreADaysAttendanceWhenItsRemovalIsUndone()
    {
        // GIVEN Leanne Guy absent on day 2 (no agenda), WHEN the agenda's day 2 is removed and that undone
        QVERIFY(model()->setDay(dayId(2)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn, QStringLiteral("absent")));
        const QStringList before = rows();
        AgendaState agenda = m_doc->agendaState();
        agenda.days.removeAt(1);
        m_doc->editAgenda(agenda, QStringLiteral("Remove day 2"));
        QVERIFY(rows() != before);
        m_doc->undoStack()->undo();
        // THEN every row is back, her absence included
        QCOMPARE(rows(), before);
        QVERIFY(model()->setDay(dayId(2)));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn), QStringLiteral("Absent"));

        // GIVEN a fourth day with her late on it, WHEN the meeting's dates drop that day and that is undone
        const Meeting meeting = m_doc->currentMeeting();
        m_doc->editMeetingDates(meeting.startDate, meeting.endDate.addDays(1));
        QCOMPARE(m_doc->agendaState().days.size(), 4);
        QVERIFY(model()->setDay(m_doc->agendaState().days.at(3).id));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn, QStringLiteral("10:20")));
        const QStringList fourDays = rows();
        m_doc->editMeetingDates(meeting.startDate, meeting.endDate);
        QCOMPARE(m_doc->agendaState().days.size(), 3);
        m_doc->undoStack()->undo();
        // THEN the day and her arrival are back as they were
        QCOMPARE(rows(), fourDays);
    }

    void shouldRecordLateArrivalsAndEarlyDepartures()
    {
        // GIVEN day 1 chosen and Leanne Guy absent on day 3
        const QStringList before = rows();
        const int start = m_doc->undoStack()->index();
        QVERIFY(model()->setDay(dayId(3)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn, QStringLiteral("absent")));
        QVERIFY(model()->setDay(dayId(1)));
        const int steps = undoSteps();
        // WHEN she arrived at 10:20 and Tim Jenness left at 15:00 (typed 1500)
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn, QStringLiteral("10:20")));
        QVERIFY(setCell(QStringLiteral("Tim Jenness"), ParticipantModel::LeftColumn, QStringLiteral("1500")));
        // THEN each is one step, shown as HH:mm and stored so
        QCOMPARE(undoSteps(), steps + 2);
        QCOMPARE(m_doc->undoStack()->text(steps), QStringLiteral("Leanne Guy arrived at 10:20 on day 1"));
        QCOMPARE(m_doc->undoStack()->text(steps + 1), QStringLiteral("Tim Jenness left at 15:00 on day 1"));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn), QStringLiteral("10:20"));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::LeftColumn), QString());
        QCOMPARE(cell(QStringLiteral("Tim Jenness"), ParticipantModel::LeftColumn), QStringLiteral("15:00"));
        QCOMPARE(queryValue(m_doc->database().connection(),
                            "SELECT "
                                + groupConcat(m_doc->database().connection(),
                                              "a.attendance || ' ' || coalesce(a.arrived, '-') || ' ' || "
                                              "coalesce(a.departed, '-')",
                                              "; ")
                                + " FROM day_attendance a JOIN meeting_day d ON d.id = a.day_id "
                                  "WHERE d.day_date = '2020-09-15'")
                     .toString()
                     .split(QStringLiteral("; "))
                     .size(),
                 2);
        QCOMPARE(queryValue(m_doc->database().connection(),
                            "SELECT a.arrived FROM day_attendance a JOIN person p ON p.id = a.person_id "
                            "JOIN meeting_day d ON d.id = a.day_id "
                            "WHERE p.display_name = 'Leanne Guy' AND d.day_date = '2020-09-15'")
                     .toString(),
                 QStringLiteral("10:20"));
        // AND the whole meeting sums her days up
        QVERIFY(model()->setDay(0));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::DaysColumn),
                 QStringLiteral("absent day 3; late day 1 (10:20)"));
        QCOMPARE(cell(QStringLiteral("Tim Jenness"), ParticipantModel::DaysColumn),
                 QStringLiteral("left early day 1 (15:00)"));
        // WHEN someone absent on a day gets an arrival time, they were there after all
        QVERIFY(model()->setDay(dayId(3)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn, QStringLiteral("9:40")));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn), QStringLiteral("Present"));
        // AND marked absent again, the time goes
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::AttendanceColumn, QStringLiteral("absent")));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn), QString());
        // AND an emptied time is "on time" again
        QVERIFY(model()->setDay(dayId(1)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn, QString()));
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn), QString());
        // AND undoing everything restores every stored row
        while (m_doc->undoStack()->index() > start)
            m_doc->undoStack()->undo();
        QCOMPARE(rows(), before);
    }

    void shouldRefuseATimeThatIsNotOne_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("hour 25") << int(ParticipantModel::ArrivedColumn) << "25:00"
                                 << "“25:00” is not a time";
        QTest::newRow("minute 60") << int(ParticipantModel::ArrivedColumn) << "9:60"
                                   << "“9:60” is not a time";
        QTest::newRow("words") << int(ParticipantModel::LeftColumn) << "after lunch"
                               << "“after lunch” is not a time";
        QTest::newRow("one minute digit") << int(ParticipantModel::LeftColumn) << "10:2"
                                          << "“10:2” is not a time";
        // The 12-hour clock reads (issue 23: en_US shows "10:20 PM"), but not an hour past 12.
        QTest::newRow("am/pm") << int(ParticipantModel::ArrivedColumn) << "13:20 pm"
                               << "“13:20 pm” is not a time";
        QTest::newRow("leaves before arriving") << int(ParticipantModel::LeftColumn) << "10:00"
                                                << "Leanne Guy cannot leave at 10:00 before arriving at 10:20 on day 1";
    }

    void shouldRefuseATimeThatIsNotOne()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QVERIFY(model()->setDay(dayId(1)));
        QVERIFY(setCell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn, QStringLiteral("10:20")));
        const QStringList before = rows();
        const int steps = undoSteps();
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        QVERIFY(!setCell(QStringLiteral("Leanne Guy"), column, text));
        QCOMPARE(failed.size(), 1);
        const QString said = failed.at(0).at(0).toString();
        QVERIFY2(said.contains(message) && said.endsWith(QStringLiteral("Nothing was changed.")), qPrintable(said));
        QCOMPARE(rows(), before);
        QCOMPARE(undoSteps(), steps);
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn), QStringLiteral("10:20"));
    }

    void shouldNotTakeTimesForTheWholeMeeting()
    {
        const QModelIndex arrived = model()->index(0, ParticipantModel::ArrivedColumn);
        QVERIFY(!(model()->flags(arrived) & Qt::ItemIsEditable));
        QVERIFY(!(model()->flags(model()->index(0, ParticipantModel::DaysColumn)) & Qt::ItemIsEditable));
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        const QStringList before = rows();
        QVERIFY(!model()->setData(arrived, QStringLiteral("10:20")));
        QVERIFY(!model()->markNow(0, ParticipantModel::ArrivedColumn));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(0).at(0).toString().startsWith(QStringLiteral("Choose a day first")));
        QCOMPARE(rows(), before);
    }

    void shouldMarkArrivalsAndDeparturesNowFromTheKeyboard()
    {
        // GIVEN the clock at 10:20:35 Pacific on day 1 (17:20 UTC, the machine's zone here), day 1 chosen
        m_doc->models()->setNow(at(1, QStringLiteral("10:20:35")));
        dayBox()->setCurrentIndex(1);
        Q_EMIT dayBox()->activated(1);
        QCOMPARE(model()->day(), dayId(1));
        // WHEN Ctrl+Alt+I with Leanne Guy selected, then Ctrl+Alt+O at 16:05 with Tim Jenness selected
        table()->setFocus();
        select(QStringLiteral("Leanne Guy"));
        QTest::keyClick(table(), Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
        m_doc->models()->setNow(at(1, QStringLiteral("16:05:59")));
        select(QStringLiteral("Tim Jenness"));
        QTest::keyClick(table(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        // THEN the times are the meeting's, to the minute
        QCOMPARE(cell(QStringLiteral("Leanne Guy"), ParticipantModel::ArrivedColumn), QStringLiteral("10:20"));
        QCOMPARE(cell(QStringLiteral("Tim Jenness"), ParticipantModel::LeftColumn), QStringLiteral("16:05"));
        QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("participantCounts"))
                    ->text()
                    .contains(QStringLiteral("1 late, 1 left early")));
        // WHEN in roll call at 09:50 Space marks someone absent, and I marks the next one arrived now
        m_doc->models()->setNow(at(1, QStringLiteral("09:50:00")));
        m_tab->findChild<QAction *>(QStringLiteral("rollCallAction"))->setChecked(true);
        select(QStringLiteral("Wil O'Mullane"));
        QTest::keyClick(table(), Qt::Key_Space);
        const QString next = table()->currentIndex().siblingAtColumn(ParticipantModel::NameColumn).data().toString();
        QTest::keyClick(table(), Qt::Key_I);
        // THEN on day 1 only
        QCOMPARE(cell(QStringLiteral("Wil O'Mullane"), ParticipantModel::AttendanceColumn), QStringLiteral("Absent"));
        QCOMPARE(cell(next, ParticipantModel::ArrivedColumn), QStringLiteral("09:50"));
        QVERIFY(model()->setDay(0));
        QCOMPARE(cell(QStringLiteral("Wil O'Mullane"), ParticipantModel::AttendanceColumn), QStringLiteral("Present"));
        QCOMPARE(cell(QStringLiteral("Wil O'Mullane"), ParticipantModel::DaysColumn), QStringLiteral("absent day 1"));
        // AND Present/Absent toggles on the day shown
        QVERIFY(model()->setDay(dayId(1)));
        select(QStringLiteral("Wil O'Mullane"));
        m_tab->findChild<QAction *>(QStringLiteral("togglePresentAction"))->trigger();
        QCOMPARE(cell(QStringLiteral("Wil O'Mullane"), ParticipantModel::AttendanceColumn), QStringLiteral("Present"));
    }

    void shouldRefuseNowForADayThatIsNotToday()
    {
        m_doc->models()->setNow(at(1, QStringLiteral("10:20:00")));
        QVERIFY(model()->setDay(dayId(2)));
        const QStringList before = rows();
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        QVERIFY(!model()->markNow(rowOf(QStringLiteral("Leanne Guy")), ParticipantModel::ArrivedColumn));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not day 2")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(rows(), before);
    }

    void shouldShowTheLiveDayWhileItRuns()
    {
        // GIVEN the whole meeting shown
        QCOMPARE(model()->day(), Id(0));
        // WHEN day 3's run starts (day 2 has no agenda)
        m_doc->models()->setNow(at(3, QStringLiteral("09:00:00")));
        QVERIFY(m_doc->startRun(dayId(3), m_doc->now()));
        // THEN the tab shows day 3, marked live
        QCOMPARE(model()->day(), dayId(3));
        QCOMPARE(model()->liveDay(), dayId(3));
        QCOMPARE(dayBox()->currentText(), QStringLiteral("Day 3 — Thu 17 Sep (live)"));
        QVERIFY(columnShown(ParticipantModel::ArrivedColumn));
        // AND a tab made now, or the meeting shown again, starts there too
        QVERIFY(model()->setDay(0));
        const MeetingListModel *list = m_doc->meetingList();
        Id other = 0;
        for (int g = 0; g < list->rowCount() && !other; ++g) {
            const QModelIndex series = list->index(g, 0);
            for (int r = 0; r < list->rowCount(series) && !other; ++r) {
                const Id id = list->index(r, 0, series).data(MeetingListModel::MeetingIdRole).toLongLong();
                other = id != m_meeting ? id : 0;
            }
        }
        QVERIFY(other);
        QVERIFY(m_doc->setCurrentMeeting(other));
        QCOMPARE(model()->day(), Id(0));
        QVERIFY(m_doc->setCurrentMeeting(m_meeting));
        QCOMPARE(model()->day(), dayId(3));
        // WHEN the day ends, the day stays chosen, no longer live
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::EndDay));
        QCOMPARE(model()->liveDay(), Id(0));
        QCOMPARE(model()->day(), dayId(3));
        QCOMPARE(dayBox()->currentText(), QStringLiteral("Day 3 — Thu 17 Sep"));
    }
};

QTEST_MAIN(TestRollCall)
#include "tst_rollcall.moc"
