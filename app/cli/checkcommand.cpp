#include "command.h"

#include "letteroptions.h"

#include "core/ruleset.h"
#include "services/checkreport.h"
#include "services/checkstylereport.h"
#include "services/sarifreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace amends::cli {

namespace {

struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::Check)
};

const QStringList kFormats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("checkstyle")};

struct CheckRequest {
    QString format;
    core::Severity minimum = core::Severity::Suggestion;
    bool quiet = false;
    QStringList files;
};

int parseRequest(const CommandContext &context, LetterOptions &letterOptions, CheckRequest *request)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CheckText::tr("Output: text (like a compiler), json, sarif (SARIF 2.1.0, for code scanning) or checkstyle (XML)."),
                                          QStringLiteral("text|json|sarif|checkstyle"), QStringLiteral("text"));
    const QCommandLineOption minimumOption(QStringLiteral("min-severity"),
                                           CheckText::tr("Show only findings of this severity or a more severe one: error, warning or suggestion (the default)."),
                                           QStringLiteral("LEVEL"), QStringLiteral("suggestion"));
    const QCommandLineOption quietOption(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                         CheckText::tr("Print only the findings: no summary, and nothing at all when there are none."));
    parser.addOptions({formatOption, minimumOption, quietOption});
    letterOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("files"), CheckText::tr("Drafts (.amends), text letters (.txt), folders of them, or - for standard input."), QStringLiteral("FILE..."));
    const int parsed = parseArguments(parser, context,
        CheckText::tr("Check letters for blame-shifting, non-apologies, jargon, missing sections, unfilled placeholders and more.\n"
           "Settings, in rising order: the built-in rules, the application's settings, the nearest .amends.json project file "
           "in the letter's folder or above, the command line (--no-config: the built-in rules and the command line only).\n"
           "Exit status: 0 no error-level finding, 1 some (errors are shown whatever --min-severity says), 2 bad usage or "
           "unreadable input."));
    if (parsed >= 0)
        return parsed;
    request->format = parser.value(formatOption);
    if (!kFormats.contains(request->format))
        return fail(context, CheckText::tr("unknown format \"%1\"; use %2.").arg(request->format, kFormats.join(QLatin1String(", "))));
    const std::optional<core::Severity> minimum = core::severityFromKey(parser.value(minimumOption));
    if (!minimum)
        return fail(context, CheckText::tr("unknown severity \"%1\"; use error, warning or suggestion.").arg(parser.value(minimumOption)));
    request->minimum = *minimum;
    request->quiet = parser.isSet(quietOption);
    QString error;
    if (!letterOptions.read(parser, &error))
        return fail(context, error);
    if (parser.positionalArguments().isEmpty())
        return fail(context, CheckText::tr("'check' needs at least one FILE."));
    request->files = letterOptions.letters(parser.positionalArguments(), &error);
    if (request->files.isEmpty())
        return fail(context, error);
    return -1;
}

// "Letters checked: 2; errors: 1, warnings: 3, suggestions: 0." on standard error, so
// that standard output holds the findings alone.
void printSummary(const CommandContext &context, const QList<CheckedLetter> &letters, core::Severity minimum)
{
    int counts[3] = {0, 0, 0};
    for (const CheckedLetter &letter : letters) {
        for (const core::Finding &finding : letter.output.result.findings) {
            if (services::reaches(finding.severity, minimum))
                ++counts[static_cast<int>(finding.severity)];
        }
    }
    context.err << CheckText::tr("Letters checked: %1; errors: %2, warnings: %3, suggestions: %4.")
                       .arg(letters.size())
                       .arg(counts[static_cast<int>(core::Severity::Error)])
                       .arg(counts[static_cast<int>(core::Severity::Warning)])
                       .arg(counts[static_cast<int>(core::Severity::Suggestion)])
                << '\n';
}

void print(const CommandContext &context, const CheckRequest &request, const QList<CheckedLetter> &letters)
{
    const QString &format = request.format;
    if (format == QLatin1String("sarif")) {
        services::SarifReport sarif(QCoreApplication::applicationVersion(), QDir::currentPath());
        for (const CheckedLetter &letter : letters)
            sarif.add(letter.output, *letter.rules, request.minimum);
        context.out << QJsonDocument(sarif.toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == QLatin1String("checkstyle")) {
        QList<services::CheckOutput> outputs;
        for (const CheckedLetter &letter : letters)
            outputs.append(letter.output);
        context.out << QString::fromUtf8(services::checkstyleXml(outputs, request.minimum));
        return;
    }
    QJsonArray reports;
    for (const CheckedLetter &letter : letters) {
        const services::CheckOutput &output = letter.output;
        const services::CheckReport report(output.input.name, output.input.language, output.input.subject.text, output.result, request.minimum);
        if (format == QLatin1String("json"))
            reports.append(report.toJson());
        else
            report.writeText(context.out);
    }
    if (format == QLatin1String("json")) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("files"), reports}}).toJson(QJsonDocument::Indented);
    } else if (!request.quiet) {
        context.out.flush();
        printSummary(context, letters, request.minimum);
    }
}

} // namespace

int runCheck(const CommandContext &context)
{
    LetterOptions letterOptions;
    CheckRequest request;
    const int parsed = parseRequest(context, letterOptions, &request);
    if (parsed >= 0)
        return parsed;
    // Corrections cost Hunspell tens of milliseconds a word; only JSON and SARIF print them.
    const bool corrections = request.format == QLatin1String("json") || request.format == QLatin1String("sarif");
    QString error;
    std::optional<QList<CheckedLetter>> checked = letterOptions.check(request.files, context.settings, corrections ? 5 : 0, &error);
    if (!checked)
        return fail(context, error);
    // The letters hold the last references to their rule sets. They are kept until the
    // process exits, never destroyed: freeing a rule set's many small parts would take
    // longer than checking a short letter, and the process ends right after this.
    static QList<QList<CheckedLetter>> *const kept = new QList<QList<CheckedLetter>>;
    kept->append(std::move(*checked));
    const QList<CheckedLetter> &letters = kept->constLast();
    print(context, request, letters);
    // Errors are shown at every --min-severity, so the status is that of what is shown.
    for (const CheckedLetter &letter : letters) {
        if (letter.output.result.hasErrors())
            return FindingsFound;
    }
    return Success;
}

} // namespace amends::cli
