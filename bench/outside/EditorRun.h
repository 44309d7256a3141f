#pragma once

#include <string>
#include <vector>

namespace Outside {

class XSession;

/// An editor as the harness starts it: `setup` (a shell command, may be empty) runs before each
/// launch and is not timed, e.g. a fresh copy of the file; `launch` is exec'd by /bin/sh, so the
/// process started is the editor itself.
struct Editor
{
    std::string name;
    std::string setup;
    std::string launch;
};

/// How the user types: `keys` letters, `gapMs` apart, with a pause of `pauseMs` after every
/// `burst` of them (when analysis and autosave run); then `idleSeconds` of nothing.
struct TypingPlan
{
    int keys = 200;
    int burst = 20;
    int gapMs = 60;
    int pauseMs = 1200;
    int idleSeconds = 10;
};

/// What one launch of an editor gave. Times in ms from the launch, or -1 when not seen.
struct RunFigures
{
    std::string failure; ///< empty when the run went through
    double mappedMs = -1; ///< the window appeared in the window manager's list
    double firstPixelsMs = -1; ///< the window first showed painted content (not a blank fill)
    double settledMs = -1; ///< its last change before 2 s without one (the file shown)
    std::vector<double> keyMs; ///< key event to the first pixels it changed, every key
    std::vector<double> afterPauseMs; ///< the same, for the first key after each pause
    int unanswered = 0; ///< keys that changed nothing on the screen within 5 s
    double rssOpenMb = -1; ///< VmRSS with the file open, caret at its end
    double rssTypedMb = -1; ///< VmRSS after the last key
    /// The most VmRSS seen from the first key until the work on the last one ended, sampled after
    /// every key and every 500 ms after: what "flat while typing" is held to.
    double rssPeakMb = -1;
    /// From the end of the typing (the last key and its pause) until the process's CPU goes
    /// quiet (under 2 % over half a second): its last analysis and save; 15,000 (the most
    /// waited for) when it never did
    double workAfterTypingMs = -1;
    double rssQuietMb = -1; ///< VmRSS once that work is done
    double idleCpuPercent = -1; ///< utime+stime over the idle seconds once quiet
    std::string accessibility = "-"; ///< the app's own report (SpecDesk and the floor print it)
};

RunFigures runEditor(XSession& session, const Editor& editor, const TypingPlan& plan);

} // namespace Outside
