// Pasting a large text (5 MB by default) into a section editor: how long the paste
// blocks the window, the longest stall of the event loop while spelling catches up,
// how long catching up takes, and the cost of one keystroke afterwards. Measured in a
// lone editor without and with spelling, and in the main window (preview, checks,
// autosave).
//
//   bench_paste [MEGABYTES] [--editor-only]

#include "spellingcorpus.h"

#include "core/draftdocument.h"
#include "core/personaldictionary.h"
#include "core/settings.h"
#include "services/proofreader.h"
#include "ui/letterwizard.h"
#include "ui/mainwindow.h"
#include "ui/proofreadinghighlighter.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace amends;

namespace {

struct Figures {
    qint64 pasteMs = 0;
    qint64 longestStallMs = 0;
    qint64 caughtUpMs = 0;
    qint64 keystrokeMs = 0;
    qint64 stallAfterKeystrokeMs = 0;
    int blocks = 0;
};

// Runs the event loop until @p done or @p limitMs, returning the longest gap between
// ticks of a 5 ms timer: the longest time the window could not react.
qint64 longestStall(const std::function<bool()> &done, qint64 limitMs)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longest = 0;
    QEventLoop loop;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        longest = qMax(longest, sinceTick.restart());
        if (done() || total.elapsed() > limitMs)
            loop.quit();
    });
    ticker.start();
    loop.exec();
    return longest;
}

Figures measure(ui::SectionEditor *editor, const QString &text)
{
    Figures figures;
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QApplication::clipboard()->setText(text);
    const bool viaClipboard = QApplication::clipboard()->text() == text;
    QElapsedTimer clock;
    clock.start();
    if (viaClipboard)
        editor->paste();
    else
        editor->insertPlainText(text);
    figures.pasteMs = clock.elapsed();
    ui::ProofreadingHighlighter *highlighter = editor->highlighter();
    figures.longestStallMs = longestStall([highlighter] { return !highlighter->isCatchingUp(); }, 300'000);
    figures.caughtUpMs = clock.elapsed();
    figures.blocks = editor->document()->blockCount();

    clock.restart();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QApplication::sendEvent(editor, &press);
    QApplication::sendEvent(editor, &release);
    QCoreApplication::processEvents();
    figures.keystrokeMs = clock.elapsed();
    // Debounced work (the preview) runs after a pause; watch a second for it.
    figures.stallAfterKeystrokeMs = longestStall([] { return false; }, 1000);
    return figures;
}

void print(const char *where, const Figures &f, qsizetype characters)
{
    std::printf("%s: %.1f MB in %d paragraphs\n", where, characters / 1e6, f.blocks);
    std::printf("  paste call blocked the window     %6lld ms\n", static_cast<long long>(f.pasteMs));
    std::printf("  longest stall while catching up   %6lld ms\n", static_cast<long long>(f.longestStallMs));
    std::printf("  every paragraph checked after     %6lld ms\n", static_cast<long long>(f.caughtUpMs));
    std::printf("  one keystroke afterwards          %6lld ms\n", static_cast<long long>(f.keystrokeMs));
    std::printf("  longest stall in the next second  %6lld ms\n", static_cast<long long>(f.stallAfterKeystrokeMs));
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double megabytes = argc > 1 ? std::atof(argv[1]) : 5.0;
    const bool editorOnly = argc > 2 && std::strcmp(argv[2], "--editor-only") == 0;
    const QString text = bench::spellingCorpus(static_cast<qsizetype>(megabytes * 1e6));
    QTemporaryDir scratch;

    {
        ui::SectionEditor editor;
        editor.resize(900, 700);
        editor.show();
        print("section editor without spelling (baseline)", measure(&editor, text), text.size());
    }
    {
        core::DraftDocument document;
        document.reset(core::Draft(), QString());
        services::Proofreader proofreader(&document, services::DictionaryFinder(), scratch.filePath(QStringLiteral("personal")));
        if (!proofreader.speller())
            std::fprintf(stderr, "bench_paste: no en_US dictionary; spelling is not measured\n");
        ui::SectionEditor editor;
        editor.setProofreader(&proofreader);
        editor.resize(900, 700);
        editor.show();
        print("section editor with spelling", measure(&editor, text), text.size());
    }
    if (!editorOnly) {
        core::Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(settings, scratch.filePath(QStringLiteral("recovery")));
        window.newFromScenario(QStringLiteral("duplicate-charge"), true);
        window.resize(1440, 900);
        window.show();
        window.wizard()->setCurrentIndex(1);
        // The window as the writer finds it once opened: dictionary and rules loaded.
        QElapsedTimer opening;
        opening.start();
        while (!window.isSettled() && opening.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        print("main window (editor, preview, checks, autosave)", measure(window.sectionPage(core::Section::Regret)->editor(), text),
              text.size());
        window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
    }
    return 0;
}
