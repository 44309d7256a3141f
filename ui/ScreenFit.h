#pragma once

#include <QObject>
#include <QRect>

class QWidget;

/// Keeps a window that has no saved geometry inside its screen's available area, title bar and
/// borders included. A window manager decorates a window only once it is shown, so the window
/// starts at a size that leaves room for an ordinary frame, and is fitted once more when its
/// real frame is known.
class ScreenFit : public QObject
{
    Q_OBJECT

public:
    /// Sizes `window` to firstSize(), centred on its screen, and fits it again once its frame
    /// is known. Call before the window is first shown.
    static void firstShow(QWidget* window, QSize least);
    /// A first window's size on a screen with `available` room: most of a large screen (a third
    /// of 1920×1080 left empty looked like a dialog), at least `least`, and never more than the
    /// screen holds with an ordinary frame.
    static QSize firstSize(const QRect& available, QSize least);
    /// The window's new geometry (without frame) so that its frame lies inside `available`:
    /// shrunk only as much as needed, moved only as far as needed.
    static QRect fitted(const QRect& frame, const QRect& client, const QRect& available);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ScreenFit(QWidget* window);
    void fit();

    QWidget* m_window;
};
