#pragma once

#include <QAccessible>
#include <QEvent>
#include <QMetaObject>
#include <QObject>

#include <chrono>
#include <cstdio>

/// SPECDESK_REPORT_FIRST_PAINT=1 (bench/run.sh coldstart and outside): installed on the main
/// window, prints "first-paint NS", NS on the monotonic clock, once its first frame is painted
/// and flushed, then "accessibility-active 0|1" then and whenever Qt's accessibility turns on or
/// off, so the outside bench can tell that an AT-SPI bus really switched it on.
/// SpecDesk and the benchmark's floor program (bench/floor) share it, so both are measured alike.
class FirstPaintReport : public QObject, private QAccessible::ActivationObserver
{
public:
    ~FirstPaintReport() override
    {
        if (m_observing) {
            QAccessible::removeActivationObserver(this);
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::printf("first-paint %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
                    accessibilityActiveChanged(QAccessible::isActive());
                    QAccessible::installActivationObserver(this);
                    m_observing = true;
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    void accessibilityActiveChanged(bool active) override
    {
        std::printf("accessibility-active %d\n", active ? 1 : 0);
        std::fflush(stdout);
    }

    bool m_observing = false;
};
