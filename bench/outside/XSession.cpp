#include "XSession.h"

#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include <poll.h>

#include <algorithm>
#include <chrono>

namespace Outside {

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Rect Rect::intersected(const Rect& other) const
{
    const int left = std::max(x, other.x);
    const int top = std::max(y, other.y);
    const int right = std::min(x + width, other.x + other.width);
    const int bottom = std::min(y + height, other.y + other.height);
    return {left, top, std::max(0, right - left), std::max(0, bottom - top)};
}

XSession::XSession()
{
    m_display = XOpenDisplay(nullptr);
    if (m_display == nullptr) {
        return;
    }
    m_root = DefaultRootWindow(m_display);
    int damageError = 0;
    if (!XDamageQueryExtension(m_display, &m_damageEvent, &damageError)) {
        return;
    }
    // On the root window, raw rectangles: every drawing on the screen, one report each, as
    // the X server puts the pixels in its frame buffer.
    m_damage = XDamageCreate(m_display, m_root, XDamageReportRawRectangles);
    m_clientList = XInternAtom(m_display, "_NET_CLIENT_LIST", False);
    m_pid = XInternAtom(m_display, "_NET_WM_PID", False);
    XSync(m_display, False);
}

XSession::~XSession()
{
    if (m_display != nullptr) {
        XCloseDisplay(m_display);
    }
}

Rect XSession::screen() const
{
    return {
        0, 0, DisplayWidth(m_display, DefaultScreen(m_display)), DisplayHeight(m_display, DefaultScreen(m_display))};
}

std::vector<Window> XSession::clients() const
{
    std::vector<Window> windows;
    Atom type = 0;
    int format = 0;
    unsigned long count = 0;
    unsigned long after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(
            m_display, m_root, m_clientList, 0, 4096, False, XA_WINDOW, &type, &format, &count, &after, &data)
            == Success
        && data != nullptr) {
        const auto* ids = reinterpret_cast<const unsigned long*>(data);
        windows.assign(ids, ids + count);
        XFree(data);
    }
    return windows;
}

long XSession::windowPid(Window window) const
{
    Atom type = 0;
    int format = 0;
    unsigned long count = 0;
    unsigned long after = 0;
    unsigned char* data = nullptr;
    long pid = 0;
    if (XGetWindowProperty(m_display, window, m_pid, 0, 1, False, XA_CARDINAL, &type, &format, &count, &after, &data)
            == Success
        && data != nullptr) {
        if (count == 1) {
            pid = long(*reinterpret_cast<const unsigned long*>(data));
        }
        XFree(data);
    }
    return pid;
}

Rect XSession::onScreen(Window window) const
{
    XWindowAttributes attributes {};
    if (!XGetWindowAttributes(m_display, window, &attributes) || attributes.map_state != IsViewable) {
        return {};
    }
    int x = 0;
    int y = 0;
    Window child = 0;
    XTranslateCoordinates(m_display, window, m_root, 0, 0, &x, &y, &child);
    return Rect {x, y, attributes.width, attributes.height}.intersected(screen());
}

void XSession::focus(Window window)
{
    XRaiseWindow(m_display, window);
    XSetInputFocus(m_display, window, RevertToParent, CurrentTime);
    XSync(m_display, False);
}

Pixels XSession::grab(const Rect& area) const
{
    Pixels pixels;
    pixels.area = area.intersected(screen());
    if (pixels.area.empty()) {
        return pixels;
    }
    XImage* image = XGetImage(m_display,
                              m_root,
                              pixels.area.x,
                              pixels.area.y,
                              unsigned(pixels.area.width),
                              unsigned(pixels.area.height),
                              AllPlanes,
                              ZPixmap);
    if (image == nullptr) {
        pixels.area = {};
        return pixels;
    }
    pixels.data.resize(size_t(pixels.area.width) * size_t(pixels.area.height));
    const bool direct = image->bits_per_pixel == 32;
    for (int y = 0; y < pixels.area.height; ++y) {
        if (direct) {
            const auto* row = reinterpret_cast<const unsigned*>(image->data + y * image->bytes_per_line);
            for (int x = 0; x < pixels.area.width; ++x) {
                pixels.data[size_t(y * pixels.area.width + x)] = row[x] & 0xffffff;
            }
            continue;
        }
        for (int x = 0; x < pixels.area.width; ++x) {
            pixels.data[size_t(y * pixels.area.width + x)] = unsigned(XGetPixel(image, x, y) & 0xffffff);
        }
    }
    XDestroyImage(image);
    return pixels;
}

bool XSession::waitDamage(double timeoutMs, const std::function<bool(double, const Rect&)>& damaged)
{
    const double deadline = nowMs() + timeoutMs;
    for (;;) {
        while (XPending(m_display) > 0) {
            XEvent event;
            XNextEvent(m_display, &event);
            if (event.type == m_damageEvent + XDamageNotify) {
                const double arrived = nowMs();
                const auto* notify = reinterpret_cast<const XDamageNotifyEvent*>(&event);
                const Rect area {notify->area.x, notify->area.y, notify->area.width, notify->area.height};
                if (damaged(arrived, area)) {
                    return true;
                }
            }
        }
        const double left = deadline - nowMs();
        if (left <= 0) {
            return false;
        }
        pollfd connection {ConnectionNumber(m_display), POLLIN, 0};
        poll(&connection, 1, std::max(1, int(left)));
    }
}

void XSession::drainDamage()
{
    XSync(m_display, False);
    while (XPending(m_display) > 0) {
        XEvent event;
        XNextEvent(m_display, &event);
    }
}

void XSession::tap(unsigned long keysym, bool control)
{
    const unsigned controlCode = XKeysymToKeycode(m_display, XK_Control_L);
    const unsigned code = XKeysymToKeycode(m_display, keysym);
    if (control) {
        XTestFakeKeyEvent(m_display, controlCode, True, CurrentTime);
    }
    XTestFakeKeyEvent(m_display, code, True, CurrentTime);
    XTestFakeKeyEvent(m_display, code, False, CurrentTime);
    if (control) {
        XTestFakeKeyEvent(m_display, controlCode, False, CurrentTime);
    }
    XFlush(m_display);
}

} // namespace Outside
