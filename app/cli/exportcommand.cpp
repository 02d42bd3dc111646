#include "command.h"

#include "core/draftfile.h"
#include "core/settings.h"
#include "services/letterexport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace amends::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("amends::cli::Export", text);
}

} // namespace

int runExport(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write; its suffix chooses the format: .pdf, .odt, .html, .txt, .eml (email with the PDF "
           "attached) or .ics (follow-up reminder)."),
        QStringLiteral("OUT"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("draft"), tr("The draft (.amends) to export."), QStringLiteral("DRAFT"));
    const int parsed = parseArguments(parser, context,
        tr("Export the letter of a draft. Paper size, letterhead logo and PDF/A come from your preferences. "
           "The output file is written completely or not at all."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1)
        return fail(context, tr("'export' needs exactly one DRAFT."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return fail(context, tr("'export' needs an output file: -o OUT."));
    if (!services::exportFormatForPath(output))
        return fail(context, tr("unknown output type \"%1\"; use .pdf, .odt, .html, .txt, .eml or .ics.")
                                 .arg(QFileInfo(output).suffix()));

    const core::DraftFile::LoadResult loaded = core::DraftFile::load(parser.positionalArguments().first());
    if (!loaded.draft)
        return fail(context, loaded.error);
    const QString error = services::exportLetterToFile(*loaded.draft, output, services::exportOptionsFrom(context.settings));
    if (!error.isEmpty())
        return fail(context, error);
    return Success;
}

} // namespace amends::cli
