#include "command.h"

#include "services/checkreport.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "services/lettercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace amends::cli {

namespace {

struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::Check)
};

// A folder stands for the drafts and text letters directly inside it.
QStringList expandFolders(const QStringList &names)
{
    QStringList files;
    for (const QString &name : names) {
        if (name != QLatin1String("-") && QFileInfo(name).isDir()) {
            const QDir dir(name);
            for (const QString &entry : dir.entryList({QStringLiteral("*.amends"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
                files.append(dir.filePath(entry));
        } else {
            files.append(name);
        }
    }
    return files;
}

} // namespace

int runCheck(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), CheckText::tr("Output: text (like a compiler) or json."), QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CheckText::tr("Language of the letters, e.g. en-US (drafts default to their own)."), QStringLiteral("CODE"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), CheckText::tr("A house rule pack to add (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption disableOption(QStringLiteral("disable"), CheckText::tr("Switch a rule off by its id (repeatable)."), QStringLiteral("RULE"));
    const QCommandLineOption noSpellingOption(QStringLiteral("no-spelling"), CheckText::tr("Skip the spelling check."));
    parser.addOptions({formatOption, langOption, rulesOption, disableOption, noSpellingOption});
    parser.addPositionalArgument(QStringLiteral("files"), CheckText::tr("Drafts (.amends), text letters (.txt), folders of them, or - for standard input."), QStringLiteral("FILE..."));
    const int parsed = parseArguments(parser, context,
        CheckText::tr("Check letters for blame-shifting, non-apologies, jargon, missing sections, unfilled placeholders and more.\n"
           "Exit status: 0 no error-level finding, 1 some, 2 bad usage or unreadable input."));
    if (parsed >= 0)
        return parsed;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(context, CheckText::tr("unknown format \"%1\"; use text or json.").arg(format));
    const QString language = core::normaliseLanguageTag(parser.value(langOption));
    if (parser.isSet(langOption) && language.isEmpty())
        return fail(context, CheckText::tr("\"%1\" is not a language such as en-US.").arg(parser.value(langOption)));
    const QStringList files = expandFolders(parser.positionalArguments());
    if (files.isEmpty())
        return fail(context, CheckText::tr("'check' needs at least one FILE."));

    // Everything is read before anything is printed: no partial output on bad input.
    QList<services::CheckInput> inputs;
    for (const QString &file : files) {
        QString error;
        std::optional<services::CheckInput> input = services::readCheckInput(file, language, &error);
        if (!input)
            return fail(context, error);
        if (const QString tooLong = core::letterSizeError(file, input->subject.text.size()); !tooLong.isEmpty())
            return fail(context, tooLong);
        inputs.append(*input);
    }
    services::LetterCheckOptions options;
    options.houseRuleFiles = parser.values(rulesOption);
    options.spelling = !parser.isSet(noSpellingOption);
    // Corrections cost Hunspell tens of milliseconds a word and only JSON prints them.
    options.maxSpellingSuggestions = format == QLatin1String("json") ? 5 : 0;
    for (const QString &rule : parser.values(disableOption))
        options.disabledRules.insert(rule);
    QString error;
    const QList<services::CheckOutput> outputs = services::LetterCheck(options).checkAll(inputs, &error);
    if (!error.isEmpty())
        return fail(context, error);

    bool errors = false;
    QJsonArray reports;
    for (const services::CheckOutput &output : outputs) {
        errors = errors || output.result.hasErrors();
        const services::CheckReport report(output.input.name, output.input.language, output.input.subject.text, output.result);
        if (format == QLatin1String("json"))
            reports.append(report.toJson());
        else
            context.out << report.toText();
    }
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("files"), reports}}).toJson(QJsonDocument::Indented);
    return errors ? FindingsFound : Success;
}

} // namespace amends::cli
