// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace Quorum {

namespace {

class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: it runs once the paint has been handled and the backing store flushed.
            QTimer::singleShot(0, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first-paint %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                // Nothing is being written now: the library's check and backups start after the first paint.
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void installFirstPaintProbe(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("QUORUM_BENCH_FIRST_PAINT"))
        return;
    window->installEventFilter(new FirstPaintProbe(window));
}

} // namespace Quorum
