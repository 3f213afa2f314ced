// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "itemmodels/actionfilterproxy.h"
#include "itemmodels/actionitemmodel.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

/** The action item summary's filters, over the sample library. */
class TestActionFilterProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;

    Id person(const QString &name) const { return PersonRepository(m_doc->database().connection()).findByName(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = openSampleDocument(m_dir, QStringLiteral("filters.quorum"), &m_seed);
        QVERIFY(m_doc);
    }

    void cleanupTestCase() { m_doc.reset(); }

    void shouldFilterTheSummary_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("series");
        QTest::addColumn<bool>("onlySeed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");

        const QDate now(2026, 11, 29);
        const int all = int(ActionFilterProxy::State::All), open = int(ActionFilterProxy::State::Open),
                  done = int(ActionFilterProxy::State::Done), overdue = int(ActionFilterProxy::State::Overdue),
                  within = int(ActionFilterProxy::State::DueWithin);
        QTest::newRow("everything") << now << all << 0 << ""
                                    << "" << false << "" << 25;
        QTest::newRow("open: the seed's summary") << now << open << 0 << ""
                                                  << "" << false << "" << 11;
        QTest::newRow("done") << now << done << 0 << ""
                              << "" << false << "" << 14;
        QTest::newRow("overdue today") << now << overdue << 0 << ""
                                       << "" << false << "" << 11;
        QTest::newRow("overdue on 16 Mar 2022") << QDate(2022, 3, 16) << overdue << 0 << ""
                                                << "" << false << "" << 1;
        QTest::newRow("due within 14 days of 1 May 2024") << QDate(2024, 5, 1) << within << 14 << ""
                                                          << "" << false << "" << 1;
        QTest::newRow("due within 30 days of 1 May 2024") << QDate(2024, 5, 1) << within << 30 << ""
                                                          << "" << false << "" << 6;
        QTest::newRow("Frossie's open actions") << now << open << 0 << "Frossie Economou"
                                                << "" << false << "" << 3;
        QTest::newRow("Frossie's, with her group's") << now << all << 0 << "Frossie Economou"
                                                     << "" << false << "" << 4;
        QTest::newRow("Leanne's, with her group's") << now << all << 0 << "Leanne Guy"
                                                    << "" << false << "" << 3;
        QTest::newRow("Tim's (not in T/CAMs)") << now << all << 0 << "Tim Jenness"
                                               << "" << false << "" << 1;
        QTest::newRow("the group itself") << now << all << 0 << "T/CAMs"
                                          << "" << false << "" << 1;
        QTest::newRow("a series") << now << all << 0 << ""
                                  << "DMLT Meeting" << false << "" << 6;
        QTest::newRow("a meeting") << now << all << 0 << ""
                                   << "" << true << "" << 14;
        QTest::newRow("free text") << now << all << 0 << ""
                                   << "" << false << "pstn-017" << 6;
        QTest::newRow("text and state") << now << open << 0 << ""
                                        << "" << false << "Dev Guide" << 1;
        QTest::newRow("text in the assignees") << now << all << 0 << ""
                                               << "" << false << "frossie" << 4;
        QTest::newRow("text in where it appears") << now << all << 0 << ""
                                                  << "" << false << "2024-04-22" << 6;
    }

    void shouldFilterTheSummary()
    {
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(int, days);
        QFETCH(QString, assignee);
        QFETCH(QString, series);
        QFETCH(bool, onlySeed);
        QFETCH(QString, text);
        QFETCH(int, rows);

        m_doc->setToday(today);
        ActionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_doc->actionSummary());
        proxy.setMemberships(m_doc->directory()->groupsOfPeople());
        proxy.setState(ActionFilterProxy::State(state), days);
        if (!assignee.isEmpty()) {
            const Id group = PersonRepository(m_doc->database().connection()).findGroupByName(assignee);
            proxy.setAssignee(group ? 0 : person(assignee), group);
        }
        if (!series.isEmpty())
            proxy.setSeries(SeriesRepository(m_doc->database().connection()).findByName(series));
        if (onlySeed)
            proxy.setMeeting(m_seed);
        proxy.setText(text);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void shouldMatchAnEditedActionOnItsNewText()
    {
        // GIVEN the summary filtered for a word no action holds
        m_doc->setToday(QDate(2026, 11, 29));
        ActionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_doc->actionSummary());
        proxy.setText(QStringLiteral("zebra"));
        QCOMPARE(proxy.rowCount(), 0);
        // WHEN an action is given that word
        ActionItemModel *summary = m_doc->actionSummary();
        const QModelIndex description = summary->index(0, ActionItemModel::DescriptionColumn);
        QVERIFY(summary->setData(description, QStringLiteral("Find the zebra crossing")));
        // THEN it is shown, and hidden again when that is undone
        QCOMPARE(proxy.rowCount(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(proxy.rowCount(), 0);
        // AND the filter follows a new source model
        ActionItemModel other(ActionItemModel::Scope::Library, m_doc.get());
        proxy.setSourceModel(&other);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 0);
    }

    void shouldKeepOnlyTheNewestRowsWithinALimit()
    {
        // GIVEN the summary limited to its 7 newest rows, sorted by where they appear, latest first
        ActionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_doc->actionSummary());
        proxy.setLimit(7);
        proxy.sort(ActionItemModel::OriginColumn, Qt::DescendingOrder);
        const auto meetingOf
            = [&](int row) { return proxy.index(row, 0).data(ActionItemModel::MeetingIdRole).toLongLong(); };
        const auto dateOf = [&](int row) {
            return proxy.index(row, ActionItemModel::OriginColumn).data(ActionItemModel::SortRole).toDate();
        };
        // THEN those are the 2024 meeting's six, in their order, and the first of October 2023's
        const Id newest = m_doc->newestMeetingId();
        QCOMPARE(proxy.rowCount(), 7);
        QCOMPARE(proxy.unlimitedRowCount(), 25);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(meetingOf(row), newest);
            QCOMPARE(proxy.index(row, 0).data(ActionItemModel::ActionIdRole).toLongLong(),
                     m_doc->actionItemsOf(newest).at(row).id);
        }
        QCOMPARE(dateOf(6), QDate(2023, 10, 24));
        const Id october = meetingOf(6);
        QCOMPARE(proxy.index(6, 0).data(ActionItemModel::ActionIdRole).toLongLong(),
                 m_doc->actionItemsOf(october).constFirst().id);
        // WHEN the 2024 meeting gets a seventh action
        QList<ActionItem> items = m_doc->actionItemsOf(newest);
        ActionItem added;
        added.id = m_doc->newActionItemId(items);
        added.description = QStringLiteral("One more");
        items << added;
        m_doc->editActionItems(newest, items, QStringLiteral("Add"));
        // THEN it comes in last of its meeting and October's leaves
        QCOMPARE(proxy.rowCount(), 7);
        QCOMPARE(proxy.unlimitedRowCount(), 26);
        QCOMPARE(proxy.index(6, 0).data(ActionItemModel::ActionIdRole).toLongLong(), added.id);
        // AND undone, October's is back
        m_doc->undoStack()->undo();
        QCOMPARE(meetingOf(6), october);
        // AND the ascending sort is the oldest meeting first, each meeting's actions still in order
        proxy.sort(ActionItemModel::OriginColumn, Qt::AscendingOrder);
        QCOMPARE(meetingOf(0), october);
        QCOMPARE(meetingOf(1), newest);
        QCOMPARE(proxy.index(1, 0).data(ActionItemModel::ActionIdRole).toLongLong(),
                 m_doc->actionItemsOf(newest).constFirst().id);
        // AND no limit (a negative one is none) shows every row
        proxy.setLimit(-3);
        QCOMPARE(proxy.limit(), 0);
        QCOMPARE(proxy.rowCount(), 25);
        QCOMPARE(proxy.unlimitedRowCount(), 25);
    }
};

QTEST_MAIN(TestActionFilterProxy)
#include "tst_actionfilterproxy.moc"
