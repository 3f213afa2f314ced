// SPDX-License-Identifier: GPL-3.0-or-later
// The models' updates, fed random sequences of rows under QAbstractItemModelTester: every update
// ends with exactly the rows given, and every row that stays keeps its persistent index (it is
// moved, never removed and inserted again), so a view keeps its selection and expansion.
#include "agenda/agendastate.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/dialinmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/rowtablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Quorum;

namespace {

struct R
{
    int key = 0;
    int value = 0;
    bool operator==(const R &o) const { return key == o.key && value == o.value; }
};

class RModel : public RowTableModel<R>
{
public:
    using RowTableModel::RowTableModel;
    void update(const QList<R> &rows)
    {
        updateRows(rows, [](const R &r) { return r.key; });
    }
    QVariant data(const QModelIndex &idx, int role) const override
    {
        if (!idx.isValid() || role != Qt::DisplayRole)
            return {};
        return idx.column() == 0 ? m_rows.at(idx.row()).key : m_rows.at(idx.row()).value;
    }

protected:
    QStringList headers() const override { return {"k", "v"}; }
};

} // namespace

class TestModelDiffs : public QObject
{
    Q_OBJECT

    QRandomGenerator rng{12345};

    int pick(int n) { return int(rng.bounded(n)); }

private Q_SLOTS:
    void rowTable_data()
    {
        QTest::addColumn<bool>("duplicates");
        QTest::newRow("unique") << false;
        QTest::newRow("duplicates") << true;
    }
    void rowTable()
    {
        QFETCH(bool, duplicates);
        RModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int round = 0; round < 1500; ++round) {
            QList<R> rows;
            QList<int> keys;
            for (int k = 0; k < 10; ++k)
                keys << k;
            std::shuffle(keys.begin(), keys.end(), rng);
            const int n = pick(11);
            for (int i = 0; i < n; ++i)
                rows << R{duplicates ? pick(5) : keys.at(i), pick(3)};
            QList<QPersistentModelIndex> kept;
            QList<int> keptKeys;
            for (int i = 0; i < model.rowCount(); ++i) {
                kept << QPersistentModelIndex(model.index(i, 0));
                keptKeys << model.rows().at(i).key;
            }
            model.update(rows);
            if (QTest::currentTestFailed())
                return;
            if (!duplicates) {
                for (int i = 0; i < kept.size(); ++i) {
                    const bool wanted
                        = std::any_of(rows.begin(), rows.end(), [&](const R &r) { return r.key == keptKeys.at(i); });
                    if (wanted) {
                        QVERIFY(kept.at(i).isValid());
                        QCOMPARE(kept.at(i).data().toInt(), keptKeys.at(i));
                    } else {
                        QVERIFY(!kept.at(i).isValid());
                    }
                }
            }
            QList<R> expected;
            for (const R &r : std::as_const(rows)) {
                if (std::none_of(expected.begin(), expected.end(), [&](const R &e) { return e.key == r.key; }))
                    expected << r;
            }
            if (!(model.rows() == expected)) {
                QString got, want;
                for (const R &r : model.rows())
                    got += QString::number(r.key) + " ";
                for (const R &r : expected)
                    want += QString::number(r.key) + " ";
                QFAIL(qPrintable(QString("round %1: got [%2] want [%3]").arg(round).arg(got, want)));
            }
        }
    }

    void dialIns()
    {
        DialInModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int round = 0; round < 1500; ++round) {
            QList<DialIn> rows;
            const int n = pick(7);
            for (int i = 0; i < n; ++i)
                rows << DialIn{QString::number(pick(3)), QString::number(pick(2))};
            model.update(rows);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(model.rows(), rows);
        }
    }

    void meetingList()
    {
        MeetingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int lostHere = 0;
        for (int round = 0; round < 1500; ++round) {
            QList<MeetingSummary> summaries;
            QList<Id> ids;
            for (Id i = 1; i <= 12; ++i)
                ids << i;
            std::shuffle(ids.begin(), ids.end(), rng);
            const int n = pick(13);
            const QStringList names = {"S-a", "S-b"};
            QHash<Id, QString> seriesName;
            for (Id s = 1; s <= 4; ++s)
                seriesName.insert(s, names.at(pick(2)) + QString::number(s));
            for (int i = 0; i < n; ++i) {
                MeetingSummary m;
                m.id = ids.at(i);
                m.seriesId = pick(5);
                m.seriesName = m.seriesId ? seriesName.value(m.seriesId) : QString();
                m.title = QString("t%1").arg(pick(2));
                m.startDate = QDate(2026, 1, 1).addDays(pick(3));
                m.endDate = m.startDate;
                summaries << m;
            }
            QList<QPersistentModelIndex> kept;
            QList<Id> keptIds;
            for (int g = 0; g < model.rowCount(); ++g) {
                const QModelIndex group = model.index(g, 0);
                for (int r = 0; r < model.rowCount(group); ++r) {
                    kept << QPersistentModelIndex(model.index(r, 0, group));
                    keptIds << model.index(r, 0, group).data(MeetingListModel::MeetingIdRole).toLongLong();
                }
            }
            const bool reset = pick(20) == 0;
            if (reset)
                model.show(summaries);
            else
                model.update(summaries);
            if (QTest::currentTestFailed())
                return;
            // Expected: groups in order of first appearance, meetings in input order.
            QList<Id> groupOrder;
            QHash<Id, QList<Id>> meetingsOf;
            for (const MeetingSummary &m : summaries) {
                if (!groupOrder.contains(m.seriesId))
                    groupOrder << m.seriesId;
                meetingsOf[m.seriesId] << m.id;
            }
            QCOMPARE(model.rowCount(), groupOrder.size());
            for (int g = 0; g < groupOrder.size(); ++g) {
                const QModelIndex group = model.index(g, 0);
                const Id s = groupOrder.at(g);
                QCOMPARE(group.data().toString(), s ? seriesName.value(s) : MeetingListModel::tr("Not in a series"));
                QCOMPARE(model.rowCount(group), meetingsOf.value(s).size());
                for (int r = 0; r < model.rowCount(group); ++r) {
                    const QModelIndex m = model.index(r, 0, group);
                    QCOMPARE(m.data(MeetingListModel::MeetingIdRole).toLongLong(), meetingsOf.value(s).at(r));
                    QCOMPARE(m.parent(), group);
                }
            }
            for (int i = 0; i < kept.size(); ++i) {
                const bool wanted = std::any_of(summaries.begin(), summaries.end(),
                                                [&](const MeetingSummary &m) { return m.id == keptIds.at(i); });
                if (wanted && !kept.at(i).isValid() && !reset)
                    ++lostHere;
                if (kept.at(i).isValid())
                    QCOMPARE(kept.at(i).data(MeetingListModel::MeetingIdRole).toLongLong(), keptIds.at(i));
            }
        }
        QCOMPARE(lostHere, 0);
    }

    void agendaWithARepeatedId()
    {
        // GIVEN an agenda of one entry; WHEN an update names that entry twice (a damaged file)
        AgendaModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<MeetingDay> days{MeetingDay{1, 1, QDate(2026, 3, 1), {}, {}, {}, {}, {}}};
        AgendaEntry a;
        a.id = 10;
        a.dayId = 1;
        a.title = "a";
        AgendaEntry b = a;
        b.position = 1;
        b.title = "b";
        model.update(days, {a}, {});
        model.update(days, {a, b}, {});
        // THEN the first one counts, once
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QString("a"));
    }

    void agenda()
    {
        AgendaModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int lostEntries = 0, lostDays = 0, keptTotal = 0;
        for (int round = 0; round < 2000; ++round) {
            // Days: a random subset of 1..4 in random order, dates in list order.
            QList<Id> dayIds{1, 2, 3, 4};
            std::shuffle(dayIds.begin(), dayIds.end(), rng);
            const int dayCount = pick(5);
            QList<MeetingDay> days;
            for (int i = 0; i < dayCount; ++i)
                days << MeetingDay{dayIds.at(i), 1, QDate(2026, 3, 1).addDays(i), QTime(9, 0), QTime(17, 0), {},
                                   {},           {}};
            // Entries: ids 10..29; an id divisible by 4 is always a block (kinds never change).
            QList<AgendaEntry> entries;
            if (!days.isEmpty()) {
                QList<Id> ids;
                for (Id i = 10; i < 30; ++i)
                    ids << i;
                std::shuffle(ids.begin(), ids.end(), rng);
                const int n = pick(21);
                QList<const AgendaEntry *> blocks;
                for (int i = 0; i < n; ++i) {
                    AgendaEntry e;
                    e.id = ids.at(i);
                    e.kind = e.id % 4 == 0 ? AgendaEntry::Kind::Block : AgendaEntry::Kind::Topic;
                    e.dayId = days.at(pick(int(days.size()))).id;
                    e.title = QString("e%1-%2").arg(e.id).arg(pick(2));
                    e.durationMinutes = 10 * pick(3);
                    e.position = pick(100);
                    entries << e;
                }
                // Topics go into a block of their day sometimes.
                for (AgendaEntry &e : entries) {
                    if (e.kind == AgendaEntry::Kind::Block || pick(2))
                        continue;
                    QList<Id> candidates;
                    for (const AgendaEntry &b : entries) {
                        if (b.kind == AgendaEntry::Kind::Block && b.dayId == e.dayId)
                            candidates << b.id;
                    }
                    if (!candidates.isEmpty())
                        e.parentId = candidates.at(pick(int(candidates.size())));
                }
                AgendaState s;
                s.days = days;
                s.entries = entries;
                s.retime();
                entries = s.entries;
            }
            // Persistent indexes of everything shown now.
            QList<QPersistentModelIndex> kept;
            QList<qint64> keptKeys;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < model.rowCount(parent); ++r) {
                    const QModelIndex idx = model.index(r, 0, parent);
                    kept << QPersistentModelIndex(idx);
                    const bool isDay = idx.data(AgendaModel::IsDayRole).toBool();
                    keptKeys << (isDay ? -idx.data(AgendaModel::DayIdRole).toLongLong()
                                       : idx.data(AgendaModel::EntryIdRole).toLongLong());
                    walk(idx);
                }
            };
            walk({});
            const bool reset = pick(25) == 0;
            if (reset)
                model.show(days, entries, {});
            else
                model.update(days, entries, {});
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QString("round %1").arg(round)));
            // The tree is the state.
            AgendaState want;
            want.days = days;
            want.entries = entries;
            QCOMPARE(model.rowCount(), days.size());
            for (int d = 0; d < days.size(); ++d) {
                const QModelIndex day = model.index(d, 0);
                QCOMPARE(day.data(AgendaModel::DayIdRole).toLongLong(), days.at(d).id);
                QCOMPARE(day.data().toString().startsWith(QString("Day %1:").arg(d + 1)), true);
                const QList<Id> top = want.children(days.at(d).id, 0);
                QCOMPARE(model.rowCount(day), top.size());
                for (int j = 0; j < top.size(); ++j) {
                    const QModelIndex item = model.index(j, 0, day);
                    QCOMPARE(item.data(AgendaModel::EntryIdRole).toLongLong(), top.at(j));
                    QCOMPARE(item.parent(), day);
                    QCOMPARE(item.data().toString(), want.entry(top.at(j))->title);
                    const QList<Id> inside = want.children(days.at(d).id, top.at(j));
                    QCOMPARE(model.rowCount(item), inside.size());
                    for (int k = 0; k < inside.size(); ++k)
                        QCOMPARE(model.index(k, 0, item).data(AgendaModel::EntryIdRole).toLongLong(), inside.at(k));
                }
            }
            QCOMPARE(model.state().entries, entries);
            for (int i = 0; i < kept.size(); ++i) {
                const qint64 key = keptKeys.at(i);
                const bool wanted
                    = key < 0 ? std::any_of(days.begin(), days.end(), [&](const MeetingDay &d) { return -d.id == key; })
                              : std::any_of(entries.begin(), entries.end(),
                                            [&](const AgendaEntry &e) { return e.id == key; });
                if (kept.at(i).isValid()) {
                    const bool isDay = kept.at(i).data(AgendaModel::IsDayRole).toBool();
                    const qint64 now = isDay ? -kept.at(i).data(AgendaModel::DayIdRole).toLongLong()
                                             : kept.at(i).data(AgendaModel::EntryIdRole).toLongLong();
                    QCOMPARE(now, key);
                } else if (wanted && !reset) {
                    (key < 0 ? lostDays : lostEntries)++;
                }
                if (wanted && !reset)
                    ++keptTotal;
            }
        }
        QVERIFY(keptTotal > 0);
        QCOMPARE(lostEntries, 0);
        QCOMPARE(lostDays, 0);
    }
};

QTEST_MAIN(TestModelDiffs)
#include "tst_modeldiffs.moc"
