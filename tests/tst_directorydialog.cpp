// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorydialog.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/participantmodel.h"
#include "meetingdocument.h"
#include "storage/database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestDirectoryDialog : public QObject
{
    Q_OBJECT

private:
    SampleDocuments m_samples;
    Id m_seed = 0;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<DirectoryDialog> m_dialog;

    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    void select(QListWidget *list, const QString &text) { list->setCurrentRow(rowWithText(list->model(), text)); }

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_dialog = std::make_unique<DirectoryDialog>(m_doc.get());
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_doc.reset();
    }

    void shouldShowPeopleWithAliasesAndWhereTheyAppear()
    {
        auto *people = child<QListWidget>("directoryPeopleList");
        QCOMPARE(people->count(), 25);
        select(people, QStringLiteral("Kian-Tat Lim"));
        QCOMPARE(child<QLineEdit>("personAliasesEdit")->text(), QStringLiteral("K-T Lim, KT, KTL, K-T"));
        const QString where = child<QLabel>("personAppearances")->text();
        QVERIFY2(where.contains(QStringLiteral("DM Leadership Team Virtual Face-to-Face Meeting, 2020-09-15/17")),
                 qPrintable(where));
        QVERIFY2(where.contains(QStringLiteral("Agenda entries coordinated: 2. Blocks moderated: 1.")),
                 qPrintable(where));
        QVERIFY2(where.contains(QStringLiteral("Groups: T/CAMs")), qPrintable(where));
        auto *filter = child<QLineEdit>("directoryFilter");
        filter->setText(QStringLiteral("ktl"));
        int shown = 0;
        for (int i = 0; i < people->count(); ++i)
            shown += people->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
    }

    void shouldRenameEverywhere()
    {
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Wil O'Mullane"));
        auto *name = child<QLineEdit>("personNameEdit");
        name->setText(QStringLiteral("William O'Mullane"));
        Q_EMIT name->editingFinished();
        QCOMPARE(m_doc->agenda()->firstEntry().siblingAtColumn(AgendaModel::CoordinatorsColumn).data().toString(),
                 QStringLiteral("William O'Mullane"));
        QVERIFY(child<QListWidget>("directoryPeopleList")->currentItem()->text()
                == QStringLiteral("William O'Mullane"));
        m_doc->undoStack()->undo();
        QCOMPARE(child<QListWidget>("directoryPeopleList")
                     ->findItems(QStringLiteral("Wil O'Mullane"), Qt::MatchExactly)
                     .size(),
                 1);
    }

    void shouldNeverMergeOnEnter()
    {
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Unknown User (npease)"));
        auto *email = child<QLineEdit>("personEmailEdit");
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("npease@example.org"));
        QTest::keyClick(email, Qt::Key_Return);
        QCOMPARE(child<QListWidget>("directoryPeopleList")->count(), 25);
        QCOMPARE(m_doc->undoStack()->count(), 1); // the email, and nothing else
        QCOMPARE(child<QLineEdit>("personEmailEdit")->text(), QStringLiteral("npease@example.org"));
    }

    void shouldPickNobodyToMergeInto()
    {
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Unknown User (npease)"));
        auto *target = child<QComboBox>("mergeTargetCombo");
        QCOMPARE(target->currentIndex(), -1);
        QCOMPARE(target->count(), 24); // everyone but npease
        QCOMPARE(target->findText(QStringLiteral("Unknown User (npease)")), -1);
        QVERIFY(!child<QPushButton>("mergeButton")->isEnabled());
        // Another person shown: again nobody picked
        target->setCurrentIndex(0);
        QVERIFY(child<QPushButton>("mergeButton")->isEnabled());
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Tim Jenness"));
        QCOMPARE(target->currentIndex(), -1);
        QVERIFY(!child<QPushButton>("mergeButton")->isEnabled());
    }

    void shouldMergeOnlyAfterConfirmingWhatMoves()
    {
        // GIVEN npease, who takes part in the seed meeting and has an action item
        QStringList asked;
        bool agree = false;
        m_dialog->setConfirmMerge([&](QWidget *, const QString &text) {
            asked << text;
            return agree;
        });
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Unknown User (npease)"));
        auto *target = child<QComboBox>("mergeTargetCombo");
        target->setCurrentIndex(target->findText(QStringLiteral("Christopher Waters")));
        const int steps = m_doc->undoStack()->count();

        // WHEN Merge is pressed and the question cancelled
        child<QPushButton>("mergeButton")->click();

        // THEN the question named both people and what moves, and nothing changed
        QCOMPARE(asked.size(), 1);
        const QString text = asked.at(0);
        QVERIFY2(text.contains(QStringLiteral("Merge “Unknown User (npease)” into “Christopher Waters”?")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("These move to “Christopher Waters”: 1 meeting participation")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("typing “npease” finds “Christopher Waters”")), qPrintable(text));
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(child<QListWidget>("directoryPeopleList")->count(), 25);

        // WHEN it is confirmed
        agree = true;
        child<QPushButton>("mergeButton")->click();
        // THEN the two are one, in one undo step
        QCOMPARE(child<QListWidget>("directoryPeopleList")->count(), 24);
        QCOMPARE(child<QLineEdit>("personUsernameEdit")->text(), QStringLiteral("npease"));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(child<QListWidget>("directoryPeopleList")->count(), 25);
    }

    void shouldCountEveryKindOfReferenceInTheMergeQuestion()
    {
        PersonDirectory *people = m_doc->directory();
        const Id ktl = people->findPerson(QStringLiteral("Kian-Tat Lim"));
        const Id tim = people->findPerson(QStringLiteral("Tim Jenness"));
        const Appearances a = people->appearances(ktl);
        const QString text = people->describeMerge(tim, ktl);
        QVERIFY2(text.contains(QStringLiteral("%1 agenda entry coordinations").arg(a.coordinated)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 block moderation,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 group membership")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“KT”")), qPrintable(text));
        QVERIFY(people->describeMerge(ktl, ktl).isEmpty());
        QVERIFY(people->describeMerge(ktl, 999999).isEmpty());
    }

    void shouldStoreAnEmailAndRefuseOneThatCannotBe()
    {
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Tim Jenness"));
        auto *email = child<QLineEdit>("personEmailEdit");
        auto *problem = child<QLabel>("personEmailProblem");
        const int steps = m_doc->undoStack()->count();
        // WHEN something that is no address is typed
        email->setText(QStringLiteral("tim at example"));
        Q_EMIT email->editingFinished();
        // THEN it is said, kept to correct, and not stored
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QStringLiteral("does not look like an email address")));
        QCOMPARE(email->text(), QStringLiteral("tim at example"));
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(m_doc->directory()->person(m_doc->directory()->findPerson(QStringLiteral("Tim"))).email,
                 QStringLiteral("tim.jenness@example.org")); // the sample's, unchanged
        // WHEN it is corrected
        email->setText(QStringLiteral("tjenness@example.org"));
        Q_EMIT email->editingFinished();
        // THEN it is stored, and the participants table shows it
        QVERIFY(problem->isHidden());
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const QVariant stored = queryValue(m_doc->database().connection(),
                                           QStringLiteral("SELECT email FROM person WHERE display_name = ?"),
                                           {QStringLiteral("Tim Jenness")});
        QCOMPARE(stored.toString(), QStringLiteral("tjenness@example.org"));
        ParticipantModel *participants = m_doc->participants();
        const int row = rowWithText(participants, QStringLiteral("Tim Jenness"));
        QCOMPARE(participants->index(row, ParticipantModel::EmailColumn).data().toString(),
                 QStringLiteral("tjenness@example.org"));
        // AND the table refuses a bad one too, and changes nothing
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        QVERIFY(!participants->setData(participants->index(row, ParticipantModel::EmailColumn),
                                       QStringLiteral("tjenness@")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(participants->index(row, ParticipantModel::EmailColumn).data().toString(),
                 QStringLiteral("tjenness@example.org"));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // AND undo gives the sample's address back
        m_doc->undoStack()->undo();
        QCOMPARE(email->text(), QStringLiteral("tim.jenness@example.org"));
    }

    void shouldEditGroupsAndRefuseRemovingOneWithActions()
    {
        auto *groups = child<QListWidget>("directoryGroupList");
        QCOMPARE(groups->count(), 1);
        auto *members = child<QListWidget>("groupMembersList");
        int checked = 0;
        for (int i = 0; i < members->count(); ++i)
            checked += members->item(i)->checkState() == Qt::Checked;
        QCOMPARE(checked, 7);
        members->findItems(QStringLiteral("Leanne Guy"), Qt::MatchExactly).at(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(m_doc->directory()->groups().at(0).memberIds.size(), 6);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->directory()->groups().at(0).memberIds.size(), 7);

        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        child<QPushButton>("removeGroupButton")->click();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("has action items")));
        QCOMPARE(m_doc->directory()->groups().size(), 1);

        child<QPushButton>("newGroupButton")->click();
        QCOMPARE(groups->count(), 2);
        auto *name = child<QLineEdit>("groupNameEdit");
        name->setText(QStringLiteral("Pipelines leads"));
        Q_EMIT name->editingFinished();
        QCOMPARE(m_doc->directory()->groups().at(1).name, QStringLiteral("Pipelines leads"));
        child<QPushButton>("removeGroupButton")->click();
        QCOMPARE(m_doc->directory()->groups().size(), 1);
    }

    void shouldOnlyShowPeopleWhenTheLibraryIsReadOnly()
    {
        // GIVEN a library opened read-only (a search hit on a person opens the directory there too)
        QTemporaryDir dir;
        const QString path = writeSample(dir);
        QString error;
        auto doc = MeetingDocument::open(path, &error, MeetingDocument::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        const QString before = fileSha256(path);
        DirectoryDialog dialog(doc.get());
        dialog.show();
        const auto find = [&dialog](const char *name) { return dialog.findChild<QWidget *>(QLatin1String(name)); };
        // THEN people can be found and read, not changed
        auto *filter = qobject_cast<QLineEdit *>(find("directoryFilter"));
        QVERIFY(!filter->isReadOnly());
        QTest::keyClicks(filter, QStringLiteral("npease"));
        auto *people = dialog.findChild<QListWidget *>(QStringLiteral("directoryPeopleList"));
        dialog.selectPerson(doc->directory()->findPerson(QStringLiteral("npease")));
        QCOMPARE(qobject_cast<QLineEdit *>(find("personUsernameEdit"))->text(), QStringLiteral("npease"));
        QVERIFY(people->currentItem());
        QVERIFY(qobject_cast<QLineEdit *>(find("personNameEdit"))->isReadOnly());
        QVERIFY(qobject_cast<QLineEdit *>(find("personAliasesEdit"))->isReadOnly());
        QVERIFY(!find("mergeButton")->isEnabled());
        QVERIFY(!find("newGroupButton")->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("personAppearances"))->text().isEmpty());
        QCOMPARE(fileSha256(path), before);
    }
};

QTEST_MAIN(TestDirectoryDialog)
#include "tst_directorydialog.moc"
