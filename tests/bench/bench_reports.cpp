// SPDX-License-Identifier: GPL-3.0-or-later
// Not part of the CTest run: build/tests/bench/bench_reports (see README, "Benchmarks").
#include "export/reportbuilder.h"
#include "export/reportprinter.h"
#include "export/reportwriter.h"
#include "fixtures.h"
#include "meetingdocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

/** How long the printed documents of the sample meeting take to make. */
class BenchReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MeetingDocument> m_doc;
    qint64 m_meeting = 0;

    ReportDocument build(ReportOptions::Kind kind, ReportOptions::Variant variant = ReportOptions::Variant::Participant)
    {
        ReportOptions options;
        options.kind = kind;
        options.variant = variant;
        return ReportBuilder(m_doc->database()).meetingDocument(m_meeting, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = openSampleDocument(m_dir, QStringLiteral("bench.quorum"), &m_meeting);
        QVERIFY(m_doc);
    }

    void pdf_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("variant");
        QTest::newRow("agenda") << int(ReportOptions::Kind::Agenda) << int(ReportOptions::Variant::Participant);
        QTest::newRow("moderator agenda") << int(ReportOptions::Kind::Agenda) << int(ReportOptions::Variant::Moderator);
        QTest::newRow("minutes") << int(ReportOptions::Kind::Minutes) << int(ReportOptions::Variant::Participant);
    }

    void pdf()
    {
        QFETCH(int, kind);
        QFETCH(int, variant);
        QByteArray pdf;
        QBENCHMARK
        {
            pdf = ReportPrinter::toPdf(build(ReportOptions::Kind(kind), ReportOptions::Variant(variant)),
                                       QPageSize::A4);
        }
        QVERIFY(pdf.startsWith("%PDF-"));
    }

    void minutesHtml()
    {
        QString html;
        QBENCHMARK
        {
            html = ReportWriter::toHtml(build(ReportOptions::Kind::Minutes), ReportWriter::Target::Browser);
        }
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    }
};

QTEST_MAIN(BenchReports)
#include "bench_reports.moc"
