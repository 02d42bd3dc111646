#include "core/language.h"

#include "testsupport.h"

using namespace amends;

TEST(Language_Normalise, TakesTheFormsPeopleAndLocalesWrite)
{
    const QList<std::pair<const char *, const char *>> cases = {
        {"en-US", "en-US"}, {"en_US", "en-US"},       {"en-us", "en-US"}, {"EN_us", "en-US"},
        {"en", "en-US"},    {"en_US.UTF-8", "en-US"}, {"en_GB", "en-GB"}, {"en_GB.utf8@euro", "en-GB"},
        {"pt_BR", "pt-BR"}, {"pt", "pt-BR"},          {"es_MX", "es-MX"}, {"es", "es-MX"},
    };
    for (const auto &[typed, tag] : cases)
        EXPECT_EQ(core::normaliseLanguageTag(QString::fromLatin1(typed)), QString::fromLatin1(tag)) << typed;
}

TEST(Language_Normalise, RefusesWhatIsNoLanguage)
{
    for (const char *typed : {"", "e", "english", "en-USA", "en_US UTF-8", "12", "en--US"})
        EXPECT_TRUE(core::normaliseLanguageTag(QString::fromLatin1(typed)).isEmpty()) << typed;
}
