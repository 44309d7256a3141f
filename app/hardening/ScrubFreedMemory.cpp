// Zero-on-free for the whole process: every block handed back to glibc's allocator is wiped
// first, so secrets (tokens in request headers, in Qt's network buffers, in our own strings) do
// not linger in freed memory where a core dump or a crash report would keep them. glibc's own
// MALLOC_PERTURB_ skips blocks that go to its per-thread cache, which is where small strings such
// as "Authorization: Bearer …" end up, hence this override.
//
// Defining free and realloc in the executable interposes them for every library it loads (Qt
// included), the way jemalloc or tcmalloc are linked in. Only the programs link this file, never
// the sanitizer or fuzzing builds, whose runtimes replace the allocator themselves.
#include <malloc.h>

#include <cstring>

extern "C" {

void* __libc_malloc(size_t size);
void __libc_free(void* block);

void free(void* block) noexcept
{
    if (block != nullptr) {
        explicit_bzero(block, malloc_usable_size(block));
    }
    __libc_free(block);
}

// glibc's realloc frees a moved block internally, out of reach of free() above: move it here.
void* realloc(void* block, size_t size) noexcept
{
    if (block == nullptr) {
        return __libc_malloc(size);
    }
    if (size == 0) {
        free(block);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(block);
    if (size <= usable) {
        return block;
    }
    void* moved = __libc_malloc(size);
    if (moved == nullptr) {
        return nullptr;
    }
    std::memcpy(moved, block, usable);
    free(block);
    return moved;
}

} // extern "C"
