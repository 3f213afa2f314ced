// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar's live mark: a meeting whose day runs reads "● …" with "Live now: day N", from the
// start of the run to its end (and back with undo), announced as one changed row and nothing else.
#include "document/librarymodels.h"
#include "fixtures.h"
#include "itemmodels/meetinglistmodel.h"
#include "meetingdocument.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

/** The sample's day (2020-09-15 is day 1) at hh:mm Pacific time. */
QDateTime at(int day, const QString &time)
{
    return QDateTime(QDate(2020, 9, 14 + day), QTime::fromString(time, QStringLiteral("HH:mm")),
                     QTimeZone("America/Los_Angeles"));
}

} // namespace

class TestSidebarLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_meeting = 0;

    QModelIndex row() const { return m_doc->meetingList()->indexOfMeeting(m_meeting); }
    QString shown() const { return row().data().toString(); }
    QString tip() const { return row().data(Qt::ToolTipRole).toString(); }
    Id dayId(int number) const { return m_doc->agendaState().days.at(number - 1).id; }
    /** No row of the sidebar but the reference meeting's says "live". */
    int liveRows() const
    {
        const MeetingListModel *list = m_doc->meetingList();
        int live = 0;
        for (int g = 0; g < list->rowCount(); ++g) {
            const QModelIndex series = list->index(g, 0);
            for (int r = 0; r < list->rowCount(series); ++r)
                live += list->index(r, 0, series).data().toString().startsWith(QStringLiteral("● "));
        }
        return live;
    }

private Q_SLOTS:
    void init()
    {
        m_doc = openSampleDocument(m_dir, QStringLiteral("sidebar-%1.quorum").arg(QDateTime::currentMSecsSinceEpoch()),
                                   &m_meeting);
        QVERIFY(m_doc);
    }

    void cleanup() { m_doc.reset(); }

    void shouldMarkTheLiveMeetingFromStartToEnd()
    {
        // GIVEN the sample, no run going
        const auto tester = watchModel(m_doc->meetingList());
        const QString plain = shown();
        const QString plainTip = tip();
        QVERIFY(!plain.startsWith(QStringLiteral("● ")));
        QCOMPARE(row().data(MeetingListModel::LiveDayRole).toInt(), 0);
        QCOMPARE(liveRows(), 0);
        ModelSignals s(m_doc->meetingList());
        // WHEN day 1's run starts
        m_doc->models()->setNow(at(1, QStringLiteral("09:02")));
        QVERIFY(m_doc->startRun(dayId(1), m_doc->now()));
        // THEN the row reads live, and only that row is announced
        QCOMPARE(shown(), QStringLiteral("● ") + plain);
        QCOMPARE(tip(), QStringLiteral("Live now: day 1\n") + plainTip);
        QVERIFY(row().data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(row().data(MeetingListModel::LiveDayRole).toInt(), 1);
        QCOMPARE(liveRows(), 1);
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(MeetingListModel::MeetingIdRole), QList<QVariant>{m_meeting});
        // WHEN the run steps on, nothing in the sidebar changes
        s.clear();
        m_doc->models()->setNow(at(1, QStringLiteral("09:16")));
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::Next));
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(MeetingListModel::MeetingIdRole), QList<QVariant>{});
        // WHEN the day ends, the mark goes, again as that one row
        m_doc->models()->setNow(at(1, QStringLiteral("17:00")));
        QVERIFY(m_doc->stepRun(MeetingDocument::RunStep::EndDay));
        QCOMPARE(shown(), plain);
        QCOMPARE(tip(), plainTip);
        QVERIFY(!row().data(Qt::FontRole).isValid());
        QCOMPARE(liveRows(), 0);
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(MeetingListModel::MeetingIdRole), QList<QVariant>{m_meeting});
        // WHEN the end is undone, the meeting is live again; undoing the start takes the mark away
        s.clear();
        m_doc->undoStack()->undo();
        QCOMPARE(shown(), QStringLiteral("● ") + plain);
        m_doc->undoStack()->undo(); // Next
        QCOMPARE(shown(), QStringLiteral("● ") + plain);
        m_doc->undoStack()->undo(); // Start
        QCOMPARE(shown(), plain);
        QCOMPARE(s.structural(), 0);
        QCOMPARE(s.changedRows(MeetingListModel::MeetingIdRole), (QList<QVariant>{m_meeting, m_meeting}));
        // AND redo brings it back
        m_doc->undoStack()->redo();
        QCOMPARE(tip(), QStringLiteral("Live now: day 1\n") + plainTip);
    }

    void shouldSayWhichDayIsLive()
    {
        // Day 3 (day 2 has no agenda to run).
        m_doc->models()->setNow(at(3, QStringLiteral("09:00")));
        QVERIFY(m_doc->startRun(dayId(3), m_doc->now()));
        QVERIFY(tip().startsWith(QStringLiteral("Live now: day 3\n")));
        QCOMPARE(m_doc->models()->meetingSummary(m_meeting).liveDay, 3);
        // The sidebar's filter finds it by the word too.
        QVERIFY(row().data(MeetingListModel::FilterTextRole).toString().contains(QStringLiteral("Live now")));
    }
};

QTEST_MAIN(TestSidebarLive)
#include "tst_sidebarlive.moc"
