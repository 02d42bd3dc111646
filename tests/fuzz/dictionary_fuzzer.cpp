// The dictionary loader: the input is an affix file, a record separator ('\x1e'), a
// word file, another separator and words to look up. A pair that loads (its PHONE,
// REP and MAP tables checked first) answers every lookup and suggestion request
// without fault; a pair that does not gives a reason.

#include "fuzzsupport.h"

#include "services/hunspellspeller.h"

#include <QRegularExpression>

using namespace amends;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 3);
    static const QString aff = fuzz::scratchFolder() + QStringLiteral("/xx_XX.aff");
    static const QString dic = fuzz::scratchFolder() + QStringLiteral("/xx_XX.dic");
    fuzz::writeScratch(aff, parts[0]);
    fuzz::writeScratch(dic, parts[1]);

    services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load({QStringLiteral("xx-XX"), aff, dic});
    if (!loaded.speller) {
        if (loaded.error.isEmpty())
            fuzz::fail("a refused dictionary comes with a reason");
        return 0;
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = QString::fromUtf8(parts[2]).split(space, Qt::SkipEmptyParts).mid(0, 4);
    for (const QString &word : words) {
        loaded.speller->isCorrect(word);
        loaded.speller->suggestions(word, 3);
    }
    return 0;
}
