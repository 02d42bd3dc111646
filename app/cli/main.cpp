#include "command.h"

#include "core/settings.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr const char *kUsage =
    "Usage: amends-cli COMMAND [OPTIONS]\n"
    "\n"
    "Write, check and export apology letters for billing errors.\n"
    "\n"
    "Commands:\n"
    "  new --scenario ID [--lang CODE] [--set KEY=VALUE]... -o DRAFT\n"
    "                        create a draft from a scenario template\n"
    "  render DRAFT [--format text|html]\n"
    "                        print the composed letter\n"
    "  scenarios [--lang CODE]\n"
    "                        list the scenario templates\n"
    "\n"
    "Options:\n"
    "  -h, --help            show this help (also after a command)\n"
    "  --version             show the version\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Amends"));
    QCoreApplication::setApplicationName(QStringLiteral("amends"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMENDS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString command = arguments.value(0);
    if (command.isEmpty()) {
        err << kUsage;
        return amends::cli::UsageError;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << kUsage;
        return amends::cli::Success;
    }
    if (command == QLatin1String("--version")) {
        out << "amends-cli " << QCoreApplication::applicationVersion() << '\n';
        return amends::cli::Success;
    }

    amends::core::Settings settings;
    const amends::cli::CommandContext context{arguments, out, err, settings};
    if (command == QLatin1String("new"))
        return amends::cli::runNew(context);
    if (command == QLatin1String("render"))
        return amends::cli::runRender(context);
    if (command == QLatin1String("scenarios"))
        return amends::cli::runScenarios(context);
    return amends::cli::fail(context, QStringLiteral("unknown command \"%1\"; see 'amends-cli --help'.").arg(command));
}
