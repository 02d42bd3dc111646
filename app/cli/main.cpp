#include "command.h"

#include "core/interfacelanguage.h"
#include "core/settings.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP("cli",
    "Usage: amends-cli COMMAND [OPTIONS]\n"
    "\n"
    "Write, check and export apology letters for billing errors.\n"
    "\n"
    "Commands:\n"
    "  check [--format text|json|sarif|checkstyle] [--min-severity LEVEL] [--quiet]\n"
    "        [--lang CODE] [--rules FILE]... [--no-config] [--recursive] [--glob PATTERN]... FILE...\n"
    "                        check letters (.amends, .txt, folders, - for stdin)\n"
    "  report DIR -o OUT [--format html|json] [--lang CODE] [--rules FILE]... [--recursive]\n"
    "                        one report on every letter in a folder (HTML or JSON)\n"
    "  rules [--lang CODE] [--rules FILE]... [SEARCH]\n"
    "                        list every rule with why it matters and examples\n"
    "  new --scenario ID [--lang CODE] [--set KEY=VALUE]... -o DRAFT\n"
    "                        create a draft from a scenario template\n"
    "  render DRAFT [--format text|html]\n"
    "                        print the composed letter\n"
    "  export DRAFT -o OUT\n"
    "                        write the letter as .pdf, .odt, .html, .txt, .eml or .ics\n"
    "  scenarios [--lang CODE]\n"
    "                        list the scenario templates\n"
    "  spell (--lang CODE | --dictionary PATH) [--list] [FILE...]\n"
    "                        check the spelling of letters or standard input\n"
    "\n"
    "Options:\n"
    "  -h, --help            show this help (also after a command)\n"
    "  --version             show the version\n");

// Exporting lays out text and embeds fonts, which needs a QGuiApplication; without a
// display it runs on the offscreen platform. Other commands stay QtCore-only.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "export") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Amends"));
    QCoreApplication::setApplicationName(QStringLiteral("amends"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMENDS_VERSION));
    // Messages follow the system's language (LANG, LC_ALL, LC_MESSAGES); JSON keys, rule
    // ids and categories stay as they are.
    amends::core::installTranslations(*app, QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString command = arguments.value(0);
    if (command.isEmpty()) {
        err << QCoreApplication::translate("cli", kUsage);
        return amends::cli::UsageError;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << QCoreApplication::translate("cli", kUsage);
        return amends::cli::Success;
    }
    if (command == QLatin1String("--version")) {
        out << "amends-cli " << QCoreApplication::applicationVersion() << '\n';
        return amends::cli::Success;
    }

    amends::core::Settings settings;
    const amends::cli::CommandContext context{arguments, out, err, settings};
    if (command == QLatin1String("check"))
        return amends::cli::runCheck(context);
    if (command == QLatin1String("rules"))
        return amends::cli::runRules(context);
    if (command == QLatin1String("export"))
        return amends::cli::runExport(context);
    if (command == QLatin1String("new"))
        return amends::cli::runNew(context);
    if (command == QLatin1String("render"))
        return amends::cli::runRender(context);
    if (command == QLatin1String("report"))
        return amends::cli::runReport(context);
    if (command == QLatin1String("scenarios"))
        return amends::cli::runScenarios(context);
    if (command == QLatin1String("spell"))
        return amends::cli::runSpell(context);
    return amends::cli::fail(context, QStringLiteral("unknown command \"%1\"; see 'amends-cli --help'.").arg(command));
}
