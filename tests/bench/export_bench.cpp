// Exporting one letter in process: PDF (plain and PDF/A-1b), the email with its PDF,
// and ODT. tests/bench/export.sh compares the PDF with amends-cli and LibreOffice.
#include "core/draftfile.h"
#include "services/letterexport.h"

#include "testsupport.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace amends;

namespace {

// The letter to export: the draft named by AMENDS_BENCH_DRAFT (export.sh passes the
// one it also gives amends-cli and LibreOffice), else the test suite's sample.
core::Draft benchDraft()
{
    const QString path = qEnvironmentVariable("AMENDS_BENCH_DRAFT");
    if (path.isEmpty())
        return test::sampleDraft();
    return core::DraftFile::load(path).draft.value_or(test::sampleDraft());
}

void exportOnce(benchmark::State &state, services::ExportFormat format, bool archival)
{
    static const core::Draft draft = benchDraft();
    services::ExportOptions options;
    options.archival = archival;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const services::ExportResult result = services::exportLetter(draft, format, options);
        if (result.data.isEmpty())
            state.SkipWithError(qPrintable(result.error));
        bytes = static_cast<std::size_t>(result.data.size());
        benchmark::DoNotOptimize(result.data.constData());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}

// One word of range(0) characters in the explanation: Qt's line layout was quadratic in
// the length of a token (200 KB took 8.6 s) until long words got break opportunities.
void BM_ExportPdfOneLongWord(benchmark::State &state)
{
    core::Draft draft = test::sampleDraft();
    draft.setSection(core::Section::Explanation, QString(state.range(0), u'x'));
    services::ExportOptions options;
    for (auto _ : state) {
        const services::ExportResult result = services::exportLetter(draft, services::ExportFormat::Pdf, options);
        if (result.data.isEmpty())
            state.SkipWithError(qPrintable(result.error));
        benchmark::DoNotOptimize(result.data.constData());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

void BM_ExportPdf(benchmark::State &state) { exportOnce(state, services::ExportFormat::Pdf, false); }
void BM_ExportPdfA(benchmark::State &state) { exportOnce(state, services::ExportFormat::Pdf, true); }
void BM_ExportEml(benchmark::State &state) { exportOnce(state, services::ExportFormat::Email, false); }
void BM_ExportOdt(benchmark::State &state) { exportOnce(state, services::ExportFormat::Odt, false); }

} // namespace

BENCHMARK(BM_ExportPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportPdfA)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportEml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportOdt)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportPdfOneLongWord)->Arg(200 << 10)->Arg(1 << 20)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
