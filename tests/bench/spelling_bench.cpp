// Speed of the spelling pass in process: tokenising, checking with a cold and a warm
// word cache, and Hunspell without the cache, on about 1 MB of letter text.
// tests/bench/spelling.sh runs it next to `amends-cli spell`, `hunspell -l` and
// `aspell list`.
//
//   bench_spelling [Google Benchmark options]
//   bench_spelling --write-corpus FILE [CHARACTERS]   writes the benchmark text (UTF-8)

#include "spellingcorpus.h"

#include "core/acceptedwords.h"
#include "core/cachingspeller.h"
#include "core/spellcheck.h"
#include "core/wordtokenizer.h"
#include "services/dictionaryfinder.h"
#include "services/hunspellspeller.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstring>

using namespace amends;

namespace {

constexpr qsizetype kCorpusSize = 1'000'000;

const QString &corpus()
{
    static const QString text = bench::spellingCorpus(kCorpusSize);
    return text;
}

qsizetype corpusWords()
{
    static const qsizetype words = core::WordTokenizer::tokenize(corpus()).size();
    return words;
}

// en-US from the system; the benchmarks skip without it.
services::HunspellSpeller *enUs()
{
    static std::unique_ptr<services::HunspellSpeller> speller = [] {
        const std::optional<services::DictionaryPaths> paths = services::DictionaryFinder().find(QStringLiteral("en-US"));
        return paths ? services::HunspellSpeller::load(*paths).speller : nullptr;
    }();
    return speller.get();
}

// A speller that forwards to another without owning it, so the cache can be rebuilt.
class Borrowed : public core::Speller
{
public:
    explicit Borrowed(core::Speller &inner)
        : m_inner(inner)
    {
    }
    QString language() const override { return m_inner.language(); }
    bool isCorrect(const QString &word) override { return m_inner.isCorrect(word); }
    QStringList suggestions(const QString &word, int max) override { return m_inner.suggestions(word, max); }

private:
    core::Speller &m_inner;
};

void setWordsPerSecond(benchmark::State &state)
{
    state.counters["words/s"] = benchmark::Counter(static_cast<double>(corpusWords()) * state.iterations(),
                                                   benchmark::Counter::kIsRate);
}

void BM_Tokenize(benchmark::State &state)
{
    for (auto _ : state) {
        core::WordTokenizer tokenizer(corpus());
        qsizetype count = 0;
        while (tokenizer.next())
            ++count;
        benchmark::DoNotOptimize(count);
    }
    setWordsPerSecond(state);
}

// One pass as `amends-cli spell` makes it: a fresh word cache per text.
void BM_SpellPassColdCache(benchmark::State &state)
{
    if (!enUs())
        return state.SkipWithError("the en_US dictionary is not installed");
    const core::AcceptedWords none;
    for (auto _ : state) {
        core::CachingSpeller speller(std::make_unique<Borrowed>(*enUs()));
        benchmark::DoNotOptimize(core::SpellCheck::findMisspellings(corpus(), speller, none).size());
    }
    setWordsPerSecond(state);
}

// Passes as the editor makes them: the cache lives as long as the dictionary.
void BM_SpellPassWarmCache(benchmark::State &state)
{
    if (!enUs())
        return state.SkipWithError("the en_US dictionary is not installed");
    const core::AcceptedWords none;
    core::CachingSpeller speller(std::make_unique<Borrowed>(*enUs()));
    core::SpellCheck::findMisspellings(corpus(), speller, none);
    for (auto _ : state)
        benchmark::DoNotOptimize(core::SpellCheck::findMisspellings(corpus(), speller, none).size());
    setWordsPerSecond(state);
}

// Every word handed to Hunspell: what the cache saves.
void BM_SpellPassNoCache(benchmark::State &state)
{
    if (!enUs())
        return state.SkipWithError("the en_US dictionary is not installed");
    const core::AcceptedWords none;
    for (auto _ : state)
        benchmark::DoNotOptimize(core::SpellCheck::findMisspellings(corpus(), *enUs(), none).size());
    setWordsPerSecond(state);
}

int writeCorpus(const char *path, qsizetype characters)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_spelling: cannot write %s\n", path);
        return 2;
    }
    file.write(bench::spellingCorpus(characters).toUtf8());
    return 0;
}

} // namespace

BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SpellPassColdCache)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SpellPassWarmCache)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SpellPassNoCache)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && std::strcmp(argv[1], "--write-corpus") == 0)
        return writeCorpus(argv[2], argc >= 4 ? std::atoll(argv[3]) : kCorpusSize);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
