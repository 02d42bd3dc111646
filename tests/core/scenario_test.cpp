#include "core/composer.h"
#include "core/fields.h"
#include "core/guidance.h"
#include "core/scenario.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace amends;

namespace {

const core::ScenarioLibrary &library()
{
    static const core::ScenarioLibrary instance;
    return instance;
}

QStringList allTexts(const core::Scenario &scenario)
{
    QStringList texts = {scenario.subject, scenario.salutation, scenario.closing};
    for (core::Section section : core::kSections) {
        texts.append(scenario.text(section));
        texts.append(scenario.phrasesFor(section));
    }
    return texts;
}

} // namespace

TEST(Scenarios_Library, ShipsTheSixBillingScenariosWithoutErrors)
{
    EXPECT_TRUE(library().errors().isEmpty()) << library().errors().join(QLatin1Char('\n')).toStdString();
    for (const char *id : {"duplicate-charge", "overcharge", "late-fee-error", "refund-not-applied",
                           "charge-after-cancellation", "wrong-invoice-details"})
        EXPECT_NE(library().find(QString::fromLatin1(id), QStringLiteral("en")), nullptr) << id;
}

TEST(Scenarios_Library, ReadsALanguageWhenFirstAskedForAndRefusesAScenarioInAnotherLanguagesFolder)
{
    // given a folder of scenarios: English, Spanish holding one that says it is English,
    // and a third language whose file is broken
    QTemporaryDir root;
    for (const char *folder : {"en", "es", "xx"})
        ASSERT_TRUE(QDir(root.path()).mkdir(QString::fromLatin1(folder)));
    const QString english = test::sourcePath(QStringLiteral("resources/scenarios/en/overcharge.json"));
    ASSERT_TRUE(QFile::copy(english, root.filePath(QStringLiteral("en/overcharge.json"))));
    ASSERT_TRUE(QFile::copy(english, root.filePath(QStringLiteral("es/overcharge.json"))));
    QFile broken(root.filePath(QStringLiteral("xx/broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const core::ScenarioLibrary scenarios(root.path());
    // when English is asked for
    ASSERT_NE(scenarios.find(QStringLiteral("overcharge"), QStringLiteral("en")), nullptr);
    // then only English was read: the broken file, gone before anything else is asked,
    // is never seen
    ASSERT_TRUE(QDir(root.filePath(QStringLiteral("xx"))).removeRecursively());
    EXPECT_EQ(scenarios.scenarios(QStringLiteral("en")).size(), 1);
    // and a scenario in the Spanish folder that declares English is refused, named
    EXPECT_EQ(scenarios.find(QStringLiteral("overcharge"), QStringLiteral("es")), nullptr);
    const QStringList errors = scenarios.errors();
    ASSERT_EQ(errors.size(), 1) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors.first().contains(QStringLiteral("overcharge.json"))) << errors.first().toStdString();
    EXPECT_TRUE(errors.first().contains(QStringLiteral("\"es\""))) << errors.first().toStdString();
    EXPECT_EQ(scenarios.languages(), QStringList{QStringLiteral("en")});
}

TEST(Scenarios_Content, FillEverySectionAndOfferSeveralPhrases)
{
    for (const core::Scenario &scenario : library().scenarios(QStringLiteral("en"))) {
        for (core::Section section : core::kSections) {
            EXPECT_FALSE(scenario.text(section).trimmed().isEmpty()) << scenario.id.toStdString();
            EXPECT_GE(scenario.phrasesFor(section).size(), 3) << scenario.id.toStdString() << " " << core::sectionKey(section).toStdString();
        }
        EXPECT_FALSE(scenario.subject.isEmpty());
        EXPECT_FALSE(scenario.salutation.isEmpty());
    }
}

TEST(Scenarios_Content, UseOnlyKnownPlaceholders)
{
    for (const core::Scenario &scenario : library().scenarios(QStringLiteral("en"))) {
        for (const QString &text : allTexts(scenario)) {
            for (const QString &key : core::placeholdersIn(text))
                EXPECT_NE(core::findField(key), nullptr) << scenario.id.toStdString() << ": {" << key.toStdString() << "}";
        }
    }
}

TEST(Scenarios_Sample, ProvidesAValidValueForEveryField)
{
    for (const core::Scenario &scenario : library().scenarios(QStringLiteral("en"))) {
        for (const core::FieldSpec &spec : core::fieldSpecs()) {
            ASSERT_TRUE(scenario.sample.contains(spec.key)) << scenario.id.toStdString() << " lacks " << spec.key.toStdString();
            core::Draft draft;
            EXPECT_TRUE(core::setFieldValue(draft, spec.key, scenario.sample.value(spec.key)).isEmpty())
                << scenario.id.toStdString() << " " << spec.key.toStdString();
        }
    }
}

TEST(Scenarios_Filled, ComposeToACompleteLetterWithNothingLeftOpen)
{
    for (const core::Scenario &scenario : library().scenarios(QStringLiteral("en"))) {
        core::Draft draft = core::draftFromScenario(scenario, QStringLiteral("en-US"), QDate(2026, 11, 20));
        core::applySample(draft, scenario);
        const core::ComposedLetter letter = core::composeLetter(draft);
        EXPECT_TRUE(letter.unfilledPlaceholders.isEmpty()) << scenario.id.toStdString();
        EXPECT_TRUE(letter.unknownPlaceholders.isEmpty()) << scenario.id.toStdString();
        const QString text = core::renderPlainText(letter);
        EXPECT_TRUE(text.contains(draft.customer.name)) << scenario.id.toStdString();
        EXPECT_FALSE(text.contains(QLatin1Char('{'))) << text.toStdString();
    }
}

TEST(Scenarios_New, StartsFromTheTemplateWithFollowUpTwoBusinessDaysLater)
{
    const core::Scenario *scenario = library().find(QStringLiteral("duplicate-charge"), QStringLiteral("en"));
    ASSERT_NE(scenario, nullptr);
    const core::Draft draft = core::draftFromScenario(*scenario, QStringLiteral("en-GB"), QDate(2026, 11, 20));
    EXPECT_EQ(draft.scenarioId, QStringLiteral("duplicate-charge"));
    EXPECT_EQ(draft.language, QStringLiteral("en-GB"));
    EXPECT_EQ(draft.section(core::Section::Remedy), scenario->text(core::Section::Remedy));
    EXPECT_EQ(draft.caseDetails.followUpDate, QDate(2026, 11, 24));
    EXPECT_TRUE(draft.customer.name.isEmpty());
}

TEST(Scenarios_Parse, RefusesAScenarioWithAnEmptySection)
{
    const auto result = core::parseScenario(R"({"format":"amends-scenario","version":1,"id":"x","language":"en","title":"X",
        "sections":{"regret":{"text":"Sorry."}}})");
    EXPECT_FALSE(result.scenario.has_value());
    EXPECT_TRUE(result.error.contains(QStringLiteral("responsibility")));
}

TEST(Guidance_English, ExplainsEverySection)
{
    const core::Guidance guidance = core::loadGuidance(QStringLiteral("en"));
    for (core::Section section : core::kSections) {
        EXPECT_FALSE(guidance.forSection(section).title.isEmpty());
        EXPECT_GT(guidance.forSection(section).guidance.size(), 80);
        EXPECT_FALSE(guidance.forSection(section).tips.isEmpty());
    }
}
