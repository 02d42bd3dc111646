// Start-up, whole process, side by side with a floor measured in the same run:
//
//   bench_startup [RUNS] [--cli]   (default 10; QT_QPA_PLATFORM=offscreen unless a display
//                                   is set; --cli: the command line alone)
//
// 1. The window: `amends --sample duplicate-charge` against startup_floor (a plain Qt
//    window with a text editor), each started RUNS times, alternately. Both print
//    "painted" at their first paint and "ready" when done (Amends: once the dictionary,
//    the rules and the first check, loaded in the background, have arrived). Printed:
//    the medians of process start → first paint and → ready, and of the peak RSS; and the
//    GUI thread's CPU time to the first paint, which each program reports itself. A
//    third program, the floor loading Hunspell's en_US dictionary after its paint as
//    Amends does, gives a floor for memory of a window that checks spelling at all.
// 2. The command line: `amends-cli check` of a 400-word letter, spelling included,
//    against `hunspell -l -d en_US` on the same text, start to exit.
//
// Every program runs with a fresh, empty home folder, so no settings or recovery copy
// of the user's is read.

#include "benchstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

using amends::bench::median;

namespace {

double nowMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct Run {
    double painted = -1; ///< ms from the start to "painted"; -1 if never said
    double paintCpu = -1; ///< the GUI thread's CPU time by then, as the program says it
    double ready = -1;   ///< ms to "ready" (or to the exit, for programs that say nothing)
    double rssMb = 0;    ///< peak resident memory
    double cpuMs = 0;    ///< CPU time of the whole process, every thread, user and system
    int status = -1;
};

// Starts @p argv with @p home as its home folder, reads its standard output line by
// line, and notes when "painted" and "ready" come; waits for the exit.
Run runOnce(const std::vector<std::string> &argv, const QString &home, const char *stdinFile = nullptr)
{
    int out[2];
    if (pipe(out) != 0)
        std::exit(2);
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        if (const int null = open("/dev/null", O_WRONLY); null >= 0)
            dup2(null, STDERR_FILENO); // "Letters checked: …" and Qt's notes
        close(out[0]);
        close(out[1]);
        if (stdinFile) {
            if (FILE *in = std::freopen(stdinFile, "r", stdin); !in)
                _exit(127);
        }
        const QByteArray h = home.toLocal8Bit();
        setenv("HOME", h.constData(), 1);
        setenv("XDG_CONFIG_HOME", QByteArray(h + "/.config").constData(), 1);
        setenv("XDG_DATA_HOME", QByteArray(h + "/.local/share").constData(), 1);
        setenv("XDG_CACHE_HOME", QByteArray(h + "/.cache").constData(), 1);
        setenv("XDG_RUNTIME_DIR", h.constData(), 1);
        setenv("AMENDS_BENCH_STARTUP", "1", 1);
        std::vector<char *> args;
        for (const std::string &arg : argv)
            args.push_back(const_cast<char *>(arg.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    Run run;
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1) {
        if (c != '\n') {
            line += c;
            continue;
        }
        if (line.rfind("painted-cpu ", 0) == 0 && run.paintCpu < 0)
            run.paintCpu = std::atof(line.c_str() + 12);
        else if (line == "painted" && run.painted < 0)
            run.painted = nowMs() - start;
        else if (line == "ready" && run.ready < 0)
            run.ready = nowMs() - start;
        line.clear();
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (run.ready < 0)
        run.ready = nowMs() - start;
    run.rssMb = usage.ru_maxrss / 1024.0;
    run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

struct Series {
    std::vector<double> painted, paintCpu, ready, rss, cpu;
    void add(const Run &run)
    {
        cpu.push_back(run.cpuMs);
        painted.push_back(run.painted);
        paintCpu.push_back(run.paintCpu);
        ready.push_back(run.ready);
        rss.push_back(run.rssMb);
    }
};

QString letter400()
{
    const QString paragraph = QStringLiteral(
        "We are sorry that we charged your card twice for invoice INV-2041. The mistake was ours: when our "
        "payment page timed out, we sent the same charge again instead of checking whether the first one had "
        "gone through. We have refunded the second charge of $119.80 today, and it will reach your account "
        "within five business days. We have also changed the payment page so that it checks before it sends "
        "a charge again. If you have any questions, please call me on 555 0134 or write to me directly. ");
    QString text = QStringLiteral("Dear Ms Rivera,\n\n");
    while (text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 400)
        text += paragraph + QLatin1String("\n\n");
    return text + QStringLiteral("Kind regards,\nSam Ortiz\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 10;
    bool cliOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--cli") == 0)
            cliOnly = true;
        else
            runs = std::max(1, std::atoi(argv[i]));
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    const QString letterPath = scratch.filePath(QStringLiteral("letter.txt"));
    QFile letterFile(letterPath);
    if (!letterFile.open(QIODevice::WriteOnly) || letterFile.write(letter400().toUtf8()) < 0)
        return 2;
    letterFile.close();

    const std::string amends = AMENDS_GUI_PATH;
    const std::string cli = AMENDS_CLI_PATH;
    const std::string floorProgram = STARTUP_FLOOR_PATH;
    const QString hunspell = QStandardPaths::findExecutable(QStringLiteral("hunspell"));

    // The floor that also loads the dictionary Amends checks with, for memory.
    const QString aff = QStringLiteral("/usr/share/hunspell/en_US.aff");
    const QString dic = QStringLiteral("/usr/share/hunspell/en_US.dic");
    const bool withDictionary = QFile::exists(aff) && QFile::exists(dic);
    Series window, floor, floorDictionary, check, hunspellList;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        if (!cliOnly) {
            const Run a = runOnce({amends, "--sample", "duplicate-charge"}, home.path());
            const Run f = runOnce({floorProgram}, home.path());
            failures += (a.status != 0 || a.painted < 0) + (f.status != 0);
            window.add(a);
            floor.add(f);
            if (withDictionary) {
                const Run d = runOnce({floorProgram, "--dictionary", aff.toStdString(), dic.toStdString()}, home.path());
                failures += d.status != 0;
                floorDictionary.add(d);
            }
        }
        const Run c = runOnce({cli, "check", "--lang", "en-US", letterPath.toStdString()}, home.path());
        failures += c.status > 1;
        check.add(c);
        if (!hunspell.isEmpty())
            hunspellList.add(runOnce({hunspell.toStdString(), "-l", "-d", "en_US"}, home.path(), letterPath.toLocal8Bit().constData()));
    }
    std::printf("start-up, whole process, medians of %d runs each (QT_QPA_PLATFORM=%s)\n", runs,
                qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(display)")).toLocal8Bit().constData());
    if (!cliOnly) {
        std::printf("  %-44s first paint %7.1f ms   ready %7.1f ms   peak RSS %6.1f MB\n", "amends --sample duplicate-charge",
                    median(window.painted), median(window.ready), median(window.rss));
        std::printf("  %-44s first paint %7.1f ms   ready %7.1f ms   peak RSS %6.1f MB\n", "floor: plain Qt window",
                    median(floor.painted), median(floor.ready), median(floor.rss));
        std::printf("  %-44s first paint %6.2fx                       peak RSS %6.2fx\n", "amends / floor",
                    median(window.painted) / median(floor.painted), median(window.rss) / median(floor.rss));
        if (withDictionary) {
            std::printf("  %-44s first paint %7.1f ms   ready %7.1f ms   peak RSS %6.1f MB\n",
                        "floor + Hunspell's en_US after its paint", median(floorDictionary.painted),
                        median(floorDictionary.ready), median(floorDictionary.rss));
            std::printf("  %-44s                                          peak RSS %6.2fx\n", "amends / (floor + dictionary)",
                        median(window.rss) / median(floorDictionary.rss));
        }
        // The GUI thread's CPU time to the first paint hardly changes with what else the
        // machine runs, where the time on the clock does.
        std::printf("  %-44s amends %6.1f ms   floor %6.1f ms   amends / floor %5.2fx\n", "GUI-thread CPU to the first paint",
                    median(window.paintCpu), median(floor.paintCpu), median(window.paintCpu) / median(floor.paintCpu));
    }
    std::printf("  %-44s %7.1f ms   peak RSS %6.1f MB   CPU %6.1f ms\n", "amends-cli check, 400-word letter", median(check.ready),
                median(check.rss), median(check.cpu));
    if (!hunspell.isEmpty())
        std::printf("  %-44s %7.1f ms   peak RSS %6.1f MB   CPU %6.1f ms   (amends-cli / hunspell: %.2fx)\n",
                    "hunspell -l -d en_US, the same letter", median(hunspellList.ready), median(hunspellList.rss),
                    median(hunspellList.cpu), median(check.ready) / median(hunspellList.ready));
    else
        std::printf("  (hunspell is not installed: apt-get install hunspell)\n");
    if (failures)
        std::printf("  %d run(s) failed\n", failures);
    return failures ? 1 : 0;
}
