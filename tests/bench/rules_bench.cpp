// Loading the built-in rule packs: for each data language, RuleSet::compile() (the packs
// compiled) beside RuleSet::load() (their compiled form, embedded at build time), each
// several times, with the median wall time, the median processor time of the loading
// thread (steadier than wall time on a busy machine) and the heap the loaded rule set
// holds (glibc's mallinfo2: bytes in use after loading minus before).
//
//   bench_rules [RUNS [LANGUAGE...]]   (default 15 runs of en, pt-BR and es)
#include "benchstats.h"

#include "core/ruleset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <malloc.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace amends;
using bench::median;

namespace {

double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

std::size_t heapInUse()
{
    return mallinfo2().uordblks;
}

// Medians of @p runs loads by @p load.
struct Measured {
    double wall = 0;
    double cpu = 0;
    double heap = 0;
    int rules = 0;
    int errors = 0;
    bool fromCompiledForm = false;
};

Measured measure(int runs, const std::function<std::shared_ptr<const core::RuleSet>()> &load)
{
    std::vector<double> times;
    std::vector<double> cpuTimes;
    std::vector<double> heaps;
    Measured measured;
    for (int run = 0; run < runs; ++run) {
        const std::size_t before = heapInUse();
        const double cpuBefore = threadMilliseconds();
        QElapsedTimer timer;
        timer.start();
        const std::shared_ptr<const core::RuleSet> set = load();
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpuTimes.push_back(threadMilliseconds() - cpuBefore);
        heaps.push_back((double(heapInUse()) - double(before)) / (1024.0 * 1024.0));
        measured.rules = static_cast<int>(set->rules().size());
        measured.errors = static_cast<int>(set->errors().size());
        measured.fromCompiledForm = set->isFromCompiledForm();
    }
    measured.wall = median(times);
    measured.cpu = median(cpuTimes);
    measured.heap = median(heaps);
    return measured;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    // One load of each kind first, so that what every load shares (Qt's resources,
    // translations, the stemmers' tables) is not counted.
    core::RuleSet::compile(QStringLiteral("en"));
    core::RuleSet::load(QStringLiteral("en"));
    std::printf("%-6s %-9s %10s %10s %12s %9s %10s\n", "lang", "from", "load (ms)", "cpu (ms)", "heap (MB)", "rules", "errors");
    QStringList languages = QCoreApplication::arguments().mid(2);
    if (languages.isEmpty())
        languages = {QStringLiteral("en"), QStringLiteral("pt-BR"), QStringLiteral("es")};
    for (const QString &language : std::as_const(languages)) {
        const Measured compiled = measure(runs, [&] { return core::RuleSet::compile(language); });
        const Measured loaded = measure(runs, [&] { return core::RuleSet::load(language); });
        for (const Measured &m : {compiled, loaded}) {
            std::printf("%-6s %-9s %10.1f %10.1f %12.2f %9d %10d\n", qPrintable(language), m.fromCompiledForm ? "compiled" : "packs",
                        m.wall, m.cpu, m.heap, m.rules, m.errors);
        }
    }
    std::printf("(medians of %d loads each; packs: compiled at load, compiled: read from the compiled form)\n", runs);
    return 0;
}
