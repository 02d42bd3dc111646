#include "command.h"

#include "core/checker.h"
#include "core/draftfile.h"
#include "core/lettersize.h"
#include "core/readiness.h"
#include "core/settings.h"
#include "services/lettercheck.h"
#include "services/letterexport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace amends::cli {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::Export)
};

} // namespace

int runExport(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
        ExportText::tr("The file to write; its suffix chooses the format: .pdf, .odt, .html, .txt, .eml (email with the PDF "
           "attached) or .ics (follow-up reminder)."),
        QStringLiteral("OUT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
        ExportText::tr("Export even a letter that is not ready (unfilled placeholders, empty required fields, "
                       "error-level findings)."));
    parser.addOptions({outputOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("draft"), ExportText::tr("The draft (.amends) to export."), QStringLiteral("DRAFT"));
    const int parsed = parseArguments(parser, context,
        ExportText::tr("Export the letter of a draft. Paper size, letterhead logo and PDF/A come from your preferences. "
           "The output file is written completely or not at all. A letter that is not ready to leave is refused "
           "with the reasons (exit status 1) unless --force is given."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1)
        return fail(context, ExportText::tr("'export' needs exactly one DRAFT."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return fail(context, ExportText::tr("'export' needs an output file: -o OUT."));
    if (!services::exportFormatForPath(output))
        return fail(context, ExportText::tr("unknown output type \"%1\"; use .pdf, .odt, .html, .txt, .eml or .ics.")
                                 .arg(QFileInfo(output).suffix()));

    const core::DraftFile::LoadResult loaded = core::DraftFile::load(parser.positionalArguments().first());
    if (!loaded.draft)
        return fail(context, loaded.error);
    const core::Draft &draft = *loaded.draft;
    // Far too long to be a letter: said at once, before composing or checking it.
    if (const QString tooLong = core::letterSizeError(parser.positionalArguments().first(), core::letterSize(draft)); !tooLong.isEmpty())
        return fail(context, tooLong);
    const core::ComposedLetter letter = core::composeLetter(draft);
    if (!parser.isSet(forceOption)) {
        services::LetterCheckOptions options = services::LetterCheckOptions::fromSettings(context.settings);
        options.maxSpellingSuggestions = 0;
        const core::CheckResult result = services::LetterCheck(options).check(core::subjectFromLetter(draft, letter));
        if (const QStringList problems = core::readinessProblems(draft, letter, result); !problems.isEmpty()) {
            context.err << ExportText::tr("amends-cli: the letter is not ready to leave; nothing was written:") << '\n';
            for (const QString &problem : problems)
                context.err << "  - " << problem << '\n';
            context.err << ExportText::tr("Fix these, or export anyway with --force.") << '\n';
            return NotReady;
        }
    }
    const QString error = services::exportLetterToFile(draft, letter, output, services::exportOptionsFrom(context.settings));
    if (!error.isEmpty())
        return fail(context, error);
    return Success;
}

} // namespace amends::cli
