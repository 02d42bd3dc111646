#include "command.h"

#include <QCoreApplication>

#include <cstring>
#include <filesystem>
#include <map>

#include <unistd.h>

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

// `export` lays out pages and builds mail with Qt Gui, GMime and libical: it runs in
// amends-cli-export, installed beside amends-cli or in Amends' libexec folder, so that
// every other command starts without loading those libraries. The helper takes over
// this process (same standard streams, same exit code). Returns only when it was not
// found.
void execExportHelper(char **argv)
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return;
    for (const std::filesystem::path &helper : {self.parent_path() / "amends-cli-export",
                                                self.parent_path() / AMENDS_CLI_HELPER_DIR / "amends-cli-export"})
        ::execv(helper.c_str(), argv);
}

} // namespace

int main(int argc, char **argv)
{
    const bool exporting = argc >= 2 && std::strcmp(argv[1], "export") == 0;
    if (exporting)
        execExportHelper(argv);
    QCoreApplication app(argc, argv);
    amends::cli::setUpApplication(app);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString command = arguments.value(0);
    QTextStream out(stdout);
    QTextStream err(stderr);
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
    if (exporting) {
        return amends::cli::fail(err, QCoreApplication::translate("cli", "cannot export: its helper, amends-cli-export, is not "
                                                                         "installed beside amends-cli. Reinstall Amends."));
    }

    using Command = int (*)(const amends::cli::CommandContext &);
    static const std::map<QString, Command> commands = {
        {QStringLiteral("check"), amends::cli::runCheck},     {QStringLiteral("rules"), amends::cli::runRules},
        {QStringLiteral("new"), amends::cli::runNew},         {QStringLiteral("render"), amends::cli::runRender},
        {QStringLiteral("report"), amends::cli::runReport},   {QStringLiteral("scenarios"), amends::cli::runScenarios},
        {QStringLiteral("spell"), amends::cli::runSpell},
    };
    const auto found = commands.find(command);
    if (found == commands.end())
        return amends::cli::fail(err, QStringLiteral("unknown command \"%1\"; see 'amends-cli --help'.").arg(command));
    amends::cli::runAndExit(arguments, found->second);
}
