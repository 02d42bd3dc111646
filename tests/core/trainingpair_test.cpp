#include "core/apologyscore.h"
#include "core/checker.h"
#include "core/language.h"
#include "core/trainingpair.h"
#include "services/hyphensyllablecounter.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace amends;

namespace {

/// What each shipped poor letter must show: the category of its failure pattern and,
/// where one rule names the pattern exactly, that rule.
struct PatternExpectation {
    const char *id;
    const char *category;
    const char *rule; ///< empty: any rule of the category
};

const PatternExpectation kPatterns[] = {
    {"processor-blame", "blame-shifting", ""},
    {"conditional-apology", "non-apology", "apology.conditional"},
    {"jargon", "jargon", ""},
    {"no-remedy", "missing-section", "structure.missing-remedy"},
    {"late-apology", "promptness", "structure.late-apology"},
    {"generic-greeting", "personalization", "personalization.generic-greeting"},
};

// Every language's exercises have the same ids and expectations.
const char *const kLanguages[] = {"en", "pt-BR", "es"};

struct LanguageExpectation {
    const char *language;
    PatternExpectation pattern;
};

std::vector<LanguageExpectation> everyLanguagesExpectations()
{
    std::vector<LanguageExpectation> all;
    for (const char *language : kLanguages) {
        for (const PatternExpectation &pattern : kPatterns)
            all.push_back({language, pattern});
    }
    return all;
}

const core::TrainingPairs &shipped(const QString &language = QStringLiteral("en"))
{
    static QHash<QString, core::TrainingPairs> loaded;
    if (!loaded.contains(language))
        loaded.insert(language, core::loadTrainingPairs(language));
    return loaded[language];
}

const core::TrainingPair *findPair(const QString &id, const QString &language = QStringLiteral("en"))
{
    for (const core::TrainingPair &pair : shipped(language).pairs) {
        if (pair.id == id)
            return &pair;
    }
    return nullptr;
}

core::CheckResult check(const QString &text, const QString &language = QStringLiteral("en"))
{
    struct Tools {
        core::Checker checker;
        services::HyphenSyllableCounter counter;
    };
    static QHash<QString, std::shared_ptr<Tools>> tools;
    const QString tag = core::normaliseLanguageTag(language);
    std::shared_ptr<Tools> &own = tools[language];
    if (!own)
        own = std::make_shared<Tools>(Tools{core::Checker(core::RuleSet::load(language)), services::HyphenSyllableCounter(tag)});
    return own->checker.check(core::subjectFromText(text, tag), core::CheckTools{nullptr, &own->counter});
}

QByteArray pairJson(const QString &language, const QString &poor)
{
    return QStringLiteral(R"({"format":"amends-training","version":1,"id":"x","language":"%1","title":"T",)"
                          R"("pattern":"P","lesson":"L","poor":"%2","repaired":"Better."})")
        .arg(language, poor)
        .toUtf8();
}

} // namespace

TEST(TrainingPairs_Shipped, AllLoadWithoutErrorsAndEachPatternHasAPair)
{
    for (const char *language : kLanguages) {
        const core::TrainingPairs &pairs = shipped(QString::fromLatin1(language));
        EXPECT_TRUE(pairs.errors.isEmpty()) << language << ": " << pairs.errors.join(QLatin1Char('\n')).toStdString();
        EXPECT_GE(pairs.pairs.size(), 6) << language;
        QSet<QString> ids;
        for (const core::TrainingPair &pair : pairs.pairs) {
            EXPECT_FALSE(ids.contains(pair.id)) << language << " " << pair.id.toStdString();
            ids.insert(pair.id);
            EXPECT_NE(pair.poor, pair.repaired) << language << " " << pair.id.toStdString();
        }
    }
    for (const PatternExpectation &pattern : kPatterns)
        EXPECT_NE(findPair(QString::fromLatin1(pattern.id)), nullptr) << pattern.id;
}

TEST(TrainingPairs_Shipped, EveryPairIsCoveredByAPatternExpectation)
{
    for (const core::TrainingPair &pair : shipped().pairs) {
        const bool known = std::any_of(std::begin(kPatterns), std::end(kPatterns),
                                       [&](const PatternExpectation &p) { return pair.id == QLatin1String(p.id); });
        EXPECT_TRUE(known) << "add an expectation for " << pair.id.toStdString();
    }
}

TEST(TrainingPairs_Score, RepairedScoresHigherThanPoorForEveryPair)
{
    for (const core::TrainingPair &pair : shipped().pairs) {
        const int poor = core::scoreLetter(check(pair.poor)).value;
        const int repaired = core::scoreLetter(check(pair.repaired)).value;
        EXPECT_GT(repaired, poor) << pair.id.toStdString();
    }
}

class TrainingPairs_Pattern : public ::testing::TestWithParam<LanguageExpectation>
{
};

TEST_P(TrainingPairs_Pattern, PoorShowsItsPatternAndRepairedPasses)
{
    // Given the shipped pair for one failure pattern
    const PatternExpectation &expected = GetParam().pattern;
    const QString language = QString::fromLatin1(GetParam().language);
    const core::TrainingPair *pair = findPair(QString::fromLatin1(expected.id), language);
    ASSERT_NE(pair, nullptr);

    // When both letters are checked and scored
    const core::CheckResult poor = check(pair->poor, language);
    const core::CheckResult repaired = check(pair->repaired, language);
    const int poorScore = core::scoreLetter(poor).value;
    const int repairedScore = core::scoreLetter(repaired).value;

    // Then the poor one scores low and shows the pattern; the repaired one passes
    EXPECT_LE(poorScore, 60);
    EXPECT_GE(repairedScore, 90);
    EXPECT_GT(repairedScore, poorScore);
    EXPECT_FALSE(repaired.hasErrors());
    const bool shown = std::any_of(poor.findings.begin(), poor.findings.end(), [&](const core::Finding &f) {
        return f.category == QLatin1String(expected.category) && (!*expected.rule || f.rule == QLatin1String(expected.rule));
    });
    EXPECT_TRUE(shown) << GetParam().language << ' ' << expected.category << ' ' << expected.rule;
    for (const core::Finding &finding : repaired.findings)
        EXPECT_NE(finding.category, QLatin1String(expected.category)) << finding.rule.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Shipped, TrainingPairs_Pattern, ::testing::ValuesIn(everyLanguagesExpectations()),
                         [](const ::testing::TestParamInfo<LanguageExpectation> &info) {
                             const QString language = QString::fromLatin1(info.param.language);
                             const QString prefix = language == QLatin1String("en") ? QString() : language + u'_';
                             return QString(prefix + QString::fromLatin1(info.param.pattern.id)).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

TEST(TrainingPairs_Parse, RefusesOtherFormatsAndIncompletePairs)
{
    EXPECT_FALSE(core::parseTrainingPair("not json").pair);
    EXPECT_FALSE(core::parseTrainingPair(R"({"format":"amends-scenario","version":1})").pair);
    EXPECT_FALSE(core::parseTrainingPair(pairJson(QStringLiteral("en"), QString())).pair);
    const core::TrainingPairLoadResult good = core::parseTrainingPair(pairJson(QStringLiteral("en"), QStringLiteral("Bad.")));
    ASSERT_TRUE(good.pair) << good.error.toStdString();
    EXPECT_EQ(good.pair->poor, QStringLiteral("Bad."));
    EXPECT_EQ(good.pair->repaired, QStringLiteral("Better."));
}

TEST(TrainingPairs_Load, ReportsBadFilesAndKeepsTheGoodOnes)
{
    // Given a folder with a good pair, a broken file and a pair in the wrong language
    QTemporaryDir root;
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("en")));
    const auto write = [&](const char *name, const QByteArray &content) {
        QFile file(root.filePath(QStringLiteral("en/") + QLatin1String(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write("a-good.json", pairJson(QStringLiteral("en"), QStringLiteral("Bad.")));
    write("b-broken.json", "{");
    write("c-spanish.json", pairJson(QStringLiteral("es"), QStringLiteral("Mal.")));

    // When the folder is loaded
    const core::TrainingPairs loaded = core::loadTrainingPairs(QStringLiteral("en"), root.path());

    // Then the good pair is there and each bad file is named in the errors
    ASSERT_EQ(loaded.pairs.size(), 1);
    EXPECT_EQ(loaded.pairs.first().poor, QStringLiteral("Bad."));
    ASSERT_EQ(loaded.errors.size(), 2);
    EXPECT_TRUE(loaded.errors.at(0).startsWith(QStringLiteral("b-broken.json")));
    EXPECT_TRUE(loaded.errors.at(1).startsWith(QStringLiteral("c-spanish.json")));
}
