#include "command.h"

#include "core/interfacelanguage.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <cstdlib>

namespace amends::cli {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Amends"));
    QCoreApplication::setApplicationName(QStringLiteral("amends"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMENDS_VERSION));
    // Messages follow the system's language; JSON keys, rule ids and categories stay as
    // they are.
    core::installTranslations(app, QLocale::system());
}

void runAndExit(const QStringList &arguments, int (*command)(const CommandContext &))
{
    int code = UsageError;
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        core::Settings settings;
        code = command(CommandContext{arguments, out, err, settings});
        out.flush();
        err.flush();
        settings.sync();
    }
    std::fflush(nullptr);
    std::_Exit(code);
}

int parseArguments(QCommandLineParser &parser, const CommandContext &context, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("cli", "Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(context.arguments))
        return fail(context, parser.errorText() + QLatin1String("\n") + QCoreApplication::translate("cli", "Try '%1 --help'.").arg(
                                 QLatin1String("amends-cli ") + context.arguments.value(0)));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by its path; name the command instead.
        const qsizetype options = text.indexOf(QLatin1String(" [options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && options > 0)
            text.replace(0, options, QLatin1String("Usage: amends-cli ") + context.arguments.value(0));
        context.out << text;
        return Success;
    }
    if (parser.isSet(version)) {
        context.out << "amends-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    return -1;
}

int fail(QTextStream &err, const QString &message)
{
    err << "amends-cli: " << message << '\n';
    err.flush();
    return UsageError;
}

int fail(const CommandContext &context, const QString &message)
{
    return fail(context.err, message);
}

} // namespace amends::cli
