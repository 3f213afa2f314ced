// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorydialog.h"
#include "fixtures.h"
#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"

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

    void shouldMergeFromTheDialog()
    {
        select(child<QListWidget>("directoryPeopleList"), QStringLiteral("Unknown User (npease)"));
        auto *target = child<QComboBox>("mergeTargetCombo");
        target->setCurrentIndex(target->findText(QStringLiteral("Christopher Waters")));
        child<QPushButton>("mergeButton")->click();
        QCOMPARE(child<QListWidget>("directoryPeopleList")->count(), 24);
        QCOMPARE(child<QLineEdit>("personUsernameEdit")->text(), QStringLiteral("npease"));
        m_doc->undoStack()->undo();
        QCOMPARE(child<QListWidget>("directoryPeopleList")->count(), 25);
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
