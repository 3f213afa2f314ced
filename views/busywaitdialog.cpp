// SPDX-License-Identifier: GPL-3.0-or-later
#include "busywaitdialog.h"

#include "document/libraryfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

BusyWaitDialog::BusyWaitDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_waited(new QLabel)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("busyWaitDialog"));
    setWindowTitle(tr("Library Busy"));
    auto *text = new QLabel(tr("“%1” is busy: another program is writing to it. It is not damaged; Quorum opens "
                               "it as soon as the other program is done.")
                                .arg(QFileInfo(path).fileName()));
    text->setWordWrap(true);
    text->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    auto *progress = new QProgressBar;
    progress->setRange(0, 0); // how long the other program takes is not known
    progress->setTextVisible(false);
    progress->setAccessibleName(tr("Waiting for the library"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *retry = buttons->addButton(tr("&Try Now"), QDialogButtonBox::ActionRole);
    connect(retry, &QPushButton::clicked, this, &BusyWaitDialog::poll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(progress);
    layout->addWidget(m_waited);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    m_clock.start();
    m_timer->setInterval(PollMs);
    connect(m_timer, &QTimer::timeout, this, &BusyWaitDialog::poll);
    m_timer->start();
    poll();
}

void BusyWaitDialog::poll()
{
    if (!LibraryFile::isBusy(m_path)) {
        m_timer->stop();
        // Later, not now: poll() runs first from the constructor, before exec() could take an answer.
        QTimer::singleShot(0, this, &QDialog::accept);
        return;
    }
    m_waited->setText(tr("Waiting: %1 s so far…").arg(m_clock.elapsed() / 1000));
}

bool BusyWaitDialog::waitUntilFree(const QString &path, QWidget *parent)
{
    BusyWaitDialog dialog(path, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Quorum
