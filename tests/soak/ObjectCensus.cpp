#include "ObjectCensus.h"

#include <QMetaObject>
#include <QObject>

#include <mutex>
#include <thread>
#include <unordered_map>

// Declared in Qt's private qhooks_p.h, which Debian does not ship: the array of hooks that
// introspection tools fill in. The indices below are those of QHooks::HookIndex (Qt 6).
extern Q_CORE_EXPORT quintptr qtHookData[];

namespace {

enum HookIndex : int {
    HookDataVersion = 0,
    HookDataSize = 1,
    AddQObject = 3,
    RemoveQObject = 4,
};

using ObjectCallback = void (*)(QObject*);

struct Registry
{
    std::mutex mutex;
    /// Each live object, and whether it was made on the main thread.
    std::unordered_map<QObject*, bool> objects;
    std::thread::id mainThread;
    ObjectCallback previousAdd = nullptr;
    ObjectCallback previousRemove = nullptr;
};

Registry& registry()
{
    // Never destroyed: objects are still destroyed after main() returns.
    static auto* instance = new Registry;
    return *instance;
}

void onAdd(QObject* object)
{
    Registry& r = registry();
    {
        const std::lock_guard<std::mutex> lock(r.mutex);
        r.objects[object] = std::this_thread::get_id() == r.mainThread;
    }
    if (r.previousAdd) {
        r.previousAdd(object);
    }
}

void onRemove(QObject* object)
{
    Registry& r = registry();
    {
        const std::lock_guard<std::mutex> lock(r.mutex);
        r.objects.erase(object);
    }
    if (r.previousRemove) {
        r.previousRemove(object);
    }
}

} // namespace

namespace ObjectCensus {

bool install()
{
    if (qtHookData[HookDataVersion] < 1 || qtHookData[HookDataSize] <= RemoveQObject) {
        return false;
    }
    Registry& r = registry();
    r.mainThread = std::this_thread::get_id();
    r.previousAdd = reinterpret_cast<ObjectCallback>(qtHookData[AddQObject]);
    r.previousRemove = reinterpret_cast<ObjectCallback>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&onAdd);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&onRemove);
    return true;
}

QMap<QByteArray, int> byClass()
{
    // Called on the main thread, so none of the objects looked at is being built or destroyed.
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    QMap<QByteArray, int> counts;
    for (const auto& [object, onMainThread] : r.objects) {
        if (onMainThread) {
            ++counts[QByteArray(object->metaObject()->className())];
        }
    }
    return counts;
}

int countInheriting(const char* className)
{
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    int count = 0;
    for (const auto& [object, onMainThread] : r.objects) {
        if (onMainThread && object->inherits(className)) {
            ++count;
        }
    }
    return count;
}

int total()
{
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    int count = 0;
    for (const auto& entry : r.objects) {
        count += entry.second ? 1 : 0;
    }
    return count;
}

} // namespace ObjectCensus
