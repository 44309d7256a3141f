#pragma once

/// `specdesk-cli`'s exit codes. They are part of its interface: scripts depend on them.
enum class CliExitCode {
    Ok = 0, ///< the command did what was asked and found no problem
    ProblemsFound = 1, ///< the command ran, and found errors in its input (e.g. `validate`)
    UsageOrIoError = 2, ///< bad arguments, or a file or the workspace could not be read or written
};
