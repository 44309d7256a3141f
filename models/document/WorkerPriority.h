#pragma once

/// Background work (analysis, freeing a big tree, reading shares) runs below the GUI thread: on
/// two cores, an analysis of a 10 MB spec at the same priority took the CPU from the window while
/// it painted, and a repaint that takes 5 ms took 40.
namespace WorkerPriority {

/// Lowers the calling thread (a pool worker) to nice +10, once per thread; it still gets the CPU
/// whenever the GUI thread does not want it. Does nothing where threads have no nice value.
void lower();

} // namespace WorkerPriority
