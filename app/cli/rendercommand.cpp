#include "command.h"

#include "core/composer.h"
#include "core/draftfile.h"

#include <QCoreApplication>

namespace amends::cli {

int runRender(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("amends::cli::Render", "Output format: text (default) or html."), QStringLiteral("text|html"),
        QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("draft"), QCoreApplication::translate("amends::cli::Render", "The draft (.amends) to render."), QStringLiteral("DRAFT"));
    const int parsed = parseArguments(parser, context,
        QCoreApplication::translate("amends::cli::Render", "Print the composed letter of a draft on standard output."));
    if (parsed >= 0)
        return parsed;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("html"))
        return fail(context, QCoreApplication::translate("amends::cli::Render", "unknown format \"%1\"; use text or html.").arg(format));
    if (parser.positionalArguments().size() != 1)
        return fail(context, QCoreApplication::translate("amends::cli::Render", "'render' needs exactly one DRAFT."));

    const core::DraftFile::LoadResult result = core::DraftFile::load(parser.positionalArguments().first());
    if (!result.draft)
        return fail(context, result.error);
    const core::ComposedLetter letter = core::composeLetter(*result.draft);
    context.out << (format == QLatin1String("html") ? core::renderHtml(letter) : core::renderPlainText(letter));
    return Success;
}

} // namespace amends::cli
