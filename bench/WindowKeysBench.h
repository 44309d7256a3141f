#pragma once

#include <QByteArray>

/// Typing at the end of a 10 MB spec in the real main window, as app/gui/main.cpp builds it
/// (bench/ScaleBench does the same): everything the window does on the GUI thread per key
/// (autosave, analysis, history, outline, problems), and the CPU it uses once typing stops.
namespace WindowKeysBench {

struct Figures
{
    bool accessibility = false; ///< QAccessible::isActive() while typing
    double p99Ms = 0; ///< of the keys and of every other GUI-thread delivery of 1 ms or more
    double medianMs = 0;
    double maxMs = 0;
    double afterPauseMaxMs = 0; ///< the slowest first key after a pause
    int samples = 0;
    double idleCpuPercent = 0; ///< process CPU (all threads) in the 10 s after the last key
    double idleGuiMs = 0; ///< GUI-thread busy time in those 10 s
    double rssMb = 0; ///< VmRSS after the typing
};

/// `forceAccessibility`: QAccessible::setActive(true) before the window is built, for the
/// platforms without an accessibility bridge (offscreen); the bridge itself (xcb with an AT-SPI
/// bus and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) is used when it is there.
Figures measure(const QByteArray& spec, bool forceAccessibility);

} // namespace WindowKeysBench
