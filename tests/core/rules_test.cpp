#include "core/checker.h"
#include "core/ruleset.h"
#include "core/scenario.h"
#include "core/structurerules.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace amends;

namespace {

std::shared_ptr<const core::RuleSet> englishRules()
{
    static const auto rules = core::RuleSet::load(QStringLiteral("en"));
    return rules;
}

struct ExampleCase {
    QString rule;
    QString text;
    bool bad;
    std::string name;
};

std::vector<ExampleCase> exampleCases()
{
    std::vector<ExampleCase> cases;
    for (const core::Rule &rule : englishRules()->rules()) {
        const auto add = [&](const QStringList &examples, bool bad) {
            for (int i = 0; i < examples.size(); ++i) {
                std::string name = QString(rule.id + (bad ? QStringLiteral("_bad") : QStringLiteral("_good")) + QString::number(i)).toStdString();
                for (char &c : name) {
                    if (!std::isalnum(static_cast<unsigned char>(c)))
                        c = '_';
                }
                cases.push_back({rule.id, examples[i], bad, name});
            }
        };
        add(rule.badExamples, true);
        add(rule.goodExamples, false);
    }
    return cases;
}

QStringList firedRules(const QString &text)
{
    const core::Checker checker(englishRules());
    QStringList ids;
    for (const core::Finding &finding : checker.check(core::subjectFromText(text, QStringLiteral("en-US"))).findings)
        ids.append(finding.rule);
    return ids;
}

void PrintTo(const ExampleCase &example, std::ostream *os)
{
    *os << example.name;
}

class RuleExamples : public ::testing::TestWithParam<ExampleCase>
{
};

} // namespace

TEST(RuleSet_English, LoadsWithoutErrors)
{
    EXPECT_TRUE(englishRules()->errors().isEmpty()) << englishRules()->errors().join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(englishRules()->rules().size(), 1);
}

TEST(RuleSet_English, EveryRuleHasBadAndGoodExamplesAndAnExplanation)
{
    for (const core::Rule &rule : englishRules()->rules()) {
        EXPECT_FALSE(rule.badExamples.isEmpty()) << rule.id.toStdString();
        EXPECT_FALSE(rule.goodExamples.isEmpty()) << rule.id.toStdString();
        EXPECT_GT(rule.explanation.size(), 40) << rule.id.toStdString();
    }
}

TEST(RuleSet_English, CoversEveryCategory)
{
    QSet<QString> covered;
    for (const core::Rule &rule : englishRules()->rules())
        covered.insert(rule.category);
    for (const core::StructureRule &rule : core::structureRules())
        covered.insert(rule.category);
    for (const QString &category : core::findingCategories()) {
        if (category != QLatin1String("spelling")) {
            EXPECT_TRUE(covered.contains(category)) << category.toStdString();
        }
    }
}

TEST_P(RuleExamples, FiresOnBadExamplesOnly)
{
    const ExampleCase &example = GetParam();
    const QStringList fired = firedRules(example.text);
    if (example.bad)
        EXPECT_TRUE(fired.contains(example.rule)) << "did not fire on: " << example.text.toStdString();
    else
        EXPECT_FALSE(fired.contains(example.rule)) << "fired on good example: " << example.text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(English, RuleExamples, ::testing::ValuesIn(exampleCases()),
                         [](const ::testing::TestParamInfo<ExampleCase> &info) { return info.param.name; });

TEST(Scenarios_Check, EveryFilledTemplatePassesEveryCheck)
{
    const core::ScenarioLibrary library;
    ASSERT_TRUE(englishRules()->errors().isEmpty()) << englishRules()->errors().join(QLatin1Char('\n')).toStdString();
    const core::Checker checker(englishRules());
    for (const core::Scenario &scenario : library.scenarios(QStringLiteral("en"))) {
        for (const QString &language : {QStringLiteral("en-US"), QStringLiteral("en-GB")}) {
            core::Draft draft = core::draftFromScenario(scenario, language, QDate(2026, 11, 20));
            core::applySample(draft, scenario);
            const core::CheckResult result = checker.check(core::subjectFromDraft(draft));
            QStringList described;
            for (const core::Finding &finding : result.findings)
                described.append(finding.rule + QStringLiteral(": ") + finding.message + QStringLiteral(" [") + finding.excerpt + u']');
            EXPECT_TRUE(result.findings.isEmpty()) << scenario.id.toStdString() << " " << language.toStdString() << "\n"
                                                   << described.join(QLatin1Char('\n')).toStdString();
            EXPECT_EQ(result.metrics.sectionsPresent.size(), 6)
                << scenario.id.toStdString() << ": " << result.metrics.sectionsPresent.join(u',').toStdString();
            EXPECT_GE(result.metrics.readability.score, result.metrics.readabilityMinimum) << scenario.id.toStdString();
            EXPECT_LE(result.metrics.readability.score, result.metrics.readabilityMaximum) << scenario.id.toStdString();
        }
    }
}

TEST(RuleSet_HousePack, AContractionWithReadingsOfDifferentLengthsIsRefusedWithTheReason)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("house.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "amends-rules", "version": 1, "language": "en", "name": "House",
                   "contractions": {"y'all": ["you all", "everyone"], "ma'am": ["madam"]}})");
    file.close();
    const auto rules = core::RuleSet::load(QStringLiteral("en"), {path});
    ASSERT_EQ(rules->errors().size(), 1) << rules->errors().join(u'\n').toStdString();
    EXPECT_TRUE(rules->errors().first().contains(QStringLiteral("house.json: contraction \"y'all\"")))
        << rules->errors().first().toStdString();
    EXPECT_EQ(rules->scanRules().contractions.value(QStringLiteral("ma'am")), QStringList{QStringLiteral("madam")});
}
