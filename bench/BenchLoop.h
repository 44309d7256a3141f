#pragma once

// The event-loop helpers the window benches share: one clock, waits that leave the GUI thread
// to the app, and the stall probe.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

/// One monotonic clock for every time taken here.
inline qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.nsecsElapsed();
}

inline double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

/// Runs the event loop for `ms` without spinning, so the GUI thread does only what the app asks.
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

inline bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        runFor(2);
    }
    return true;
}

/// An event-loop latency probe: a 1 ms timer on the GUI thread. Any work that keeps the thread
/// from its event loop shows as a gap between two ticks; the longest gap is the worst stall.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    /// Starts a new phase: the bench's own set-up before it does not count.
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_max = 0;
    }
    double maxMs() const { return double(m_max) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};
