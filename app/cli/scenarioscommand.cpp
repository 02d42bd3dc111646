#include "command.h"

#include "core/language.h"
#include "core/scenario.h"

#include <QCoreApplication>

namespace amends::cli {

int runScenarios(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("amends::cli::Scenarios", "Only scenarios for this language."), QStringLiteral("CODE"));
    parser.addOption(langOption);
    const int parsed = parseArguments(parser, context,
        QCoreApplication::translate("amends::cli::Scenarios", "List the scenario templates: id, language, title and summary."));
    if (parsed >= 0)
        return parsed;
    const core::ScenarioLibrary library;
    const QStringList languages = parser.isSet(langOption) ? QStringList{core::dataLanguage(parser.value(langOption))} : library.languages();
    for (const QString &language : languages) {
        for (const core::Scenario &scenario : library.scenarios(language))
            context.out << scenario.id.leftJustified(28) << ' ' << language.leftJustified(4) << ' ' << scenario.title
                        << " — " << scenario.summary << '\n';
    }
    return Success;
}

} // namespace amends::cli
