#include "processheap.h"

#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#define AMENDS_PROCESS_HEAP 1
#endif

namespace amends::services::processheap {

namespace {
// Blocks below this come from a heap, not from a mapping of their own, and a heap keeps
// this much free at its top rather than giving it back.
constexpr int kKeep = 256 * 1024 * 1024;
constexpr std::uintptr_t kHugePage = 2 * 1024 * 1024;
} // namespace

void keepFreedMemory()
{
#ifdef AMENDS_PROCESS_HEAP
    mallopt(M_MMAP_THRESHOLD, kKeep);
    mallopt(M_TRIM_THRESHOLD, kKeep);
#endif
}

Range reserveHugePages(std::size_t bytes)
{
#ifdef AMENDS_PROCESS_HEAP
    // A block this large comes from the top of the thread's heap, which grows for it;
    // freed, it joins the top again (kept, see keepFreedMemory()), and the thread's next
    // allocations are cut from it in order. The kernel decides: where transparent huge
    // pages are off, this only reserves address space.
    void *volatile block = std::malloc(bytes);
    if (!block)
        return {};
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t from = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t to = (start + bytes) & ~(kHugePage - 1);
    Range marked;
    if (to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0)
        marked = {from, std::size_t(to - from)};
    std::free(block);
    return marked;
#else
    (void)bytes;
    return {};
#endif
}

} // namespace amends::services::processheap
