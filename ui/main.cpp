#include "core/settings.h"
#include "core/draftdocument.h"
#include "letterwizard.h"
#include "mainwindow.h"
#include "screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

// Qt aborts when no display can be opened; say so plainly instead.
bool canShowWindows(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return true;
    return hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version")
           || hasArgument(argc, argv, "-v");
}

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("amends"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char **argv)
{
    if (hasArgument(argc, argv, "--screenshot") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!canShowWindows(argc, argv)) {
        std::fputs("amends: no display found, so the window cannot open here.\n"
                   "Run it in a desktop session, or use the command-line tool instead, e.g.\n"
                   "  amends-cli scenarios\n"
                   "  amends-cli new --scenario duplicate-charge -o letter.amends && amends-cli render letter.amends\n",
                   stderr);
        return 3;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amends"));
    QApplication::setApplicationName(QStringLiteral("amends"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amends"));
    QApplication::setApplicationVersion(QStringLiteral(AMENDS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("amends"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Write and review apology letters for billing errors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("draft"), QApplication::translate("main", "A letter (.amends) to open."),
                                 QStringLiteral("[DRAFT]"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
        QApplication::translate("main", "Start with the sample case of scenario <id>."), QStringLiteral("id"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save every wizard page, filled with a sample case (or DRAFT), as PNG files in <dir>, then quit."),
        QStringLiteral("dir"));
    parser.addOptions({sampleOption, screenshotOption});
    parser.process(app);

    if (parser.isSet(screenshotOption)) {
        // A throw-away profile: screenshots neither read nor change the user's settings.
        QTemporaryDir scratch;
        amends::core::Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
        amends::ui::MainWindow window(settings, scratch.filePath(QStringLiteral("recovery")));
        window.resize(1440, 900);
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
            // Review mode: the review panel beside the remedy page.
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock")))
                dock->show();
            window.wizard()->setCurrentIndex(4);
            QApplication::processEvents();
            const QString path = QDir(parser.value(screenshotOption)).filePath(QStringLiteral("09-review-mode.png"));
            if (window.grab().save(path))
                files.append(path);
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
    amends::ui::MainWindow window(settings, recovery);
    if (parser.isSet(sampleOption) && !window.newFromScenario(parser.value(sampleOption), true))
        std::fprintf(stderr, "amends: no scenario \"%s\"; see amends-cli scenarios\n", qPrintable(parser.value(sampleOption)));
    window.show();

    const QStringList positional = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, positional] {
        window.offerRecovery();
        if (!positional.isEmpty()) {
            if (const QString error = window.loadDraft(positional.first()); !error.isEmpty())
                QMessageBox::warning(&window, QApplication::translate("main", "Cannot open the letter"), error);
        }
    });
    return QApplication::exec();
}
