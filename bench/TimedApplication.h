#pragma once

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

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
        if (QThread::currentThread() != thread() || !m_recording) {
            return QApplication::notify(receiver, event);
        }
        if (m_depth > 0) {
            // Inside a slow delivery, the repaints it made are named too.
            return m_traceMs > 0 && event->type() == QEvent::Paint ? traced(receiver, event, m_traceMs / 4)
                                                                   : QApplication::notify(receiver, event);
        }
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool handled = m_traceMs > 0 ? traced(receiver, event, m_traceMs) : QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        m_busyMs += ms;
        if (m_recording && ms >= m_threshold) {
            m_samples.push_back(ms);
        }
        return handled;
    }

private:
    /// Delivers the event and, when it took `thresholdMs` or more, says what it was: with
    /// SPECDESK_BENCH_TRACE=MS, what a slow figure is made of. The receiver is described before
    /// the delivery, which may delete it.
    bool traced(QObject* receiver, QEvent* event, double thresholdMs)
    {
        const QObject* parent = receiver->parent();
        const QByteArray what = QByteArray(receiver->metaObject()->className()) + " \""
                                + receiver->objectName().toUtf8() + "\" (parent "
                                + (parent ? parent->metaObject()->className() : "-") + ")";
        const int type = int(event->type());
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms >= thresholdMs) {
            std::fprintf(stderr, "trace: %.1f ms event %d to %s\n", ms, type, what.constData());
        }
        return handled;
    }

    double m_traceMs = qEnvironmentVariableIntValue("SPECDESK_BENCH_TRACE");
    bool m_recording = false;
    int m_depth = 0;
    double m_threshold = 1.0;
    double m_busyMs = 0;
    std::vector<double> m_samples;
};
