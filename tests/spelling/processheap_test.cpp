#include "services/processheap.h"

#include <QFile>
#include <QList>

#include <gtest/gtest.h>

#include <cstdlib>
#include <thread>

#if defined(__SANITIZE_ADDRESS__)
#define AMENDS_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AMENDS_OWN_ALLOCATOR 1
#endif
#endif

namespace {

using namespace amends::services;

#if defined(__GLIBC__) && defined(__linux__) && !defined(AMENDS_OWN_ALLOCATOR)

// The VmFlags line of the mapping that holds @p address, from /proc/self/smaps.
QByteArray mappingFlags(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(0) != 'V') {
            bool startOk = false, endOk = false;
            const std::uintptr_t start = line.left(dash).toULongLong(&startOk, 16);
            const std::uintptr_t end = line.mid(dash + 1, space - dash - 1).toULongLong(&endOk, 16);
            if (startOk && endOk) {
                inside = start <= address && address < end;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:"))
            return line;
    }
    return {};
}


TEST(ProcessHeap, AThreadAllocatesFromTheRangeItReservedAndThatRangeIsMarkedForHugePages)
{
    processheap::keepFreedMemory();
    // A new thread, with a heap of its own, as the thread that loads a dictionary.
    processheap::Range marked;
    QList<std::uintptr_t> blocks;
    QByteArray flags;
    std::thread([&] {
        marked = processheap::reserveHugePages(16 * 1024 * 1024);
        QList<void *> held;
        for (int i = 0; i < 8192; ++i) { // 8 MB in small blocks, as a dictionary's words
            held.append(std::malloc(1024));
            blocks.append(reinterpret_cast<std::uintptr_t>(held.last()));
        }
        flags = mappingFlags(marked.from);
        for (void *block : std::as_const(held))
            std::free(block);
    }).join();

    ASSERT_GE(marked.bytes, std::size_t(12 * 1024 * 1024)) << "16 MB reserved: at least 12 MB of whole huge pages";
    EXPECT_EQ(marked.from % (2 * 1024 * 1024), 0u);
    EXPECT_TRUE(flags.contains(" hg")) << "the range is marked MADV_HUGEPAGE: " << flags.constData();
    // The thread's heap grew by what it reserved, so its small blocks come from there
    // (before the first whole huge page at most 2 MB).
    qsizetype inside = 0;
    for (const std::uintptr_t block : std::as_const(blocks))
        inside += block + 2 * 1024 * 1024 >= marked.from && block < marked.from + marked.bytes;
    EXPECT_EQ(inside, blocks.size());
}

#endif

TEST(ProcessHeap, NothingToMarkInLessThanAHugePage)
{
    processheap::keepFreedMemory();
    const processheap::Range marked = processheap::reserveHugePages(4096);
    EXPECT_EQ(marked.bytes, 0u);
}

} // namespace
