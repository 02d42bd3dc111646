// Typing into the main window, measured as the writer feels it, beside a floor: a
// plain Qt window with one QPlainTextEdit holding the same text, typed into the same way.
//
//   bench_keystroke [WORDS] [KEYS] [RUNS] [--prose]
//                                  (defaults: 5000 words, 200 keys, 3 runs)
//
// The keys are the letters a to z over and over, one long word; with --prose, an
// English sentence over and over, words and spaces, as a writer types.
//
// The letter is the sample scenario with its explanation repeated until it has WORDS
// words; the keys go into the Regret editor (the floor: the end of its text) through the
// event loop, at the pace of a fast typist: bursts of ten keys 40–160 ms apart (on
// average 10 keys a second), then a pause. Each key is due at a set time; if the window
// is busy then, the key waits, as a real key would, and that wait counts.
//
// Prints, for Amends and the floor, medians over the runs of:
//   key -> editor repaint   from the moment the key was due to the editor's next paint
//                           (p50 and p99 of all keys)
//   last key -> settled     from the last key of a burst until the preview shows the
//                           letter and the findings are those of the letter
//   GUI-thread CPU per key  the GUI thread's CPU time while typing, divided by the keys

#include "benchstats.h"

#include "core/draftdocument.h"
#include "core/settings.h"
#include "ui/checkcontroller.h"
#include "ui/letterpreview.h"
#include "ui/letterwizard.h"
#include "ui/mainwindow.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

using namespace amends;
using bench::median;
using bench::percentile;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// Notes when a widget is next painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget, const QElapsedTimer &clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    double paintedAt = -1; ///< ms on the clock; -1 until the next paint

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0)
            paintedAt = m_clock.nsecsElapsed() / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
};

struct Figures {
    std::vector<double> repaint; ///< every key
    std::vector<double> settled; ///< every burst
    double cpuPerKey = 0;
};

// Types @p keys keys into @p editor as described above. @p isSettled says whether the
// window shows what was typed (the floor: always).
// What is typed: the alphabet, or with --prose a sentence.
QByteArray typedKeys = "abcdefghijklmnopqrstuvwxyz";

Figures type(QWidget *editor, int keys, const std::function<bool()> &isSettled)
{
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    auto *area = qobject_cast<QAbstractScrollArea *>(editor);
    PaintWatch watch(area ? area->viewport() : editor, clock);
    QRandomGenerator random(42);
    const double cpuBefore = cpuMs();
    for (int key = 0; key < keys; ++key) {
        const int delay = key % 10 == 0 ? 300 : random.bounded(40, 161);
        const double due = clock.nsecsElapsed() / 1e6 + delay;
        bool sent = false;
        QTimer::singleShot(delay, Qt::PreciseTimer, editor,
                           [&] {
                               watch.paintedAt = -1;
                               // A timer may fire a fraction of a millisecond early.
                               while (clock.nsecsElapsed() / 1e6 < due) {
                               }
                               QTest::keyClick(editor, typedKeys.at(key % typedKeys.size()));
                               sent = true;
                           });
        while (!sent || watch.paintedAt < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        figures.repaint.push_back(watch.paintedAt - due);
        if (key % 10 == 9 || key == keys - 1) {
            const double last = clock.nsecsElapsed() / 1e6;
            while (!isSettled() && clock.nsecsElapsed() / 1e6 - last < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            figures.settled.push_back(clock.nsecsElapsed() / 1e6 - last);
        }
    }
    figures.cpuPerKey = (cpuMs() - cpuBefore) / keys;
    return figures;
}

QString letterText(const core::Draft &draft)
{
    QStringList parts;
    for (core::Section s : core::kSections)
        parts.append(draft.section(s));
    return parts.join(QLatin1String("\n\n"));
}

int wordCount(const core::Draft &draft)
{
    return static_cast<int>(letterText(draft).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

void print(const char *name, const std::vector<Figures> &runs)
{
    std::vector<double> p50, p99, settled, settledMax, cpu;
    for (const Figures &f : runs) {
        p50.push_back(percentile(f.repaint, 0.5));
        p99.push_back(percentile(f.repaint, 0.99));
        settled.push_back(percentile(f.settled, 0.5));
        settledMax.push_back(percentile(f.settled, 1.0));
        cpu.push_back(f.cpuPerKey);
    }
    std::printf("%-8s key -> editor repaint p50 %6.2f ms  p99 %6.2f ms | last key -> settled median %6.2f ms  max %6.2f ms"
                " | GUI-thread CPU per key %5.2f ms\n",
                name, median(p50), median(p99), median(settled), median(settledMax), median(cpu));
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.removeAll(QStringLiteral("--prose")) > 0)
        typedKeys = "we are sorry that we took the payment twice and we will refund it today ";
    const int words = arguments.size() > 0 ? arguments.at(0).toInt() : 5000;
    const int keys = arguments.size() > 1 ? arguments.at(1).toInt() : 200;
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 3;
    QTemporaryDir scratch;
    core::Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings, scratch.filePath(QStringLiteral("recovery")));
    window.newFromScenario(QStringLiteral("duplicate-charge"), true);
    // Lengthen the explanation until the letter has about @p words words.
    core::Draft draft = window.document()->draft();
    const QString paragraph = draft.section(core::Section::Explanation);
    QString explanation = paragraph;
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

    // The floor: the same text in a plain editor in a plain window of the same size.
    QMainWindow floorWindow;
    auto *floorEditor = new QPlainTextEdit(&floorWindow);
    floorWindow.setCentralWidget(floorEditor);
    floorEditor->setPlainText(letterText(draft));
    floorWindow.resize(1440, 900);
    floorWindow.show();
    floorEditor->moveCursor(QTextCursor::Start);
    floorEditor->moveCursor(QTextCursor::EndOfBlock);
    QTest::qWait(500);

    const auto amendsSettled = [&] { return !window.preview()->isStale() && !window.checks()->isStale(); };
    std::vector<Figures> amendsRuns, floorRuns;
    for (int run = 0; run < runs; ++run) {
        floorWindow.activateWindow();
        floorEditor->setFocus();
        floorRuns.push_back(type(floorEditor, keys, [] { return true; }));
        window.activateWindow();
        editor->setFocus();
        amendsRuns.push_back(type(editor, keys, amendsSettled));
    }
    std::printf("letter of %d words, %d keys (%s) typed into Regret, %d runs (medians of the runs)\n",
                wordCount(window.document()->draft()), keys, typedKeys.size() == 26 ? "a to z" : "prose", runs);
    print("Amends", amendsRuns);
    print("floor", floorRuns);
    window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
    return 0;
}
