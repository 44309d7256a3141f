#pragma once

/// The sync engine against a bare client, both sending a GET and a write per draft to the
/// loopback sandbox with the same concurrency.
namespace SyncBench {

struct Figures
{
    double syncMs = 0; ///< SyncEngine: journal, look, write, rebase, snapshot
    double bareMs = 0; ///< QNetworkAccessManager: GET then PUT, nothing else
    /// CPU time of the calling (GUI) thread during each: the serial part a sync cannot share.
    double syncThreadCpuMs = 0;
    double bareThreadCpuMs = 0;
    int drafts = 0;
    int written = 0; ///< drafts the engine reported as written (should be all)
};

/// `bareFirst`: the bare client runs before the engine (rounds swap it, so neither is always
/// the one on a cold server).
Figures measure(int drafts, int concurrency, bool bareFirst);

} // namespace SyncBench
