// SPDX-License-Identifier: GPL-3.0-or-later
#include "editordelegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Quorum;

namespace {
/** Column 1 keeps an id in UserRole and writes it through the combo. */
class IdDelegate : public EditorDelegate
{
public:
    using EditorDelegate::EditorDelegate;

protected:
    int comboRole(const QModelIndex &index) const override { return index.column() == 1 ? Qt::UserRole : Qt::EditRole; }
};

QComboBox *combo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->addItem(QStringLiteral("Invited"), QStringLiteral("invited"));
    c->addItem(QStringLiteral("Present"), QStringLiteral("present"));
    c->addItem(QStringLiteral("Day 1, Welcome"), 11);
    c->addItem(QStringLiteral("Day 1, Break"), 12);
    return c;
}
} // namespace

class TestEditorDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteALineEditOnlyWhenItChanged()
    {
        QStandardItemModel model(1, 2);
        model.setData(model.index(0, 0), QStringLiteral("Welcome"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        IdDelegate delegate;
        QWidget parent;
        QLineEdit edit(&parent);
        delegate.setEditorData(&edit, model.index(0, 0));
        QCOMPARE(edit.text(), QStringLiteral("Welcome"));
        delegate.setModelData(&edit, &model, model.index(0, 0));
        QCOMPARE(changed.count(), 0);
        edit.setText(QStringLiteral("Opening"));
        delegate.setModelData(&edit, &model, model.index(0, 0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Opening"));
    }

    void shouldOpenAComboOnWhatTheCellShowsAndWriteItsData()
    {
        QStandardItemModel model(1, 2);
        model.setData(model.index(0, 0), QStringLiteral("Present"));
        model.setData(model.index(0, 1), 12, Qt::UserRole);
        IdDelegate delegate;
        QWidget parent;
        QComboBox *byText = combo(&parent);
        delegate.setEditorData(byText, model.index(0, 0));
        QCOMPARE(byText->currentText(), QStringLiteral("Present"));
        byText->setCurrentIndex(0);
        delegate.setModelData(byText, &model, model.index(0, 0));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("invited"));

        QComboBox *byId = combo(&parent);
        delegate.setEditorData(byId, model.index(0, 1));
        QCOMPARE(byId->currentText(), QStringLiteral("Day 1, Break"));
        byId->setCurrentIndex(2);
        delegate.setModelData(byId, &model, model.index(0, 1));
        QCOMPARE(model.index(0, 1).data(Qt::UserRole).toInt(), 11);
    }
};

QTEST_MAIN(TestEditorDelegate)
#include "tst_editordelegate.moc"
