#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <utility>
#include <vector>

/// The bench's QApplication: it can time every event the GUI thread delivers (key, paint,
/// timer, queued call), the outermost delivery only, so whatever the window does between two
/// keystrokes is seen without the bench spinning the event loop itself.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    /// Starts keeping the GUI-thread deliveries that took at least `thresholdMs`.
    void record(double thresholdMs)
    {
        m_threshold = thresholdMs;
        m_recording = true;
        m_samples.clear();
        m_busyMs = 0;
    }
    void stop() { m_recording = false; }
    /// The kept deliveries in ms, and the sum of all deliveries (kept or not) since record().
    std::vector<double> takeSamples() { return std::exchange(m_samples, {}); }
    double busyMs() const { return m_busyMs; }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (QThread::currentThread() != thread() || !m_recording || m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        m_busyMs += ms;
        if (m_recording && ms >= m_threshold) {
            m_samples.push_back(ms);
        }
        return handled;
    }

private:
    bool m_recording = false;
    int m_depth = 0;
    double m_threshold = 1.0;
    double m_busyMs = 0;
    std::vector<double> m_samples;
};
