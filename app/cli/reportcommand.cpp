#include "command.h"

#include "letteroptions.h"

#include "core/atomicfile.h"
#include "services/folderreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace amends::cli {

namespace {

struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::Report)
};

struct ReportRequest {
    QString folder;
    QString output;
    QString format;
};

// Parses and validates the arguments; returns -1 with @p request filled to go on.
int parseRequest(const CommandContext &context, LetterOptions &letterOptions, ReportRequest *request)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, ReportText::tr("Where to write the report."), QStringLiteral("OUT"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ReportText::tr("Report as an HTML page (default) or as JSON."), QStringLiteral("html|json"),
                                          QStringLiteral("html"));
    parser.addOptions({outputOption, formatOption});
    letterOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("folder"), ReportText::tr("A folder of drafts (.amends) and text letters (.txt)."), QStringLiteral("DIR"));
    const int parsed = parseArguments(parser, context,
        ReportText::tr("Check every letter in a folder and write one report: each letter's status, score, findings by category and missing "
           "parts, and a chart of findings across the folder.\n"
           "Settings, in rising order: the built-in rules, the application's settings, the nearest .amends.json project file "
           "in the letter's folder or above, the command line (--no-config: the built-in rules and the command line only).\n"
           "Exit status: 0 report written (whatever the letters' findings), 2 bad usage, unreadable input or unwritable report."));
    if (parsed >= 0)
        return parsed;
    request->format = parser.value(formatOption);
    if (request->format != QLatin1String("html") && request->format != QLatin1String("json"))
        return fail(context, ReportText::tr("unknown format \"%1\"; use html or json.").arg(request->format));
    QString error;
    if (!letterOptions.read(parser, &error))
        return fail(context, error);
    if (parser.positionalArguments().size() != 1)
        return fail(context, ReportText::tr("'report' needs exactly one folder."));
    request->folder = parser.positionalArguments().constFirst();
    if (!QFileInfo(request->folder).isDir())
        return fail(context, ReportText::tr("\"%1\" is not a folder.").arg(request->folder));
    request->output = parser.value(outputOption);
    if (request->output.isEmpty())
        return fail(context, ReportText::tr("'report' needs -o OUT, the file to write."));
    if (!QFileInfo(request->output).absoluteDir().exists())
        return fail(context, ReportText::tr("cannot write \"%1\": its folder does not exist.").arg(request->output));
    return -1;
}

} // namespace

int runReport(const CommandContext &context)
{
    LetterOptions letterOptions;
    ReportRequest request;
    const int parsed = parseRequest(context, letterOptions, &request);
    if (parsed >= 0)
        return parsed;
    QString error;
    const QStringList files = letterOptions.letters({request.folder}, &error);
    if (files.isEmpty())
        return fail(context, error);

    // Every letter is read before anything is checked or written: one unreadable letter
    // stops the report, so a report never silently leaves a letter out.
    // The report counts findings and quotes them, and never shows a misspelling's
    // corrections: none are worked out (Hunspell takes tens of milliseconds a word).
    const std::optional<QList<CheckedLetter>> letters = letterOptions.check(files, context.settings, 0, &error);
    if (!letters)
        return fail(context, error);
    QList<services::CheckOutput> outputs;
    for (const CheckedLetter &letter : *letters)
        outputs.append(letter.output);

    const services::FolderReport report = services::buildFolderReport(request.folder, outputs, QDateTime::currentDateTime());
    const QByteArray bytes = request.format == QLatin1String("json") ? services::folderReportJson(report) : services::folderReportHtml(report);
    if (!core::AtomicFile::write(request.output, bytes, &error))
        return fail(context, error);
    return Success;
}

} // namespace amends::cli
