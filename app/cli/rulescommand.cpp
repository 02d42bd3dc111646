#include "command.h"

#include "core/apologyscore.h"
#include "core/language.h"
#include "core/rulecatalogue.h"

#include <QCoreApplication>

namespace amends::cli {

namespace {

struct RulesText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::Rules)
};

bool matches(const core::RuleDescription &entry, const QString &term)
{
    for (const QString &field : {entry.id, entry.category, entry.message, entry.explanation}) {
        if (field.contains(term, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void print(QTextStream &out, const core::RuleDescription &entry)
{
    out << entry.id << "  [" << entry.category << ", " << core::severityKey(entry.severity) << "]\n";
    out << "  " << entry.message << '\n';
    out << "  " << RulesText::tr("Why:") << ' ' << entry.explanation << '\n';
    if (!entry.source.isEmpty())
        out << "  " << RulesText::tr("Source:") << ' ' << entry.source << '\n';
    for (const QString &bad : entry.bad)
        out << "  " << RulesText::tr("Bad:") << "  " << bad << '\n';
    for (const QString &good : entry.good)
        out << "  " << RulesText::tr("Good:") << ' ' << good << '\n';
    out << '\n';
}

} // namespace

int runRules(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), RulesText::tr("Language of the rules (default en)."), QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), RulesText::tr("Also list a house rule pack (repeatable)."), QStringLiteral("FILE"));
    parser.addOptions({langOption, rulesOption});
    parser.addPositionalArgument(QStringLiteral("search"), RulesText::tr("Only rules whose id, category or text contains this."), QStringLiteral("[SEARCH]"));
    const int parsed = parseArguments(parser, context, RulesText::tr("List every rule with its category, why it matters, its source and examples."));
    if (parsed >= 0)
        return parsed;
    const QString language = core::normaliseLanguageTag(parser.value(langOption));
    if (language.isEmpty())
        return fail(context, RulesText::tr("\"%1\" is not a language such as en-US.").arg(parser.value(langOption)));
    const auto rules = core::RuleSet::load(core::dataLanguage(language), parser.values(rulesOption));
    if (!rules->errors().isEmpty())
        return fail(context, rules->errors().join(QLatin1Char('\n')));
    const QString term = parser.positionalArguments().value(0);
    if (term.isEmpty())
        context.out << core::scoreExplanation() << "\n\n";
    for (const core::RuleDescription &entry : core::describeRules(*rules)) {
        if (term.isEmpty() || matches(entry, term))
            print(context.out, entry);
    }
    return Success;
}

} // namespace amends::cli
