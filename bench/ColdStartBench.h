#pragma once

/// Cold start to the first painted window: `specdesk --workspace DIR` against a bare
/// QMainWindow + QsciScintilla program (bench/floor), both launched the same way from here.
namespace ColdStartBench {

struct Figures
{
    int runs = 0;
    double floorMs = 0; ///< median, bare QMainWindow + QsciScintilla
    double samplesMs = 0; ///< median, SpecDesk on a new workspace (the 3 sample specs)
    double scaleMs = 0; ///< median, SpecDesk on the 5,000-spec workspace
    bool ok = false; ///< every launch reported its first paint
};

Figures measure(int runs);

} // namespace ColdStartBench
