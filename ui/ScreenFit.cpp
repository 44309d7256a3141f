#include "ScreenFit.h"

#include <QEvent>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace {
/// Room for a title bar and borders before the real ones are known.
constexpr QSize kUsualFrame(16, 48);
/// A window manager that has not framed the window by then is not going to.
constexpr int kFrameWaitMs = 3000;
} // namespace

ScreenFit::ScreenFit(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    QTimer::singleShot(kFrameWaitMs, this, [this] {
        fit();
        deleteLater();
    });
}

QSize ScreenFit::firstSize(const QRect& available, QSize least)
{
    constexpr double kShareOfALargeScreen = 0.85;
    const QSize most = available.size() * kShareOfALargeScreen;
    return least.expandedTo(most).boundedTo(available.size() - kUsualFrame);
}

void ScreenFit::firstShow(QWidget* window, QSize least)
{
    const QRect available = window->screen()->availableGeometry();
    const QSize size = firstSize(available, least).expandedTo(window->minimumSizeHint());
    window->resize(size);
    window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    new ScreenFit(window);
}

QRect ScreenFit::fitted(const QRect& frame, const QRect& client, const QRect& available)
{
    const QSize decoration = frame.size() - client.size();
    const QSize size = client.size().boundedTo(available.size() - decoration);
    const QSize frameSize = size + decoration;
    const int x = std::clamp(
        frame.x(), available.left(), std::max(available.left(), available.right() + 1 - frameSize.width()));
    const int y = std::clamp(
        frame.y(), available.top(), std::max(available.top(), available.bottom() + 1 - frameSize.height()));
    return QRect(QPoint(x, y) + (client.topLeft() - frame.topLeft()), size);
}

bool ScreenFit::eventFilter(QObject* watched, QEvent* event)
{
    const bool placed = event->type() == QEvent::Move || event->type() == QEvent::Resize;
    if (watched == m_window && placed && m_window->isVisible() && m_window->frameGeometry() != m_window->geometry()) {
        // The frame is known now: fit once, then leave the window to its user.
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            fit();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

void ScreenFit::fit()
{
    if (m_window->isMaximized() || m_window->isFullScreen()) {
        return;
    }
    const QRect target
        = fitted(m_window->frameGeometry(), m_window->geometry(), m_window->screen()->availableGeometry());
    if (target != m_window->geometry()) {
        m_window->setGeometry(target);
    }
}
