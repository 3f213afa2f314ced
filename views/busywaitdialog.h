// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QTimer;

namespace Quorum {

/**
 * Waits, in sight, for a library that another program is writing to: a busy library is not a
 * damaged one. Looks again every PollMs and on Try Now, and closes by itself once the library
 * can be read; Cancel gives up opening it.
 */
class BusyWaitDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PollMs = 500;

    explicit BusyWaitDialog(const QString &path, QWidget *parent = nullptr);

    /** Shows the dialog until the library at path can be read (true) or the user cancels (false). */
    static bool waitUntilFree(const QString &path, QWidget *parent);

private:
    void poll();

    QString m_path;
    QLabel *m_waited;
    QTimer *m_timer;
    QElapsedTimer m_clock;
};

} // namespace Quorum
