#include "FreedPages.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace FreedPages {

void giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace FreedPages
