// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"
#include "fixtures.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/tones.h"
#include "meetingdocument.h"
#include "participantstab.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestParticipantsTab : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    Id m_seed = 0;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ParticipantsTab> m_tab;
    QStringList m_asked;
    QList<Person> m_candidates;
    bool m_agree = true;
    Id m_answer = 0; ///< the answer to every question: 0 is a new person

    ParticipantModel *model() const { return m_doc->participants(); }
    int people() const { return int(PersonRepository(m_doc->database().connection()).all().size()); }
    int rowOf(const QString &name) const { return rowWithText(model(), name, ParticipantModel::NameColumn); }

    QTableView *table() const { return m_tab->findChild<QTableView *>(QStringLiteral("participantTable")); }
    /** The cell as drawn on screen. */
    QImage shot(int row, int column) const
    {
        QCoreApplication::processEvents();
        const QModelIndex idx = table()->model()->index(row, column);
        return table()->viewport()->grab(table()->visualRect(idx)).toImage();
    }
    /** How many pixels of image are near colour. */
    static int pixelsNear(const QImage &image, const QColor &colour)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) + qAbs(c.blue() - colour.blue())
                     < 30;
            }
        }
        return n;
    }
    bool columnShown(int column) const { return !table()->isColumnHidden(column); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_tester = watchModel(model());
        m_tab = std::make_unique<ParticipantsTab>(m_doc.get());
        m_asked.clear();
        m_candidates.clear();
        m_agree = true;
        m_answer = 0;
        m_doc->directory()->setAsker([this](const QList<NameQuestion> &questions) -> std::optional<QList<Id>> {
            QList<Id> answers;
            for (const NameQuestion &q : questions) {
                m_asked << q.typed;
                m_candidates << q.match.candidates;
                answers << m_answer;
            }
            if (!m_agree)
                return std::nullopt;
            return answers;
        });
        m_tab->resize(1000, 600);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_tester.reset();
        m_doc.reset();
    }

    void shouldShowTheSeedsParticipantsWithRoles()
    {
        QCOMPARE(model()->rowCount(), 21);
        QCOMPARE(model()->index(rowOf(QStringLiteral("Leanne Guy")), ParticipantModel::RoleColumn).data().toString(),
                 QStringLiteral("Moderator"));
        QCOMPARE(model()->index(rowOf(QStringLiteral("Tim Jenness")), ParticipantModel::RoleColumn).data().toString(),
                 QStringLiteral("Coordinator"));
        QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("participantCounts"))
                    ->text()
                    .contains(QStringLiteral("21 present")));
    }

    void shouldAddTypedPeopleAndNewOnesOnTheSpotAsOneStep()
    {
        const int before = people();
        auto *add = m_tab->findChild<QLineEdit *>(QStringLiteral("addParticipantEdit"));
        add->setText(QStringLiteral("KT, Melissa Graham, Christopher Waters"));
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(m_asked, QStringList{QStringLiteral("Melissa Graham")});
        QCOMPARE(model()->rowCount(), 23); // K-T was there already
        QCOMPARE(people(), before + 1);
        QVERIFY(add->text().isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(model()->rowCount(), 21);
        QCOMPARE(people(), before);
    }

    void shouldTakeFirstNamesAndPrefixesForThePeopleTheyFit()
    {
        const int before = people();
        auto *add = m_tab->findChild<QLineEdit *>(QStringLiteral("addParticipantEdit"));
        QTest::keyClicks(add, QStringLiteral("chris, fabio"));
        QTest::keyClick(add, Qt::Key_Return);
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(people(), before);
        QVERIFY(rowOf(QStringLiteral("Christopher Waters")) >= 0);
        QVERIFY(rowOf(QStringLiteral("Fabio Hernandez")) >= 0);
        QCOMPARE(rowOf(QStringLiteral("chris")), -1);
    }

    void shouldAskWhichOfSeveralPeopleIsMeant()
    {
        // GIVEN "Dubois", which fits Richard Dubois and Gregory Dubois-Felsmann
        const Id richard = m_doc->directory()->findPerson(QStringLiteral("Richard Dubois"));
        m_answer = richard;
        const int before = people();
        QCOMPARE(m_tab->addPastedList(QStringLiteral("Dubois")), 1);
        QCOMPARE(m_asked, QStringList{QStringLiteral("Dubois")});
        QCOMPARE(m_candidates.size(), 2);
        QCOMPARE(m_candidates.at(0).shownName(), QStringLiteral("Gregory Dubois-Felsmann"));
        QCOMPARE(m_candidates.at(1).id, richard);
        QVERIFY(rowOf(QStringLiteral("Richard Dubois")) >= 0);
        QCOMPARE(people(), before);
    }

    void shouldWriteNothingWhenNewPeopleAreDeclined()
    {
        m_agree = false;
        const int steps = m_doc->undoStack()->count();
        QCOMPARE(m_tab->addPastedList(QStringLiteral("Melissa Graham\nRichard Dubois")), -1);
        QCOMPARE(model()->rowCount(), 21);
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void shouldAddAPastedListOfKnownPeopleWithoutAsking()
    {
        QCOMPARE(
            m_tab->addPastedList(QStringLiteral("Unknown User (npease)\n- Christopher Waters\n\n  Richard Dubois ")),
            2);
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(model()->rowCount(), 23);
        QCOMPARE(model()->index(22, ParticipantModel::AttendanceColumn).data().toString(), QStringLiteral("Invited"));
    }

    void shouldTakeARollCallWithOneKeyPerPerson()
    {
        auto *table = m_tab->findChild<QTableView *>(QStringLiteral("participantTable"));
        m_tab->findChild<QAction *>(QStringLiteral("rollCallAction"))->setChecked(true);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Space); // present -> absent
        QTest::keyClick(table, Qt::Key_E); // excused
        QTest::keyClick(table, Qt::Key_P); // present (already)
        QCOMPARE(model()->index(0, ParticipantModel::AttendanceColumn).data().toString(), QStringLiteral("Absent"));
        QCOMPARE(model()->index(1, ParticipantModel::AttendanceColumn).data().toString(), QStringLiteral("Excused"));
        QCOMPARE(model()->index(2, ParticipantModel::AttendanceColumn).data().toString(), QStringLiteral("Present"));
        QCOMPARE(table->currentIndex().row(), 3);
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), 2); // other keys work as usual
        QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("participantCounts"))
                    ->text()
                    .contains(QStringLiteral("1 absent")));
    }

    void shouldShowWhoIsAbsentOrExcusedDifferently()
    {
        // GIVEN the first participant, present
        QCOMPARE(model()->index(0, ParticipantModel::AttendanceColumn).data().toString(), QStringLiteral("Present"));
        const QImage presentName = shot(0, ParticipantModel::NameColumn);
        const QImage presentMark = shot(0, ParticipantModel::AttendanceColumn);
        QVERIFY(pixelsNear(presentMark, Tones::background(Tones::Tone::Present)) > 10); // the green tick
        // WHEN they are marked absent, then excused
        QVERIFY(model()->setData(model()->index(0, ParticipantModel::AttendanceColumn), QStringLiteral("absent")));
        const QImage absentName = shot(0, ParticipantModel::NameColumn);
        const QImage absentMark = shot(0, ParticipantModel::AttendanceColumn);
        QVERIFY(model()->setData(model()->index(0, ParticipantModel::AttendanceColumn), QStringLiteral("excused")));
        const QImage excusedMark = shot(0, ParticipantModel::AttendanceColumn);
        // THEN the name itself reads differently, and each has its own mark
        QVERIFY(absentName != presentName);
        QVERIFY(pixelsNear(absentMark, Tones::background(Tones::Tone::Absent)) > 10); // the red cross
        QCOMPARE(pixelsNear(absentMark, Tones::background(Tones::Tone::Present)), 0);
        QVERIFY(pixelsNear(excusedMark, Tones::background(Tones::Tone::Excused)) > 10); // the amber dash
        // AND present again looks as before
        QVERIFY(model()->setData(model()->index(0, ParticipantModel::AttendanceColumn), QStringLiteral("present")));
        QCOMPARE(shot(0, ParticipantModel::NameColumn), presentName);
    }

    void shouldHideColumnsEmptyForEveryoneUntilAskedFor()
    {
        // GIVEN the sample without its addresses, so that nobody has an email
        PersonDirectory *people = m_doc->directory();
        QVERIFY(columnShown(ParticipantModel::EmailColumn));
        for (Person p : people->people()) {
            if (!p.email.isEmpty()) {
                p.email.clear();
                QVERIFY(people->editPerson(p));
            }
        }
        QVERIFY(columnShown(ParticipantModel::NameColumn));
        QVERIFY(columnShown(ParticipantModel::UsernameColumn)); // npease, mbutler, gcomoretto
        QVERIFY(columnShown(ParticipantModel::TeamColumn));
        QVERIFY(!columnShown(ParticipantModel::EmailColumn));
        // WHEN someone gets an email
        Person tim = people->person(people->findPerson(QStringLiteral("Tim Jenness")));
        tim.email = QStringLiteral("tjenness@example.org");
        QVERIFY(people->editPerson(tim));
        // THEN the column shows, and goes again when undone
        QVERIFY(columnShown(ParticipantModel::EmailColumn));
        m_doc->undoStack()->undo();
        QVERIFY(!columnShown(ParticipantModel::EmailColumn));

        // WHEN the user shows the empty column from the header's menu
        QMenu menu;
        auto *chooser = table()->findChild<ColumnChooser *>();
        QVERIFY(chooser);
        chooser->fillMenu(&menu);
        QAction *email = menu.findChild<QAction *>(QStringLiteral("showColumn%1").arg(ParticipantModel::EmailColumn));
        QVERIFY(email && !email->isChecked());
        QCOMPARE(email->text(), QStringLiteral("Email (empty for everyone)"));
        email->trigger();
        QVERIFY(columnShown(ParticipantModel::EmailColumn));
        // AND hides the team
        menu.findChild<QAction *>(QStringLiteral("showColumn%1").arg(ParticipantModel::TeamColumn))->trigger();
        QVERIFY(!columnShown(ParticipantModel::TeamColumn));
        // THEN the choice holds for the next tab too
        m_tab = std::make_unique<ParticipantsTab>(m_doc.get());
        QVERIFY(columnShown(ParticipantModel::EmailColumn));
        QVERIFY(!columnShown(ParticipantModel::TeamColumn));
        // AND "Reset Columns" goes back to hiding only the empty ones
        QMenu again;
        table()->findChild<ColumnChooser *>()->fillMenu(&again);
        again.findChild<QAction *>(QStringLiteral("resetColumns"))->trigger();
        QVERIFY(!columnShown(ParticipantModel::EmailColumn));
        QVERIFY(columnShown(ParticipantModel::TeamColumn));
        QVERIFY(!QSettings().contains(QStringLiteral("participants/columns")));
    }

    void shouldRenameAPersonEverywhereAtOnce()
    {
        const int row = rowOf(QStringLiteral("Wil O'Mullane"));
        QVERIFY(
            model()->setData(model()->index(row, ParticipantModel::NameColumn), QStringLiteral("William O'Mullane")));
        QCOMPARE(m_doc->agenda()->firstEntry().siblingAtColumn(AgendaModel::CoordinatorsColumn).data().toString(),
                 QStringLiteral("William O'Mullane"));
        bool inSummary = false;
        for (const ActionItemRow &r : m_doc->actionSummary()->rows())
            inSummary |= r.assignees == QLatin1String("William O'Mullane");
        QVERIFY(inSummary);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->agenda()->firstEntry().siblingAtColumn(AgendaModel::CoordinatorsColumn).data().toString(),
                 QStringLiteral("Wil O'Mullane"));
    }

    void shouldChangeRoleAndAttendanceInPlace()
    {
        QVERIFY(model()->setData(model()->index(0, ParticipantModel::RoleColumn), QStringLiteral("notetaker")));
        QCOMPARE(model()->index(0, ParticipantModel::RoleColumn).data().toString(), QStringLiteral("Note-taker"));
        QVERIFY(!model()->setData(model()->index(0, ParticipantModel::RoleColumn), QStringLiteral("emperor")));
        QVERIFY(model()->removeParticipant(0));
        QCOMPARE(model()->rowCount(), 20);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(model()->index(0, ParticipantModel::RoleColumn).data().toString(), QStringLiteral("Attendee"));
    }

    void shouldJoinAgendaCoordinatorsToTheParticipants()
    {
        const int steps = m_doc->undoStack()->count();
        QVERIFY(m_doc->agenda()->setData(m_doc->agenda()->firstEntry().siblingAtColumn(AgendaModel::CoordinatorsColumn),
                                         QStringLiteral("Wil O'Mullane, Christopher Waters")));
        const int row = rowOf(QStringLiteral("Christopher Waters"));
        QVERIFY(row >= 0);
        QCOMPARE(model()->index(row, ParticipantModel::RoleColumn).data().toString(), QStringLiteral("Coordinator"));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(rowOf(QStringLiteral("Christopher Waters")), -1);
    }
};

QTEST_MAIN(TestParticipantsTab)
#include "tst_participantstab.moc"
