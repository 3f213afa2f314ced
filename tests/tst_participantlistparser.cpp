// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/participantlistparser.h"

#include <QTest>

using namespace Quorum;

namespace {
Id find(const QString &name)
{
    static const QHash<QString, Id> known = {{QStringLiteral("kian-tat lim"), 5},
                                             {QStringLiteral("k-t lim"), 5},
                                             {QStringLiteral("kt"), 5},
                                             {QStringLiteral("npease"), 4},
                                             {QStringLiteral("zeljko ivezic"), 15},
                                             {QStringLiteral("cristián silva"), 25}};
    return known.value(name.toLower());
}

QString describe(const QList<PastedName> &names)
{
    QStringList out;
    for (const PastedName &n : names)
        out << (n.personId             ? QStringLiteral("#%1").arg(n.personId)
                : n.username.isEmpty() ? QStringLiteral("new:%1").arg(n.name)
                                       : QStringLiteral("user:%1").arg(n.username));
    return out.join(QLatin1Char(' '));
}
} // namespace

class TestParticipantListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadPastedLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one per line") << "Kian-Tat Lim\nZeljko Ivezic"
                                      << "#5 #15";
        QTest::newRow("comma-separated") << "Kian-Tat Lim, Zeljko Ivezic"
                                         << "#5 #15";
        QTest::newRow("alias") << "K-T Lim"
                               << "#5";
        QTest::newRow("known username-only person") << "Unknown User (npease)"
                                                    << "#4";
        QTest::newRow("new username-only person") << "Unknown User (gcomoretto)"
                                                  << "user:gcomoretto";
        QTest::newRow("new name") << "Melissa Graham"
                                  << "new:Melissa Graham";
        QTest::newRow("duplicates by name and alias")
            << "Kian-Tat Lim\nKT\nkian-tat lim\nMelissa Graham\nmelissa graham"
            << "#5 new:Melissa Graham";
        QTest::newRow("blank lines and stray spaces") << "\n\n   Zeljko    Ivezic  \n\n"
                                                      << "#15";
        QTest::newRow("bullets and numbers") << "- Kian-Tat Lim\n• Zeljko Ivezic\n3. Melissa Graham"
                                             << "#5 #15 new:Melissa Graham";
        QTest::newRow("non-ASCII") << "Cristián Silva\nŽeljko Ivezić"
                                   << "#25 new:Željko Ivezić";
        QTest::newRow("nothing") << " \n , ;"
                                 << "";
    }

    void shouldReadPastedLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(ParticipantListParser::parse(text, find)), expected);
    }
};

QTEST_GUILESS_MAIN(TestParticipantListParser)
#include "tst_participantlistparser.moc"
