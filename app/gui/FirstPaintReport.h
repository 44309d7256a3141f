#pragma once

#include <QEvent>
#include <QMetaObject>
#include <QObject>

#include <chrono>
#include <cstdio>

/// SPECDESK_REPORT_FIRST_PAINT=1 (bench/run.sh coldstart): installed on the main window, prints
/// "first-paint NS", NS on the monotonic clock, once its first frame is painted and flushed.
/// SpecDesk and the benchmark's floor program (bench/floor) share it, so both are measured alike.
class FirstPaintReport : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::printf("first-paint %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
                    std::fflush(stdout);
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};
