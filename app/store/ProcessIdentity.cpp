#include "ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace {

QByteArray readFirstLine(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
}

/// The start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), which
/// tells a PID's process from a later one that reuses it. Empty where /proc does not say.
QString startTicksOf(qint64 pid)
{
    const QByteArray stat = readFirstLine(QStringLiteral("/proc/%1/stat").arg(pid));
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0) {
        return {};
    }
    const QList<QByteArray> fields = stat.mid(end + 2).split(' ');
    constexpr int kStartTimeAfterName = 19; // field 22, counted from field 3
    return fields.size() > kStartTimeAfterName ? QString::fromLatin1(fields.at(kStartTimeAfterName)) : QString();
}

} // namespace

const ProcessIdentity& ProcessIdentity::current()
{
    static const ProcessIdentity identity = [] {
        ProcessIdentity self;
        // A reboot restarts PIDs and tick counts, so the boot is part of the machine's name.
        const QByteArray boot = readFirstLine(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        self.host = QSysInfo::machineHostName() + QLatin1Char('/') + QString::fromLatin1(boot);
        self.pid = QCoreApplication::applicationPid();
        self.started = startTicksOf(self.pid);
        return self;
    }();
    return identity;
}

bool ProcessIdentity::isRunning(const ProcessIdentity& process, bool* known)
{
    if (process.host != current().host) {
        *known = false;
        return false;
    }
    *known = true;
    if (process.pid <= 0) {
        return false;
    }
    if (::kill(static_cast<pid_t>(process.pid), 0) != 0 && errno != EPERM) {
        return false;
    }
    // Running, unless the PID now belongs to another process.
    const QString started = startTicksOf(process.pid);
    return started.isEmpty() || process.started.isEmpty() || started == process.started;
}
