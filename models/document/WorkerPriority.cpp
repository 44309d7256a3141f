#include "WorkerPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace WorkerPriority {

void lower()
{
#ifdef Q_OS_LINUX
    // On Linux a thread is a task with its own nice value; PRIO_PROCESS with its id sets only it.
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        constexpr int kBelowInterface = 10;
        setpriority(PRIO_PROCESS, id_t(gettid()), kBelowInterface);
    }
#endif
}

} // namespace WorkerPriority
