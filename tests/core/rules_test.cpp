#include "core/apologyscore.h"
#include "core/checker.h"
#include "core/guidance.h"
#include "core/language.h"
#include "core/rulecatalogue.h"
#include "core/trainingpair.h"
#include "core/ruleset.h"
#include "core/scenario.h"
#include "core/sectioncoverage.h"
#include "core/structurerules.h"

#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <initializer_list>

using namespace amends;

namespace {

// The built-in data languages: one folder of rule packs each.
QStringList dataLanguages()
{
    return QDir(QStringLiteral(":/rules")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// The letter language a data language's examples are checked in.
QString letterLanguageOf(const QString &dataLanguage)
{
    return core::normaliseLanguageTag(dataLanguage);
}

std::shared_ptr<const core::RuleSet> rulesFor(const QString &dataLanguage)
{
    static QHash<QString, std::shared_ptr<const core::RuleSet>> loaded;
    std::shared_ptr<const core::RuleSet> &rules = loaded[dataLanguage];
    if (!rules)
        rules = core::RuleSet::load(dataLanguage);
    return rules;
}

struct ExampleCase {
    QString language;
    QString rule;
    QString text;
    bool bad;
    std::string name;
};

std::vector<ExampleCase> exampleCases()
{
    std::vector<ExampleCase> cases;
    for (const QString &language : dataLanguages()) {
        for (const core::Rule &rule : rulesFor(language)->rules()) {
            const auto add = [&](const QStringList &examples, bool bad) {
                for (int i = 0; i < examples.size(); ++i) {
                    const QString prefix = language == QLatin1String("en") ? QString() : language + u'_';
                    std::string name = QString(prefix + rule.id + (bad ? QStringLiteral("_bad") : QStringLiteral("_good")) + QString::number(i)).toStdString();
                    for (char &c : name) {
                        if (!std::isalnum(static_cast<unsigned char>(c)))
                            c = '_';
                    }
                    cases.push_back({language, rule.id, examples[i], bad, name});
                }
            };
            add(rule.badExamples, true);
            add(rule.goodExamples, false);
        }
    }
    return cases;
}

QStringList firedRules(const QString &text, const QString &language = QStringLiteral("en"))
{
    const core::Checker checker(rulesFor(language));
    QStringList ids;
    for (const core::Finding &finding : checker.check(core::subjectFromText(text, letterLanguageOf(language))).findings)
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

TEST(RuleSet_Languages, EveryLetterLanguageHasItsRulesScenariosGuidanceAndTraining)
{
    const core::ScenarioLibrary library;
    for (const QString &tag : core::supportedLetterLanguages()) {
        const QString data = core::dataLanguage(tag);
        EXPECT_TRUE(dataLanguages().contains(data)) << tag.toStdString();
        EXPECT_EQ(library.scenarios(data).size(), 6) << tag.toStdString();
        // Guidance falls back to English: each language's own differs from it.
        const core::Guidance guidance = core::loadGuidance(data);
        for (core::Section section : core::kSections) {
            EXPECT_FALSE(guidance.forSection(section).guidance.isEmpty()) << tag.toStdString();
            if (data != QLatin1String("en")) {
                EXPECT_NE(guidance.forSection(section).title, core::loadGuidance(QStringLiteral("en")).forSection(section).title) << tag.toStdString();
            }
        }
        EXPECT_EQ(core::loadTrainingPairs(data).pairs.size(), 6) << tag.toStdString();
    }
}

TEST(RuleSet_Languages, LoadWithoutErrors)
{
    for (const QString &language : dataLanguages()) {
        EXPECT_TRUE(rulesFor(language)->errors().isEmpty()) << language.toStdString() << ": " << rulesFor(language)->errors().join(QLatin1Char('\n')).toStdString();
        EXPECT_GE(rulesFor(language)->rules().size(), 1) << language.toStdString();
    }
}

TEST(RuleSet_Languages, EveryRuleHasBadAndGoodExamplesAndAnExplanation)
{
    for (const QString &language : dataLanguages()) {
        for (const core::Rule &rule : rulesFor(language)->rules()) {
            EXPECT_FALSE(rule.badExamples.isEmpty()) << language.toStdString() << " " << rule.id.toStdString();
            EXPECT_FALSE(rule.goodExamples.isEmpty()) << language.toStdString() << " " << rule.id.toStdString();
            EXPECT_GT(rule.explanation.size(), 40) << language.toStdString() << " " << rule.id.toStdString();
        }
    }
}

TEST(RuleSet_Languages, CoverEveryCategory)
{
    for (const QString &language : dataLanguages()) {
        QSet<QString> covered;
        for (const core::Rule &rule : rulesFor(language)->rules())
            covered.insert(rule.category);
        for (const core::StructureRule &rule : core::structureRules())
            covered.insert(rule.category);
        for (const QString &category : core::findingCategories()) {
            if (category != QLatin1String("spelling")) {
                EXPECT_TRUE(covered.contains(category)) << language.toStdString() << ": " << category.toStdString();
            }
        }
    }
}

TEST_P(RuleExamples, FiresOnBadExamplesOnly)
{
    const ExampleCase &example = GetParam();
    const QStringList fired = firedRules(example.text, example.language);
    if (example.bad)
        EXPECT_TRUE(fired.contains(example.rule)) << "did not fire on: " << example.text.toStdString();
    else
        EXPECT_FALSE(fired.contains(example.rule)) << "fired on good example: " << example.text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, RuleExamples, ::testing::ValuesIn(exampleCases()),
                         [](const ::testing::TestParamInfo<ExampleCase> &info) { return info.param.name; });

TEST(Scenarios_Check, EveryFilledTemplatePassesEveryCheck)
{
    const core::ScenarioLibrary library;
    for (const QString &tag : core::supportedLetterLanguages()) {
        const QString data = core::dataLanguage(tag);
        const auto rules = rulesFor(data);
        ASSERT_TRUE(rules->errors().isEmpty()) << rules->errors().join(QLatin1Char('\n')).toStdString();
        const core::Checker checker(rules);
        for (const core::Scenario &scenario : library.scenarios(data)) {
            core::Draft draft = core::draftFromScenario(scenario, tag, QDate(2026, 11, 20));
            core::applySample(draft, scenario);
            const core::CheckResult result = checker.check(core::subjectFromDraft(draft));
            QStringList described;
            for (const core::Finding &finding : result.findings)
                described.append(finding.rule + QStringLiteral(": ") + finding.message + QStringLiteral(" [") + finding.excerpt + u']');
            EXPECT_TRUE(result.findings.isEmpty()) << scenario.id.toStdString() << " " << tag.toStdString() << "\n"
                                                   << described.join(QLatin1Char('\n')).toStdString();
            EXPECT_EQ(result.metrics.sectionsPresent.size(), 6)
                << scenario.id.toStdString() << " " << tag.toStdString() << ": " << result.metrics.sectionsPresent.join(u',').toStdString();
            EXPECT_GE(result.metrics.readability.score, result.metrics.readabilityMinimum) << scenario.id.toStdString() << " " << tag.toStdString();
            EXPECT_LE(result.metrics.readability.score, result.metrics.readabilityMaximum) << scenario.id.toStdString() << " " << tag.toStdString();
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

namespace {

// Loads the built-in English packs plus one house pack holding @p json.
std::shared_ptr<const core::RuleSet> withHousePack(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("house.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    return core::RuleSet::load(QStringLiteral("en"), {path});
}

} // namespace

TEST(RuleSet_HousePack, WordListsThatExpandEachOtherBeyondTheLimitAreRefusedNamingPackAndList)
{
    // given a small pack whose lists use each other, each entry twice, four deep: a few
    // kilobytes that would expand to tens of thousands of alternatives per use
    QTemporaryDir dir;
    QJsonObject lists;
    for (int level = 0; level < 4; ++level) {
        QJsonArray entries;
        for (int i = 0; i < 12; ++i)
            entries.append(level == 3 ? QStringLiteral("w%1").arg(i) : QStringLiteral("w%1 {l%2} {l%2}").arg(i).arg(level + 1));
        lists.insert(QStringLiteral("l%1").arg(level), entries);
    }
    QJsonArray rules;
    for (int r = 0; r < 20; ++r) {
        rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("house.r%1").arg(r)},
                                 {QStringLiteral("category"), QStringLiteral("tone")},
                                 {QStringLiteral("severity"), QStringLiteral("warning")},
                                 {QStringLiteral("patterns"), QJsonArray{QStringLiteral("sorry {l0}")}},
                                 {QStringLiteral("message"), QStringLiteral("m")}});
    }
    const QJsonObject pack{{QStringLiteral("format"), QStringLiteral("amends-rules")}, {QStringLiteral("version"), 1},
                           {QStringLiteral("language"), QStringLiteral("en")}, {QStringLiteral("name"), QStringLiteral("House")},
                           {QStringLiteral("lists"), lists}, {QStringLiteral("rules"), rules}};
    // when it is loaded
    const auto set = withHousePack(dir, QJsonDocument(pack).toJson());
    // then every rule using the list is refused with the pack, the rule and the list
    const QStringList expanded = set->errors().filter(QStringLiteral("expands to more than"));
    ASSERT_EQ(expanded.size(), 20) << set->errors().join(u'\n').toStdString();
    const QString first = expanded.first();
    EXPECT_TRUE(first.startsWith(QStringLiteral("house.json:house.r0: "))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("{l0}")) && first.contains(QStringLiteral("expands to more than"))) << first.toStdString();
}

TEST(RuleSet_HousePack, UnknownOrIllTypedKeysAreRefusedWithTheKeyNamed)
{
    const QByteArray head = R"({"format": "amends-rules", "version": 1, "language": "en", "name": "House", )";
    const QByteArray rule = R"("id": "house.x", "category": "tone", "severity": "warning", "message": "m")";
    const struct {
        QByteArray body;
        const char *message;
    } cases[] = {
        {R"("rules": {"id": "house.x"}})", "house.json: \"rules\" should be a list of groups of keys"},
        {R"("rules": [{)" + rule + R"(, "patterns": "hassle"}]})", "house.json:house.x: \"patterns\" should be a list of texts"},
        {R"("rules": [{)" + rule + R"(, "patterns": ["hassle"], "pattern": ["x"]}]})", "house.json:house.x: unknown key \"pattern\""},
        {R"("rulez": []})", "house.json: unknown key \"rulez\""},
        {R"("lists": {"a": [1, 2]}})", "house.json: \"lists\" should be a group of lists of texts"},
        {R"("structure": {"max_apologies": "three"}})", "house.json:structure: \"max_apologies\" should be a number"},
        {R"("structure": {"sections_unless": {"contact": "closed"}}})", "house.json:structure: \"sections_unless\" should be a group of lists of texts"},
        {R"("disable": ["no.such-rule", "readability.long-sentence"]})", "house.json: \"disable\" names \"no.such-rule\", which is no rule"},
    };
    for (const auto &c : cases) {
        QTemporaryDir dir;
        const auto set = withHousePack(dir, head + c.body);
        ASSERT_EQ(set->errors().size(), 1) << c.body.toStdString() << "\n" << set->errors().join(u'\n').toStdString();
        EXPECT_EQ(set->errors().first(), QString::fromUtf8(c.message)) << c.body.toStdString();
    }
}

TEST(RuleSet_HousePack, ASectionCueIsCancelledByItsUnlessPatternInTheSameSentence)
{
    // given a pack whose "assistance desk" offers contact, unless the sentence says it was closed
    QTemporaryDir dir;
    const auto set = withHousePack(dir, R"({"format": "amends-rules", "version": 1, "language": "en", "name": "House",
                                           "structure": {"sections": {"contact": ["assistance desk"]},
                                                         "sections_unless": {"contact": ["was closed"]}}})");
    ASSERT_TRUE(set->errors().isEmpty()) << set->errors().join(u'\n').toStdString();
    const auto contactIn = [&](const QString &text) {
        const core::TextScan scan(text, set->scanRules());
        return core::detectSections(scan, set->vocabulary().tokenIds(scan), *set).has(core::Section::Contact);
    };
    // then a sentence that merely mentions the desk is no contact, and an offer is
    EXPECT_FALSE(contactIn(QStringLiteral("Our assistance desk was closed on Sunday.")));
    EXPECT_TRUE(contactIn(QStringLiteral("Our assistance desk was closed on Sunday. Call our assistance desk today.")));
    EXPECT_TRUE(contactIn(QStringLiteral("Call our assistance desk on Monday.")));
}

namespace {

// Expects the English rule set's section cues to find @p section in none of the
// sentences @p without and in each of @p with.
void expectCues(const char *language, core::Section section, std::initializer_list<const char *> without,
                std::initializer_list<const char *> with)
{
    const std::shared_ptr<const core::RuleSet> set = rulesFor(QString::fromLatin1(language));
    const auto finds = [&](const char *text) {
        const core::TextScan scan(QString::fromUtf8(text), set->scanRules());
        return core::detectSections(scan, set->vocabulary().tokenIds(scan), *set).has(section);
    };
    for (const char *sentence : without)
        EXPECT_FALSE(finds(sentence)) << language << ": " << sentence;
    for (const char *sentence : with)
        EXPECT_TRUE(finds(sentence)) << language << ": " << sentence;
}

void expectEnglishCues(core::Section section, std::initializer_list<const char *> without, std::initializer_list<const char *> with)
{
    expectCues("en", section, without, with);
}

} // namespace

TEST(RuleSet_BuiltIn, ContactTheCustomerMadeOrIsToldNotToMakeIsNoOfferOfContact)
{
    // Contact the customer made, was made to make, needs not make or is told not to make
    // offers none; an offer of contact still is one, beside such words too
    expectEnglishCues(core::Section::Contact,
                      {"Further to your call, please find your revised statement attached.",
                       "I'm sorry you had to call us three times before anyone fixed this.",
                       "Why didn't you contact us when the first reminder arrived?",
                       "I can see you waited 40 minutes to reach us.",
                       "Everyone affected will have the money back without needing to contact us.",
                       "Please do not contact us again about this invoice.",
                       "Our phone lines were closed over the weekend.",
                       "We never answered your emails, and that is on us."},
                      {"Make a note of this reference in case you need to call us.",
                       "Please call me on 0161 496 0732 and I'll chase it myself.",
                       "You can reply to this email directly; it comes straight to me.",
                       "I'm sorry you had to call us three times. Call me directly on 0161 496 0732."});
}

TEST(RuleSet_BuiltIn, WhatTheCustomerIsToldToDoInFutureIsNoImprovementOfOurs)
{
    // A change asked of the customer is none of ours; a change we make still is one
    expectEnglishCues(core::Section::Improvement,
                      {"In future, please double-check the amount before you confirm.",
                       "You might want to be more careful with who has access to your card in future.",
                       "Going forward, I'd recommend setting a reminder before each renewal.",
                       "Customers are expected to check each invoice so this does not happen again."},
                      {"From now on, we check every renewal by hand so this does not happen again.",
                       "We have added a check so that no order can be charged twice."});
}

TEST(RuleSet_BuiltIn, AMistakeOwnedOnlyIfItWasMadeIsNotOwned)
{
    expectEnglishCues(core::Section::Responsibility,
                      {"If we got anything wrong, we apologise.", "Sorry if we charged you the wrong fare.",
                       "If we made an error, we will of course look into it."},
                      {"We got this wrong, and it was our mistake.",
                       "If we had checked your meter reading, we would have caught our mistake."});
}

TEST(RuleSet_BuiltIn, MoneyAThirdPartyMovesOrARefusalIsNoRemedyOfOurs)
{
    // A remedy is what we do for this customer: not what a bank or card company did or
    // may have done with the money, not a charge we say stands, not papers sent as proof
    // that we were right; our own refund still is one, beside a third party too
    expectEnglishCues(core::Section::Remedy,
                      {"Your card issuer may have sent the refund back to us.",
                       "The building society returned the payment to us unpaid.",
                       "Our processor's system returned the credit to us.",
                       "We are entitled to charge a fee on every returned payment.",
                       "The charge is correct, so the refund of £30 you asked for is declined.",
                       "I have attached the contract you signed, for your reference.",
                       "You'll find the balance is correct if you look again.",
                       "If we refunded everyone who complained, our prices would go up."},
                      {"We have refunded the £40 to your card today.",
                       "We've asked your bank to return the payment, and we have refunded the fee.",
                       "Your bank will show the refund of £12 within three days.",
                       "I have attached your corrected invoice."});
}

TEST(RuleSet_BuiltIn, ARemedyNeedNotBeMoneyInEveryLanguage)
{
    // Putting right what went wrong for this customer without money (a service back on, a
    // card unblocked, a trip rebooked, a hold lifted) is a remedy; the same act by a bank
    // is none of ours
    expectCues("en", core::Section::Remedy, {"Your bank blocked the card after the second payment."},
               {"We have rebooked you on the 9:15 train at no cost.", "Your SIM has been unblocked.",
                "We've lifted the hold on your account.", "We reconnected your supply the same afternoon."});
    expectCues("pt-BR", core::Section::Remedy, {"O seu banco bloqueou o cartão depois do segundo pagamento."},
               {"Reativamos a sua linha hoje.", "Desbloqueamos o seu cartão.", "Religamos a sua energia na mesma tarde.",
                "Remarcamos a sua viagem sem custo."});
    expectCues("es", core::Section::Remedy, {"Su banco bloqueó la tarjeta después del segundo pago."},
               {"Reactivamos su línea hoy mismo.", "Hemos desbloqueado su tarjeta.", "Reconectamos el suministro esta misma tarde.",
                "Reprogramamos su vuelo sin coste."});
}

TEST(RuleSet_BuiltIn, AQuestionPutToTheCustomerExplainsNothing)
{
    // An explanation says what went wrong; a question to the customer about what they did
    // says nothing of it, cause words or not; a question of our own answered after still
    // leaves the answer an explanation
    expectEnglishCues(core::Section::Explanation,
                      {"How come you only called us when the second bill arrived?",
                       "Perhaps you paid twice because the page was slow?",
                       "Why did you not tell us because of the late fee?"},
                      {"We charged you twice because our payment page timed out.",
                       "How did this happen? Our system sent the request twice because the page timed out."});
}

TEST(RuleSet_BuiltIn, AQuestionNeitherOwnsAMistakeNorExplainsIt)
{
    // Owning a mistake and saying what went wrong are statements: asked as questions, the
    // same words do neither; a remedy or contact can still be offered as a question
    expectEnglishCues(core::Section::Responsibility, {"Was it our mistake that you were charged twice?", "Did we make a mistake with your bill?"},
                      {"It was our mistake that you were charged twice.", "We made a mistake with your bill."});
    expectEnglishCues(core::Section::Explanation, {"Did we charge you twice because the page timed out?"},
                      {"We charged you twice because the page timed out."});
    expectEnglishCues(core::Section::Contact, {}, {"Would you like me to call you tomorrow to check the refund has arrived?"});
    // and so does the sentence model: a customer's question quoted in a reply is no
    // ownership of ours
    const core::Checker checker(rulesFor(QStringLiteral("en")));
    for (const char *question : {"Why was I charged twice?", "Customer: why was I charged in dollars??"}) {
        const core::CheckResult result = checker.check(core::subjectFromText(QString::fromUtf8(question), QStringLiteral("en-US")));
        EXPECT_FALSE(result.coverage.has(core::Section::Responsibility)) << question;
        EXPECT_FALSE(result.coverage.has(core::Section::Explanation)) << question;
    }
}

TEST(RuleSet_BuiltIn, CapitalsForEmphasisShoutAndOtherCapitalsAreAcronymsUnlessQuoted)
{
    const auto firedOf = [](const char *text, const QString &rule) {
        const QStringList fired = firedRules(QString::fromUtf8(text));
        return fired.contains(rule);
    };
    const QString shouting = QStringLiteral("tone.shouting");
    const QString acronym = QStringLiteral("jargon.unexplained-acronym");
    // An everyday word in capitals is emphasis: shouting, not an acronym to spell out
    EXPECT_TRUE(firedOf("We are SO sorry about the second charge.", shouting));
    EXPECT_FALSE(firedOf("We are SO sorry about the second charge.", acronym));
    EXPECT_TRUE(firedOf("You have been on the phone a LOT about this bill.", shouting));
    // One other word is an acronym, however long; an acronym everyone knows is neither
    EXPECT_TRUE(firedOf("We charged your QRTVXN line twice last month.", acronym));
    EXPECT_FALSE(firedOf("We charged your QRTVXN line twice last month.", shouting));
    EXPECT_FALSE(firedOf("Your NHS prescription was charged at the private price.", acronym));
    // Words in quotes are the statement's or the keyboard's, as written
    EXPECT_FALSE(firedOf("The refund will show on your statement as 'HALDANE LEISURE'.", shouting));
    EXPECT_FALSE(firedOf("Text \"REFUND\" to 60060 and it comes straight to me.", shouting));
    // Several words in capitals still shout, but not a subject line in capitals
    EXPECT_TRUE(firedOf("WE HAVE ALREADY REFUNDED YOU.", shouting));
    EXPECT_FALSE(firedOf("Dear Ms Bello,\n\nRE: DEPOSIT DEDUCTION – REF LA-8804\n\nWe took £40 from your deposit by mistake.", shouting));
    EXPECT_TRUE(firedOf("Dear Ms Bello,\n\nWE TOOK £40 FROM YOUR DEPOSIT BY MISTAKE.\n\nIt is back in your account.", shouting));
}

TEST(RuleSet_BuiltIn, AKeywordToTextIsWrittenAsTheCustomerSendsItInEveryLanguage)
{
    const auto capitals = [](const char *text, const char *language) {
        QStringList found;
        for (const QString &rule : firedRules(QString::fromUtf8(text), QString::fromUtf8(language))) {
            if (rule == QLatin1String("tone.shouting") || rule == QLatin1String("jargon.unexplained-acronym"))
                found.append(rule);
        }
        return found;
    };
    // A word in capitals after "text", "reply", "type" is the keyword to send, and so are the
    // other single words in capitals of that sentence
    EXPECT_EQ(capitals("You can text CANCEL to 60060 whenever you like, and it stops at once.", "en"), QStringList());
    EXPECT_EQ(capitals("Sorry for the roaming charge. Reply HELP for help, STOP to opt out.", "en"), QStringList());
    EXPECT_EQ(capitals("Reply YES to this message and we will call you back today.", "en"), QStringList());
    EXPECT_EQ(capitals("Envía BAJA al 22333 y cancelamos el cargo hoy mismo.", "es"), QStringList());
    EXPECT_EQ(capitals("Responda SIM a esta mensagem e ligamos para você hoje.", "pt-BR"), QStringList());
    // Elsewhere in the letter, and without the cue, capitals are judged as before
    EXPECT_EQ(capitals("Reply YES to this message. We charged your QRTVXN line twice.", "en"),
              QStringList{QStringLiteral("jargon.unexplained-acronym")});
    EXPECT_EQ(capitals("We are SO sorry. Reply YES to this message to get a call.", "en"), QStringList{QStringLiteral("tone.shouting")});
}

TEST(Checker_Sections, AnApologyThatIsANonApologyIsNotTheLettersRegret)
{
    const core::Checker checker(rulesFor(QStringLiteral("en")));
    const auto checked = [&](const QString &text) { return checker.check(core::subjectFromText(text, QStringLiteral("en-US"))); };
    const auto has = [](const core::CheckResult &result, const QString &rule) {
        return std::any_of(result.findings.begin(), result.findings.end(), [&](const core::Finding &f) { return f.rule == rule; });
    };
    const auto nonApology = [](const core::CheckResult &result) {
        return std::any_of(result.findings.begin(), result.findings.end(), [](const core::Finding &f) { return f.category == QLatin1String("non-apology"); });
    };
    const QString missingRegret = core::StructureRuleId::missingSection(QStringLiteral("regret"));
    // Given a letter whose only apology is for "any inconvenience"
    const core::CheckResult vague = checked(QStringLiteral("We charged your card twice for March. We apologise for any inconvenience this may have caused."));
    // then it is reported as a non-apology, the letter has no regret, and "never says sorry"
    // (which is not true) is left to that finding
    EXPECT_TRUE(nonApology(vague));
    EXPECT_FALSE(vague.coverage.has(core::Section::Regret));
    EXPECT_FALSE(vague.metrics.sectionsPresent.contains(QStringLiteral("regret")));
    EXPECT_FALSE(has(vague, missingRegret));
    // A sound apology elsewhere in the letter is its regret, beside the non-apology
    const core::CheckResult both = checked(QStringLiteral("I am sorry we charged your card twice for March. We apologise for any inconvenience this may have caused."));
    EXPECT_TRUE(nonApology(both));
    EXPECT_TRUE(both.coverage.has(core::Section::Regret));
    // A letter that never apologises is still told so
    EXPECT_TRUE(has(checked(QStringLiteral("We charged your card twice for March.")), missingRegret));
}

TEST(Checker_Sections, ASentenceThatShiftsTheBlameOrArguesOurCaseOwnsNothing)
{
    const core::Checker checker(rulesFor(QStringLiteral("en")));
    const auto checked = [&](const char *text) { return checker.check(core::subjectFromText(QString::fromUtf8(text), QStringLiteral("en-US"))); };
    const auto hasCategory = [](const core::CheckResult &result, const char *category) {
        return std::any_of(result.findings.begin(), result.findings.end(), [&](const core::Finding &f) { return f.category == QLatin1String(category); });
    };
    // Given sentences that speak of responsibility to deny it or put it on someone else
    for (const char *text : {"The fact that your bank took four days to send the payment is not our responsibility.",
                             "Our billing system made a mistake and charged you twice."}) {
        const core::CheckResult result = checked(text);
        // then they are told what is wrong, and own nothing
        EXPECT_TRUE(hasCategory(result, "blame-shifting") || hasCategory(result, "defensive")) << text;
        EXPECT_FALSE(result.coverage.has(core::Section::Responsibility)) << text;
        EXPECT_FALSE(result.metrics.sectionsPresent.contains(QStringLiteral("responsibility"))) << text;
    }
    // while a mistake owned elsewhere in the letter still is owned
    EXPECT_TRUE(checked("Our billing system made a mistake and charged you twice. That was our mistake, and I am sorry.")
                    .coverage.has(core::Section::Responsibility));
}

TEST(Checker_Sections, ALateApologyIsStillTheLettersRegret)
{
    const core::Checker checker(rulesFor(QStringLiteral("en")));
    // Given a letter that says sorry only in its last paragraph
    const core::CheckResult late = checker.check(core::subjectFromText(
        QStringLiteral("Dear Ms Reyes,\n\nWe have reviewed your March bill. Your plan was charged twice, on 2 and 3 March.\n\n"
                       "We have refunded the second charge of $42.00 to your card today.\n\nWe are sorry for this mistake.\n\n"
                       "Kind regards,\nSam Ortiz"),
        QStringLiteral("en-US")));
    // then it is told the apology comes late, as a matter of promptness, not as a
    // non-apology
    const auto it = std::find_if(late.findings.begin(), late.findings.end(),
                                 [](const core::Finding &f) { return f.rule == core::StructureRuleId::lateApology; });
    ASSERT_NE(it, late.findings.end());
    EXPECT_EQ(it->category, QStringLiteral("promptness"));
    // and the apology is still the letter's regret: in the sections, and in the score
    EXPECT_TRUE(late.coverage.has(core::Section::Regret));
    EXPECT_TRUE(late.metrics.sectionsPresent.contains(QStringLiteral("regret")));
    const core::ApologyScore score = core::scoreLetter(late);
    const core::ApologyScore withoutRegret = [&] {
        core::CheckResult stripped = late;
        stripped.coverage.cues.removeIf([](const core::SectionCoverage::Cue &cue) { return cue.section == core::Section::Regret; });
        return core::scoreLetter(stripped);
    }();
    EXPECT_EQ(score.coveragePoints, withoutRegret.coveragePoints + core::sectionWeight(core::Section::Regret));
}

TEST(Checker_LongText, FindsInEachPartOfALongTextWhatItFindsInThatPartAlone)
{
    // A long text is checked with its passes side by side on other threads (the sentence
    // model, the section cues, the rules' regular expressions, readability); a short one
    // pass after pass. Given a paragraph with findings of phrase patterns and of regular
    // expressions, alone and over and over past 64 KB
    const core::Checker checker(rulesFor(QStringLiteral("en")));
    const QString paragraph = QStringLiteral(
        "Dear {customer.name}, we regret any inconvenience this may have caused!! Due to a glitch in our billing system, "
        "you were charged twice on net 30 terms. The refund of $XX.XX is on its way :)\n\n");
    const int copies = 80 * 1024 / int(paragraph.size()) + 1;
    const core::CheckResult alone = checker.check(core::subjectFromText(paragraph, QStringLiteral("en-US")));
    const core::CheckResult whole = checker.check(core::subjectFromText(paragraph.repeated(copies), QStringLiteral("en-US")));
    // then a copy in the middle has the findings on words the paragraph has alone, at the
    // same places, of the rules and of the regular expressions alike
    const auto onWords = [](const QList<core::Finding> &findings, qsizetype from, qsizetype to) {
        QStringList found;
        for (const core::Finding &f : findings) {
            if (f.end > f.start && f.start >= from && f.end <= to)
                found.append(QStringLiteral("%1@%2-%3").arg(f.rule).arg(f.start - from).arg(f.end - from));
        }
        return found;
    };
    const qsizetype middle = paragraph.size() * (copies / 2);
    const QStringList expected = onWords(alone.findings, 0, paragraph.size());
    EXPECT_EQ(onWords(whole.findings, middle, middle + paragraph.size()), expected);
    for (const char *rule : {"placeholder.braces", "placeholder.xxx", "tone.stacked-exclamation", "jargon.net-terms", "tone.emoji"})
        EXPECT_TRUE(expected.join(u' ').contains(QLatin1String(rule) + u'@')) << rule;
    // and the same readability, read from the same sentences
    EXPECT_EQ(whole.metrics.sentences, alone.metrics.sentences * copies);
    EXPECT_NEAR(whole.metrics.readability.score, alone.metrics.readability.score, 1e-6);
}

TEST(Checker_Sections, ANonApologyTheWriterDismissedCountsAsTheirApology)
{
    // Given a draft whose regret is for "any inconvenience"
    core::Draft draft = test::sampleDraft();
    draft.setSection(core::Section::Regret, QStringLiteral("We apologise for any inconvenience this may have caused."));
    const core::Checker checker(rulesFor(QStringLiteral("en")));
    const core::CheckResult before = checker.check(core::subjectFromDraft(draft));
    const auto it = std::find_if(before.findings.begin(), before.findings.end(),
                                 [](const core::Finding &f) { return f.category == QLatin1String("non-apology"); });
    ASSERT_NE(it, before.findings.end());
    EXPECT_FALSE(before.coverage.has(core::Section::Regret));
    // When the writer dismisses that finding
    draft.dismissals.append({it->rule, it->excerpt, QStringLiteral("our house style"), QStringLiteral("Sam"), QDateTime::currentDateTimeUtc()});
    const core::CheckResult after = checker.check(core::subjectFromDraft(draft));
    // Then the apology is the letter's regret again
    EXPECT_TRUE(after.coverage.has(core::Section::Regret));
    EXPECT_EQ(after.dismissed.size(), before.dismissed.size() + 1);
}

TEST(RuleSet_HousePack, AKnownDisabledRuleIsSwitchedOff)
{
    QTemporaryDir dir;
    const auto set = withHousePack(dir, R"({"format": "amends-rules", "version": 1, "language": "en", "name": "House",
                                           "disable": ["readability.long-sentence", "spelling"]})");
    EXPECT_TRUE(set->errors().isEmpty()) << set->errors().join(u'\n').toStdString();
    EXPECT_EQ(set->disabledByPacks(), (QStringList{QStringLiteral("readability.long-sentence"), QStringLiteral("spelling")}));
}

TEST(RuleSet_HousePack, OfTwoOverlappingFindingsOfACategoryAnErrorStaysWhereverItStartsElseTheEarlier)
{
    // given a warning on "quite frobbed" and an error on "frobbed the widgets", which share a
    // word, and a suggestion on "rather zonked" beside a warning on "zonked by the gadget"
    QTemporaryDir dir;
    const auto set = withHousePack(dir, R"({"format": "amends-rules", "version": 1, "language": "en", "name": "House",
        "rules": [
          {"id": "house.mild", "category": "tone", "severity": "warning", "message": "mild", "patterns": ["quite frobbed"]},
          {"id": "house.severe", "category": "tone", "severity": "error", "message": "severe", "patterns": ["frobbed the widgets"]},
          {"id": "house.later", "category": "tone", "severity": "suggestion", "message": "later", "patterns": ["on Tuesday"]},
          {"id": "house.rather", "category": "tone", "severity": "suggestion", "message": "rather", "patterns": ["rather zonked"]},
          {"id": "house.gadget", "category": "tone", "severity": "warning", "message": "gadget", "patterns": ["zonked by the gadget"]}]})");
    ASSERT_TRUE(set->errors().isEmpty()) << set->errors().join(u'\n').toStdString();
    const core::Checker checker(set, nullptr);
    QStringList tone;
    for (const core::Finding &f : checker.check(core::subjectFromText(QStringLiteral("We quite frobbed the widgets on Tuesday. It was rather zonked by the gadget."),
                                                                      QStringLiteral("en-US")))
                                      .findings) {
        if (f.category == QLatin1String("tone"))
            tone.append(f.rule);
    }
    // then the error stays though the warning starts first (errors decide whether a letter may
    // leave); between a suggestion and a warning the earlier, longer match stays; a finding
    // elsewhere is untouched
    EXPECT_EQ(tone, (QStringList{QStringLiteral("house.severe"), QStringLiteral("house.later"), QStringLiteral("house.rather")}));
}

TEST(RuleSet_HousePack, AFileThatIsNotARegularFileIsRefused)
{
    const auto set = core::RuleSet::load(QStringLiteral("en"), {QStringLiteral("/dev/zero")});
    ASSERT_EQ(set->errors().size(), 1);
    EXPECT_TRUE(set->errors().first().contains(QStringLiteral("device"))) << set->errors().first().toStdString();
}

TEST(Findings_SameApartFromPlace, IgnoresWhereFindingsLieAndTheirWordsButNothingElse)
{
    core::Finding finding;
    finding.rule = QStringLiteral("cliche.reach-out");
    finding.category = QStringLiteral("cliche");
    finding.start = 10;
    finding.end = 19;
    finding.excerpt = QStringLiteral("reach out");
    finding.message = QStringLiteral("“reach out” is office jargon.");
    finding.suggestions = {QStringLiteral("contact")};
    core::Finding moved = finding;
    moved.start = 14;
    moved.end = 23;
    // Moved by an edit before it: the same finding
    EXPECT_TRUE(core::sameFindingsApartFromPlace({finding}, {moved}));
    // And covering other words there (a finding on a sentence being typed)
    core::Finding longer = moved;
    longer.end = 27;
    longer.excerpt = QStringLiteral("Reach out to us");
    EXPECT_TRUE(core::sameFindingsApartFromPlace({finding}, {longer}));
    // Any other difference, or another count, is a change
    core::Finding reworded = moved;
    reworded.suggestions = {QStringLiteral("call")};
    EXPECT_FALSE(core::sameFindingsApartFromPlace({finding}, {reworded}));
    core::Finding elsewhere = moved;
    elsewhere.section = core::Section::Contact;
    EXPECT_FALSE(core::sameFindingsApartFromPlace({finding}, {elsewhere}));
    EXPECT_FALSE(core::sameFindingsApartFromPlace({finding}, {finding, moved}));
}

TEST(RuleCatalogue_Readability, NamesTheFormulaOfThePacksLanguage)
{
    // Given the English rules, and a pack that names its own formula
    const auto english = core::RuleSet::load(QStringLiteral("en"));
    QTemporaryDir dir;
    const auto other = withHousePack(dir, R"JSON({"format": "amends-rules", "version": 1, "language": "en", "name": "House",
        "structure": {"readability": {"min": 55, "max": 75, "explanation": "Szigriszt-Pazos on the INFLESZ scale.",
                                      "source": "Barrio-Cantalejo et al. (2008)"}}})JSON");
    ASSERT_TRUE(other->errors().isEmpty()) << other->errors().join(u'\n').toStdString();
    const auto readabilityOf = [](const core::RuleSet &rules) {
        for (const core::RuleDescription &description : core::describeRules(rules)) {
            if (description.id == core::StructureRuleId::lowReadability)
                return description;
        }
        return core::RuleDescription{};
    };

    // Then the catalogue explains each with its own formula and source
    EXPECT_TRUE(readabilityOf(*english).explanation.contains(QStringLiteral("Flesch")));
    EXPECT_EQ(readabilityOf(*other).explanation, QStringLiteral("Szigriszt-Pazos on the INFLESZ scale."));
    EXPECT_EQ(readabilityOf(*other).source, QStringLiteral("Barrio-Cantalejo et al. (2008)"));
    EXPECT_EQ(other->structure().readabilityMinimum, 55.0);
}

TEST(Scenarios_Unfilled, AFreshLetterInEveryLanguageAsksForItsFieldsAndNothingElse)
{
    // Given each scenario as a new letter, before any case detail is entered
    const core::ScenarioLibrary library;
    for (const QString &tag : core::supportedLetterLanguages()) {
        const core::Checker checker(rulesFor(core::dataLanguage(tag)));
        for (const core::Scenario &scenario : library.scenarios(core::dataLanguage(tag))) {
            const core::Draft draft = core::draftFromScenario(scenario, tag, QDate(2026, 11, 20));
            // Then the only findings are the fields still to fill (no complaint about
            // a contact part whose phone and email are fields not filled yet)
            for (const core::Finding &finding : checker.check(core::subjectFromDraft(draft)).findings)
                EXPECT_EQ(finding.category, QStringLiteral("placeholder")) << tag.toStdString() << " " << scenario.id.toStdString() << ": "
                                                                          << finding.rule.toStdString() << " " << finding.message.toStdString();
        }
    }
}
