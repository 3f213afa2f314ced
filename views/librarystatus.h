// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace Quorum {

class LibraryFile;

/**
 * The status bar's lasting part: what the library is doing ("Checking the library…", "Backing
 * up…", "Saved at 14:02", "Not saved", "Reconnecting…", "Read-only"), an icon and words, so that
 * the state never rests on a colour. Messages of the moment keep the rest of the status bar.
 */
class LibraryStatus : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryStatus(QWidget *parent = nullptr);

    /** nullptr: no library. */
    void setLibrary(LibraryFile *file);
    QString text() const;

private:
    void refresh();

    QPointer<LibraryFile> m_file;
    QLabel *m_icon;
    QLabel *m_text;
    QTimer *m_ageTimer;
    bool m_saveFailing = false;
    bool m_disconnected = false;
};

} // namespace Quorum
