// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesmergedialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

NotesMergeDialog::NotesMergeDialog(const QString &entryTitle, const QString &who, const QString &theirs,
                                   const QString &yours, QWidget *parent)
    : QDialog(parent)
    , m_theirs(new QPlainTextEdit(theirs))
    , m_yours(new QPlainTextEdit(yours))
{
    setWindowTitle(tr("Merge Running Notes"));
    setObjectName(QStringLiteral("notesMergeDialog"));
    auto *intro
        = new QLabel(who.isEmpty() ? tr("Someone else saved the running notes of “%1” while you were typing. Nothing "
                                        "was overwritten: merge the two on the right, then save.")
                                         .arg(entryTitle)
                                   : tr("%1 saved the running notes of “%2” while you were typing. Nothing was "
                                        "overwritten: merge the two on the right, then save.")
                                         .arg(who, entryTitle));
    intro->setWordWrap(true);
    m_theirs->setReadOnly(true);
    m_theirs->setObjectName(QStringLiteral("theirNotes"));
    m_theirs->setAccessibleName(tr("Their notes, as saved"));
    m_yours->setObjectName(QStringLiteral("yourNotes"));
    m_yours->setTabChangesFocus(true);
    m_yours->setAccessibleName(tr("Your notes, to merge"));
    auto *theirsLabel = new QLabel(tr("&Their notes (saved):"));
    theirsLabel->setBuddy(m_theirs);
    auto *yoursLabel = new QLabel(tr("&Your notes (not saved yet) — edit them into the merged text:"));
    yoursLabel->setWordWrap(true);
    yoursLabel->setBuddy(m_yours);
    auto *grid = new QGridLayout;
    grid->addWidget(theirsLabel, 0, 0);
    grid->addWidget(yoursLabel, 0, 1);
    grid->addWidget(m_theirs, 1, 0);
    grid->addWidget(m_yours, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox;
    QPushButton *save = buttons->addButton(tr("&Save Merged Notes"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMerged"));
    save->setDefault(true);
    QPushButton *above = buttons->addButton(tr("Put Theirs &Above Mine"), QDialogButtonBox::ActionRole);
    above->setObjectName(QStringLiteral("theirsAbove"));
    above->setToolTip(tr("Starts the merged text with their notes, then yours."));
    QPushButton *keep = buttons->addButton(tr("&Keep Theirs, Drop Mine"), QDialogButtonBox::DestructiveRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    buttons->addButton(QDialogButtonBox::Cancel)->setToolTip(tr("Keeps your notes in the editor, unsaved."));
    connect(save, &QPushButton::clicked, this, &QDialog::accept);
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(above, &QPushButton::clicked, this, [this, theirs, yours] {
        m_yours->setPlainText(theirs.trimmed() + QStringLiteral("\n\n") + yours.trimmed());
        m_yours->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(860, 460);
    m_yours->setFocus();
}

QString NotesMergeDialog::merged() const
{
    return m_yours->toPlainText();
}

} // namespace Quorum
