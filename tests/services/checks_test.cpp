#include "core/apologyscore.h"
#include "core/checker.h"
#include "core/language.h"
#include "core/scenario.h"
#include "services/lettercheck.h"
#include "services/dictionaryfinder.h"
#include "services/hunspellspeller.h"
#include "services/hyphensyllablecounter.h"
#include "services/languagedetector.h"

#include "testsupport.h"

#include <QFile>

using namespace amends;

TEST(HyphenSyllables_English, CountsCommonWordsOfLetters)
{
    services::HyphenSyllableCounter counter(QStringLiteral("en-US"));
    if (!counter.isUsingDictionary())
        GTEST_SKIP() << "hyph_en_US.dic is not installed (Debian package hyphen-en-us)";
    const QList<std::pair<const char *, int>> words = {
        {"the", 1},      {"charged", 1},  {"invoice", 2},     {"payment", 2},     {"apology", 4},
        {"recorded", 3}, {"refunded", 3}, {"customer", 3},    {"explanation", 4}, {"responsibility", 6},
        {"twice", 1},    {"billing", 2},  {"completely", 3},  {"improvement", 3}, {"already", 3},
    };
    for (const auto &[word, expected] : words)
        EXPECT_EQ(counter.syllables(QString::fromLatin1(word)), expected) << word;
    EXPECT_TRUE(counter.method().contains(QStringLiteral("hyph_en_US")));
}

// Syllables as a reader splits them (the formulas were fitted to such counts), counted
// by hand: hiatus apart ("re-em-bol-so", "dí-a", "sa-í-da"), diphthongs together
// ("clien-te", "di-nhei-ro", "car-tão").
TEST(HyphenSyllables_PortugueseAndSpanish, CountHandCountedWordsOfLetters)
{
    const QList<std::tuple<const char *, QList<std::pair<QString, int>>>> languages = {
        {"es-MX",
         {{QStringLiteral("factura"), 3},    {QStringLiteral("cobro"), 2},         {QStringLiteral("devolución"), 4},
          {QStringLiteral("disculpas"), 3},  {QStringLiteral("tarjeta"), 3},       {QStringLiteral("reembolso"), 4},
          {QStringLiteral("cliente"), 2},    {QStringLiteral("día"), 2},           {QStringLiteral("cuenta"), 2},
          {QStringLiteral("inconveniente"), 5}, {QStringLiteral("país"), 2},       {QStringLiteral("responsabilidad"), 6},
          {QStringLiteral("error"), 2},      {QStringLiteral("molestia"), 3},      {QStringLiteral("aquí"), 2},
          {QStringLiteral("atentamente"), 5}, {QStringLiteral("pagar"), 2},        {QStringLiteral("cargo"), 2},
          {QStringLiteral("nuestro"), 2},    {QStringLiteral("equivocamos"), 5}}},
        {"pt-BR",
         {{QStringLiteral("fatura"), 3},     {QStringLiteral("cobrança"), 3},      {QStringLiteral("desculpas"), 3},
          {QStringLiteral("cartão"), 2},     {QStringLiteral("responsabilidade"), 7}, {QStringLiteral("dinheiro"), 3},
          {QStringLiteral("reembolso"), 4},  {QStringLiteral("você"), 2},          {QStringLiteral("equipe"), 3},
          {QStringLiteral("problema"), 3},   {QStringLiteral("conta"), 2},         {QStringLiteral("pagamento"), 4},
          {QStringLiteral("país"), 2},       {QStringLiteral("saída"), 3},         {QStringLiteral("atenciosamente"), 7},
          {QStringLiteral("cobramos"), 3},   {QStringLiteral("erro"), 2},          {QStringLiteral("devolução"), 4},
          {QStringLiteral("mês"), 1},        {QStringLiteral("obrigado"), 4}}},
    };
    for (const auto &[language, words] : languages) {
        services::HyphenSyllableCounter counter(QString::fromLatin1(language));
        ASSERT_TRUE(counter.isUsingDictionary()) << language << ": the hyphenation patterns (hyphen-es, hyphen-pt-br) are missing";
        for (const auto &[word, expected] : words)
            EXPECT_EQ(counter.syllables(word), expected) << language << " " << word.toStdString();
    }
}

TEST(LanguageDetector_Letters, TellsEnglishPortugueseAndSpanishLettersApart)
{
    ASSERT_TRUE(services::canDetectLanguages()) << "libexttextcat-data is missing";
    EXPECT_EQ(services::detectLetterLanguage(QStringLiteral(
                  "Dear Ms Rivera,\n\nI am sorry that we charged your card twice for invoice 4471. The mistake was ours, and we "
                  "have already refunded the second payment.")),
              QStringLiteral("en-US"));
    EXPECT_EQ(services::detectLetterLanguage(QStringLiteral(
                  "Prezada Sra. Ribeiro,\n\nPeço desculpas por termos cobrado duas vezes a sua fatura de março. O erro foi nosso, "
                  "e já devolvemos o valor no seu cartão.")),
              QStringLiteral("pt-BR"));
    EXPECT_EQ(services::detectLetterLanguage(QStringLiteral(
                  "Estimada Sra. Torres:\n\nLe pido disculpas porque le cobramos dos veces la factura de marzo. El error fue "
                  "nuestro y ya le devolvimos el importe a su tarjeta.")),
              QStringLiteral("es-MX"));
}

TEST(LanguageDetector_Letters, TellsAReplyOfASentenceOrTwoByItsShortWords)
{
    // Replies too short for the n-gram profiles (taken for Portuguese, Galician or Italian
    // by them) are told by the short words each language uses in every sentence
    ASSERT_TRUE(services::canDetectLanguages());
    EXPECT_EQ(services::detectLetterLanguage(QStringLiteral("Puede llamarme al 55 1234 5678, así no tendrá que contar esto otra vez.")),
              QStringLiteral("es-MX"));
    EXPECT_EQ(services::detectLetterLanguage(QStringLiteral(
                  "Prezada Sra. Lima,\n\nPedimos desculpas: cobramos duas vezes o seu Pix e o pagamento no Mastercard. Já "
                  "devolvemos o valor pelo PayPal e pelo Nubank.\n\nAtenciosamente,\nAna\n")),
              QStringLiteral("pt-BR"));
    EXPECT_EQ(services::detectLetterLanguage(QStringLiteral("We refunded the second payment to your card this morning.")),
              QStringLiteral("en-US"));
    // and not where they say little: one such word is no evidence
    EXPECT_TRUE(services::detectLetterLanguage(QStringLiteral("Hola")).isEmpty());
}

TEST(LanguageDetector_Letters, SaysNothingForOtherLanguagesAndScraps)
{
    ASSERT_TRUE(services::canDetectLanguages());
    EXPECT_TRUE(services::detectLetterLanguage(QStringLiteral(
                                                   "Sehr geehrte Frau Weber,\n\nes tut mir leid, dass wir Ihre Karte zweimal belastet "
                                                   "haben. Der Fehler lag bei uns, und wir haben den Betrag bereits erstattet."))
                    .isEmpty());
    EXPECT_TRUE(services::detectLetterLanguage(QStringLiteral("Ok")).isEmpty());
    EXPECT_TRUE(services::detectLetterLanguage(QString()).isEmpty());
}

TEST(HyphenSyllables_Missing, FallsBackToVowelGroups)
{
    services::HyphenSyllableCounter counter(QStringLiteral("xx-XX"));
    EXPECT_FALSE(counter.isUsingDictionary());
    EXPECT_EQ(counter.syllables(QStringLiteral("payment")), 2);
}

TEST(Scenarios_CheckWithHyphenation, EveryTemplateReadsInTheTargetBandInEveryLanguage)
{
    const core::ScenarioLibrary library;
    for (const QString &language : {QStringLiteral("en-US"), QStringLiteral("pt-BR"), QStringLiteral("es-MX"), QStringLiteral("es-ES")}) {
        const core::Checker checker(core::RuleSet::load(core::dataLanguage(language)));
        services::HyphenSyllableCounter counter(language);
        ASSERT_TRUE(counter.isUsingDictionary()) << language.toStdString();
        for (const core::Scenario &scenario : library.scenarios(core::dataLanguage(language))) {
            core::Draft draft = core::draftFromScenario(scenario, language, QDate(2026, 11, 20));
            core::applySample(draft, scenario);
            const core::CheckResult result = checker.check(core::subjectFromDraft(draft), {nullptr, &counter});
            EXPECT_TRUE(result.findings.isEmpty()) << language.toStdString() << " " << scenario.id.toStdString() << ": "
                                                   << result.findings.value(0).message.toStdString();
            EXPECT_GE(result.metrics.readability.score, result.metrics.readabilityMinimum) << language.toStdString() << " " << scenario.id.toStdString();
            EXPECT_LE(result.metrics.readability.score, result.metrics.readabilityMaximum) << language.toStdString() << " " << scenario.id.toStdString();
        }
    }
}

TEST(BatchCheck_Folder, ChecksManyLettersInParallelWithTheSameResultsAsOneByOne)
{
    QList<services::CheckInput> inputs;
    for (int i = 0; i < 40; ++i) {
        services::CheckInput input;
        input.name = QStringLiteral("letter-%1.txt").arg(i);
        input.language = QStringLiteral("en-US");
        input.subject = core::subjectFromText(QStringLiteral("Dear Customer,\n\nWe regret any inconvenience. Letter %1.\n").arg(i), input.language);
        inputs.append(input);
    }
    QString error;
    const QList<services::CheckOutput> outputs = services::LetterCheck().checkAll(inputs, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(outputs.size(), inputs.size());
    for (int i = 0; i < outputs.size(); ++i) {
        EXPECT_EQ(outputs[i].input.name, inputs[i].name);
        EXPECT_EQ(outputs[i].result.findings.size(), outputs[0].result.findings.size());
    }
}

namespace {

// The rules that fire on a letter: rule packs and structure checks, without the sentence
// model (whose judgement moves each time it is trained; tests/core/sentencemodel_test.cpp).
QStringList firedRules(const QString &letter)
{
    QFile file(test::dataPath(QStringLiteral("letters/") + letter));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << letter.toStdString();
    const core::Checker checker(core::RuleSet::load(QStringLiteral("en")), nullptr);
    services::HyphenSyllableCounter counter(QStringLiteral("en-US"));
    const core::CheckResult result =
        checker.check(core::subjectFromText(QString::fromUtf8(file.readAll()), QStringLiteral("en-US")), {nullptr, &counter});
    QStringList ids;
    for (const core::Finding &finding : result.findings)
        ids.append(finding.rule);
    ids.sort();
    return ids;
}

} // namespace

TEST(PoorLetters_ProcessorBlame, BlamesThirdPartiesHidesTheAgentAndNeverOwnsTheMistake)
{
    EXPECT_EQ(firedRules(QStringLiteral("processor-blame.txt")),
              (QStringList{QStringLiteral("blame.third-party"), QStringLiteral("blame.third-party-fault"),
                           QStringLiteral("passive.you-were-charged"), QStringLiteral("structure.missing-responsibility")}));
}

TEST(PoorLetters_ConditionalApology, IsFlaggedAsConditionalAndNothingElse)
{
    EXPECT_EQ(firedRules(QStringLiteral("conditional-apology.txt")), QStringList{QStringLiteral("apology.conditional")});
}

TEST(PoorLetters_JargonWithoutRemedy, ReportsJargonClichesAndEveryMissingPart)
{
    EXPECT_EQ(firedRules(QStringLiteral("jargon-no-remedy.txt")),
              (QStringList{QStringLiteral("apology.any-inconvenience"), QStringLiteral("cliche.circle-back"),
                           QStringLiteral("cliche.please-be-advised"), QStringLiteral("cliche.timely"),
                           QStringLiteral("jargon.billing-cycle"), QStringLiteral("jargon.chargeback"),
                           QStringLiteral("jargon.discrepancy"), QStringLiteral("jargon.proration"),
                           QStringLiteral("jargon.reconciliation"), QStringLiteral("length.too-short"),
                           QStringLiteral("passive.agentless-act"), // "Your account was prorated incorrectly"
                           QStringLiteral("personalization.generic-greeting"), QStringLiteral("readability.reading-ease"),
                           QStringLiteral("structure.missing-contact"), QStringLiteral("structure.missing-explanation"),
                           QStringLiteral("structure.missing-improvement"), QStringLiteral("structure.missing-remedy"),
                           QStringLiteral("structure.missing-responsibility")}));
}

namespace {

int scoreOf(const core::CheckSubject &subject)
{
    const core::Checker checker(core::RuleSet::load(QStringLiteral("en")));
    services::HyphenSyllableCounter counter(subject.language);
    return core::scoreLetter(checker.check(subject, {nullptr, &counter})).value;
}

int scoreOfLetter(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("letters/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return scoreOf(core::subjectFromText(QString::fromUtf8(file.readAll()), QStringLiteral("en-US")));
}

} // namespace

TEST(ApologyScore_Weights, FavourResponsibilityThenRemedyAndAddUpToSeventy)
{
    int total = 0;
    for (core::Section section : core::kSections)
        total += core::sectionWeight(section);
    EXPECT_EQ(total, core::ApologyScore::kCoverageMaximum);
    for (core::Section section : core::kSections) {
        if (section != core::Section::Responsibility) {
            EXPECT_GT(core::sectionWeight(core::Section::Responsibility), core::sectionWeight(section));
        }
    }
    for (core::Section section : {core::Section::Regret, core::Section::Explanation, core::Section::Improvement, core::Section::Contact})
        EXPECT_GT(core::sectionWeight(core::Section::Remedy), core::sectionWeight(section));
    EXPECT_GT(core::findingPenalty(core::Severity::Error), core::findingPenalty(core::Severity::Warning));
    EXPECT_GT(core::findingPenalty(core::Severity::Warning), core::findingPenalty(core::Severity::Suggestion));
}

TEST(ApologyScore_Templates, ScoreAtLeastNinetyFive)
{
    const core::ScenarioLibrary library;
    for (const core::Scenario &scenario : library.scenarios(QStringLiteral("en"))) {
        core::Draft draft = core::draftFromScenario(scenario, QStringLiteral("en-GB"), QDate(2026, 11, 20));
        core::applySample(draft, scenario);
        EXPECT_GE(scoreOf(core::subjectFromDraft(draft)), 95) << scenario.id.toStdString();
    }
}

TEST(ApologyScore_PoorLetters, ScoreBelowTheTemplatesAndInOrderOfTheirFaults)
{
    const int conditional = scoreOfLetter(QStringLiteral("conditional-apology.txt"));
    const int processor = scoreOfLetter(QStringLiteral("processor-blame.txt"));
    const int jargon = scoreOfLetter(QStringLiteral("jargon-no-remedy.txt"));
    EXPECT_LT(conditional, 95); // "sorry if" is not an apology: regret earns nothing
    EXPECT_LT(processor, conditional);
    EXPECT_LT(jargon, processor);
    EXPECT_LT(jargon, 30);
    EXPECT_LE(processor, core::ApologyScore::kBlockedMaximum); // it never says the mistake was ours
}

TEST(ApologyScore_Blocked, ALetterWithAnEmptyRequiredFieldIsAPoorLetter)
{
    const core::ScenarioLibrary library;
    const core::Scenario scenario = library.scenarios(QStringLiteral("en")).first();
    core::Draft draft = core::draftFromScenario(scenario, QStringLiteral("en-US"), QDate(2026, 11, 20));
    core::applySample(draft, scenario);
    draft.caseDetails.invoiceNumber.clear();
    EXPECT_LE(scoreOf(core::subjectFromDraft(draft)), core::ApologyScore::kBlockedMaximum);
}

TEST(EnglishVariants_Lists, AgreeWithTheDictionariesTheyWereDrawnFrom)
{
    // Given the British and American dictionaries
    std::array<std::unique_ptr<core::Speller>, 2> spellers;
    const std::array<QString, 2> languages{QStringLiteral("en-GB"), QStringLiteral("en-US")};
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const std::optional<services::DictionaryPaths> paths = services::DictionaryFinder().find(languages[i]);
        if (!paths)
            GTEST_SKIP() << "no Hunspell dictionary for " << languages[i].toStdString() << " (Debian hunspell-en-gb / hunspell-en-us)";
        services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(*paths);
        ASSERT_TRUE(loaded.speller) << loaded.error.toStdString();
        spellers[i] = std::move(loaded.speller);
    }
    core::Speller &british = *spellers[0];
    core::Speller &american = *spellers[1];
    // then every British spelling of the shipped lists is British only, and every
    // American one American only (make-en-variants.py draws them from these)
    QFile file(QStringLiteral(":/spelling/en-variants.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    int britishWords = 0;
    int americanWords = 0;
    QByteArray part;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith('[')) {
            part = line;
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString word = QString::fromUtf8(line);
        const bool isBritish = part == "[british]";
        EXPECT_EQ(british.isCorrect(word), isBritish) << word.toStdString();
        EXPECT_EQ(american.isCorrect(word), !isBritish) << word.toStdString();
        (isBritish ? britishWords : americanWords) += 1;
    }
    EXPECT_GT(britishWords, 1000);
    EXPECT_GT(americanWords, 500);
}

TEST(Scenarios_CheckWithSpelling, EveryTemplateIsSpelledCorrectlyInBothEnglishes)
{
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    const core::Checker checker(rules);
    const core::ScenarioLibrary library;
    for (const QString &language : {QStringLiteral("en-US"), QStringLiteral("en-GB")}) {
        const std::optional<services::DictionaryPaths> paths = services::DictionaryFinder().find(language);
        if (!paths)
            GTEST_SKIP() << "no Hunspell dictionary for " << language.toStdString() << " (Debian hunspell-en-us / hunspell-en-gb)";
        services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(*paths);
        ASSERT_TRUE(loaded.speller) << loaded.error.toStdString();
        services::HyphenSyllableCounter counter(language);
        for (const core::Scenario &scenario : library.scenarios(QStringLiteral("en"))) {
            core::Draft draft = core::draftFromScenario(scenario, language, QDate(2026, 11, 20));
            core::applySample(draft, scenario);
            const core::CheckResult result = checker.check(core::subjectFromDraft(draft), {loaded.speller.get(), &counter});
            QStringList words;
            for (const core::Finding &finding : result.findings)
                words.append(finding.rule + QLatin1Char(':') + finding.excerpt);
            EXPECT_TRUE(result.findings.isEmpty()) << scenario.id.toStdString() << " " << language.toStdString() << ": "
                                                   << words.join(QLatin1String(", ")).toStdString();
        }
    }
}

namespace {

// Knows every word but one misspelling.
class OneMistakeSpeller : public core::Speller
{
public:
    QString language() const override { return QStringLiteral("en-US"); }
    bool isCorrect(const QString &word) override { return word != QLatin1String("refnd"); }
    QStringList suggestions(const QString &, int max) override { return QStringList{QStringLiteral("refund")}.mid(0, max); }
};

} // namespace

TEST(Checker_LongText, ChecksSpellingAlongsideTheRulesWithTheSameFindingsAsEachLetterAlone)
{
    // given a letter with one misspelling, and a text of the letter many times over (long
    // enough for the spelling pass to run on a thread of its own)
    const QString letter = QStringLiteral("Dear Ms Brown,\n\nWe are sorry for any inconvenience caused by a glitch in "
                                          "our billing system. We will refnd the second payment of $42.00 by 3 December."
                                          "\n\nYours sincerely,\nAna\n\n");
    constexpr int kCopies = 600;
    const QString text = letter.repeated(kCopies);
    ASSERT_GT(text.size(), 64 * 1024);
    const core::Checker checker(core::RuleSet::load(QStringLiteral("en")));
    OneMistakeSpeller speller;
    services::HyphenSyllableCounter counter(QStringLiteral("en-US"));
    core::CheckOptions options;
    options.maxSpellingSuggestions = 1;
    // when the long text and the letter alone are checked
    const core::CheckResult alone = checker.check(core::subjectFromText(letter, QStringLiteral("en-US")), {&speller, &counter}, options);
    const core::CheckResult whole = checker.check(core::subjectFromText(text, QStringLiteral("en-US")), {&speller, &counter}, options);
    // then every copy has its misspelling, with the correction, at the same place
    QList<qsizetype> starts;
    for (const core::Finding &finding : whole.findings) {
        if (finding.rule == QLatin1String("spelling")) {
            starts.append(finding.start);
            EXPECT_EQ(finding.suggestions, QStringList{QStringLiteral("refund")});
        }
    }
    const qsizetype offset = letter.indexOf(QLatin1String("refnd"));
    ASSERT_EQ(starts.size(), kCopies);
    for (int i = 0; i < kCopies; ++i)
        EXPECT_EQ(starts[i], i * letter.size() + offset);
    // and the rule findings of the copies are those of the letter alone
    const auto ruleFindings = [](const core::CheckResult &result, qsizetype end) {
        QStringList found;
        for (const core::Finding &finding : result.findings) {
            if (finding.start < end && finding.category != QLatin1String("length"))
                found.append(QStringLiteral("%1@%2").arg(finding.rule).arg(finding.start));
        }
        return found;
    };
    EXPECT_GE(ruleFindings(alone, letter.size()).size(), 3);
    EXPECT_EQ(ruleFindings(whole, letter.size()), ruleFindings(alone, letter.size()));
    // and every later copy but the last (where the letter-wide findings go) has the same
    // findings on its words as the second copy
    const auto copyFindings = [&whole, &letter](int copy) {
        QStringList found;
        const qsizetype from = copy * letter.size();
        for (const core::Finding &finding : whole.findings) {
            if (finding.start >= from && finding.start < from + letter.size() && finding.end > finding.start)
                found.append(QStringLiteral("%1@%2").arg(finding.rule).arg(finding.start - from));
        }
        return found;
    };
    const QStringList second = copyFindings(1);
    EXPECT_GE(second.size(), 3);
    for (int copy = 2; copy < kCopies - 1; ++copy)
        ASSERT_EQ(copyFindings(copy), second) << copy;
}
