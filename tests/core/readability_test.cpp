#include "core/readability.h"
#include "core/textscan.h"

#include "testsupport.h"

using namespace amends;

namespace {

// Two syllables for every word, so each formula can be worked out by hand.
class TwoSyllables : public core::SyllableCounter
{
public:
    int syllables(const QString &) override { return 2; }
    QString method() const override { return QStringLiteral("two per word"); }
};

core::Readability measure(const QString &text, const QString &language)
{
    const core::TextScan scan(text, core::ScanRules());
    TwoSyllables counter;
    return core::measureReadability(scan, {0, text.size()}, language, counter);
}

// Ten words in two sentences: 5 words per sentence, 2 syllables per word.
const QString kText = QStringLiteral("Uno dos tres cuatro cinco. Seis siete ocho nueve diez.");

} // namespace

TEST(Readability_Formulas, EachLanguageHasItsOwn)
{
    const core::Readability english = measure(kText, QStringLiteral("en-US"));
    EXPECT_EQ(english.formula, QStringLiteral("flesch-reading-ease"));
    EXPECT_NEAR(english.score, 206.835 - 1.015 * 5 - 84.6 * 2, 1e-9);

    const core::Readability portuguese = measure(kText, QStringLiteral("pt-BR"));
    EXPECT_EQ(portuguese.formula, QStringLiteral("flesch-martins"));
    EXPECT_NEAR(portuguese.score, 248.835 - 1.015 * 5 - 84.6 * 2, 1e-9);

    // Fernández Huerta as Law (2011) corrected it: syllables per hundred words and words
    // per sentence (not sentences per hundred words, which would make short sentences hard).
    const core::Readability spanish = measure(kText, QStringLiteral("es-MX"));
    EXPECT_EQ(spanish.formula, QStringLiteral("fernandez-huerta"));
    EXPECT_NEAR(spanish.score, 206.84 - 0.60 * 200 - 1.02 * 5, 1e-9);
    const core::Readability longer = measure(QStringLiteral("Uno dos tres cuatro cinco seis siete ocho nueve diez."), QStringLiteral("es-MX"));
    EXPECT_LT(longer.score, spanish.score) << "one long sentence must read harder than two short ones";
}

TEST(Readability_Text, NeverShowsAScoreOutsideTheBandAsInsideIt)
{
    EXPECT_EQ(core::readingEaseText(59.6, 60, 80), QStringLiteral("59.6")) << "below the band, not \"60\"";
    EXPECT_EQ(core::readingEaseText(80.4, 60, 80), QStringLiteral("80.4")) << "above the band, not \"80\"";
    EXPECT_EQ(core::readingEaseText(59.4, 60, 80), QStringLiteral("59"));
    EXPECT_EQ(core::readingEaseText(72.3, 60, 80), QStringLiteral("72"));
    EXPECT_EQ(core::readingEaseText(60.0, 60, 80), QStringLiteral("60"));
    EXPECT_EQ(core::readingEaseText(79.6, 60, 80), QStringLiteral("80")) << "inside the band, shown inside it";
}
