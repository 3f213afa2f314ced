// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"
#include "export/decisionexport.h"
#include "export/exporter.h"
#include "export/jsoninterchange.h"
#include "export/reportbuilder.h"
#include "export/reportprinter.h"
#include "export/reportwriter.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/decisionmodel.h"
#include "itemmodels/decisionregistermodel.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/storageerror.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

NameChoice known(Id personId)
{
    NameChoice c;
    c.person.id = personId;
    return c;
}

QByteArray exported(const Database &db, const ExportRequest &request)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Exporter::write(db, request, &out);
    return out.data();
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MeetingDocument> m_doc;
    Id m_seed = 0;
    SampleDocuments m_samples;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QSqlDatabase db() const { return m_doc->database().connection(); }
    Id personNamed(const QString &name) const
    {
        return queryValue(db(), "SELECT id FROM person WHERE display_name = ?", {name}).toLongLong();
    }
    /** A decision recorded on the seed meeting (shown) by Wil and Kian-Tat. */
    Id recordOne(const QString &text, const QDate &date = QDate(2020, 9, 16), const QString &ticket = {})
    {
        const QList<NameChoice> who{known(personNamed("Wil O'Mullane")), known(personNamed("Kian-Tat Lim"))};
        return m_doc->recordDecision(0, who, text, date, ticket);
    }

private Q_SLOTS:
    void initTestCase_data() { Quorum::Testing::Backend::addRows(); }

    void init()
    {
        QUORUM_USE_BACKEND();
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_doc->setToday(QDate(2020, 9, 17));
        m_tester = watchModel(m_doc->decisions());
    }
    void cleanup()
    {
        m_tester.reset();
        m_doc.reset();
    }

    void shouldRecordADecisionAsOneUndoStepAndUndoAndRedoIt()
    {
        // GIVEN the seed meeting without decisions
        QCOMPARE(m_doc->decisions()->rowCount(), 0);
        const int steps = m_doc->undoStack()->count();
        const Id entry = m_doc->agenda()->state().entries.constFirst().id;
        ModelSignals spy(m_doc->decisions());
        // WHEN a decision is recorded under an entry with a ticket
        const QList<NameChoice> who{known(personNamed("Wil O'Mullane"))};
        const Id id = m_doc->recordDecision(entry, who, "  Adopt the new release cadence  ", QDate(), "DM-1234");
        // THEN it is stored with today's date, one undo step, one row inserted
        QVERIFY(id);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(spy.reset.size(), 0);
        QCOMPARE(queryValue(db(), "SELECT text FROM decision WHERE id = ?", {id}).toString(),
                 QString("Adopt the new release cadence"));
        QCOMPARE(queryValue(db(), "SELECT decided_on FROM decision WHERE id = ?", {id}).toString(),
                 QString("2020-09-17"));
        QCOMPARE(queryValue(db(), "SELECT entry_id FROM decision WHERE id = ?", {id}).toLongLong(), entry);
        QCOMPARE(queryValue(db(), "SELECT external_ref FROM decision WHERE id = ?", {id}).toString(),
                 QString("DM-1234"));
        QCOMPARE(queryValue(db(), "SELECT person_id FROM decision_maker WHERE decision_id = ?", {id}).toLongLong(),
                 personNamed("Wil O'Mullane"));
        const QModelIndex row = m_doc->decisions()->index(0, DecisionModel::DecidedByColumn);
        QVERIFY(row.data().toString().contains("Wil O'Mullane"));
        // WHEN undone THEN the row goes (removed, not reset), and redo brings it back with its id
        spy.clear();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->decisions()->rowCount(), 0);
        QCOMPARE(spy.removed.size(), 1);
        QCOMPARE(spy.reset.size(), 0);
        QCOMPARE(queryValue(db(), "SELECT count(*) FROM decision_maker").toInt(), 0);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->decisions()->rowOf(id), 0);
    }

    void shouldRefuseADecisionWithoutText()
    {
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        const int steps = m_doc->undoStack()->count();
        QCOMPARE(m_doc->recordDecision(0, {}, "   ", QDate()), Id(0));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        // An edit that empties an existing decision is refused too, and nothing changes.
        const Id id = recordOne("Keep the weekly cadence");
        const QModelIndex text = m_doc->decisions()->index(m_doc->decisions()->rowOf(id), DecisionModel::TextColumn);
        QVERIFY(!m_doc->decisions()->setData(text, QString(" ")));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(queryValue(db(), "SELECT text FROM decision WHERE id = ?", {id}).toString(),
                 QString("Keep the weekly cadence"));
    }

    void shouldAnnounceOnlyTheEditedRow()
    {
        const Id first = recordOne("First decision");
        const Id second = recordOne("Second decision");
        ModelSignals spy(m_doc->decisions());
        const int row = m_doc->decisions()->rowOf(second);
        QVERIFY(m_doc->decisions()->setData(m_doc->decisions()->index(row, DecisionModel::ReferenceColumn),
                                            QString("DM-42")));
        QCOMPARE(spy.structural(), 0);
        QCOMPARE(spy.changedRows(DecisionModel::DecisionIdRole), QList<QVariant>{second});
        // A date typed as people say it.
        spy.clear();
        QVERIFY(m_doc->decisions()->setData(m_doc->decisions()->index(row, DecisionModel::DateColumn),
                                            QString("2020-09-15")));
        QCOMPARE(queryValue(db(), "SELECT decided_on FROM decision WHERE id = ?", {second}).toString(),
                 QString("2020-09-15"));
        QVERIFY(!m_doc->decisions()->setData(m_doc->decisions()->index(row, DecisionModel::DateColumn),
                                             QString("not a date")));
        QCOMPARE(spy.changedRows(DecisionModel::DecisionIdRole), QList<QVariant>{second});
        // Removing one leaves the other.
        spy.clear();
        QCOMPARE(m_doc->decisions()->removeDecisions({first}), 1);
        QCOMPARE(spy.removed.size(), 1);
        QCOMPARE(m_doc->decisions()->rowCount(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->decisions()->rowOf(first), 0);
    }

    void shouldFilterTheRegisterBySeriesTextDateAndPerson()
    {
        // GIVEN decisions in the seed meeting (series DMLT Face-to-Face) and in the 2024 meeting (DMLT Meeting)
        recordOne("Adopt the new release cadence", QDate(2020, 9, 16), "DM-1");
        recordOne("Retire the old pipeline", QDate(2020, 9, 17));
        const Id later = queryValue(db(), "SELECT id FROM meeting WHERE start_date = '2024-04-22'").toLongLong();
        QVERIFY(m_doc->setCurrentMeeting(later));
        const Id swinbank = personNamed("John Swinbank");
        QVERIFY(m_doc->recordDecision(0, {known(swinbank)}, "Écrire la documentation", QDate(2024, 4, 22)));
        DecisionRegisterModel model(m_doc.get());
        const auto tester = watchModel(&model);
        QCOMPARE(model.rowCount(), 3);
        // oldest meeting first
        QCOMPARE(model.index(0, DecisionRegisterModel::TextColumn).data().toString(),
                 QString("Adopt the new release cadence"));

        DecisionFilter filter;
        filter.seriesId = queryValue(db(), "SELECT id FROM series WHERE name = 'DMLT Meeting'").toLongLong();
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.rowCount(), 1);

        filter = {};
        filter.text = "écrire"; // case beyond ASCII
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.text = "dm-1"; // the ticket key
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DecisionRegisterModel::ReferenceColumn).data().toString(), QString("DM-1"));

        filter = {};
        filter.from = QDate(2020, 9, 17);
        filter.to = QDate(2020, 12, 31);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DecisionRegisterModel::TextColumn).data().toString(),
                 QString("Retire the old pipeline"));

        filter = {};
        filter.personId = swinbank;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.personId = personNamed("Kian-Tat Lim");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);

        // The register follows edits: a new decision of Kian-Tat's comes in as one inserted row.
        ModelSignals spy(&model);
        QVERIFY(m_doc->recordDecision(0, {known(personNamed("Kian-Tat Lim"))}, "Third", QDate(2024, 4, 22)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(spy.reset.size(), 0);
    }

    void shouldFindADecisionInTheSearch()
    {
        recordOne("Adopt the zebrafish naming scheme");
        QString error;
        const QList<SearchHit> hits = m_doc->search("zebrafish", 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().kind, SearchHit::Kind::Decision);
        QCOMPARE(hits.constFirst().meetingId, m_seed);
        QCOMPARE(hits.constFirst().match, SearchHit::Match::Name);
        // By who decided, too.
        const QList<SearchHit> byPerson = m_doc->search("Mullane zebrafish", 10, &error);
        QCOMPARE(byPerson.size(), 1);
    }

    void shouldPrintDecisionsAfterTheActionItemsInTheMinutes()
    {
        ReportOptions options;
        options.kind = ReportOptions::Kind::Minutes;
        const QString before = ReportWriter::toHtml(ReportBuilder(m_doc->database()).minutes(m_seed, options),
                                                    ReportWriter::Target::Browser);
        QVERIFY(!before.contains("<h2>Decisions</h2>")); // no section without decisions
        recordOne("Adopt the new release cadence", QDate(2020, 9, 16), "DM-1234");
        const ReportDocument doc = ReportBuilder(m_doc->database()).minutes(m_seed, options);
        const QString html = ReportWriter::toHtml(doc, ReportWriter::Target::Browser);
        const qsizetype actions = html.indexOf("Action items</h2>");
        const qsizetype decisions = html.indexOf("Decisions</h2>");
        QVERIFY(actions > 0);
        QVERIFY(decisions > actions);
        QVERIFY(html.indexOf("Adopt the new release cadence") > decisions);
        QVERIFY(html.contains("DM-1234"));
        const QString text = poppler("pdftotext", {}, ReportPrinter::toPdf(doc, QPageSize::A4));
        QVERIFY(text.contains("Decisions"));
        QVERIFY(text.contains("Adopt the new release cadence"));
    }

    void shouldExportTheRegisterAsCsvAndMarkdownWithTheInjectionGuard()
    {
        recordOne("=HYPERLINK(\"http://evil\")", QDate(2020, 9, 16), "DM-7");
        recordOne("Use *bold* words, carefully", QDate(2020, 9, 17));
        ExportRequest request;
        request.format = ExportRequest::Format::Csv;
        request.report.kind = ReportOptions::Kind::Decisions;
        const QString csv = QString::fromUtf8(exported(m_doc->database(), request));
        const QStringList lines = csv.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("Decision,Decided by,Date,Ticket,Meeting date,Meeting,Series"));
        QVERIFY2(lines.at(1).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\""), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(",2020-09-16,DM-7,2020-09-15,"));
        QVERIFY(lines.at(2).startsWith("\"Use *bold* words, carefully\""));

        request.format = ExportRequest::Format::Markdown;
        const QString md = QString::fromUtf8(exported(m_doc->database(), request));
        QVERIFY(md.contains("Decision register"));
        QVERIFY2(md.contains("Use \\*bold\\* words"), qPrintable(md));

        // One series only: the seed's series has both, the other none.
        request.format = ExportRequest::Format::Csv;
        request.seriesName = "DMLT Meeting";
        QCOMPARE(QString::fromUtf8(exported(m_doc->database(), request)).split("\r\n", Qt::SkipEmptyParts).size(), 1);
        request.seriesName = "No such series";
        QVERIFY_THROWS_EXCEPTION(StorageError, exported(m_doc->database(), request));
    }

    void shouldExportTheRegisterFromTheCommandLine()
    {
        recordOne("Adopt the new release cadence", QDate(2020, 9, 16));
        const QString path = m_doc->path();
        m_doc.reset(); // the command line reads the file itself
        m_tester.reset();
        QTemporaryDir dir;
        const auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(QUORUM_EXECUTABLE), args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
        };
        const auto [code, out] = run({"export", "--format", "csv", "--kind", "decisions", path});
        QCOMPARE(code, 0);
        QVERIFY(out.contains("Adopt the new release cadence"));
        const auto [seriesCode, seriesOut]
            = run({"export", "--format", "csv", "--kind", "decisions", "--series", "DMLT Meeting", path});
        QCOMPARE(seriesCode, 0);
        QVERIFY(!seriesOut.contains("Adopt"));
        const QString pdf = dir.filePath("register.pdf");
        QCOMPARE(run({"export", "--format", "pdf", "--kind", "decisions", path, "-o", pdf}).first, 0);
        QVERIFY(poppler("pdftotext", {}, readFile(pdf)).contains("Adopt the new release cadence"));
        // Refusals: --series without the register, an unknown series.
        QCOMPARE(run({"export", "--format", "csv", "--kind", "actions", "--series", "X", path}).first, 2);
        const auto [unknownCode, unknownOut]
            = run({"export", "--format", "csv", "--kind", "decisions", "--series", "Nope", path});
        QVERIFY(unknownCode != 0);
        QVERIFY(unknownOut.contains("Nope"));
    }

    void shouldRoundTripDecisionsThroughJson()
    {
        const Id entry = m_doc->agenda()->state().entries.constFirst().id;
        QVERIFY(m_doc->recordDecision(entry, {known(personNamed("Wil O'Mullane"))}, "Adopt it", QDate(2020, 9, 16),
                                      "DM-9"));
        const QByteArray json = JsonInterchange::exportLibrary(m_doc->database());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("formatVersion").toInt(), 4);
        QTemporaryDir dir;
        const QString copy = dir.filePath("copy.quorum");
        QString error;
        QVERIFY2(JsonInterchange::importIntoNewLibrary(copy, json, &error), qPrintable(error));
        QString openError;
        auto other = MeetingDocument::open(copy, &openError);
        QVERIFY2(other, qPrintable(openError));
        QCOMPARE(JsonInterchange::exportLibrary(other->database()), json);
        const QSqlDatabase c = other->database().connection();
        QCOMPARE(queryValue(c, "SELECT text || '|' || decided_on || '|' || external_ref FROM decision").toString(),
                 QString("Adopt it|2020-09-16|DM-9"));
        QVERIFY(queryValue(c, "SELECT entry_id FROM decision").toLongLong() != 0);
        // Imported decisions are searchable (the bulk index fills them too).
        QString searchError;
        QCOMPARE(other->search("Adopt", 5, &searchError).size() >= 1, true);
        QCOMPARE(queryValue(c, "SELECT count(*) FROM search_index WHERE kind = 'decision'").toInt(), 1);
    }

    void shouldImportAnOlderDocumentWithoutDecisionsAndRefuseBadOnes()
    {
        QJsonObject root = QJsonDocument::fromJson(JsonInterchange::exportLibrary(m_doc->database())).object();
        root.insert("formatVersion", 3);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(
            JsonInterchange::importIntoNewLibrary(dir.filePath("old.quorum"), QJsonDocument(root).toJson(), &error),
            qPrintable(error));
        QCOMPARE(valueInFile(dir.filePath("old.quorum"), "SELECT count(*) FROM decision").toInt(), 0);

        const auto withDecision = [&](const QJsonObject &decision) {
            QJsonObject r = root;
            r.insert("formatVersion", 4);
            QJsonArray meetings = r.value("meetings").toArray();
            QJsonObject m = meetings.at(0).toObject();
            m.insert("decisions", QJsonArray{decision});
            meetings[0] = m;
            r.insert("meetings", meetings);
            return QJsonDocument(r).toJson();
        };
        const struct
        {
            QJsonObject decision;
            const char *said;
        } bad[] = {
            {QJsonObject{{"text", "  "}}, "“text” is empty"},
            {QJsonObject{{"text", "Ok"}, {"date", "16 Sep 2020"}}, "“date” is not a date"},
            {QJsonObject{{"text", "Ok"}, {"entry", "entry-999999"}}, "entry-999999"},
            {QJsonObject{{"text", "Ok"}, {"decidedBy", QJsonArray{QJsonObject{}}}}, "a decision maker"},
        };
        int n = 0;
        for (const auto &b : bad) {
            QString why;
            const QString path = dir.filePath(QString("bad%1.quorum").arg(++n));
            QVERIFY(!JsonInterchange::importIntoNewLibrary(path, withDecision(b.decision), &why));
            QVERIFY2(why.contains(QString::fromUtf8(b.said)), qPrintable(why));
            QVERIFY2(why.contains("meeting “"), qPrintable(why));
        }
    }

    void shouldKeepDecisionsWhenADeletedMeetingIsUndone()
    {
        const Id id = recordOne("Adopt the new release cadence");
        QVERIFY(m_doc->deleteMeeting(m_seed));
        QCOMPARE(queryValue(db(), "SELECT count(*) FROM decision").toInt(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(queryValue(db(), "SELECT count(*) FROM decision WHERE id = ?", {id}).toInt(), 1);
        QCOMPARE(queryValue(db(), "SELECT count(*) FROM decision_maker WHERE decision_id = ?", {id}).toInt(), 2);
        // A plain duplicate leaves the decisions out (they are the record of what happened).
        const Id copy = m_doc->duplicateMeeting(m_seed);
        QVERIFY(copy);
        QCOMPARE(queryValue(db(), "SELECT count(*) FROM decision WHERE meeting_id = ?", {copy}).toInt(), 0);
        QVERIFY(m_doc->meetingDeletionSummary(m_seed).contains("1 decision"));
    }

    void shouldMoveDecidersWhenPeopleAreMerged()
    {
        const Id wil = personNamed("Wil O'Mullane");
        const Id ktl = personNamed("Kian-Tat Lim");
        const Id id = recordOne("Both decided");
        m_doc->directory()->mergePeople(ktl, wil);
        // Named once, the survivor.
        QCOMPARE(queryValue(db(), "SELECT count(*) FROM decision_maker WHERE decision_id = ?", {id}).toInt(), 1);
        QCOMPARE(queryValue(db(), "SELECT person_id FROM decision_maker WHERE decision_id = ?", {id}).toLongLong(),
                 ktl);
        m_doc->undoStack()->undo();
        QCOMPARE(queryValue(db(),
                            "SELECT " + groupConcat(db(), "CAST(person_id AS TEXT)")
                                + " FROM (SELECT person_id FROM decision_maker WHERE decision_id = ? "
                                  "ORDER BY position) AS deciders",
                            {id})
                     .toString(),
                 QString("%1,%2").arg(wil).arg(ktl));
    }
};

QTEST_MAIN(TestDecisions)
#include "tst_decisions.moc"
