#pragma once

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

#include <functional>
#include <optional>
#include <vector>

namespace Outside {

/// Milliseconds on the monotonic clock, the one every time of the harness is taken on.
double nowMs();

struct Rect
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool empty() const { return width <= 0 || height <= 0; }
    Rect intersected(const Rect& other) const;
};

/// A copy of the screen's pixels in a rectangle, 32 bits a pixel.
struct Pixels
{
    Rect area;
    std::vector<unsigned> data;
    unsigned at(int x, int y) const { return data[size_t((y - area.y) * area.width + (x - area.x))]; }
};

/// The X display as the harness sees it from outside the editors: the window manager's list
/// of client windows, the screen's damage (every drawing, as the X server reports it), pixel
/// reads from the screen and key events through XTest.
class XSession
{
public:
    XSession();
    ~XSession();
    XSession(const XSession&) = delete;
    XSession& operator=(const XSession&) = delete;

    bool ok() const { return m_display != nullptr && m_damage != 0; }
    Rect screen() const;

    /// The top-level client windows the window manager lists (_NET_CLIENT_LIST).
    std::vector<Window> clients() const;
    long windowPid(Window window) const;
    /// The window's rectangle on the screen, clipped to the screen.
    Rect onScreen(Window window) const;
    void focus(Window window);

    Pixels grab(const Rect& area) const;

    /// Waits up to `timeoutMs` for the screen to be drawn on; calls `damaged` with the time each
    /// report arrived and its rectangle until it returns true. False on time out.
    bool waitDamage(double timeoutMs, const std::function<bool(double, const Rect&)>& damaged);
    /// Drops the reports already queued.
    void drainDamage();

    /// Presses and releases a key (an X keysym), with Control held when asked.
    void tap(unsigned long keysym, bool control = false);

private:
    ::Display* m_display = nullptr;
    Window m_root = 0;
    Damage m_damage = 0;
    int m_damageEvent = 0;
    Atom m_clientList = 0;
    Atom m_pid = 0;
};

} // namespace Outside
