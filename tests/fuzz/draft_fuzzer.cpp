// The draft loader: whatever the bytes, parsing returns a draft or a message, and a
// draft that loads survives a save and a load unchanged.

#include "fuzzsupport.h"

#include "core/draftfile.h"

using namespace amends;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const core::DraftFile::LoadResult first = core::DraftFile::parse(fuzz::bytes(data, size));
    if (!first.draft) {
        if (first.error.isEmpty())
            fuzz::fail("a refused draft comes with a reason");
        return 0;
    }
    const QByteArray saved = core::DraftFile::serialize(*first.draft);
    const core::DraftFile::LoadResult second = core::DraftFile::parse(saved);
    if (!second.draft)
        fuzz::fail("a saved draft loads again", second.error + QLatin1Char('\n') + QString::fromUtf8(saved));
    if (!(*second.draft == *first.draft))
        fuzz::fail("load, save, load gives the same draft", QString::fromUtf8(saved));
    if (core::DraftFile::serialize(*second.draft) != saved)
        fuzz::fail("saving the reloaded draft gives the same bytes", QString::fromUtf8(saved));
    return 0;
}
