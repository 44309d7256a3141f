#pragma once

#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <functional>

/// How specdesk-cli waits for its asynchronous work: one command is a few steps, one after the
/// other, each run to its end on the event loop.
///
/// This loop is the CLI's main loop, not a nested one: main() never calls exec(), so nothing
/// else is ever running underneath it, which the assertion checks. Nothing the CLI waits for
/// (providers, secrets, the sync engine) waits in a loop of its own.
namespace CliWait {

/// Returns once `sender` emits `signal` (at once if `alreadyDone`).
template <typename Sender, typename Signal>
void until(const Sender* sender, Signal signal, bool alreadyDone = false)
{
    if (alreadyDone) {
        return;
    }
    Q_ASSERT_X(QThread::currentThread()->loopLevel() == 0, "CliWait", "the CLI's loop must never be nested");
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs `start`, which calls the `done` it is given once (maybe at once), and returns after it.
inline void untilDone(const std::function<void(std::function<void()> done)>& start)
{
    Q_ASSERT_X(QThread::currentThread()->loopLevel() == 0, "CliWait", "the CLI's loop must never be nested");
    QEventLoop loop;
    bool finished = false;
    start([&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
}

} // namespace CliWait
