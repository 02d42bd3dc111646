// The compiled form of the built-in rule sets (RuleSet::serialize(), deserialize(),
// loadBuiltIn()): a set read back checks every text exactly as the compiled one, and a
// damaged or stale compiled form is never used.
#include "core/checker.h"
#include "core/language.h"
#include "core/ruleset.h"
#include "core/scenario.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <tuple>

using namespace amends;

namespace {

QStringList dataLanguages()
{
    return QDir(QStringLiteral(":/rules")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList sources(const QList<core::PhrasePattern> &patterns)
{
    QStringList list;
    for (const core::PhrasePattern &pattern : patterns)
        list.append(pattern.source());
    return list;
}

// Every match of every pattern of @p index in @p text: (tag, first token, end token).
QList<std::tuple<int, int, int>> matches(const core::PatternIndex &index, const core::TextScan &scan, const QList<int> &ids)
{
    QList<std::tuple<int, int, int>> found;
    index.scan(scan, ids, [&](int tag, int first, int end) { found.append({tag, first, end}); });
    return found;
}

// The texts both sets are checked on: each rule's examples and each filled scenario letter.
QList<core::CheckSubject> subjects(const core::RuleSet &rules)
{
    const QString tag = core::normaliseLanguageTag(rules.language());
    QList<core::CheckSubject> list;
    for (const core::Rule &rule : rules.rules()) {
        for (const QString &text : rule.badExamples + rule.goodExamples)
            list.append(core::subjectFromText(text, tag));
    }
    const core::ScenarioLibrary library;
    for (const core::Scenario &scenario : library.scenarios(rules.language())) {
        core::Draft draft = core::draftFromScenario(scenario, tag, QDate(2026, 11, 20));
        list.append(core::subjectFromDraft(draft));
        core::applySample(draft, scenario);
        list.append(core::subjectFromDraft(draft));
    }
    return list;
}

// Word numbers depend on the order a compilation meets the words in, which may differ
// from one process to another: @p sameNumbers when @p read was made from @p compiled.
void expectSameRules(const core::RuleSet &compiled, const core::RuleSet &read, bool sameNumbers)
{
    EXPECT_EQ(read.language(), compiled.language());
    EXPECT_EQ(read.errors(), compiled.errors());
    EXPECT_EQ(read.disabledByPacks(), compiled.disabledByPacks());
    EXPECT_EQ(read.vocabulary().size(), compiled.vocabulary().size());
    ASSERT_EQ(read.rules().size(), compiled.rules().size());
    for (qsizetype r = 0; r < compiled.rules().size(); ++r) {
        const core::Rule &a = compiled.rules()[r];
        const core::Rule &b = read.rules()[r];
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.category, a.category) << a.id.toStdString();
        EXPECT_EQ(b.severity, a.severity) << a.id.toStdString();
        EXPECT_EQ(sources(b.patterns), sources(a.patterns)) << a.id.toStdString();
        EXPECT_EQ(sources(b.unless), sources(a.unless)) << a.id.toStdString();
        EXPECT_EQ(b.regexes, a.regexes) << a.id.toStdString();
        EXPECT_EQ(b.message, a.message) << a.id.toStdString();
        EXPECT_EQ(b.explanation, a.explanation) << a.id.toStdString();
        EXPECT_EQ(b.source, a.source) << a.id.toStdString();
        EXPECT_EQ(b.suggestions, a.suggestions) << a.id.toStdString();
        EXPECT_EQ(b.badExamples, a.badExamples) << a.id.toStdString();
        EXPECT_EQ(b.goodExamples, a.goodExamples) << a.id.toStdString();
        EXPECT_EQ(b.packName, a.packName) << a.id.toStdString();
        EXPECT_EQ(b.required, a.required) << a.id.toStdString();
        for (qsizetype p = 0; sameNumbers && p < std::min(a.patterns.size(), b.patterns.size()); ++p) {
            EXPECT_EQ(b.patterns[p].startPairs(), a.patterns[p].startPairs()) << a.patterns[p].source().toStdString();
            EXPECT_EQ(b.patterns[p].startsAnywhere(), a.patterns[p].startsAnywhere()) << a.patterns[p].source().toStdString();
        }
    }
    const core::StructureData &a = compiled.structure();
    const core::StructureData &b = read.structure();
    EXPECT_EQ(b.sectionCues.keys().size(), a.sectionCues.keys().size());
    for (auto it = a.sectionCues.begin(); it != a.sectionCues.end(); ++it)
        EXPECT_EQ(sources(b.sectionCues.value(it.key())), sources(it.value())) << it.key().toStdString();
    EXPECT_EQ(b.sectionCuesUnless.keys().size(), a.sectionCuesUnless.keys().size());
    for (auto it = a.sectionCuesUnless.begin(); it != a.sectionCuesUnless.end(); ++it)
        EXPECT_EQ(sources(b.sectionCuesUnless.value(it.key())), sources(it.value())) << it.key().toStdString();
    EXPECT_EQ(sources(b.apologyCues), sources(a.apologyCues));
    EXPECT_EQ(sources(b.genericGreetings), sources(a.genericGreetings));
    EXPECT_EQ(sources(b.channelCues), sources(a.channelCues));
    EXPECT_EQ(b.specificsRegex, a.specificsRegex);
    EXPECT_EQ(b.channelRegex, a.channelRegex);
    EXPECT_EQ(b.greetingLine, a.greetingLine);
    EXPECT_EQ(b.closingLine, a.closingLine);
    EXPECT_EQ(b.acronymAllowList, a.acronymAllowList);
    EXPECT_EQ(b.emphasisWords, a.emphasisWords);
    EXPECT_FALSE(a.emphasisWords.isEmpty());
    EXPECT_EQ(b.readabilityExplanation, a.readabilityExplanation);
    EXPECT_EQ(b.readabilitySource, a.readabilitySource);
    EXPECT_EQ(b.readabilityMinimum, a.readabilityMinimum);
    EXPECT_EQ(b.readabilityMaximum, a.readabilityMaximum);
    EXPECT_EQ(b.longSentenceWords, a.longSentenceWords);
    EXPECT_EQ(b.shortLetterWords, a.shortLetterWords);
    EXPECT_EQ(b.longLetterWords, a.longLetterWords);
    EXPECT_EQ(b.maxApologies, a.maxApologies);
    EXPECT_EQ(b.promptBusinessDays, a.promptBusinessDays);
    EXPECT_EQ(read.scanRules().contractions, compiled.scanRules().contractions);
    EXPECT_EQ(read.scanRules().suffixes, compiled.scanRules().suffixes);
    EXPECT_EQ(read.scanRules().abbreviations, compiled.scanRules().abbreviations);
}

void expectSameChecks(const std::shared_ptr<const core::RuleSet> &compiled, const std::shared_ptr<const core::RuleSet> &read,
                      bool sameNumbers)
{
    const core::Checker compiledChecker(compiled);
    const core::Checker readChecker(read);
    const QList<core::CheckSubject> texts = subjects(*compiled);
    ASSERT_GT(texts.size(), 100);
    for (const core::CheckSubject &subject : texts) {
        const core::TextScan scan(subject.text, compiled->scanRules());
        const QList<int> ids = compiled->vocabulary().tokenIds(scan);
        const QList<int> readIds = read->vocabulary().tokenIds(core::TextScan(subject.text, read->scanRules()));
        if (sameNumbers) {
            ASSERT_EQ(readIds, ids) << subject.text.toStdString();
        }
        EXPECT_EQ(matches(read->ruleIndex(), scan, readIds), matches(compiled->ruleIndex(), scan, ids)) << subject.text.toStdString();
        EXPECT_EQ(matches(read->sectionCueIndex(), scan, readIds), matches(compiled->sectionCueIndex(), scan, ids))
            << subject.text.toStdString();
        EXPECT_EQ(matches(read->cueIndex(), scan, readIds), matches(compiled->cueIndex(), scan, ids)) << subject.text.toStdString();
        const core::CheckResult a = compiledChecker.check(subject);
        const core::CheckResult b = readChecker.check(subject);
        EXPECT_EQ(b.findings, a.findings) << subject.text.toStdString();
        EXPECT_EQ(b.metrics.sectionsPresent, a.metrics.sectionsPresent) << subject.text.toStdString();
        EXPECT_EQ(b.coverage.paragraphSections, a.coverage.paragraphSections) << subject.text.toStdString();
    }
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST(RuleSet_CompiledForm, ReadBackChecksEveryExampleAndScenarioLetterAsCompiling)
{
    for (const QString &language : dataLanguages()) {
        SCOPED_TRACE(language.toStdString());
        const auto compiled = core::RuleSet::compile(language);
        ASSERT_FALSE(compiled->isFromCompiledForm());
        ASSERT_TRUE(compiled->errors().isEmpty());
        QString error;
        const auto read = core::RuleSet::deserialize(compiled->serialize(core::RuleSet::packsHash(language)),
                                                     core::RuleSet::packsHash(language), &error);
        ASSERT_TRUE(read) << error.toStdString();
        EXPECT_TRUE(read->isFromCompiledForm());
        expectSameRules(*compiled, *read, true);
        expectSameChecks(compiled, read, true);
    }
}

TEST(RuleSet_CompiledForm, TheProgramsEmbeddedFormIsUsedForTheBuiltInPacksAlone)
{
    for (const QString &language : dataLanguages()) {
        SCOPED_TRACE(language.toStdString());
        const auto loaded = core::RuleSet::load(language);
        EXPECT_TRUE(loaded->isFromCompiledForm());
        const auto compiled = core::RuleSet::compile(language);
        expectSameRules(*compiled, *loaded, false);
        expectSameChecks(compiled, loaded, false);
    }
    QTemporaryDir dir;
    const QString house = dir.filePath(QStringLiteral("house.json"));
    write(house, R"({"format": "amends-rules", "version": 1, "language": "en", "name": "House"})");
    EXPECT_FALSE(core::RuleSet::load(QStringLiteral("en"), {house})->isFromCompiledForm());
    EXPECT_FALSE(core::RuleSet::load(QStringLiteral("en"), core::WordStemmer::forLanguage(QStringLiteral("en")))->isFromCompiledForm());
}

// Once read, the embedded form's pages are given back to the system; reading it again
// (as each language's first check in another process would) reads them from the program
// file, the same bytes.
TEST(RuleSet_CompiledForm, ReadAgainAfterItsPagesWereGivenBackItGivesTheSameRules)
{
    for (const QString &language : dataLanguages()) {
        SCOPED_TRACE(language.toStdString());
        const auto first = core::RuleSet::load(language);
        const auto second = core::RuleSet::load(language);
        ASSERT_TRUE(first->isFromCompiledForm());
        ASSERT_TRUE(second->isFromCompiledForm());
        expectSameRules(*first, *second, false);
    }
}

TEST(RuleSet_CompiledForm, ADamagedOrCutFormIsRefusedWithAReasonAndThePacksAreCompiled)
{
    const QString language = QStringLiteral("pt-BR");
    const QByteArray hash = core::RuleSet::packsHash(language);
    const QByteArray bytes = core::RuleSet::compile(language)->serialize(hash);
    QList<QByteArray> broken = {QByteArray(), bytes.left(3), bytes.left(40), bytes.left(bytes.size() / 2), bytes.chopped(1),
                                bytes + 'x', QByteArray(bytes.size(), 'a')};
    for (const qsizetype at : {qsizetype(20), qsizetype(60), bytes.size() / 3, bytes.size() - 2}) {
        QByteArray flipped = bytes;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
        broken.append(flipped);
    }
    QTemporaryDir dir;
    for (const QByteArray &damaged : std::as_const(broken)) {
        QString error;
        EXPECT_FALSE(core::RuleSet::deserialize(damaged, hash, &error)) << damaged.size();
        EXPECT_FALSE(error.isEmpty()) << damaged.size();
        const QString path = dir.filePath(QStringLiteral("damaged.rules"));
        write(path, damaged);
        const auto loaded = core::RuleSet::loadBuiltIn(language, path);
        EXPECT_FALSE(loaded->isFromCompiledForm());
        EXPECT_TRUE(loaded->errors().isEmpty());
        EXPECT_EQ(loaded->rules().size(), core::RuleSet::compile(language)->rules().size());
    }
    const QString missing = dir.filePath(QStringLiteral("missing.rules"));
    EXPECT_FALSE(core::RuleSet::loadBuiltIn(language, missing)->isFromCompiledForm());
    const QString good = dir.filePath(QStringLiteral("good.rules"));
    write(good, bytes);
    EXPECT_TRUE(core::RuleSet::loadBuiltIn(language, good)->isFromCompiledForm());
}

TEST(RuleSet_CompiledForm, AFormMadeFromOtherPacksIsNotUsed)
{
    const QString language = QStringLiteral("es");
    const QByteArray hash = core::RuleSet::packsHash(language);
    EXPECT_EQ(hash, core::RuleSet::packsHash(language));
    EXPECT_NE(hash, core::RuleSet::packsHash(QStringLiteral("en")));
    // The same packs with one character changed, outside the resources.
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(language));
    const QStringList packs = QDir(QStringLiteral(":/rules/") + language).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(packs.isEmpty());
    for (const QString &name : packs) {
        QFile pack(QStringLiteral(":/rules/%1/%2").arg(language, name));
        ASSERT_TRUE(pack.open(QIODevice::ReadOnly));
        write(QStringLiteral("%1/%2/%3").arg(dir.path(), language, name), pack.readAll());
    }
    const QByteArray copied = core::RuleSet::packsHash(language, dir.path());
    QFile first(QStringLiteral("%1/%2/%3").arg(dir.path(), language, packs.first()));
    ASSERT_TRUE(first.open(QIODevice::Append));
    first.write(" ");
    first.close();
    EXPECT_NE(core::RuleSet::packsHash(language, dir.path()), copied);

    const auto compiled = core::RuleSet::compile(language);
    QString error;
    EXPECT_FALSE(core::RuleSet::deserialize(compiled->serialize(core::RuleSet::packsHash(language, dir.path())), hash, &error));
    EXPECT_FALSE(error.isEmpty());
    const QString stale = dir.filePath(QStringLiteral("stale.rules"));
    write(stale, compiled->serialize(core::RuleSet::packsHash(language, dir.path())));
    EXPECT_FALSE(core::RuleSet::loadBuiltIn(language, stale)->isFromCompiledForm());
}
