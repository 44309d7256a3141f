#pragma once

/// Gives the pages of memory freed by a big structure (a tree, a spec's shares) back to the
/// system. glibc keeps them in the freeing thread's arena otherwise, so each analysis of a big
/// spec left the process larger: the shares of a 10 MB spec stayed resident twice over.
namespace FreedPages {

/// Call on a worker, after the free; it walks every arena. Returns false where it can do
/// nothing (outside glibc).
bool giveBack();

} // namespace FreedPages
