#pragma once

#include <QString>

/// Secrets handed over in environment variables (scripts, CI). The first read takes the value out
/// of the process's environment block, overwriting it there, so it shows neither in
/// /proc/PID/environ nor in a core dump; later reads get it from a copy kept masked (XOR with a
/// random pad) in memory. Thread-safe.
namespace SecretEnvironment {

/// The variable's value, or an empty string when it is unset.
QString take(const QString& variable);

} // namespace SecretEnvironment
