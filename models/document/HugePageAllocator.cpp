#include "HugePageAllocator.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace HugePages {

void advise(void* data, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    constexpr quintptr kHugePage = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr end = (quintptr(data) + bytes) & ~(kHugePage - 1);
    if (end > begin) {
        // Only advice: where huge pages are off, the block simply stays in small pages.
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

void mapLargeBlocks()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, int(kOwnMappingFrom));
#endif
}

} // namespace HugePages
