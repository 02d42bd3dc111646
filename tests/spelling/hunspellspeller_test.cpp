#include "spellingtestsupport.h"

#include "core/spellcheck.h"
#include "services/dictionarycodec.h"

#include <QDir>

using namespace amends;
using Backend = services::DictionaryCodec::Backend;

namespace amends::services {
void PrintTo(DictionaryCodec::Backend backend, std::ostream *os)
{
    *os << (backend == DictionaryCodec::Backend::Qt ? "Qt" : backend == DictionaryCodec::Backend::Iconv ? "iconv" : "UTF-8");
}
} // namespace amends::services

namespace {

class CodecBackends : public ::testing::TestWithParam<Backend>
{
};

std::string bytes(std::initializer_list<unsigned char> values)
{
    return std::string(values.begin(), values.end());
}

} // namespace

TEST_P(CodecBackends, Latin1_RoundTripsAndRefusesWhatItCannotHold)
{
    // given an ISO 8859-1 codec, as Hunspell names it
    std::optional<services::DictionaryCodec> codec = services::DictionaryCodec::forName(QStringLiteral("ISO8859-1"), GetParam());
    ASSERT_TRUE(codec.has_value());
    // when words are converted there and back
    const std::optional<std::string> encoded = codec->encode(u"garçon");
    // then each character is one byte, and decoding restores the word
    ASSERT_TRUE(encoded.has_value());
    EXPECT_EQ(*encoded, bytes({'g', 'a', 'r', 0xE7, 'o', 'n'}));
    EXPECT_EQ(codec->decode(*encoded), QStringLiteral("garçon"));
    // and a word outside the character set has no encoding
    EXPECT_EQ(codec->encode(u"привет"), std::nullopt);
}

TEST_P(CodecBackends, Koi8r_RoundTripsCyrillic)
{
    std::optional<services::DictionaryCodec> codec = services::DictionaryCodec::forName(QStringLiteral("KOI8-R"), GetParam());
    ASSERT_TRUE(codec.has_value());
    const std::optional<std::string> encoded = codec->encode(u"счёт");
    ASSERT_TRUE(encoded.has_value());
    EXPECT_EQ(*encoded, bytes({0xD3, 0xDE, 0xA3, 0xD4}));
    EXPECT_EQ(codec->decode(*encoded), QStringLiteral("счёт"));
}

TEST_P(CodecBackends, HunspellsOwnNameForWindows1251IsUnderstood)
{
    std::optional<services::DictionaryCodec> codec =
        services::DictionaryCodec::forName(QStringLiteral("microsoft-cp1251"), GetParam());
    ASSERT_TRUE(codec.has_value());
    EXPECT_EQ(codec->encode(u"да"), bytes({0xE4, 0xE0}));
}

INSTANTIATE_TEST_SUITE_P(DictionaryCodec, CodecBackends, ::testing::Values(Backend::Qt, Backend::Iconv),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return std::string(info.param == Backend::Qt ? "Qt" : "Iconv");
                         });

TEST(DictionaryCodec_ForName, PrefersUtf8ThenQtAndRefusesUnknownEncodings)
{
    EXPECT_EQ(services::DictionaryCodec::forName(QStringLiteral("UTF-8"))->backend(), Backend::Utf8);
    EXPECT_EQ(services::DictionaryCodec::forName(QStringLiteral("ISO8859-2"))->backend(), Backend::Qt);
    EXPECT_FALSE(services::DictionaryCodec::forName(QStringLiteral("no-such-encoding")).has_value());
}

TEST(HunspellSpeller_Utf8Dictionary, ChecksAndSuggestsNonAsciiWords)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    EXPECT_EQ(speller->encoding(), QStringLiteral("UTF-8"));
    EXPECT_TRUE(speller->isCorrect(QStringLiteral("Zoë")));
    EXPECT_TRUE(speller->isCorrect(QStringLiteral("refunds")));
    EXPECT_FALSE(speller->isCorrect(QStringLiteral("Zoe")));
    EXPECT_TRUE(speller->suggestions(QStringLiteral("Zoe")).contains(QStringLiteral("Zoë")));
}

TEST(HunspellSpeller_Latin1Dictionary, ConvertsWordsInAndSuggestionsBack)
{
    // given a dictionary declared SET ISO8859-1 with non-ASCII words
    auto speller = test::loadTestDictionary(QStringLiteral("amends_latin1"));
    ASSERT_TRUE(speller);
    EXPECT_EQ(speller->encoding(), QStringLiteral("ISO8859-1"));
    // then its words are known, others not, and suggestions come back as text
    EXPECT_TRUE(speller->isCorrect(QStringLiteral("garçon")));
    EXPECT_TRUE(speller->isCorrect(QStringLiteral("Straße")));
    EXPECT_FALSE(speller->isCorrect(QStringLiteral("garcon")));
    EXPECT_FALSE(speller->isCorrect(QStringLiteral("привет")));
    EXPECT_TRUE(speller->suggestions(QStringLiteral("garcon")).contains(QStringLiteral("garçon")));
    EXPECT_TRUE(speller->suggestions(QStringLiteral("Zoe")).contains(QStringLiteral("Zoë")));
    EXPECT_TRUE(speller->suggestions(QStringLiteral("привет")).isEmpty());
}

TEST(HunspellSpeller_Koi8rDictionary, ConvertsCyrillicBothWays)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_koi8r"));
    ASSERT_TRUE(speller);
    EXPECT_EQ(speller->encoding(), QStringLiteral("KOI8-R"));
    EXPECT_TRUE(speller->isCorrect(QStringLiteral("извинение")));
    EXPECT_TRUE(speller->isCorrect(QStringLiteral("счёт")));
    EXPECT_FALSE(speller->isCorrect(QStringLiteral("извенение")));
    EXPECT_EQ(speller->suggestions(QStringLiteral("извенение")).value(0), QStringLiteral("извинение"));
    EXPECT_EQ(speller->suggestions(QStringLiteral("счет")).value(0), QStringLiteral("счёт"));
}

TEST(HunspellSpeller_Input, NeverHandsHunspellWhatIsNotOneWord)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    const QStringList nonWords = {QString(), QStringLiteral("<?xml?><query type=\"analyze\"><word>sorry</word></query>"),
                                  QStringLiteral("<?xml?>"), QStringLiteral("sorry sorry"), QStringLiteral("sorry\n"),
                                  QString(200, u'a')};
    for (const QString &word : nonWords) {
        EXPECT_FALSE(speller->isCorrect(word)) << word.toStdString();
        EXPECT_TRUE(speller->suggestions(word).isEmpty()) << word.toStdString();
    }
}

TEST(HunspellSpeller_Load, RefusesMissingFilesWithAReason)
{
    services::DictionaryPaths paths = test::testDictionary(QStringLiteral("amends_utf8"));
    paths.dicPath = QStringLiteral("/nonexistent/en_US.dic");
    const services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(paths);
    EXPECT_FALSE(loaded.speller);
    EXPECT_TRUE(loaded.error.contains(QStringLiteral("/nonexistent/en_US.dic")));
}

TEST(DictionaryFinder_Find, MapsTheLanguageTagAndTakesTheFirstFolder)
{
    // given two folders that both hold en_US, the second also en_GB
    test::DictionaryFolder first;
    test::DictionaryFolder second;
    first.add(QStringLiteral("amends_utf8"), QStringLiteral("en-US"));
    second.add(QStringLiteral("amends_latin1"), QStringLiteral("en-US"));
    second.add(QStringLiteral("amends_latin1"), QStringLiteral("en-GB"));
    const services::DictionaryFinder finder({first.path(), second.path()});
    // when languages are looked up
    const std::optional<services::DictionaryPaths> us = finder.find(QStringLiteral("en-US"));
    const std::optional<services::DictionaryPaths> gb = finder.find(QStringLiteral("en-GB"));
    // then the first folder wins and tags map to Hunspell's file names
    ASSERT_TRUE(us && gb);
    EXPECT_EQ(us->dicPath, QDir(first.path()).filePath(QStringLiteral("en_US.dic")));
    EXPECT_EQ(us->language, QStringLiteral("en-US"));
    EXPECT_EQ(gb->affPath, QDir(second.path()).filePath(QStringLiteral("en_GB.aff")));
    EXPECT_FALSE(finder.find(QStringLiteral("pt-BR")).has_value());
    EXPECT_FALSE(finder.find(QStringLiteral("../en_US")).has_value());
    EXPECT_EQ(finder.available().size(), 2);
}

TEST(DictionaryFinder_FromPath, AcceptsTheDicTheAffOrTheBaseName)
{
    const QString base = test::dataPath(QStringLiteral("spelling/amends_koi8r"));
    for (const QString &path : QStringList{base, base + QLatin1String(".dic"), base + QLatin1String(".aff")}) {
        const std::optional<services::DictionaryPaths> paths = services::DictionaryFinder::fromPath(path);
        ASSERT_TRUE(paths.has_value()) << path.toStdString();
        EXPECT_TRUE(paths->dicPath.endsWith(QLatin1String("amends_koi8r.dic")));
    }
    EXPECT_FALSE(services::DictionaryFinder::fromPath(base + QLatin1String("_missing")).has_value());
}

TEST(DictionaryFinder_DefaultSearchPaths, StartWithDicpathAndIncludeTheStandardFolders)
{
    // given DICPATH naming two folders
    const QByteArray saved = qgetenv("DICPATH");
    qputenv("DICPATH", "/opt/dicts/a:/opt/dicts/b");
    // when the default folders are listed
    const QStringList folders = services::DictionaryFinder::defaultSearchPaths();
    qputenv("DICPATH", saved);
    // then DICPATH comes first, then the user's folder, XDG and Debian's folders
    ASSERT_GE(folders.size(), 4);
    EXPECT_EQ(folders.at(0), QStringLiteral("/opt/dicts/a"));
    EXPECT_EQ(folders.at(1), QStringLiteral("/opt/dicts/b"));
    EXPECT_EQ(folders.at(2), QDir::cleanPath(services::DictionaryFinder::userDictionaryFolder()));
    EXPECT_TRUE(folders.contains(QStringLiteral("/usr/share/hunspell")));
    EXPECT_TRUE(folders.contains(QStringLiteral("/usr/share/myspell")));
}

TEST(SystemDictionary_EnUs, FindsCommonTyposAndSuggestsTheFix)
{
    const std::optional<services::DictionaryPaths> paths = test::systemDictionary(QStringLiteral("en_US"));
    if (!paths)
        GTEST_SKIP() << "/usr/share/hunspell/en_US.dic is not installed (Debian package hunspell-en-us)";
    auto speller = services::HunspellSpeller::load(*paths).speller;
    ASSERT_TRUE(speller);
    const QString text = QStringLiteral("We will recieve your refund and correct teh invoice INV-1001 for $59.90 "
                                        "by 2026-11-20; write to billing@example.com. We don’t charge twice.");
    const QList<core::Finding> findings = core::findSpellingErrors(text, *speller, {}, 5);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings.at(0).excerpt, QStringLiteral("recieve"));
    EXPECT_TRUE(findings.at(0).suggestions.contains(QStringLiteral("receive")));
    EXPECT_EQ(findings.at(1).excerpt, QStringLiteral("teh"));
    EXPECT_TRUE(findings.at(1).suggestions.contains(QStringLiteral("the")));
}

TEST(SystemDictionary_EnGb, AcceptsBritishSpellingThatEnUsRejects)
{
    const std::optional<services::DictionaryPaths> gb = test::systemDictionary(QStringLiteral("en_GB"));
    const std::optional<services::DictionaryPaths> us = test::systemDictionary(QStringLiteral("en_US"));
    if (!gb || !us)
        GTEST_SKIP() << "en_GB or en_US is not installed in /usr/share/hunspell (hunspell-en-gb, hunspell-en-us)";
    auto british = services::HunspellSpeller::load(*gb).speller;
    auto american = services::HunspellSpeller::load(*us).speller;
    ASSERT_TRUE(british && american);
    EXPECT_TRUE(british->isCorrect(QStringLiteral("apologise")));
    EXPECT_TRUE(british->isCorrect(QStringLiteral("colour")));
    EXPECT_FALSE(american->isCorrect(QStringLiteral("colour")));
}

namespace {

// Writes a small dictionary (three words unless @p dic says otherwise) with the given
// affix file into @p dir.
services::DictionaryPaths writeDictionary(const QTemporaryDir &dir, const QByteArray &aff,
                                          const QByteArray &dic = "3\nsorry\nrefund\ncharge\n")
{
    const services::DictionaryPaths paths{QStringLiteral("en-US"), dir.filePath(QStringLiteral("xx_XX.aff")),
                                          dir.filePath(QStringLiteral("xx_XX.dic"))};
    QFile affFile(paths.affPath);
    EXPECT_TRUE(affFile.open(QIODevice::WriteOnly));
    affFile.write("SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n" + aff);
    QFile dicFile(paths.dicPath);
    EXPECT_TRUE(dicFile.open(QIODevice::WriteOnly));
    dicFile.write(dic);
    return paths;
}

} // namespace

TEST(HunspellSpeller_Load, RefusesAnAffixFileWithABrokenTableNamingTheTableAndLine)
{
    const struct {
        QByteArray aff;
        const char *reason;
    } cases[] = {
        // Hunspell 1.7.1 crashes in phonet() on this one when asked for suggestions for "ah".
        {"PHONE 2\nPHONE AH\nPHONE A A\n", "PHONE table is broken at line 4"},
        {"PHONE 3\nPHONE AH(AEIOUY)-^ *H\nPHONE A A\n", "PHONE table is broken at line 3"},
        {"PHONE x\n", "PHONE table is broken at line 3"},
        // Found by fuzzing: an unclosed group crashes phonet() when asked for "rebill".
        {"PHONE 2\nPHONE AH(AEIOUY)-^ *H\nPHONE AR(AEIOUY -^ *R\n", "PHONE table is broken at line 5"},
        {"PHONE 1\nPHONE AR(AE(IO)-^ R\n", "PHONE table is broken at line 4"},
        {"PHONE 1\nPHONE AR()-^ R\n", "PHONE table is broken at line 4"},
        {"PHONE 0\n", "PHONE table is broken at line 3"},
        {"REP 2\nREP a e\nMAP aá\n", "REP table is broken at line 5"},
        {"REP 1\nREP f ph\nREP 1\nREP k c\n", "REP table is broken at line 5"},
        {"MAP 1\nMAP\n", "MAP table is broken at line 4"},
        // Found by fuzzing: Hunspell cuts the line at the NUL, keeps an entry without its
        // pattern, and reads before the word when asked for suggestions for "re".
        {QByteArray("REP 2\nREP \0\0\0f ph\nREP ph f\n", 27), "line 4 holds a NUL character"},
    };
    for (const auto &c : cases) {
        // given a dictionary whose affix file has a malformed table
        QTemporaryDir dir;
        const services::DictionaryPaths paths = writeDictionary(dir, c.aff);
        // when it is loaded
        const services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(paths);
        // then it is refused with the reason, and nothing is asked of Hunspell
        EXPECT_TRUE(loaded.error.contains(QString::fromLatin1(c.reason))) << c.aff.toStdString() << ": " << loaded.error.toStdString();
        EXPECT_TRUE(loaded.error.contains(paths.affPath)) << loaded.error.toStdString();
        ASSERT_FALSE(loaded.speller) << c.aff.toStdString();
        if (loaded.speller) {
            loaded.speller->suggestions(QStringLiteral("ah"));
            loaded.speller->suggestions(QStringLiteral("rebill"));
            loaded.speller->suggestions(QStringLiteral("re"));
        }
    }
}

TEST(HunspellSpeller_Load, RefusesAWordFileWithANulCharacterNamingTheFileAndLine)
{
    // given a word file with a NUL inside its third line (found by fuzzing: Hunspell keeps
    // the word cut short and throws out of suggest() when asked about "charged")
    QTemporaryDir dir;
    const services::DictionaryPaths paths =
        writeDictionary(dir, "REP 1\nREP f ph\n", QByteArray("3\nsorry\nchar\0 /B\nrefund\n", 23));
    // when it is loaded
    const services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(paths);
    // then it is refused, naming the file and the line
    ASSERT_FALSE(loaded.speller);
    EXPECT_TRUE(loaded.error.contains(paths.dicPath)) << loaded.error.toStdString();
    EXPECT_TRUE(loaded.error.contains(QStringLiteral("line 3 holds a NUL character"))) << loaded.error.toStdString();
}

TEST(HunspellSpeller_Load, AcceptsWellFormedTables)
{
    QTemporaryDir dir;
    const services::DictionaryPaths paths =
        writeDictionary(dir, "REP 2\nREP f ph\nREP ph f\nMAP 1\nMAP aáà\nPHONE 2\nPHONE AH(AEIOUY)-^ *H\nPHONE A A\n");
    const services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(paths);
    ASSERT_TRUE(loaded.speller) << loaded.error.toStdString();
    EXPECT_TRUE(loaded.speller->isCorrect(QStringLiteral("refund")));
    loaded.speller->suggestions(QStringLiteral("ah"));
}
