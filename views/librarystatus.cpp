// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystatus.h"

#include "document/libraryfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTime>
#include <QTimer>

namespace Quorum {

LibraryStatus::LibraryStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_icon->setAccessibleName(tr("Library status icon"));
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    setAccessibleName(tr("Library status"));
    // As wide as its widest words from the start: the status bar does not make room when they change,
    // and the rest of the bar does not jump as the state changes.
    const QString lateTime = QLocale().toString(QTime(23, 59), QLocale::ShortFormat);
    int widest = 0;
    for (const QString &words : {tr("Reconnecting…"), tr("Not saved"), tr("Checking the library…"), tr("Backing up…"),
                                 tr("Read-only"), tr("Saved just now"), tr("Saved at %1").arg(lateTime),
                                 tr("All changes saved")})
        widest = qMax(widest, m_text->fontMetrics().horizontalAdvance(words));
    m_text->setMinimumWidth(widest + 2);
    // "Saved just now" ages into "Saved at 14:02" without any edit.
    m_ageTimer->setInterval(30 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &LibraryStatus::refresh);
    refresh();
}

void LibraryStatus::setLibrary(LibraryFile *file)
{
    if (m_file)
        disconnect(m_file, nullptr, this, nullptr);
    m_file = file;
    m_saveFailing = file && file->isSaveFailing();
    m_disconnected = false;
    if (file) {
        connect(file, &LibraryFile::activityChanged, this, &LibraryStatus::refresh);
        connect(file, &LibraryFile::saved, this, &LibraryStatus::refresh);
        connect(file, &LibraryFile::saveFailed, this, [this] {
            m_saveFailing = true;
            refresh();
        });
        connect(file, &LibraryFile::saveRecovered, this, [this] {
            m_saveFailing = false;
            refresh();
        });
        connect(file, &LibraryFile::connectionLost, this, [this] {
            m_disconnected = true;
            refresh();
        });
        connect(file, &LibraryFile::connectionRestored, this, [this] {
            m_disconnected = false;
            refresh();
        });
        connect(file, &LibraryFile::damaged, this, &LibraryStatus::refresh);
        m_ageTimer->start();
    } else {
        m_ageTimer->stop();
    }
    refresh();
}

QString LibraryStatus::text() const
{
    return m_text->text();
}

void LibraryStatus::refresh()
{
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    QString text;
    QString tip;
    if (!m_file) {
        hide();
        return;
    }
    if (m_disconnected) {
        icon = QStyle::SP_BrowserReload;
        text = tr("Reconnecting…");
        tip = tr("The server cannot be reached. What you type is kept and saved when it is back.");
    } else if (m_saveFailing) {
        icon = QStyle::SP_MessageBoxWarning;
        text = tr("Not saved");
        tip = tr("Saving fails at the moment; what you see is kept and saved with your next edit once the "
                 "problem is solved.");
    } else if (m_file->activity() == LibraryFile::Activity::Checking) {
        icon = QStyle::SP_FileDialogContentsView;
        text = tr("Checking the library…");
        tip = tr("Quorum checks the library for damage after opening it; you can go on working.");
    } else if (m_file->activity() == LibraryFile::Activity::BackingUp) {
        icon = QStyle::SP_DriveHDIcon;
        text = tr("Backing up…");
        tip = tr("A snapshot of the library is being written to the backup folder; you can go on working.");
    } else if (m_file->isReadOnly()) {
        icon = QStyle::SP_MessageBoxInformation;
        text = tr("Read-only");
        tip = tr("This library can be read but not changed in this window.");
    } else if (m_file->lastSaved().isValid()) {
        const QDateTime saved = m_file->lastSaved();
        text = saved.secsTo(QDateTime::currentDateTime()) < 60
                   ? tr("Saved just now")
                   : tr("Saved at %1").arg(QLocale().toString(saved.time(), QLocale::ShortFormat));
        tip = tr("Every edit is saved as you make it.");
    } else {
        text = tr("All changes saved");
        tip = tr("Every edit is saved as you make it.");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    setToolTip(tip);
    setAccessibleDescription(tip);
    m_icon->setAccessibleDescription(text);
    show();
}

} // namespace Quorum
