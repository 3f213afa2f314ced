// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "librarygenerator.h"
#include "meetingdocument.h"
#include "searchpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Quorum;
using namespace Quorum::Testing;

/** The library search panel: what it lists, what it says about how much it found, and showing more. */
class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<SearchPanel> m_panel;

    template<typename T>
    T *child(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }
    int rows() const { return child<QTreeWidget>("searchResults")->topLevelItemCount(); }
    QString status() const { return child<QLabel>("searchStatus")->text(); }
    QPushButton *more() const { return child<QPushButton>("searchShowMore"); }
    /** How many places the library holds for text, all of them. */
    int total(const QString &text) const
    {
        QString error;
        return int(m_doc->search(text, 100000, &error).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Thirty generated meetings: a few hundred places mention "the".
        const QString path = m_dir.filePath(QStringLiteral("thirty.quorum"));
        QString error;
        LibraryGenerator::Options options;
        options.meetings = 30;
        QVERIFY2(LibraryGenerator::write(path, options, &error), qPrintable(error));
        m_doc = MeetingDocument::open(path, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }

    void init()
    {
        m_panel = std::make_unique<SearchPanel>();
        m_panel->setDocument(m_doc.get());
        m_panel->resize(900, 400);
        m_panel->show();
    }

    void cleanup() { m_panel.reset(); }

    void shouldSayMoreThanItShowsAndShowMoreOnRequest()
    {
        const int all = total(QStringLiteral("the"));
        QVERIFY2(all > 2 * SearchPanel::Step && all < 3 * SearchPanel::Step, qPrintable(QString::number(all)));

        // WHEN a search finds more places than are listed
        m_panel->search(QStringLiteral("the"));
        // THEN it says so, offers to narrow it or show more, and lists the best
        QCOMPARE(rows(), 200);
        QCOMPARE(
            status(),
            QStringLiteral("More than 200 places found, best first. Add words to narrow the search, or show more."));
        QVERIFY(more()->isVisible());
        QCOMPARE(more()->text(), QStringLiteral("Show 200 More"));
        const QList<SearchHit> first = m_panel->hits();

        // WHEN "Show more" is pressed, THEN the next ones follow, the first unchanged, the first new one current
        QTest::mouseClick(more(), Qt::LeftButton);
        QCOMPARE(rows(), 400);
        QCOMPARE(
            status(),
            QStringLiteral("More than 400 places found, best first. Add words to narrow the search, or show more."));
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(m_panel->hits().at(i).itemId, first.at(i).itemId);
        auto *results = child<QTreeWidget>("searchResults");
        QCOMPARE(results->indexOfTopLevelItem(results->currentItem()), 200);

        // AND once everything is listed, it says how many, and there is no more to show
        QTest::mouseClick(more(), Qt::LeftButton);
        QCOMPARE(rows(), all);
        QCOMPARE(status(), QStringLiteral("%1 places found, best first; Enter opens the selected one.").arg(all));
        QVERIFY(!more()->isVisible());
        m_panel->showMore(); // nothing more: nothing changes
        QCOMPARE(rows(), all);

        // WHEN the search changes, THEN it starts again from the best 200
        m_panel->search(QStringLiteral("plan"));
        QCOMPARE(rows(), total(QStringLiteral("plan")));
        QVERIFY(!more()->isVisible());
        QVERIFY(!status().startsWith(QLatin1String("More")));
        m_panel->search(QStringLiteral("the"));
        QCOMPARE(rows(), 200);
        QVERIFY(more()->isVisible());
    }

    void shouldListPeopleAndTextWithoutMarkdown()
    {
        // GIVEN a person of the generated directory
        m_panel->search(QStringLiteral("hweber48"));
        auto *results = child<QTreeWidget>("searchResults");
        QVERIFY(rows() >= 2);
        // THEN the person comes first, with no meeting or date, then the places they are on
        QCOMPARE(results->topLevelItem(0)->text(0), QString());
        QCOMPARE(results->topLevelItem(0)->text(1), QString());
        QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("Person directory"));
        QVERIFY(!results->topLevelItem(1)->text(0).isEmpty());
        // AND what is found reads as text: the generated notes are Markdown lists, nested, with code
        m_panel->search(QStringLiteral("the"));
        for (int i = 0; i < rows(); ++i) {
            const QString found = results->topLevelItem(i)->toolTip(3);
            QVERIFY2(!found.contains(QLatin1String("**")) && !found.contains(QLatin1String("](")), qPrintable(found));
            QVERIFY2(!found.startsWith(QLatin1String("- ")) && !found.contains(QLatin1String(" - ")),
                     qPrintable(found));
        }
    }

    void shouldSayWhatWasNotFound()
    {
        m_panel->search(QStringLiteral("xylophonequartet"));
        QCOMPARE(rows(), 0);
        QCOMPARE(status(), QStringLiteral("Nothing found."));
        QVERIFY(!more()->isVisible());
        m_panel->search(QStringLiteral("   "));
        QCOMPARE(status(), QString());
        m_panel->setDocument(nullptr);
        m_panel->search(QStringLiteral("the"));
        QCOMPARE(rows(), 0);
        QVERIFY(!more()->isVisible());
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
