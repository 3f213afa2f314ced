// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

RestoreDialog::RestoreDialog(const QList<BackupInfo> &backups, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget)
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro
        = new QLabel(backups.isEmpty()
                         ? tr("There are no backups of this library in “%1” yet.").arg(QDir::toNativeSeparators(folder))
                         : tr("Backups in “%1”. The one you choose is restored into a new file, which "
                              "then opens; the library open now is not changed.")
                               .arg(QDir::toNativeSeparators(folder)));
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    for (const BackupInfo &b : backups) {
        auto *item = new QTreeWidgetItem(
            m_list, {locale.toString(b.taken, QLocale::LongFormat), locale.formattedDataSize(b.size)});
        item->setData(0, Qt::UserRole, b.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore into New File…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString RestoreDialog::chosen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace Quorum
