#pragma once

/// A spec with 31 versions of about 1 MB and a 10 MB draft in the real main window, with a 1 ms
/// probe on the GUI thread: how long the window freezes when the user compares two versions,
/// restores one, when the 10 MB draft is autosaved, and when File > Open brings a 10 MB file.
namespace HistoryBench {

struct Figures
{
    int runs = 0;
    int versions = 0;
    double versionBytes = 0;
    double draftBytes = 0;
    /// Medians over the runs of the longest GUI-thread stall (ms) of each action.
    double compareStallMs = 0;
    double compareDoneMs = 0; ///< from the selection to the comparison shown
    double restoreStallMs = 0;
    double autosaveStallMs = 0; ///< a key typed in the 10 MB draft until its write was reacted to
    double specChangedMs = 0; ///< what every specChanged listener does after one autosave
    double changedByOthersMs = 0; ///< what the workspace watcher's listeners do after it
    double openStallMs = 0; ///< File > Open of a 10 MB file until its tab shows it
    bool ok = true; ///< every action finished with the expected result
};

Figures measure(int runs);

} // namespace HistoryBench
