// SPDX-License-Identifier: GPL-3.0-or-later
#include "namequestiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Quorum;

namespace {

Person person(Id id, const QString &name, const QString &team = {})
{
    Person p;
    p.id = id;
    p.displayName = name;
    p.team = team;
    return p;
}

QList<NameQuestion> questions()
{
    NameMatch robert;
    robert.kind = NameMatch::Kind::Ambiguous;
    robert.candidates = {person(3, QStringLiteral("Robert Gruendl"), QStringLiteral("Data Facility")),
                         person(2, QStringLiteral("Robert Lupton"))};
    return {{QStringLiteral("Robert"), robert}, {QStringLiteral("Melissa Graham"), NameMatch()}};
}

} // namespace

class TestNameQuestionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldChooseNobodyForTheUserAndWaitForEveryAnswer()
    {
        NameQuestionDialog dialog(questions());
        auto *robert = dialog.findChild<QComboBox *>(QStringLiteral("nameChoice0"));
        auto *melissa = dialog.findChild<QComboBox *>(QStringLiteral("nameChoice1"));
        QVERIFY(robert && melissa);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // GIVEN two Roberts: none is picked, and OK waits
        QCOMPARE(robert->currentIndex(), -1);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(robert->itemText(0), QStringLiteral("Robert Gruendl — Data Facility"));
        QCOMPARE(robert->itemText(1), QStringLiteral("Robert Lupton"));
        QCOMPARE(robert->itemData(robert->count() - 1).toLongLong(), Id(0));
        QVERIFY(robert->itemText(robert->count() - 1).contains(QStringLiteral("new person")));
        // AND a name nobody has offers one thing: adding it, confirmed with OK
        QCOMPARE(melissa->count(), 1);
        QCOMPARE(melissa->itemText(0), QStringLiteral("Add “Melissa Graham” to the directory as a new person"));
        // WHEN Robert Lupton is chosen
        robert->setCurrentIndex(1);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.answers(), (QList<Id>{2, 0}));
    }

    void shouldAnswerNothingWhenCancelled()
    {
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        QVERIFY(!NameQuestionDialog::ask(nullptr, questions()));
    }

    void shouldAskOneQuestionAtATime()
    {
        // An editor that loses focus to the dialog asks again: that second question is declined.
        const NameAsker asker = NameQuestionDialog::asker(nullptr);
        std::optional<QList<Id>> nested = QList<Id>{};
        QTimer::singleShot(0, this, [&] {
            nested = asker(questions());
            auto *dialog = qobject_cast<NameQuestionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QComboBox *>(QStringLiteral("nameChoice0"))->setCurrentIndex(0);
            dialog->accept();
        });
        const std::optional<QList<Id>> answers = asker(questions());
        QVERIFY(!nested);
        QVERIFY(answers);
        QCOMPARE(*answers, (QList<Id>{3, 0}));
    }
};

QTEST_MAIN(TestNameQuestionDialog)
#include "tst_namequestiondialog.moc"
