// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailmessage.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Quorum;

namespace {

/** The header lines of a message (up to the first empty line), unfolded. */
QList<QByteArray> headerLines(const QByteArray &message)
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    QList<QByteArray> lines;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (!lines.isEmpty() && (l.startsWith(' ') || l.startsWith('\t')))
            lines.last() += l;
        else
            lines << l;
    }
    return lines;
}

/** The names of the headers, in order. */
QList<QByteArray> headerNames(const QByteArray &message)
{
    QList<QByteArray> names;
    for (const QByteArray &line : headerLines(message))
        names << line.left(line.indexOf(':'));
    return names;
}

/** Decodes RFC 2047 B words (the only kind MailMessage writes); whitespace between two words goes. */
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QString text = QString::fromLatin1(value);
    text.replace(QRegularExpression(QStringLiteral("\\?=\\s+=\\?")), QStringLiteral("?==?"));
    QString out;
    qsizetype at = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        out += QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

QByteArray header(const QByteArray &message, const QByteArray &name)
{
    for (const QByteArray &line : headerLines(message)) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

/** Every line of data ends in CRLF: no bare CR or LF anywhere. */
bool onlyCrlf(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            return false;
        if (data.at(i) == '\r' && (i + 1 == data.size() || data.at(i + 1) != '\n'))
            return false;
    }
    return data.endsWith("\r\n");
}

int longestLine(const QByteArray &data)
{
    int longest = 0;
    for (const QByteArray &line : data.split('\n'))
        longest = qMax(longest, int(line.size()) - (line.endsWith('\r') ? 1 : 0));
    return longest;
}

MailMessage sampleMessage()
{
    MailMessage m;
    m.from = {QStringLiteral("Quorum Secretary"), QStringLiteral("secretary@example.org")};
    m.to = {{QStringLiteral("Frossie Economou"), QStringLiteral("frossie.economou@example.org")}};
    m.subject = QStringLiteral("Minutes: DMLT");
    m.date = QDateTime(QDate(2026, 12, 3), QTime(7, 13, 4), Qt::UTC);
    m.messageId = QStringLiteral("1@example.org");
    m.plainText = QStringLiteral("Hello");
    return m;
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteTheDateAsRfc5322Says()
    {
        QCOMPARE(MailMessage::dateField(QDateTime(QDate(2026, 12, 3), QTime(7, 13, 4), Qt::UTC)),
                 QByteArray("Thu, 03 Dec 2026 07:13:04 +0000"));
        QCOMPARE(MailMessage::dateField(QDateTime(QDate(2020, 9, 1), QTime(9, 5), QTimeZone(-7 * 3600))),
                 QByteArray("Tue, 01 Sep 2020 09:05:00 -0700"));
        QCOMPARE(MailMessage::dateField(QDateTime(QDate(2021, 1, 31), QTime(23, 0), QTimeZone(5 * 3600 + 1800))),
                 QByteArray("Sun, 31 Jan 2021 23:00:00 +0530"));
    }

    void shouldWriteTheHeadersADraftNeeds()
    {
        const QByteArray m = sampleMessage().toBytes();
        QCOMPARE(headerNames(m), (QList<QByteArray>{"From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                                    "X-Unsent", "Content-Type", "Content-Transfer-Encoding"}));
        QCOMPARE(header(m, "From"), QByteArray("Quorum Secretary <secretary@example.org>"));
        QCOMPARE(header(m, "To"), QByteArray("Frossie Economou <frossie.economou@example.org>"));
        QCOMPARE(header(m, "Subject"), QByteArray("Minutes: DMLT"));
        QCOMPARE(header(m, "Message-ID"), QByteArray("<1@example.org>"));
        QCOMPARE(header(m, "X-Unsent"), QByteArray("1"));
        QVERIFY(onlyCrlf(m));
    }

    void shouldLeaveFromOutWithoutAnAddressAndMakeAMessageId()
    {
        MailMessage message = sampleMessage();
        message.from = {};
        message.messageId.clear();
        const QByteArray m = message.toBytes();
        QVERIFY(!headerNames(m).contains("From"));
        QVERIFY(QRegularExpression(QStringLiteral("^<[0-9a-f-]{36}@quorum\\.invalid>$"))
                    .match(QString::fromLatin1(header(m, "Message-ID")))
                    .hasMatch());
        QVERIFY(header(message.toBytes(), "Message-ID") != header(m, "Message-ID"));
    }

    void shouldEncodeAndFoldSubjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("encoded");
        QTest::newRow("ascii") << "Minutes: DMLT, September (15–17 Sep 2020)" << true;
        QTest::newRow("plain ascii") << "Minutes: DMLT vF2F (2020-09-15)" << false;
        QTest::newRow("long ascii")
            << "Minutes: a long meeting title that goes on and on well past the seventy-eight columns of a line "
               "and then some more words"
            << false;
        QTest::newRow("accents") << "Minutes: Réunion de l’équipe — Cristián Silva" << true;
        QTest::newRow("cjk long") << QString(60, QChar(0x4f1a)) << true;
        QTest::newRow("emoji") << QStringLiteral("Done \U0001F389 ") + QString(40, QChar(0x00e9)) << true;
        QTest::newRow("looks encoded") << "=?UTF-8?B?SGk=?= is not a word" << true;
        QTest::newRow("one long word") << QString(100, QLatin1Char('x')) << true;
    }
    void shouldEncodeAndFoldSubjects()
    {
        QFETCH(QString, subject);
        QFETCH(bool, encoded);
        const QByteArray field = MailMessage::unstructuredField("Subject", subject);
        QVERIFY(onlyCrlf(field));
        QVERIFY2(longestLine(field) <= 78, field.constData());
        QCOMPARE(field.contains("=?UTF-8?B?"), encoded);
        for (const QByteArray &token : field.split(' ')) {
            if (token.startsWith("=?"))
                QVERIFY2(token.trimmed().size() <= 75, token.constData());
        }
        MailMessage m = sampleMessage();
        m.subject = subject;
        QCOMPARE(decodeWords(header(m.toBytes(), "Subject")), subject.simplified());
    }

    void shouldNeverLetAValueStartAHeader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("CRLF in the subject") << "Frossie"
                                             << "Minutes\r\nBcc: victim@example.com"
                                             << "minutes.pdf";
        QTest::newRow("LF in the subject") << "Frossie"
                                           << "Minutes\nBcc: victim@example.com"
                                           << "minutes.pdf";
        QTest::newRow("CR in the subject") << "Frossie"
                                           << "Minutes\rBcc: victim@example.com"
                                           << "minutes.pdf";
        QTest::newRow("CRLF in a name") << "Frossie\r\nBcc: victim@example.com"
                                        << "Minutes"
                                        << "minutes.pdf";
        QTest::newRow("CRLF CRLF in a name") << "Frossie\r\n\r\nBody"
                                             << "Minutes"
                                             << "minutes.pdf";
        QTest::newRow("non-ASCII and CRLF") << "Frössie\r\nBcc: victim@example.com"
                                            << "Minütes\r\nBcc: victim@example.com"
                                            << "minutes.pdf";
        QTest::newRow("NEL and separators") << QStringLiteral("Frossie\u0085Bcc: a@b.cd\u2028X: y")
                                            << QStringLiteral("M\u2029Bcc: a@b.cd") << "minutes.pdf";
        QTest::newRow("CRLF in a file name") << "Frossie"
                                             << "Minutes"
                                             << "a.pdf\r\nBcc: victim@example.com";
    }
    void shouldNeverLetAValueStartAHeader()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QFETCH(QString, fileName);
        MailMessage message = sampleMessage();
        message.to = {{name, QStringLiteral("frossie.economou@example.org")}};
        message.subject = subject;
        message.attachments = {{fileName, "application/pdf", "%PDF-1.4"}};
        const QByteArray m = message.toBytes();
        QVERIFY(onlyCrlf(m));
        QVERIFY(!m.contains("\r\nBcc:"));
        QVERIFY(!m.contains("\r\nX:"));
        QVERIFY(!headerNames(m).contains("Bcc"));
        QCOMPARE(headerNames(m).size(), 8); // From, To, Subject, Date, Message-ID, MIME-Version, X-Unsent, Content-Type
        for (const QByteArray &line : m.split('\n'))
            QVERIFY2(!line.startsWith("Bcc") && !line.startsWith("Body"), line.constData());
        // The text is kept, as one line.
        QCOMPARE(decodeWords(header(m, "Subject")), MailMessage::withoutControls(subject).simplified());
    }

    void shouldLeaveOutAddressesThatCouldBreakAHeader_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("CRLF") << "a@example.org\r\nBcc: victim@example.com";
        QTest::newRow("angle") << "a@example.org>, victim@example.com";
        QTest::newRow("comma") << "a@example.org,victim@example.com";
        QTest::newRow("no domain") << "frossie";
        QTest::newRow("non-ASCII") << "frössie@example.org";
        QTest::newRow("space") << "a b@example.org";
        QTest::newRow("empty") << "";
    }
    void shouldLeaveOutAddressesThatCouldBreakAHeader()
    {
        QFETCH(QString, address);
        QVERIFY(!MailAddress::isValidAddress(address));
        MailMessage message = sampleMessage();
        message.to << MailAddress{QStringLiteral("Victim"), address};
        QCOMPARE(message.invalidAddresses(), (QList<MailAddress>{{QStringLiteral("Victim"), address}}));
        const QByteArray m = message.toBytes();
        QCOMPARE(header(m, "To"), QByteArray("Frossie Economou <frossie.economou@example.org>"));
        QVERIFY(!m.contains("victim@example.com"));
    }

    void shouldQuoteOrEncodeDisplayNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("atoms") << "Frossie Economou" << QByteArray("Frossie Economou <f@example.org>");
        QTest::newRow("comma") << "Economou, Frossie" << QByteArray("\"Economou, Frossie\" <f@example.org>");
        QTest::newRow("quote") << "Frossie \"F\" E\\" << QByteArray("\"Frossie \\\"F\\\" E\\\\\" <f@example.org>");
        QTest::newRow("dot") << "F. Economou" << QByteArray("\"F. Economou\" <f@example.org>");
        QTest::newRow("non-ASCII") << "Cristián Silva"
                                   << QByteArray("=?UTF-8?B?Q3Jpc3Rpw6FuIFNpbHZh?= <f@example.org>");
        QTest::newRow("none") << "" << QByteArray("<f@example.org>");
    }
    void shouldQuoteOrEncodeDisplayNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, field);
        QCOMPARE(MailMessage::addressField("To", {{name, QStringLiteral("f@example.org")}}), "To: " + field + "\r\n");
    }

    void shouldFoldLongAddressLists()
    {
        QList<MailAddress> many;
        for (int i = 0; i < 20; ++i)
            many << MailAddress{QStringLiteral("Pérson Númber %1").arg(i), QStringLiteral("p%1@example.org").arg(i)};
        const QByteArray field = MailMessage::addressField("To", many);
        QVERIFY(onlyCrlf(field));
        QVERIFY(longestLine(field) <= 78);
        QCOMPARE(field.count('@'), 20);
        QCOMPARE(field.count(','), 19);
    }

    void shouldParseAddresses()
    {
        QCOMPARE(MailAddress::parse(QStringLiteral("Quorum <q@example.org>")),
                 (MailAddress{QStringLiteral("Quorum"), QStringLiteral("q@example.org")}));
        QCOMPARE(MailAddress::parse(QStringLiteral("\"Economou, F\" <f@example.org>")),
                 (MailAddress{QStringLiteral("Economou, F"), QStringLiteral("f@example.org")}));
        QCOMPARE(MailAddress::parse(QStringLiteral(" q@example.org ")),
                 (MailAddress{QString(), QStringLiteral("q@example.org")}));
        QVERIFY(!MailAddress::parse(QStringLiteral("Quorum <q@example>")));
        QVERIFY(!MailAddress::parse(QStringLiteral("Quorum")));
        QVERIFY(!MailAddress::parse(QStringLiteral("Q <q@example.org\r\nBcc: v@example.com>")));
    }

    void shouldWriteQuotedPrintable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << "Hello" << QByteArray("Hello\r\n");
        QTest::newRow("equals") << "a=b" << QByteArray("a=3Db\r\n");
        QTest::newRow("trailing space") << "end \nnext\t" << QByteArray("end=20\r\nnext=09\r\n");
        QTest::newRow("utf-8") << "é" << QByteArray("=C3=A9\r\n");
        QTest::newRow("crlf and cr") << "a\r\nb\rc" << QByteArray("a\r\nb\r\nc\r\n");
        QTest::newRow("long") << QString(80, QLatin1Char('x'))
                              << QByteArray(75, 'x') + "=\r\n" + QByteArray(5, 'x') + "\r\n";
        // An escape is never cut by a soft break.
        QTest::newRow("long escapes") << QString(74, QLatin1Char('x')) + QStringLiteral("é")
                                      << QByteArray(74, 'x') + "=\r\n=C3=A9\r\n";
    }
    void shouldWriteQuotedPrintable()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(MailMessage::quotedPrintable(text), encoded);
    }

    void shouldWriteBase64InLinesOf76()
    {
        QByteArray data;
        for (int i = 0; i < 1000; ++i)
            data += char(i * 7);
        const QByteArray lines = MailMessage::base64Lines(data);
        QVERIFY(onlyCrlf(lines));
        const QList<QByteArray> split = lines.trimmed().split('\n');
        for (qsizetype i = 0; i + 1 < split.size(); ++i)
            QCOMPARE(split.at(i).size(), 77); // 76 and the CR
        QCOMPARE(QByteArray::fromBase64(QByteArray(lines).replace("\r\n", "")), data);
    }

    void shouldNameAttachmentsPerRfc2231()
    {
        MailMessage message = sampleMessage();
        message.html = QStringLiteral("<p>Hello</p>");
        message.attachments = {{QStringLiteral("Minutes: DMLT.pdf"), "application/pdf", "%PDF"},
                               {QStringLiteral("Protokoll Größe — Sitzung Nummer siebenundzwanzig im Herbst.pdf"),
                                "application/pdf", "%PDF"}};
        const QByteArray m = message.toBytes();
        QVERIFY(onlyCrlf(m));
        QVERIFY(longestLine(m) <= 78);
        QVERIFY(m.contains("filename=\"Minutes_ DMLT.pdf\"")); // SafeFileName: no ':'
        QVERIFY(m.contains("filename*0*=UTF-8''Protokoll%20Gr%C3%B6%C3%9Fe"));
        QVERIFY(m.contains("filename*1*="));
        QVERIFY(!m.contains("filename*1*=UTF-8"));
    }

    void shouldUseBoundariesThatOccurNowhereElse()
    {
        MailMessage message = sampleMessage();
        message.plainText = QStringLiteral("--=_quorum_ is how a boundary starts\n--\n");
        message.html = QStringLiteral("<p>--=_quorum_</p>");
        message.attachments = {{QStringLiteral("a.txt"), "text/plain", "--=_quorum_\r\n--"}};
        const QByteArray m = message.toBytes();
        static const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
        QStringList boundaries;
        for (auto it = boundary.globalMatch(QString::fromLatin1(m)); it.hasNext();)
            boundaries << it.next().captured(1);
        QCOMPARE(boundaries.size(), 2);
        QVERIFY(boundaries.at(0) != boundaries.at(1));
        for (const QString &b : boundaries) {
            const QByteArray delimiter = "\r\n--" + b.toLatin1();
            // Once in its own Content-Type, then: the parts (two or three) and the close.
            // Two parts in each (alternative + attachment; plain + HTML), then the close.
            QCOMPARE(int(m.count(delimiter)), 3);
            QVERIFY(m.contains(delimiter + "--\r\n"));
        }
        QCOMPARE(header(m, "Content-Type").left(16), QByteArray("multipart/mixed;"));
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
