// One keystroke in the main window, measured to the moment the writer sees its
// effect: the preview shows the new letter and the findings are marked. Typed into
// the Regret editor of a letter of the given length (the sample scenario, then the
// same paragraphs repeated), key by key through the event loop.
//
//   bench_keystroke [WORDS] [KEYS]      (defaults: 400 words, 60 keys)
//
// Prints the median and 90th percentile of key → preview and key → findings, and the
// CPU time the GUI thread spends per key.

#include "core/draftdocument.h"
#include "core/settings.h"
#include "ui/checkcontroller.h"
#include "ui/letterpreview.h"
#include "ui/letterwizard.h"
#include "ui/mainwindow.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace amends;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * (values.size() - 1) + 0.5)];
}

// Runs the event loop, idle between events, until both flags are set (by slots
// connected before this is called) or a second has passed.
void waitFor(const bool &a, const bool &b, ui::LetterPreview *preview, ui::CheckController *checks)
{
    if (a && b)
        return;
    QEventLoop loop;
    const auto quitWhenDone = [&] {
        if (a && b)
            loop.quit();
    };
    QObject::connect(preview, &ui::LetterPreview::refreshed, &loop, quitWhenDone);
    QObject::connect(checks, &ui::CheckController::checked, &loop, quitWhenDone);
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int words = argc > 1 ? std::atoi(argv[1]) : 400;
    const int keys = argc > 2 ? std::atoi(argv[2]) : 60;
    QTemporaryDir scratch;
    core::Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings, scratch.filePath(QStringLiteral("recovery")));
    window.newFromScenario(QStringLiteral("duplicate-charge"), true);
    // Lengthen the explanation until the letter has about @p words words.
    core::Draft draft = window.document()->draft();
    const QString paragraph = draft.section(core::Section::Explanation);
    QString explanation = paragraph;
    const auto wordCount = [](const core::Draft &d) {
        int n = 0;
        for (core::Section s : core::kSections)
            n += d.section(s).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        return n;
    };
    while (wordCount(draft) < words) {
        explanation += QLatin1String("\n\n") + paragraph;
        draft.setSection(core::Section::Explanation, explanation);
    }
    window.document()->reset(draft, QString());
    window.resize(1440, 900);
    window.show();
    window.wizard()->setCurrentIndex(1);
    ui::SectionEditor *editor = window.sectionPage(core::Section::Regret)->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::qWait(300);

    bool previewed = false;
    bool checked = false;
    QObject::connect(window.preview(), &ui::LetterPreview::refreshed, &app, [&] { previewed = true; });
    QObject::connect(window.checks(), &ui::CheckController::checked, &app, [&] { checked = true; });

    std::vector<double> toPreview, toFindings, cpu;
    QElapsedTimer clock;
    for (int i = 0; i < keys; ++i) {
        previewed = checked = false;
        double previewAt = 0, findingsAt = 0;
        QMetaObject::Connection a = QObject::connect(window.preview(), &ui::LetterPreview::refreshed, &app,
                                                     [&] { previewAt = clock.nsecsElapsed() / 1e6; });
        QMetaObject::Connection b = QObject::connect(window.checks(), &ui::CheckController::checked, &app,
                                                     [&] { findingsAt = clock.nsecsElapsed() / 1e6; });
        const double cpuBefore = cpuMs();
        clock.start();
        QTest::keyClick(editor, static_cast<char>('a' + i % 26));
        waitFor(previewed, checked, window.preview(), window.checks());
        cpu.push_back(cpuMs() - cpuBefore);
        QObject::disconnect(a);
        QObject::disconnect(b);
        toPreview.push_back(previewAt);
        toFindings.push_back(findingsAt);
    }
    std::printf("main window, letter of %d words, %d keys typed into Regret\n", wordCount(window.document()->draft()), keys);
    std::printf("  key -> preview shown    median %7.2f ms   p90 %7.2f ms\n", percentile(toPreview, 0.5), percentile(toPreview, 0.9));
    std::printf("  key -> findings marked  median %7.2f ms   p90 %7.2f ms\n", percentile(toFindings, 0.5), percentile(toFindings, 0.9));
    std::printf("  GUI-thread CPU per key  median %7.2f ms   p90 %7.2f ms  \n",
                percentile(cpu, 0.5), percentile(cpu, 0.9));
    window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
    return 0;
}
