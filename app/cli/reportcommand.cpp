#include "command.h"

#include "core/atomicfile.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "services/lettercheck.h"
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
    QString language;
    QStringList houseRules;
};

// Parses and validates the arguments; returns -1 with @p request filled to go on.
int parseRequest(const CommandContext &context, ReportRequest *request)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, ReportText::tr("Where to write the report."), QStringLiteral("OUT"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ReportText::tr("Report as an HTML page (default) or as JSON."), QStringLiteral("html|json"),
                                          QStringLiteral("html"));
    const QCommandLineOption langOption(QStringLiteral("lang"), ReportText::tr("Language of the letters, e.g. en-US (drafts default to their own)."), QStringLiteral("CODE"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), ReportText::tr("A house rule pack to add (repeatable)."), QStringLiteral("FILE"));
    parser.addOptions({outputOption, formatOption, langOption, rulesOption});
    parser.addPositionalArgument(QStringLiteral("folder"), ReportText::tr("A folder of drafts (.amends) and text letters (.txt)."), QStringLiteral("DIR"));
    const int parsed = parseArguments(parser, context,
        ReportText::tr("Check every letter in a folder and write one report: each letter's status, score, findings by category and missing "
           "parts, and a chart of findings across the folder.\n"
           "Exit status: 0 report written (whatever the letters' findings), 2 bad usage, unreadable input or unwritable report."));
    if (parsed >= 0)
        return parsed;
    request->format = parser.value(formatOption);
    if (request->format != QLatin1String("html") && request->format != QLatin1String("json"))
        return fail(context, ReportText::tr("unknown format \"%1\"; use html or json.").arg(request->format));
    request->language = core::normaliseLanguageTag(parser.value(langOption));
    if (parser.isSet(langOption) && request->language.isEmpty())
        return fail(context, ReportText::tr("\"%1\" is not a language such as en-US.").arg(parser.value(langOption)));
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
    request->houseRules = parser.values(rulesOption);
    return -1;
}

QStringList lettersIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    for (const QString &entry : dir.entryList({QStringLiteral("*.amends"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(entry));
    return files;
}

} // namespace

int runReport(const CommandContext &context)
{
    ReportRequest request;
    const int parsed = parseRequest(context, &request);
    if (parsed >= 0)
        return parsed;
    const QStringList files = lettersIn(request.folder);
    if (files.isEmpty())
        return fail(context, ReportText::tr("\"%1\" holds no letters (.amends or .txt files).").arg(request.folder));

    // Every letter is read before anything is checked or written: one unreadable letter
    // stops the report, so a report never silently leaves a letter out.
    QList<services::CheckInput> inputs;
    for (const QString &file : files) {
        QString error;
        std::optional<services::CheckInput> input = services::readCheckInput(file, request.language, &error);
        if (!input)
            return fail(context, error);
        if (const QString tooLong = core::letterSizeError(file, input->subject.text.size()); !tooLong.isEmpty())
            return fail(context, tooLong);
        inputs.append(*input);
    }
    QString error;
    services::LetterCheckOptions options;
    options.houseRuleFiles = request.houseRules;
    const QList<services::CheckOutput> outputs = services::LetterCheck(options).checkAll(inputs, &error);
    if (!error.isEmpty())
        return fail(context, error);

    const services::FolderReport report = services::buildFolderReport(request.folder, outputs, QDateTime::currentDateTime());
    const QByteArray bytes = request.format == QLatin1String("json") ? services::folderReportJson(report) : services::folderReportHtml(report);
    if (!core::AtomicFile::write(request.output, bytes, &error))
        return fail(context, error);
    return Success;
}

} // namespace amends::cli
