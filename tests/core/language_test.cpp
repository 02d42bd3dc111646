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

TEST(Language_LetterLanguageFor, FollowsTheLocaleWhereALetterLanguageFits)
{
    EXPECT_EQ(core::letterLanguageFor(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("pt-BR"));
    EXPECT_EQ(core::letterLanguageFor(QLocale(QStringLiteral("pt_PT"))), QStringLiteral("pt-BR"));
    EXPECT_EQ(core::letterLanguageFor(QLocale(QStringLiteral("es_ES"))), QStringLiteral("es-ES"));
    EXPECT_EQ(core::letterLanguageFor(QLocale(QStringLiteral("es_PE"))), QStringLiteral("es-MX"));
    EXPECT_EQ(core::letterLanguageFor(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en-GB"));
    EXPECT_EQ(core::letterLanguageFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en-US"));
    EXPECT_EQ(core::letterLanguageFor(QLocale::c()), QStringLiteral("en-US"));
}

TEST(Language_Names, AreWrittenAsTheirSpeakersWriteThem)
{
    EXPECT_EQ(core::letterLanguageName(QStringLiteral("pt-BR")), QStringLiteral("Português (Brasil)"));
    EXPECT_EQ(core::letterLanguageName(QStringLiteral("es-MX")), QStringLiteral("Español (México)"));
    EXPECT_EQ(core::letterLanguageName(QStringLiteral("en-US")), QStringLiteral("English (United States)"));
}

TEST(Language_EnglishSpelling, IsToldByTheWordsSpeltOneWayOrTheOther)
{
    // British spellings, capitalised or with a curly apostrophe too
    EXPECT_EQ(core::englishSpellingOf(u"We apologise: we cancelled your instalment and the centre's colour\u2019s wrong."),
              QStringLiteral("en-GB"));
    EXPECT_EQ(core::englishSpellingOf(u"Cancelled. Apologies for the behaviour of our team."), QStringLiteral("en-GB"));
    // American spellings
    EXPECT_EQ(core::englishSpellingOf(u"We canceled your installment, and the color of the center was wrong."),
              QStringLiteral("en-US"));
    // The -ize forms British (Oxford) spelling shares count for neither
    EXPECT_EQ(core::englishSpellingOf(u"We apologize and have organized a refund; our behaviour was poor."), QStringLiteral("en-GB"));
    // More American than British words, or none of either: American
    EXPECT_EQ(core::englishSpellingOf(u"We canceled the order and the fee, traveling staff apologised."), QStringLiteral("en-US"));
    EXPECT_EQ(core::englishSpellingOf(u"We are sorry we charged you twice."), QStringLiteral("en-US"));
    EXPECT_EQ(core::englishSpellingOf(u""), QStringLiteral("en-US"));
}
