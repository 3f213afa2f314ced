// SPDX-License-Identifier: GPL-3.0-or-later
#include "namequestiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>

namespace Quorum {

namespace {

/** "Robert Lupton — RHL, Robert L.": the name and what tells two people apart. */
QString describe(const Person &p)
{
    QStringList details;
    if (!p.displayName.isEmpty() && !p.username.isEmpty())
        details << p.username;
    if (!p.team.isEmpty())
        details << p.team;
    details << p.aliases.mid(0, 3);
    return details.isEmpty() ? p.shownName()
                             : NameQuestionDialog::tr("%1 — %2").arg(p.shownName(), details.join(QStringLiteral(", ")));
}

} // namespace

NameQuestionDialog::NameQuestionDialog(const QList<NameQuestion> &questions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Who Is Meant?"));
    setObjectName(QStringLiteral("nameQuestionDialog"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Nothing is saved until each name below is settled. Cancel changes nothing."));
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const NameQuestion &q : questions) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("nameChoice%1").arg(m_choices.size()));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const bool unknown = q.match.candidates.isEmpty();
        for (const Person &p : q.match.candidates)
            combo->addItem(describe(p), p.id);
        if (!unknown)
            combo->insertSeparator(combo->count());
        const Person added = NameMatch::newPerson(q.typed);
        combo->addItem(tr("Add “%1” to the directory as a new person").arg(added.shownName()), Id(0));
        // Several people fit: nobody is picked for the user.
        combo->setPlaceholderText(tr("Choose who “%1” is…").arg(q.typed));
        combo->setCurrentIndex(unknown ? 0 : -1);
        connect(combo, &QComboBox::currentIndexChanged, this, &NameQuestionDialog::updateOk);
        auto *label = new QLabel(unknown ? tr("“%1” is not in the directory:").arg(q.typed)
                                         : tr("“%1” could be %2 people:").arg(q.typed).arg(q.match.candidates.size()));
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_choices << combo;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateOk();
    if (!m_choices.isEmpty())
        m_choices.constFirst()->setFocus();
}

void NameQuestionDialog::updateOk()
{
    m_ok->setEnabled(
        std::all_of(m_choices.cbegin(), m_choices.cend(), [](const QComboBox *c) { return c->currentIndex() >= 0; }));
}

QList<Id> NameQuestionDialog::answers() const
{
    QList<Id> ids;
    for (const QComboBox *c : m_choices)
        ids << c->currentData().toLongLong();
    return ids;
}

std::optional<QList<Id>> NameQuestionDialog::ask(QWidget *parent, const QList<NameQuestion> &questions)
{
    QWidget *over = QApplication::activeWindow() ? QApplication::activeWindow() : parent;
    NameQuestionDialog dialog(questions, over);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answers();
}

NameAsker NameQuestionDialog::asker(QWidget *window)
{
    return [window = QPointer<QWidget>(window)](const QList<NameQuestion> &questions) -> std::optional<QList<Id>> {
        static bool asking = false;
        if (asking)
            return std::nullopt;
        const QScopedValueRollback<bool> guard(asking, true);
        return ask(window, questions);
    };
}

} // namespace Quorum
