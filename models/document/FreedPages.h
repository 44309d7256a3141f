#pragma once

/// Gives the pages of memory freed by big work (an analysis and the tree it replaced) back to the
/// system. glibc keeps them in its arenas otherwise, for allocations that may never come.
namespace FreedPages {

/// Call on a worker, after the free; it walks every arena. Returns false where it can do
/// nothing (outside glibc).
bool giveBack();

/// Makes every thread allocate from one arena; call first thing in main(), before any thread.
/// glibc gives each busy thread an arena of its own, and a worker's arena keeps what a parse
/// freed for that worker's next parse: typing into a 10 MB spec held 15 MB of free memory in
/// two of them, on top of the tree being built. Shared, the next allocation anywhere reuses it;
/// measured from outside, the peak while typing fell 10 MB with keys as quick (docs/performance.md).
void shareOneArena();

} // namespace FreedPages
