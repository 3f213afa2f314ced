// SPDX-License-Identifier: GPL-3.0-or-later
// The Confluence import in the window (issue 20): the preview dialog, the one undo step, the refusals.
#include "confluenceimportdialog.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

const QString Seed = QStringLiteral(QUORUM_CONFLUENCE_DATA "/seed-markdown.txt");
const QString SeedTitle = QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17");

QTreeWidgetItem *childTitled(QTreeWidgetItem *parent, const QString &prefix)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0).startsWith(prefix))
            return parent->child(i);
    }
    return nullptr;
}

Id meetingTitled(const QSqlDatabase &db, const QString &title)
{
    return queryValue(db, QStringLiteral("SELECT id FROM meeting WHERE title = ?"), {title}).toLongLong();
}

} // namespace

class TestConfluenceImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewShowsWhatWillBeImported();
    void importIsOneUndoStep();
    void pageWithoutDateAsksForOne();
    void finalMeetingIsNotReplaced();
};

void TestConfluenceImportDialog::previewShowsWhatWillBeImported()
{
    QTemporaryDir dir;
    qint64 reference = 0;
    auto doc = openSampleDocument(dir, QStringLiteral("preview.quorum"), &reference);
    QVERIFY(doc);
    ConfluenceImport::Reading reading;
    QString error;
    QVERIFY2(doc->readConfluencePages(Seed, {}, &reading, &error), qPrintable(error));
    ConfluenceImportDialog dialog(Seed, reading, {});
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("importPreview"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *page = tree->topLevelItem(0);
    QCOMPARE(page->text(0), SeedTitle);
    QCOMPARE(page->text(1), QStringLiteral("2020-09-15 to 2020-09-17"));
    // The sample holds this meeting already: the preview says it is replaced.
    QVERIFY(childTitled(page, QStringLiteral("Replaces this meeting")));
    QTreeWidgetItem *agenda = childTitled(page, QStringLiteral("Agenda"));
    QVERIFY(agenda);
    QCOMPARE(agenda->childCount(), 3);
    QCOMPARE(agenda->child(1)->text(1), QStringLiteral("no entries"));
    QCOMPARE(agenda->child(0)->childCount(), 3); // three moderated blocks on day 1
    QCOMPARE(agenda->child(2)->child(0)->text(0), QStringLiteral("Moderator: Kian-Tat Lim")); // "K-T Lim"
    QCOMPARE(childTitled(page, QStringLiteral("Participants"))->childCount(), 21);
    QCOMPARE(childTitled(page, QStringLiteral("Action items"))->childCount(), 14);
    QCOMPARE(childTitled(page, QStringLiteral("Attached documents"))->childCount(), 13);
    QCOMPARE(childTitled(page, QStringLiteral("Topic requests"))->childCount(), 6);
    // Everyone is in the sample's directory.
    for (int i = 0; i < 21; ++i)
        QCOMPARE(childTitled(page, QStringLiteral("Participants"))->child(i)->text(1),
                 QStringLiteral("in the directory"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("Meetings: 1 (replacing 1")));
    QVERIFY(dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->isHidden());
}

void TestConfluenceImportDialog::importIsOneUndoStep()
{
    QTemporaryDir dir;
    qint64 reference = 0;
    auto doc = openSampleDocument(dir, QStringLiteral("undo.quorum"), &reference);
    QVERIFY(doc);
    const QSqlDatabase db = doc->database().connection();
    // One of the 2023 meeting's tasks is done in the library and open in the page's summary.
    const Id meeting2023
        = meetingTitled(db, QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting - 2023-Oct-24"));
    QVERIFY(meeting2023);
    QList<ActionItem> items = doc->actionItemsOf(meeting2023);
    bool marked = false;
    for (ActionItem &item : items) {
        if (item.description.startsWith(QLatin1String("Write an initial draft in the Dev Guide"))) {
            item.done = true;
            marked = true;
        }
    }
    QVERIFY(marked);
    doc->editActionItems(meeting2023, items, QStringLiteral("Tick"));
    const QStringList before = libraryRows(db);
    const int steps = doc->undoStack()->count();

    ConfluenceImport::Reading reading;
    QString error;
    QVERIFY2(doc->readConfluencePages(Seed, {}, &reading, &error), qPrintable(error));
    QVERIFY(doc->importConfluencePages(reading));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const Id imported = meetingTitled(db, SeedTitle);
    QVERIFY(imported);
    QCOMPARE(doc->currentMeetingId(), imported);
    QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM meeting WHERE title = ?"), {SeedTitle}).toInt(), 1);
    QCOMPARE(
        queryValue(db, QStringLiteral("SELECT count(*) FROM action_item WHERE meeting_id = ?"), {imported}).toInt(),
        14);
    QCOMPARE(queryValue(
                 db, QStringLiteral("SELECT s.name FROM meeting m JOIN series s ON s.id = m.series_id WHERE m.id = ?"),
                 {imported})
                 .toString(),
             QStringLiteral("DMLT Face-to-Face"));
    QCOMPARE(
        queryValue(
            db, QStringLiteral(
                    "SELECT done FROM action_item WHERE description LIKE 'Write an initial draft in the Dev Guide%'"))
            .toInt(),
        0); // the summary says it is open
    const QStringList after = libraryRows(db);
    QVERIFY(after != before);

    doc->undoStack()->undo();
    // Contents are shared by hash and never removed (MeetingRows): the empty one the import stored stays.
    QStringList undone = libraryRows(db);
    undone.removeAll(QStringLiteral("blob|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|0|"));
    QCOMPARE(undone, before);
    doc->undoStack()->redo();
    QCOMPARE(libraryRows(db), after);
}

void TestConfluenceImportDialog::pageWithoutDateAsksForOne()
{
    QTemporaryDir dir;
    qint64 reference = 0;
    auto doc = openSampleDocument(dir, QStringLiteral("nodate.quorum"), &reference);
    QVERIFY(doc);
    const QString page = dir.filePath(QStringLiteral("team-sync.html"));
    QVERIFY(writeFile(page, "<html><head><title>TEAM : Team sync</title></head><body><div id=\"main-content\">"
                            "<h2>Participants</h2><ul><li>Tim Jenness</li><li>Ada Newperson</li></ul>"
                            "<h2>Agenda</h2><table><tr><th>Time</th><th>Topic</th><th>Who</th></tr>"
                            "<tr><td>10:00</td><td>Status</td><td>Tim Jenness</td></tr>"
                            "<tr><td>10:30</td><td>Close</td><td></td></tr></table></div></body></html>"));
    ConfluenceImport::Reading reading;
    QString error;
    QVERIFY2(doc->readConfluencePages(page, {}, &reading, &error), qPrintable(error));
    QVERIFY(!reading.isComplete());
    const QStringList before = libraryRows(doc->database().connection());
    QVERIFY(!doc->importConfluencePages(reading)); // refused: no date
    QCOMPARE(libraryRows(doc->database().connection()), before);

    ConfluenceImportDialog dialog(page, reading,
                                  [&](const ConfluenceImport::Options &o, ConfluenceImport::Reading *r, QString *e) {
                                      return doc->readConfluencePages(page, o, r, e);
                                  });
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    QVERIFY(!date->isHidden());
    date->setDate(QDate(2024, 3, 4));
    QVERIFY(dialog.reading().isComplete());
    QCOMPARE(dialog.reading().pages.first().meeting.value(QStringLiteral("startDate")).toString(),
             QStringLiteral("2024-03-04"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("importPreview"));
    QTreeWidgetItem *people = childTitled(tree->topLevelItem(0), QStringLiteral("Participants"));
    QCOMPARE(people->childCount(), 2);
    QCOMPARE(people->child(0)->text(1), QStringLiteral("in the directory"));
    QCOMPARE(people->child(1)->text(1), QStringLiteral("new: joins the directory"));
    auto *series = dialog.findChild<QLineEdit *>(QStringLiteral("seriesEdit"));
    series->setText(QStringLiteral("Team syncs"));
    Q_EMIT series->editingFinished();
    QVERIFY(doc->importConfluencePages(dialog.reading()));
    const QSqlDatabase db = doc->database().connection();
    QCOMPARE(queryValue(db, QStringLiteral("SELECT s.name FROM meeting m JOIN series s ON s.id = m.series_id "
                                           "WHERE m.title = 'Team sync'"))
                 .toString(),
             QStringLiteral("Team syncs"));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT start_date FROM meeting WHERE title = 'Team sync'")).toString(),
             QStringLiteral("2024-03-04"));
}

void TestConfluenceImportDialog::finalMeetingIsNotReplaced()
{
    QTemporaryDir dir;
    qint64 reference = 0;
    auto doc = openSampleDocument(dir, QStringLiteral("final.quorum"), &reference);
    QVERIFY(doc);
    const QSqlDatabase db = doc->database().connection();
    const Id seed = meetingTitled(db, SeedTitle);
    QVERIFY(doc->finalizeMinutes(seed, QStringLiteral("Leanne Guy")));
    const QStringList before = libraryRows(db);
    ConfluenceImport::Reading reading;
    QString error;
    QVERIFY2(doc->readConfluencePages(Seed, {}, &reading, &error), qPrintable(error));
    QVERIFY(!doc->importConfluencePages(reading));
    QCOMPARE(libraryRows(db), before);
}

QTEST_MAIN(TestConfluenceImportDialog)
#include "tst_confluenceimportdialog.moc"
