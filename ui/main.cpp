#include "core/settings.h"
#include "core/draftdocument.h"
#include "core/interfacelanguage.h"
#include "letterpreview.h"
#include "letterwizard.h"
#include "mainwindow.h"
#include "screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    return hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version")
           || hasArgument(argc, argv, "-v");
}

// Qt aborts when no display can be opened; say so plainly instead.
bool canShowWindows()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
           || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

constexpr int kNoDisplay = 3;

void printNoDisplay(const char *reason)
{
    std::fprintf(stderr,
                 "amends: %s, so the window cannot open here.\n"
                 "Run it in a desktop session, or use the command-line tool instead, e.g.\n"
                 "  amends-cli scenarios\n"
                 "  amends-cli new --scenario duplicate-charge -o letter.amends && amends-cli render letter.amends\n",
                 reason);
}

// While the application object starts, a fatal message (no platform plugin could be
// loaded, the display cannot be opened) ends the program with a reason and exit code 3
// instead of an abort and a core dump.
QtMessageHandler g_previousHandler = nullptr;

void startupMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (g_previousHandler)
            g_previousHandler(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(message));
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(message));
    printNoDisplay("the graphical interface could not start");
    std::fflush(stderr);
    std::_Exit(kNoDisplay);
}

struct Options
{
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("main", "Show this help and quit.")};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("main", "Show the version and quit.")};
    QCommandLineOption sample{QStringLiteral("sample"),
                              QCoreApplication::translate("main", "Start with the sample case of scenario <id>."),
                              QStringLiteral("id")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save every wizard page, filled with a sample case (or DRAFT), as PNG files in <dir>, then quit."),
        QStringLiteral("dir")};
    QCommandLineOption size{QStringLiteral("size"),
                            QCoreApplication::translate("main", "With --screenshot, the window's size (default 1440x900)."),
                            QStringLiteral("WxH"), QStringLiteral("1440x900")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Write and review apology letters for billing errors."));
        parser.addOptions({help, version, sample, screenshot, size});
        parser.addPositionalArgument(QStringLiteral("draft"),
                                     QCoreApplication::translate("main", "A letter (.amends) to open."),
                                     QStringLiteral("[DRAFT]"));
    }
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Amends"));
    QCoreApplication::setApplicationName(QStringLiteral("amends"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMENDS_VERSION));
}

// The interface follows the language chosen in Preferences, else the system's; the
// choice applies from the next start.
void installTranslators(QCoreApplication &app)
{
    const amends::core::Settings settings;
    const QString chosen = settings.interfaceLanguage();
    const QLocale locale = amends::core::interfaceLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    amends::core::installTranslations(app, locale);
}

// --help and --version need no window, so they are answered before any display is
// opened: they work over ssh, in scripts and in package checks.
int printHelpOrVersion(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslators(app);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(options.help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    std::printf("amends %s\n", AMENDS_VERSION);
    return 0;
}

// The CPU time this thread has used since the program started (loading the libraries
// included): what building the window cost, whatever else runs on the machine.
double guiThreadCpuMs()
{
    timespec used{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
    return used.tv_sec * 1e3 + used.tv_nsec / 1e6;
}

// Posted by reportStartUp() from the window's first paint.
constexpr auto kPainted = static_cast<QEvent::Type>(QEvent::User + 1);

// For bench_startup (tests/bench): prints "painted" (and the GUI thread's CPU time by
// then) when the window has first been painted and "ready" once what it loads in the
// background has arrived, then quits.
void reportStartUp(amends::ui::MainWindow &window)
{
    class FirstPaint : public QObject
    {
    public:
        explicit FirstPaint(amends::ui::MainWindow &window)
            : QObject(&window)
            , m_window(window)
        {
            window.installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() != QEvent::Paint)
                return QObject::eventFilter(watched, event);
            m_window.removeEventFilter(this);
            // Posted ahead of everything already queued, so it is handled as soon as this
            // paint pass (the window, its children, the flush) is over.
            QCoreApplication::postEvent(this, new QEvent(kPainted), Qt::HighEventPriority);
            return QObject::eventFilter(watched, event);
        }

        bool event(QEvent *event) override
        {
            if (event->type() != kPainted)
                return QObject::event(event);
            std::puts("painted");
            std::printf("painted-cpu %.2f\n", guiThreadCpuMs());
            std::fflush(stdout);
            auto *poll = new QTimer(this);
            connect(poll, &QTimer::timeout, this, [this] {
                if (!m_window.isSettled())
                    return;
                std::puts("ready");
                std::fflush(stdout);
                m_window.document()->reset(m_window.document()->draft(), QString()); // nothing to ask
                QCoreApplication::exit(0);
            });
            poll->start(2);
            return true;
        }

    private:
        amends::ui::MainWindow &m_window;
    };
    new FirstPaint(window);
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsHelpOrVersion(argc, argv))
        return printHelpOrVersion(argc, argv);
    if (hasArgument(argc, argv, "--screenshot") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!canShowWindows()) {
        printNoDisplay("no display found");
        return kNoDisplay;
    }

    g_previousHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Amends"));
    QApplication::setDesktopFileName(QStringLiteral("amends"));
    installTranslators(app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "amends: %s\nTry 'amends --help'.\n", qPrintable(parser.errorText()));
        return 2;
    }
    const QCommandLineOption &sampleOption = options.sample;
    const QCommandLineOption &screenshotOption = options.screenshot;

    if (parser.isSet(screenshotOption)) {
        // A throw-away profile: screenshots neither read nor change the user's settings.
        QTemporaryDir scratch;
        amends::core::Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
        amends::ui::MainWindow window(settings, scratch.filePath(QStringLiteral("recovery")));
        const QStringList size = parser.value(options.size).split(u'x');
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        window.resize(width >= 640 && height >= 480 ? QSize(width, height) : QSize(1440, 900));
        if (!parser.positionalArguments().isEmpty()) {
            if (const QString error = window.loadDraft(parser.positionalArguments().first()); !error.isEmpty()) {
                std::fprintf(stderr, "amends: %s\n", qPrintable(error));
                return 2;
            }
        } else {
            window.newFromScenario(parser.value(sampleOption).isEmpty() ? QStringLiteral("duplicate-charge")
                                                                        : parser.value(sampleOption),
                                   true);
        }
        window.show();
        QString error;
        QStringList files = amends::ui::saveWizardScreenshots(window, parser.value(screenshotOption), &error);
        if (!files.isEmpty()) {
            // Review mode: the review panel beside the remedy page and the case page.
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock")))
                dock->show();
            for (const auto &[index, name] : {std::pair{4, "09-review-mode.png"}, std::pair{0, "10-review-mode-case.png"}}) {
                window.wizard()->setCurrentIndex(index);
                window.preview()->refreshNow();
                QApplication::processEvents();
                const QString path = QDir(parser.value(screenshotOption)).filePath(QString::fromLatin1(name));
                if (window.grab().save(path))
                    files.append(path);
            }
        }
        for (const QString &file : files)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        if (files.isEmpty())
            std::fprintf(stderr, "amends: %s\n", qPrintable(error));
        window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
        return files.isEmpty() ? 1 : 0;
    }

    amends::core::Settings settings;
    const QString recovery = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                             + QLatin1String("/recovery");
    amends::ui::MainWindow window(settings, recovery, parser.value(sampleOption));
    if (parser.isSet(sampleOption) && !window.sampleScenarioFound())
        std::fprintf(stderr, "amends: no scenario \"%s\"; see amends-cli scenarios\n", qPrintable(parser.value(sampleOption)));
    if (qEnvironmentVariableIsSet("AMENDS_BENCH_STARTUP"))
        reportStartUp(window);
    window.show();

    // A sample asked for on the command line is what the writer wants to see: no welcome
    // page or last letter over it.
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(sampleOption) || !positional.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, positional] { window.startUp(positional.value(0)); });
    } else {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return QApplication::exec();
}
