#pragma once

#include <cstddef>
#include <cstdint>

/// Memory of a process that runs one command and ends (amends-cli).
///
/// On Linux each page of memory is brought in the first time it is touched, and on a
/// virtual machine such a fault can cost tens of microseconds: loading a dictionary
/// (about 9 MB of Hunspell's structures for en_US, in small blocks) takes two thousand
/// of them. glibc's allocator can back its heaps with transparent huge pages (2 MB a
/// fault) when asked by the glibc.malloc.hugetlb tunable, which a program cannot set
/// for itself once started; these functions ask for the same, for the heap of one
/// thread at a time. Elsewhere than glibc on Linux they do nothing.
namespace amends::services::processheap {

/// Memory freed is kept for reuse rather than given back to the system (and faulted in
/// again): glibc gives back large blocks and the top of a heap at once by default.
/// Call once, before other threads start.
void keepFreedMemory();

/// Addresses [from, from + bytes).
struct Range {
    std::uintptr_t from = 0;
    std::size_t bytes = 0;
};

/// Grows the calling thread's heap by about @p bytes now and marks that range for
/// transparent huge pages, so that what the thread allocates next comes from it. Only
/// the part touched later counts as memory used (to the next 2 MB). Needs
/// keepFreedMemory() first, and @p bytes under 64 MB on any thread but the main one (a
/// thread heap's size; the main heap grows as far as needed) and under 256 MB on it
/// (larger blocks get a mapping of their own). Returns the range marked: whole huge
/// pages, within the heap's growth; empty when none was.
Range reserveHugePages(std::size_t bytes);

/// What a thread that loads one Hunspell dictionary reserves: more than the largest
/// takes (en_US about 9 MB, pt_BR about 35), within a thread heap's 64 MB.
inline constexpr std::size_t kDictionaryBytes = 48 * 1024 * 1024;

} // namespace amends::services::processheap
