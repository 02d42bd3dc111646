// Speed of the checker: one letter as the editor checks it on every pause in typing,
// and throughput on a large text.

#include "core/checker.h"
#include "core/scenario.h"
#include "core/cachingspeller.h"
#include "services/dictionaryfinder.h"
#include "services/hunspellspeller.h"
#include "services/hyphensyllablecounter.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>

using namespace amends;

namespace {

const core::Checker &checker()
{
    static const core::Checker instance(core::RuleSet::load(QStringLiteral("en")));
    return instance;
}

// A filled-in scenario letter padded with poor sentences to about 500 words.
core::CheckSubject letterOf500Words()
{
    const core::ScenarioLibrary library;
    const core::Scenario scenario = library.scenarios(QStringLiteral("en")).first();
    core::Draft draft = core::draftFromScenario(scenario, QStringLiteral("en-US"), QDate(2026, 11, 20));
    core::applySample(draft, scenario);
    QString extra;
    while (core::subjectFromDraft(draft).text.split(QLatin1Char(' ')).size() < 500) {
        extra += QStringLiteral(" We regret any inconvenience this may have caused. Due to a glitch in our billing system, you were charged twice.");
        draft.setSection(core::Section::Explanation, scenario.text(core::Section::Explanation) + extra);
    }
    return core::subjectFromDraft(draft);
}

// A folder's worth of letters: every scenario letter filled in, and every rule's bad and
// good examples as paragraphs of poorer letters, repeated to the size asked for.
QString largeText(qsizetype bytes)
{
    const core::ScenarioLibrary library;
    QString corpus;
    for (const core::Scenario &scenario : library.scenarios(QStringLiteral("en"))) {
        core::Draft draft = core::draftFromScenario(scenario, QStringLiteral("en-US"), QDate(2026, 11, 20));
        core::applySample(draft, scenario);
        corpus += core::subjectFromDraft(draft).text + QLatin1Char('\n');
    }
    for (const core::Rule &rule : checker().rules().rules())
        corpus += rule.badExamples.join(QLatin1Char(' ')) + QLatin1Char(' ') + rule.goodExamples.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
    QString text;
    const qsizetype corpusBytes = corpus.toUtf8().size();
    for (qsizetype size = 0; size < bytes; size += corpusBytes)
        text += corpus;
    return text;
}

// A team's folder: @p count short letters, each with two slips of common words (two
// letters swapped, one doubled), so that the same misspelling turns up in several letters
// and different ones in others, as in the letters of a team.
bool writeFolder(const QString &directory, int count)
{
    static const char *const kWords[] = {"refunded", "payment", "mistake", "questions", "billing",
                                         "charged", "manual", "happening", "reach", "within"};
    constexpr int kWordCount = int(std::size(kWords));
    const auto swapped = [](QString word, int at) {
        at = 1 + at % int(word.size() - 2);
        if (word[at] == word[at + 1]) // "happening": swap letters that differ
            at = at + 2 < word.size() ? at + 1 : at - 1;
        std::swap(word[at], word[at + 1]);
        return word;
    };
    const auto doubled = [](QString word, int at) {
        at = 1 + at % int(word.size() - 2);
        return word.insert(at, word[at]);
    };
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral(
            "Dear Ms Carter,\n\n"
            "I am sorry that we charged you twice for your March bill. This was our mistake: our billing "
            "team entered the payment twice.\n\n"
            "We have refunded the extra $42.00 to your card today, and it should reach you within five days.\n\n"
            "To stop this happening again, we now check every manual payment before it is taken.\n\n"
            "If you have any questions, reply to this email or call me on 555-0100.\n\n"
            "Kind regards,\nJordan Blake\n");
        const QString first = QString::fromLatin1(kWords[i % kWordCount]);
        const QString second = QString::fromLatin1(kWords[(3 * i + 1) % kWordCount]);
        text.replace(text.indexOf(first), first.size(), swapped(first, i / kWordCount));
        if (const qsizetype at = text.indexOf(second); at >= 0)
            text.replace(at, second.size(), doubled(second, i / 7));
        QFile file(QStringLiteral("%1/letter-%2.txt").arg(directory).arg(i, 3, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return false;
    }
    return true;
}

// The editor's speller: Hunspell behind the word cache.
std::unique_ptr<core::Speller> englishSpeller()
{
    const std::optional<services::DictionaryPaths> paths = services::DictionaryFinder().find(QStringLiteral("en-US"));
    if (!paths)
        return nullptr;
    services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(*paths);
    return loaded.speller ? std::make_unique<core::CachingSpeller>(std::move(loaded.speller)) : nullptr;
}

void BM_CheckLetter500Words(benchmark::State &state)
{
    const core::CheckSubject subject = letterOf500Words();
    services::HyphenSyllableCounter syllables(subject.language);
    const std::unique_ptr<core::Speller> speller = englishSpeller();
    if (!speller)
        state.SkipWithError("no en_US Hunspell dictionary");
    const core::CheckTools tools{speller.get(), &syllables};
    core::CheckOptions options;
    options.maxSpellingSuggestions = 0; // as in the editor: corrections are asked for on demand
    checker().check(subject, tools, options); // warm the caches, as in the editor
    for (auto _ : state)
        benchmark::DoNotOptimize(checker().check(subject, tools, options));
    state.counters["words"] = static_cast<double>(subject.text.split(QLatin1Char(' ')).size());
}
BENCHMARK(BM_CheckLetter500Words)->Unit(benchmark::kMicrosecond);

void BM_CheckLargeText(benchmark::State &state)
{
    const QString text = largeText(state.range(0));
    const core::CheckSubject subject = core::subjectFromText(text, QStringLiteral("en-US"));
    services::HyphenSyllableCounter syllables(subject.language);
    for (auto _ : state)
        benchmark::DoNotOptimize(checker().check(subject, {nullptr, &syllables}));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.toUtf8().size());
}
BENCHMARK(BM_CheckLargeText)->Arg(1 << 20)->Arg(5 << 20)->Unit(benchmark::kMillisecond)->Iterations(3);

// Texts no letter looks like, each about 1 MB, that once made a pass over the text take
// time growing with the square of its length. Each should check in about the time of
// an ordinary megabyte.
enum Adversarial { PunctuationRuns, DotRuns, OneWord, NoSpaces, BlankLines, Abbreviations, LongLines, AdversarialKinds };

const char *adversarialName(int kind)
{
    static const char *const names[] = {"punctuation runs", "dot runs", "one word", "no spaces", "blank lines", "abbreviations", "long lines"};
    return names[kind];
}

QString adversarialText(int kind, qsizetype size)
{
    QString unit;
    switch (kind) {
    case PunctuationRuns: unit = QString(5000, u'!') + QStringLiteral("x"); break;
    case DotRuns: unit = QString(5000, u'.') + QStringLiteral("x ") + QString(5000, u'?') + QStringLiteral("\u201D)y"); break;
    case OneWord: return QString(size, u'a');
    case NoSpaces: unit = QStringLiteral("sorry.for,the-inconvenience!we'd!refund?it;"); break;
    case BlankLines: unit = QStringLiteral("\n \n\t\n\n"); break;
    case Abbreviations: unit = QStringLiteral("e.g. Mr. Dr. i.e. etc. vs. Inc. "); break;
    case LongLines: unit = QString(2000, u' ') + QStringLiteral("word ") + QString(2000, u' ') + QStringLiteral("\n"); break;
    }
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size)
        text += unit;
    return text;
}

void BM_CheckAdversarialText(benchmark::State &state)
{
    const int kind = static_cast<int>(state.range(0));
    const QString text = adversarialText(kind, 1 << 20);
    const core::CheckSubject subject = core::subjectFromText(text, QStringLiteral("en-US"));
    services::HyphenSyllableCounter syllables(subject.language);
    const std::unique_ptr<core::Speller> speller = englishSpeller();
    core::CheckOptions options;
    options.maxSpellingSuggestions = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(checker().check(subject, {speller.get(), &syllables}, options));
    state.SetLabel(adversarialName(kind));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.toUtf8().size());
}
BENCHMARK(BM_CheckAdversarialText)->DenseRange(0, AdversarialKinds - 1)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // `--write-text FILE BYTES` writes the large text for the whole-process comparison.
    if (argc == 4 && QByteArray(argv[1]) == "--write-text") {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(largeText(QByteArray(argv[3]).toLongLong()).toUtf8());
        return 0;
    }
    // `--write-folder DIR COUNT` writes a team's folder of short letters into DIR.
    if (argc == 4 && QByteArray(argv[1]) == "--write-folder")
        return writeFolder(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt()) ? 0 : 2;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
