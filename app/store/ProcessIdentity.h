#pragma once

#include <QString>

/// This process as other SpecDesk processes on the workspace can check it: the machine (host
/// name and boot), the PID, and when the process started, since a PID alone is reused.
struct ProcessIdentity
{
    QString host;
    qint64 pid = 0;
    QString started;

    static const ProcessIdentity& current();
    /// Whether the process still runs. Only answerable on this machine: elsewhere, false with
    /// `known` false, and the caller goes by the lease's heartbeat.
    static bool isRunning(const ProcessIdentity& process, bool* known);
};
