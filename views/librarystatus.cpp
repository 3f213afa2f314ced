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

namespace {

enum class State { Reconnecting, NotSaved, Checking, BackingUp, ReadOnly, SavedJustNow, SavedAt, AllSaved };

struct Words
{
    QStyle::StandardPixmap icon;
    QString text;
    QString tip;
};

/** What the status says in a state, with its icon and tooltip; savedAt: when the library was last saved. */
Words wordsFor(State state, const QTime &savedAt)
{
    switch (state) {
    case State::Reconnecting:
        return {QStyle::SP_BrowserReload, LibraryStatus::tr("Reconnecting…"),
                LibraryStatus::tr("The server cannot be reached. What you type is kept and saved when it is back.")};
    case State::NotSaved:
        return {QStyle::SP_MessageBoxWarning, LibraryStatus::tr("Not saved"),
                LibraryStatus::tr("Saving fails at the moment; what you see is kept and saved with your next edit "
                                  "once the problem is solved.")};
    case State::Checking:
        return {QStyle::SP_FileDialogContentsView, LibraryStatus::tr("Checking the library…"),
                LibraryStatus::tr("Quorum checks the library for damage after opening it; you can go on working.")};
    case State::BackingUp:
        return {QStyle::SP_DriveHDIcon, LibraryStatus::tr("Backing up…"),
                LibraryStatus::tr("A snapshot of the library is being written to the backup folder; you can go on "
                                  "working.")};
    case State::ReadOnly:
        return {QStyle::SP_MessageBoxInformation, LibraryStatus::tr("Read-only"),
                LibraryStatus::tr("This library can be read but not changed in this window.")};
    case State::SavedJustNow:
        return {QStyle::SP_DialogApplyButton, LibraryStatus::tr("Saved just now"),
                LibraryStatus::tr("Every edit is saved as you make it.")};
    case State::SavedAt:
        return {QStyle::SP_DialogApplyButton,
                LibraryStatus::tr("Saved at %1").arg(QLocale().toString(savedAt, QLocale::ShortFormat)),
                LibraryStatus::tr("Every edit is saved as you make it.")};
    case State::AllSaved: break;
    }
    return {QStyle::SP_DialogApplyButton, LibraryStatus::tr("All changes saved"),
            LibraryStatus::tr("Every edit is saved as you make it.")};
}

} // namespace

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
    int widest = 0;
    for (State state : {State::Reconnecting, State::NotSaved, State::Checking, State::BackingUp, State::ReadOnly,
                        State::SavedJustNow, State::SavedAt, State::AllSaved})
        widest = qMax(widest, m_text->fontMetrics().horizontalAdvance(wordsFor(state, QTime(23, 59)).text));
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
    if (!m_file) {
        hide();
        return;
    }
    State state = State::AllSaved;
    if (m_disconnected)
        state = State::Reconnecting;
    else if (m_saveFailing)
        state = State::NotSaved;
    else if (m_file->activity() == LibraryFile::Activity::Checking)
        state = State::Checking;
    else if (m_file->activity() == LibraryFile::Activity::BackingUp)
        state = State::BackingUp;
    else if (m_file->isReadOnly())
        state = State::ReadOnly;
    else if (m_file->lastSaved().isValid())
        state = m_file->lastSaved().secsTo(QDateTime::currentDateTime()) < 60 ? State::SavedJustNow : State::SavedAt;
    const Words words = wordsFor(state, m_file->lastSaved().time());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(words.icon, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(words.text);
    setToolTip(words.tip);
    setAccessibleDescription(words.tip);
    m_icon->setAccessibleDescription(words.text);
    show();
}

} // namespace Quorum
