#include "FreedPages.h"

// A C library header first: __GLIBC__ is defined by one, and without it the test below was
// false and no page was ever given back.
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace FreedPages {

bool giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0);
    return true;
#else
    return false;
#endif
}

void shareOneArena()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace FreedPages
