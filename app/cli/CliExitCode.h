#pragma once

#include <QString>

class QTextStream;

/// `specdesk-cli`'s exit codes. They are part of its interface: scripts depend on them.
enum class CliExitCode {
    Ok = 0, ///< the command did what was asked and found no problem
    ProblemsFound = 1, ///< the command ran, and found errors in its input (e.g. `validate`)
    UsageOrIoError = 2, ///< bad arguments, or a file or the workspace could not be read or written
    NetworkError = 3, ///< the server could not be reached, timed out, failed (5xx, 429) or answered nonsense
    AuthError = 4, ///< the credentials are missing, wrong or expired (401), or not allowed (403)
    RemoteRefused = 5, ///< the server does not have it (404) or refused the request (400, 422)
    ConflictsRemain = 6, ///< `sync`: conflicts (or merges to review) wait for a decision
    SyncedElsewhere = 7, ///< `sync`: another SpecDesk process kept syncing a spec; nothing sent for it
};

/// Prints a usage error the way every command does, and returns UsageOrIoError.
/// With `command`, it points at that command's `--help` rather than the program's.
CliExitCode reportUsageError(QTextStream& err, const QString& message, const QString& command = QString());
