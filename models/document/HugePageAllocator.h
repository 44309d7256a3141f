#pragma once

#include <cstddef>
#include <memory>

namespace HugePages {
/// Asks the kernel to back the whole 2 MB pages inside [data, data + bytes) with huge pages.
/// Harmless where it cannot: small blocks, other systems, huge pages switched off.
void advise(void* data, std::size_t bytes);
/// From this size mapLargeBlocks() gives a block a mapping of its own.
inline constexpr std::size_t kOwnMappingFrom = 1024 * 1024;
/// Gives every block of 1 MB or more (a copy of a spec's text, a tree) a mapping of its own,
/// for the process's life: freed, it goes back to the system at once, and new, it can be advised
/// into huge pages. glibc otherwise raises that threshold to the largest block freed, so 10 MB
/// copies came from the heap, where malloc_trim() handed their pages back and the next copy
/// faulted them in again 4 KB at a time (6-20 ms of the GUI thread per autosave).
void mapLargeBlocks();
} // namespace HugePages

/// std::allocator, but a large block is advised into huge pages before anything is written to
/// it. A 10 MB spec's tree is about 80 MB, fresh from the kernel for every analysis; faulting it
/// in 4 KB at a time cost five times the parse itself on the project machine (a VM, where a page
/// fault is dear), and made the analysis time grow faster than the text.
template <typename T>
struct HugePageAllocator
{
    using value_type = T;

    HugePageAllocator() = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept
    {
    }

    T* allocate(std::size_t count)
    {
        T* data = std::allocator<T>().allocate(count);
        HugePages::advise(data, count * sizeof(T));
        return data;
    }
    void deallocate(T* data, std::size_t count) noexcept { std::allocator<T>().deallocate(data, count); }

    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const noexcept
    {
        return true;
    }
};
